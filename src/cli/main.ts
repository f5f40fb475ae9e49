#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=4 --v8-pool-size=1
// Settings for `communique` run as a command (they must be given when the process starts):
// MALLOC_ARENA_MAX=2 stops glibc from giving each worker thread a malloc arena of its own, where freed memory
// stays resident; --max-semi-space-size=4 caps the main thread's young generation at the workers' size
// (pool.ts) instead of 16 MB semi-spaces of mostly garbage; --v8-pool-size=1 leaves V8 one helper thread
// (concurrent marking, the optimising compiler) instead of four: the workers keep every core busy, and the
// helpers only take cycles from them while both workers compile the same code at the start (two workers on two
// cores: 500 documents in 15.5 s instead of 19.4 s; on 5000 the same speed; one core unchanged; 15 MB less at
// peak on 20 000). `node dist/cli/main.js` runs without them.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import type { EntityLine } from '../entities/link.js';
import type { CommuniqueRecord } from '../types/record.gen.js';
import { DEFAULT_QUEUE_NAME, checkQueueName, checkRedisUrl } from '../distributed/common.js';
import { DEFAULTS } from './defaults.js';

// Each command loads its modules when it runs, so a command never pays for another's (the report's charts,
// the stages' word lists): `communique --help` and a re-run served from the cache start fast.

/** Exit codes: 0 all good, 1 some inputs rejected (run) / invalid lines (validate), 2 usage error. */
const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number >= 1');
  return n;
};
const isoDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return v;
};

const checked = (check: (v: string) => string) => (v: string) => {
  try {
    return check(v);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message.replace(/^--[a-z-]+: /, ''));
  }
};
const redisUrl = checked(checkRedisUrl);
const queueName = checked(checkQueueName);

const program = new Command();
program
  .name('communique')
  .description('Turns raw press releases into structured, validated records: dates, people, organisations and pledges.')
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  })
  .configureOutput({ outputError: (s, write) => write(s) });

program
  .command('run')
  .description('Extract records from articles (.txt, .html, .json, .jsonl; directories are read recursively, gold/ folders skipped; - reads JSONL from stdin).')
  .argument('[inputs...]', 'files, directories or -', ['corpus'])
  .option('-o, --out <dir>', 'output directory for records.jsonl, rejects.jsonl, manifest.json', 'output')
  .option('-c, --concurrency <n>', 'worker threads processing documents at once (output is identical for any value)', positiveInt, Math.max(1, Math.min(4, availableParallelism())))
  .option('-t, --timeout <seconds>', 'time budget per document; a document over it is rejected as `timeout` and the batch goes on', positiveInt, DEFAULTS.timeout)
  .option('--max-chars <n>', 'longest article text accepted; longer ones are rejected as `too-large`', positiveInt, DEFAULTS.maxChars)
  .option('--max-heap <MB>', 'most heap one document may use (workers run with a 128 MB working heap; a document that needs more is retried alone with this limit, then rejected as `crash`)', positiveInt, DEFAULTS.maxHeapMb)
  .option('--cache <dir>', 'cache of finished documents, keyed by input and rules (default: OUT/.cache)')
  .option('--no-cache', 'process every document again and keep no cache')
  .option('--resume', 'finish an interrupted run into the same --out directory (what the cache does by default; refused with --no-cache)', false)
  .option('-r, --reference-date <YYYY-MM-DD>', 'anchor for relative dates when an article has no dateline or published date', isoDate)
  .option('-p, --pipeline <file>', 'pipeline definition (default: pipeline/default.json)')
  .option('-q, --quiet', 'no progress bar or summary line', false)
  .option('--no-dataset', 'do not write OUT/entities.jsonl and OUT/dataset.sqlite')
  .option('--queue <redis-url>', 'distributed run: send the documents through a queue on this Redis (redis://HOST:PORT) to `communique worker` processes, on any machines, and collect their results here', redisUrl)
  .option('--queue-name <name>', `name of that queue (one per concurrent run or fleet of workers; default ${DEFAULT_QUEUE_NAME})`, queueName)
  .addHelpText('after', '\nEvery input ends as a line of records.jsonl or of rejects.jsonl (with a reason: empty, binary, bad-json, no-text,\nduplicate-id, too-large, timeout, crash, error, invalid-record, unreadable). Records and rejects are written in input order\n(files by path, JSONL lines in order, stdin last) through temporary files renamed at the end, so a killed run leaves\nthe previous outputs. Then OUT/entities.jsonl (people and organisations linked\nacross articles) and OUT/dataset.sqlite (see communique query) are written; the dataset keeps the articles of\nearlier runs into OUT that this run did not produce again. Finished documents are cached (OUT/.cache, or --cache DIR) under a key of their bytes and\nthe rules: a re-run reuses every unchanged document, an interrupted run resumes, and a change to the rules, the\npipeline or the code processes everything again.\n\nWith --queue, the workers\' --concurrency, --timeout and --max-heap apply, not these; see `communique worker --help`.\n\nExit codes: 0 every input gave a record; 1 some inputs were rejected (see rejects.jsonl); 2 usage error.')
  .action(async (inputs: string[], o) => {
    const { runCommand } = await import('./run.js');
    const s = await runCommand({ inputs, out: o.out, concurrency: o.concurrency, referenceDate: o.referenceDate ?? null, quiet: o.quiet, pipeline: o.pipeline, timeout: o.timeout, maxChars: o.maxChars, maxHeapMb: o.maxHeap, resume: o.resume, cache: o.cache === false ? false : o.cache, noDataset: !o.dataset, queue: o.queue, queueName: o.queueName });
    process.exitCode = s.rejects ? 1 : 0;
  });

