import { performance } from 'node:perf_hooks';
import { buildPipeline, processItem } from '../dist/pipeline/run.js';
const p = buildPipeline();
const n = Number(process.argv[2] ?? 20000);
const raw = 'Minister A B C of the Ministry of Finance and '.repeat(Math.ceil(n / 46)).slice(0, n);
processItem(p, { id: 'w', source: 'w', format: 'txt', raw: 'Minister A B of the Ministry of Finance said.', title: null, published: null, hash: '', notes: [] });
const t0 = performance.now();
const { doc } = processItem(p, { id: 'x', source: 'x', format: 'txt', raw, title: null, published: null, hash: '', notes: [] });
console.log(n, ((performance.now() - t0) / 1000).toFixed(2), 's', JSON.stringify(Object.fromEntries(Object.entries(doc.timings).map(([k, v]) => [k, Math.round(v)]))));
