/**
 * Story report benchmark: the time `parallax story <id>` spends on comparing a story's articles claim
 * by claim and rendering the report, for stories of 10, 50 and 200 typical 2–3 KB articles (one source
 * each), after the articles are read from the store. Median of 5 runs each. Writes reports/bench-report.md.
 * Usage: npm run bench:report [-- --out reports/bench-report.md]
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { toStoryReportView } from '../src/contract/story-report-view.js';
import { buildStoryReport } from '../src/core/compare/report.js';
import type { Article } from '../src/core/types.js';
import { renderStoryHtml } from '../src/render/story-html.js';
import { renderStoryMarkdown } from '../src/render/story-markdown.js';
import { loadParagraphPools, random, syntheticArticle } from './lib/corpus.js';
import { createAnalyzer, createPipeline, rawText } from './lib/pipeline.js';

const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? (process.argv[outAt + 1] as string) : 'reports/bench-report.md';
const SIZES = [10, 50, 200];
const RUNS = 5;

const { origin, pools } = loadParagraphPools();
const process1 = await createPipeline();
const analyze = createAnalyzer();
const rnd = random(7);
const articles: Article[] = [];
for (let i = 0; articles.length < Math.max(...SIZES); i++) {
  const { text } = syntheticArticle(pools, rnd);
  const result = process1({ ...rawText(`a${i}`, text), source: `source-${i}` });
  if (result.ok) articles.push(analyze(result.article).article);
}

const rows: string[] = [];
for (const size of SIZES) {
  const story = articles.slice(0, size);
  const times: number[] = [];
  let claims = 0;
  let units = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const report = buildStoryReport({ id: 's-bench', title: null, titles: {} }, story, []);
    const view = toStoryReportView(report);
    renderStoryHtml(view);
    renderStoryMarkdown(view);
    JSON.stringify(view);
    times.push(performance.now() - started);
    claims = report.claims.length;
    units = report.claims.reduce((sum, claim) => sum + claim.units.length, 0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] as number;
  rows.push(
    `| ${size} | ${units} | ${claims} | **${median.toFixed(0)} ms** | ${(times[0] as number).toFixed(0)} ms |`,
  );
  console.log(`${size} articles: ${units} units, ${claims} claims, median ${median.toFixed(0)} ms`);
}

writeFileSync(
  out,
  [
    '# Story report benchmark',
    '',
    `Command: \`npm run bench:report\`. Articles: typical 2–3 KB synthetic articles from ${origin}, cleaned and analysed as ingest does, one source each.`,
    `Timed: claim units, pairwise comparison, grouping, labels, summary, timeline, coverage, and rendering to JSON, Markdown and HTML (reading from the store is not included). Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()[0]?.toFixed(2)}.`,
    '',
    '| articles | claim units | claims | median | best |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Target: a report for a 50-article story in under a second.',
    '',
  ].join('\n'),
);
