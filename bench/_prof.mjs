import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { extract } from '/work/main/dist/index.js';
const texts = [];
for (const f of ['/work/shared/devset/input.jsonl','/work/synth/input.jsonl','/work/synth2/input.jsonl','/work/synth3/input.jsonl'].map(p=>p.replace('/work/shared','/work/shared'))) {
  try { for (const l of readFileSync(f,'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text); } catch(e) { console.error(e.message) }
}
const kb = texts.reduce((a,t)=>a+t.length,0)/texts.length/1024;
const which = process.argv[2] ?? 'both';
function time(label, fn, rounds=3) { fn(texts[0]); const t0=performance.now(); for (let r=0;r<rounds;r++) for (const t of texts) fn(t); const s=(performance.now()-t0)/1000; console.log(label, (rounds*texts.length/s).toFixed(1),'docs/s'); }
console.log(texts.length,'texts', kb.toFixed(2),'KB');
if (which!=='naive') time('extract', t=>extract(t));
if (which!=='ours') time('naive', t=>{ const d=nlp(t); d.people().json(); d.organizations().json(); chrono.parse(t); });
