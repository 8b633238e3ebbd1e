/**
 * Analysis benchmark: entity, date, number and quote analysis of typical 2–3 KB articles (built
 * from stories-dev paragraphs, 15 languages) on one core, after cleaning (not timed), plus the
 * archive-wide entity linking, and the time to load the gazetteers once.
 * Writes reports/bench-analysis.md. Usage: npm run bench:analysis [-- --articles 5000 --out file]
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createBatchRegistry, linkEntities } from '../src/core/entities/index.js';
import { analyzeProcessed } from '../src/core/pipeline.js';
import type { Article } from '../src/core/types.js';
import { loadAnalysis, loadGazetteer } from '../src/engine/gazetteer.js';
import { loadParagraphPools, random, syntheticArticle } from './lib/corpus.js';
import { createPipeline, rawText } from './lib/pipeline.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] as string) : fallback;
};
const ARTICLES = Number(arg('articles', '5000'));
const OUT = arg('out', 'reports/bench-analysis.md');
const WARM_UP = 300;

const loadStart = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - loadStart;
// as ingest does once per process, before its first article
const warmStart = performance.now();
loadAnalysis();
const warmMs = performance.now() - warmStart;

const { origin, pools } = loadParagraphPools();
const rnd = random(7);
const pipeline = await createPipeline();
const articles: Article[] = [];
let bytes = 0;
for (let i = 0; i < ARTICLES + WARM_UP; i++) {
  const { text } = syntheticArticle(pools, rnd);
  const result = pipeline(rawText(`a${i}`, text));
  if (!result.ok) continue;
  articles.push(result.article);
  if (i >= WARM_UP) bytes += result.article.text.length;
}
const warm = articles.slice(0, WARM_UP);
const timed = articles.slice(WARM_UP);
for (const article of warm) analyzeProcessed(article, gazetteer);

const start = performance.now();
const analysed = timed.map((article) => analyzeProcessed(article, gazetteer));
const analysisMs = performance.now() - start;

const registry = createBatchRegistry([]);
const linkStart = performance.now();
let mentions = 0;
for (const { article, entities } of analysed) {
  mentions += linkEntities(article.analysis.entities, entities, article.lang, registry).length;
}
const linkMs = performance.now() - linkStart;

const counts = analysed.reduce(
  (sum, { article: { analysis } }) => ({
    dates: sum.dates + analysis.dates.length,
    quantities: sum.quantities + analysis.quantities.length,
    quotes: sum.quotes + analysis.quotes.length,
  }),
  { dates: 0, quantities: 0, quotes: 0 },
);
const perSecond = (ms: number) => Math.round(timed.length / (ms / 1000));
const report = [
  '# Analysis benchmark',
  '',
  `Command: \`npm run bench:analysis -- --articles ${ARTICLES}\`. ${timed.length} synthetic articles (mean ${Math.round(bytes / timed.length)} characters after cleaning) built from ${origin}; one core; after ${WARM_UP} warm-up articles. Node ${process.version}.`,
  '',
  '| measure | value |',
  '|---|---|',
  `| gazetteers loaded and indexed (once per process) | ${loadMs.toFixed(0)} ms |`,
  `| analysis warm-up over short samples in 10 languages, before any cleaning (once per process, as ingest does) | ${warmMs.toFixed(0)} ms |`,
  `| entity + date + number + quote analysis | **${perSecond(analysisMs)} articles/s** (${(analysisMs / timed.length).toFixed(2)} ms each) |`,
  `| archive-wide entity linking (in memory) | ${perSecond(linkMs)} articles/s |`,
  `| found | ${mentions} entity mentions, ${counts.dates} dates, ${counts.quantities} numbers, ${counts.quotes} quotes |`,
  '',
].join('\n');
writeFileSync(OUT, report);
console.log(report);