program
  .command('worker')
  .description('Process documents for distributed runs: take them from the Redis queue that `communique run --queue` fills, return records and rejects.')
  .requiredOption('--queue <redis-url>', 'the Redis that holds the queue (redis://[user:password@]HOST:PORT[/db], rediss:// for TLS)', redisUrl)
  .option('--queue-name <name>', 'name of the queue, as given to `communique run --queue-name`', queueName, DEFAULT_QUEUE_NAME)
  .option('-c, --concurrency <n>', 'documents processed at once, each on its own worker thread', positiveInt, Math.max(1, Math.min(4, availableParallelism())))
  .option('-t, --timeout <seconds>', 'time budget per document; over it the attempt fails as `timeout` and the job is retried', positiveInt, DEFAULTS.timeout)
  .option('--max-heap <MB>', 'heap limit of each worker thread; a document that needs more fails as `crash` and is retried', positiveInt, DEFAULTS.maxHeapMb)
  .option('-p, --pipeline <file>', 'pipeline definition (default: pipeline/default.json); must give the same rules as the coordinator\'s')
  .option('--lock-duration <ms>', 'how long a job stays locked to this worker without renewal (renewed every half of it while the worker lives); a dead worker\'s jobs are taken back after about this long', positiveInt, 30_000)
  .option('--stalled-interval <ms>', 'how often this worker looks for jobs whose worker died and puts them back in the queue', positiveInt, 30_000)
  .option('--max-stalled <n>', 'how many times a job may lose its worker before it is given up (it then becomes a `crash` reject)', positiveInt, 2)
  .option('-q, --quiet', 'no log lines', false)
  .addHelpText(
    'after',
    [
      '',
      'Start Redis once (any Redis 6.2 or later, e.g. Debian\'s redis-server), then as many workers as you like, on any',
      'machines that reach it, then the coordinator:',
      '',
      '  communique worker --queue redis://HOST:6379            # on each machine; runs until Ctrl-C / SIGTERM',
      '  communique run INPUT --out OUT --queue redis://HOST:6379',
      '',
      'Workers must run the same communique version with the same --pipeline and rule files as the coordinator: each',
      'job carries the coordinator\'s rules fingerprint (version, pipeline, resources, reference date), and a worker',
      'with other rules refuses it; the coordinator then stops with that message (rerun it with --resume once fixed).',
      '',
      'A worker that dies (even SIGKILL) loses nothing: its jobs\' locks expire after --lock-duration and another',
      'worker puts them back in the queue. A `timeout` or `crash` fails the attempt and the job is retried (3',
      'attempts, 1 s then 2 s apart); after the last one the coordinator writes the reject, "after 3 attempts".',
      'SIGINT/SIGTERM stop the worker after the jobs in hand; a second signal stops it at once.',
      '',
      'Exit codes: 0 stopped on a signal; 2 usage error, or stopped on an error.',
    ].join('\n'),
  )
  .action(async (o) => {
    const stop = new AbortController();
    let signals = 0;
    const onSignal = () => {
      if (++signals > 1) process.exit(130);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const { runWorker } = await import('../distributed/worker.js');
    await runWorker({ url: o.queue, queueName: o.queueName, concurrency: o.concurrency, timeout: o.timeout, maxHeapMb: o.maxHeap, pipeline: o.pipeline, lockDurationMs: o.lockDuration, stalledIntervalMs: o.stalledInterval, maxStalledCount: o.maxStalled, quiet: o.quiet, signal: stop.signal });
    process.exit(0);
  });

program
  .command('eval')
  .description('Score records against gold files: P/R/F1 per type and pledge-actor accuracy (rules: docs/gold-format.md).')
  .requiredOption('-g, --gold <dir>', 'directory of gold .json files')
  .option('--records <file>', 'records file', 'output/records.jsonl')
  .option('-i, --input <path...>', 'article files or directories, to place gold pledge sentences (default: the inputs in the manifest beside --records)')
  .option('--json', 'print the full report as JSON', false)
  .action(async (o) => {
    const { evalCommand } = await import('./evaluate.js');
    await evalCommand({ gold: o.gold, records: o.records, input: o.input, json: o.json });
  });

const gold = program.command('gold').description('Build gold files for your own articles (format: docs/gold-format.md).');
gold
  .command('draft')
  .description('Write a gold draft per article (OUT/<id>.json) from the current extraction, for a person to correct into gold.')
  .argument('<inputs...>', 'article files or directories (.txt, .html, .json, .jsonl, read as `run` reads them) or -')
  .requiredOption('-o, --out <dir>', 'directory for the drafts, one <id>.json per article')
  .option('-f, --force', 'overwrite gold files that already exist in --out (default: keep them and say which)', false)
  .option('-r, --reference-date <YYYY-MM-DD>', 'anchor for relative dates when an article has no dateline or published date', isoDate)
  .option('-p, --pipeline <file>', 'pipeline definition (default: pipeline/default.json)')
  .option('-c, --concurrency <n>', 'worker threads processing documents at once', positiveInt, Math.max(1, Math.min(4, availableParallelism())))
  .addHelpText(
    'after',
    [
      '',
      'A draft is what the pipeline extracts today, written in the gold format: people (other spellings in `also`,',
      'titles), organisations (aliases in `also`), date values with their text, pledge sentences with their actor.',
      'It is NOT gold: a person must correct it by the rules of docs/gold-format.md before scoring with it:',
      'add what was missed, delete what is wrong, fix names, values and actors, mark borderline items `optional`.',
      'Every draft is valid against schemas/gold.schema.json, which `communique eval` checks gold files against.',
      '',
      'Exit codes: 0 a draft (or a kept gold file) for every input; 1 some inputs gave no record; 2 usage error.',
    ].join('\n'),
  )
  .action(async (inputs: string[], o) => {
    const { formatDraftSummary, goldDraftCommand } = await import('./gold.js');
    const s = await goldDraftCommand({ inputs, out: o.out, force: o.force, concurrency: o.concurrency, referenceDate: o.referenceDate ?? null, pipeline: o.pipeline });
    process.stderr.write(formatDraftSummary(s, o.out));
    process.exitCode = s.rejects.length ? 1 : 0;
  });

program
  .command('report')
  .description('Write a quality report: DIR/index.html (one self-contained page), DIR/report.json (every figure) and DIR/summary.md.')
  .option('--records <file>', 'records file', 'output/records.jsonl')
  .option('-g, --gold <dir>', 'gold files: adds P/R/F1 per type and document, actor accuracy, missed and spurious items in context')
  .option('-o, --out <dir>', 'output directory', 'output/report')
  .option('-b, --baseline <report.json>', 'an earlier report.json: every figure shows its change')
  .option('-i, --input <path...>', 'article files or directories, for sentence context (default: the inputs in the manifest beside --records)')
  .addHelpText('after', '\nrejects.jsonl and manifest.json beside --records add rejects and time per stage. Open DIR/index.html in any browser: it needs no network.')
  .action(async (o) => {
    const [{ reportCommand }, { TYPES }] = await Promise.all([import('./report.js'), import('../eval/score.js')]);
    const data = await reportCommand({ records: o.records, gold: o.gold, out: o.out, baseline: o.baseline, input: o.input });
    const q = data.quality;
    process.stderr.write(`communique: report for ${data.overview.documents} documents${q ? `, F1 ${TYPES.map((t) => `${t} ${(q.types[t].f1 * 100).toFixed(1)}`).join(' / ')}` : ''} -> ${o.out}/index.html\n`);
  });

program
  .command('diff')
  .description('Compare two records files (an old run and a new one): per document and type, items added, removed and changed (value, actor, ...), with totals. Given two entities.jsonl files, compares entities by id.')
  .argument('<old>', 'records.jsonl (or entities.jsonl) of the earlier run')
  .argument('<new>', 'records.jsonl (or entities.jsonl) of the new run')
  .option('--json', 'print the diff as JSON', false)
  .addHelpText('after', '\nItems are matched by normalised name (people, organisations) or by position in the text (dates, pledges);\nentities by id (fields that changed: name, country, variants, titles, articles, merges, ...).\nExit codes: 0 no differences; 1 differences; 2 usage error or unreadable file.')
  .action(async (oldFile: string, newFile: string, o) => {
    const [{ diffRecords, formatDiff }, { diffEntities, formatEntityDiff, isEntityLine }, { readJsonl }] = await Promise.all([import('../diff/diff.js'), import('../diff/entities.js'), import('./inputs.js')]);
    const [a, b] = [readJsonl<unknown>(oldFile), readJsonl<unknown>(newFile)];
    if ([...a, ...b].some(isEntityLine)) {
      const d = diffEntities(a as EntityLine[], b as EntityLine[]);
      process.stdout.write(o.json ? JSON.stringify(d, null, 2) + '\n' : formatEntityDiff(d));
      process.exitCode = d.added.length + d.removed.length + d.changed.length ? 1 : 0;
      return;
    }
    const d = diffRecords(a as CommuniqueRecord[], b as CommuniqueRecord[]);
    process.stdout.write(o.json ? JSON.stringify(d, null, 2) + '\n' : formatDiff(d));
    process.exitCode = d.perDocument.length ? 1 : 0;
  });

program
  .command('query')
  .description('Run one read-only SQL statement against a dataset (written by `communique run` as OUT/dataset.sqlite) and print the rows.')
  .argument('<sql>', 'one SQL statement: SELECT, WITH ..., or a read-only PRAGMA')
  .option('--db <file>', 'the dataset', 'output/dataset.sqlite')
  .option('--json', 'print the rows as a JSON array of objects', false)
  .option('--csv', 'print the rows as CSV (RFC 4180: header row, CRLF, quoted fields)', false)
  .addHelpText(
    'after',
    [
      '',
      'The database is opened read-only and a statement that would write (INSERT, UPDATE, DELETE, CREATE, ATTACH, ...)',
      'is refused. Tables: articles, entities, entity_names, entity_titles, mentions, dates, pledges, rejects, meta',
      '(docs/dataset.md). Example:',
      '  communique query "SELECT e.name, count(*) AS n FROM pledges p JOIN entities e ON e.id = p.actor_entity_id GROUP BY e.id ORDER BY n DESC"',
      '',
      'Exit codes: 0 rows printed; 2 refused, bad SQL or no dataset.',
    ].join('\n'),
  )
  .action(async (sql: string, o) => {
    const { formatResult, QueryError, runQuery } = await import('../dataset/query.js');
    if (o.json && o.csv) throw new QueryError('choose one of --json and --csv');
    const res = runQuery(sql, o.db);
    process.stdout.write(formatResult(res, o.json ? 'json' : o.csv ? 'csv' : 'table'));
  });

program
  .command('export')
  .description('Write every table of a dataset to DIR, one file per table: DIR/<table>.csv or DIR/<table>.parquet.')
  .argument('<dir>', 'output directory')
  .requiredOption('-f, --format <format>', 'csv (RFC 4180) or parquet (needs the optional dependency @duckdb/node-api)', (v: string) => {
    if (v !== 'csv' && v !== 'parquet') throw new InvalidArgumentError('expected csv or parquet');
    return v;
  })
  .option('--db <file>', 'the dataset', 'output/dataset.sqlite')
  .addHelpText('after', '\nCSV: a header row, CRLF line ends, fields with a comma, quote or line break quoted and quotes doubled; NULL is an empty field.\nParquet: written through DuckDB with the SQLite column types (BIGINT, DOUBLE, VARCHAR).\nExit codes: 0 written; 2 usage error, no dataset, or Parquet unavailable.')
  .action(async (dir: string, o) => {
    const { exportDataset } = await import('../dataset/export.js');
    const done = await exportDataset({ dbPath: o.db, outDir: dir, format: o.format });
    for (const t of done) process.stderr.write(`communique: ${t.table}: ${t.rows} rows -> ${t.file}\n`);
  });

program
  .command('validate')
  .description('Check a records file against schemas/record.schema.json; prints errors with line numbers.')
  .argument('<file>', 'records.jsonl')
  .addHelpText('after', '\nExit codes: 0 all lines valid; 1 some invalid; 2 usage error.')
  .action(async (file: string) => {
    const { validateCommand } = await import('./validate.js');
    process.exitCode = validateCommand(file) ? 1 : 0;
  });

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`communique: ${err.message}\n`);
  process.exit(2);
});
