/**
 * Ingest benchmark. Writes reports/bench-ingest.md.
 *  1. pipeline: read (JSONL) + clean + language ID + sentences (+ fingerprints) of typical 2–3 KB articles, one core
 *  2. full ingest into SQLite (dedup, template evidence, writes)
 *  3. memory while streaming a large JSONL file through full ingest (default 1 GB; --stream-mb N to change)
 * Usage: npm run bench:ingest [-- --articles 20000 --stream-mb 1024 --out reports/bench-ingest.md]
 */

import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileSources } from '../src/adapters/source/index.js';
import { createStore } from '../src/adapters/store/index.js';
import { parseUnit } from '../src/core/ingest/index.js';
import { createParallax } from '../src/engine/parallax.js';
import { loadParagraphPools, random, syntheticArticle } from './lib/corpus.js';
import { createPipeline } from './lib/pipeline.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ARTICLES = arg('articles', 20_000);
const STREAM_MB = arg('stream-mb', 1024);
const WARM_UP = 500;
const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 ? (process.argv[outIndex + 1] as string) : 'reports/bench-ingest.md';
const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
const { origin, pools } = loadParagraphPools();

async function writeJsonl(
  path: string,
  count: number,
  maxBytes = Number.POSITIVE_INFINITY,
  seed = 42,
): Promise<number> {
  const rnd = random(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  let n = 0;
  for (; n < count && bytes < maxBytes; n++) {
    const { text } = syntheticArticle(pools, rnd);
    const line = `${JSON.stringify({ id: `a${n}`, source: `site${n % 50}`, text })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return n;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

// 1. pipeline only, after a warm-up that pays the one-off costs (model load, regex compilation)
const small = join(dir, 'articles.jsonl');
await writeJsonl(small, ARTICLES);
let t0 = performance.now();
const pipeline = await createPipeline();
const warm = join(dir, 'warm.jsonl');
await writeJsonl(warm, WARM_UP, Number.POSITIVE_INFINITY, 7);
for await (const unit of (await openFileSources([warm], { cwd: dir })).units)
  for (const raw of parseUnit(unit).articles) pipeline(raw);
const startupSeconds = (performance.now() - t0) / 1000;
const plan = await openFileSources([small], { cwd: dir });
let n = 0;
t0 = performance.now();
for await (const unit of plan.units) {
  for (const raw of parseUnit(unit).articles) {
    pipeline(raw);
    n++;
  }
}
const pipelineSeconds = (performance.now() - t0) / 1000;
const fileBytes = statSync(small).size;

// 2. full ingest into SQLite
const px = createParallax({ store: await createStore({ kind: 'sqlite', path: join(dir, 'bench.db') }) });
t0 = performance.now();
const summary = await px.ingest(await openFileSources([small], { cwd: dir }));
const ingestSeconds = (performance.now() - t0) / 1000;
await px.close();

// 3. memory while streaming a large file
const big = join(dir, 'big.jsonl');
const bigCount = await writeJsonl(big, Number.MAX_SAFE_INTEGER, STREAM_MB * 1024 * 1024);
const bigBytes = statSync(big).size;
const samples: Array<{ at: number; rss: number; heap: number }> = [];
const pxBig = createParallax({ store: await createStore({ kind: 'sqlite', path: join(dir, 'big.db') }) });
t0 = performance.now();
let lastSample = 0;
const streamSummary = await pxBig.ingest(await openFileSources([big], { cwd: dir }), {
  onProgress: (p) => {
    if (p.bytesRead - lastSample >= bigBytes / 20 || p.bytesRead === bigBytes) {
      lastSample = p.bytesRead;
      const m = process.memoryUsage();
      samples.push({ at: p.bytesRead / bigBytes, rss: m.rss, heap: m.heapUsed });
    }
  },
});
const streamSeconds = (performance.now() - t0) / 1000;
await pxBig.close();
rmSync(dir, { recursive: true, force: true });

const rss = samples.map((s) => s.rss);
const report = [
  '# Ingest benchmark',
  '',
  `Command: \`npm run bench:ingest\`; ${new Date().toISOString()}; Node ${process.version}; one process (one core for the pipeline).`,
  `Articles: synthetic 2–3 KB articles drawn from ${origin} (${pools.size} languages), as JSONL.`,
  `One-off start-up (language model load, compiling the boilerplate patterns on a ${WARM_UP}-article warm-up): ${startupSeconds.toFixed(2)} s, not counted below.`,
  '',
  '| stage | articles | seconds | articles/s | MB/s |',
  '|---|---|---|---|---|',
  `| read + clean + language ID + sentences (+ fingerprints) | ${n} | ${pipelineSeconds.toFixed(2)} | ${Math.round(n / pipelineSeconds)} | ${(fileBytes / 1e6 / pipelineSeconds).toFixed(1)} |`,
  `| full ingest into SQLite (dedup, template evidence, FTS) | ${summary.ingested} | ${ingestSeconds.toFixed(2)} | ${Math.round(summary.ingested / ingestSeconds)} | ${(fileBytes / 1e6 / ingestSeconds).toFixed(1)} |`,
  '',
  `## Streaming ${mb(bigBytes)} MB of JSONL (${bigCount} articles) through full ingest`,
  '',
  `${streamSummary.ingested} ingested in ${streamSeconds.toFixed(0)} s (${Math.round(streamSummary.ingested / streamSeconds)} articles/s).`,
  `RSS min ${mb(Math.min(...rss))} MB, max ${mb(Math.max(...rss))} MB; first 10 % ${mb(rss[1] ?? 0)} MB, last ${mb(rss.at(-1) ?? 0)} MB.`,
  '',
  '| read | RSS MB | heap MB |',
  '|---|---|---|',
  ...samples.map((s) => `| ${(s.at * 100).toFixed(0)} % | ${mb(s.rss)} | ${mb(s.heap)} |`),
  '',
].join('\n');
const { writeFileSync } = await import('node:fs');
writeFileSync(OUT, report);
console.log(report);
