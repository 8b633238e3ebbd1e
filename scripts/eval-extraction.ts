/**
 * Main-text extraction: Parallax's extractor and Readability.js side by side, in one process, on the same
 * decoded pages of ../shared/datasets/article-extraction (shingle metric) and
 * ../shared/datasets/article-extraction-multilingual (segment metric), each scored exactly as its README says.
 * Writes reports/eval-extraction.md. Usage: npm run eval:extraction [-- --out <dir>] (writes each output there)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/core/extract/index.js';
import { decodeBytes, sniffHtmlCharset } from '../src/core/ingest/decode.js';
import {
  pageF1,
  type Scores,
  type SegmentPage,
  type ShinglePage,
  segmentMerit,
  segmentPage,
  segmentScores,
  shinglePage,
  shingleScores,
} from './lib/extraction-metrics.js';
import { readabilityText } from './lib/readability-baseline.js';

const ROOT = resolve('../shared/datasets');
const ARTICLES = join(ROOT, 'article-extraction');
const MULTI = join(ROOT, 'article-extraction-multilingual');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1] ?? 'extraction-out') : undefined;

if (!existsSync(ARTICLES) && !existsSync(MULTI)) {
  console.log(
    `eval:extraction: no datasets under ${ROOT} (article-extraction, article-extraction-multilingual);`,
  );
  console.log('nothing to evaluate. Place the shared datasets next to the repository to run it.');
  process.exit(0);
}

interface Page {
  id: string;
  url: string;
  html: string;
  bytes: number;
}
interface Timed {
  id: string;
  dataset: string;
  ms: number;
  bytes: number;
}

const timings: Timed[] = [];
const perPage: Record<string, number> = {};
let parallaxMs = 0;
let readabilityMs = 0;

function decodePage(id: string, file: string, url: string): Page {
  const bytes = gunzipSync(readFileSync(file));
  const decoded = decodeBytes(bytes, { path: id }, charsetHint(bytes));
  return { id, url, html: decoded.ok ? decoded.text : '', bytes: bytes.length };
}

function runBoth(dataset: string, page: Page): { parallax: string; readability: string } {
  let start = performance.now();
  const parallax = extractArticle(page.html, { url: page.url }).text;
  const ms = performance.now() - start;
  parallaxMs += ms;
  timings.push({ id: page.id, dataset, ms, bytes: page.bytes });
  start = performance.now();
  const readability = readabilityText(page.html);
  readabilityMs += performance.now() - start;
  if (outDir) {
    mkdirSync(join(outDir, dataset), { recursive: true });
    writeFileSync(join(outDir, dataset, `${page.id.slice(0, 16)}.parallax.txt`), parallax);
    writeFileSync(join(outDir, dataset, `${page.id.slice(0, 16)}.readability.txt`), readability);
  }
  return { parallax, readability };
}

interface Result {
  name: string;
  pages: number;
  parallax: Scores;
  readability: Scores;
  losses: string[];
}

function evalArticles(): Result | undefined {
  if (!existsSync(ARTICLES)) return undefined;
  const truth = JSON.parse(readFileSync(join(ARTICLES, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const p: ShinglePage[] = [];
  const r: ShinglePage[] = [];
  const gaps: Array<{ id: string; url: string; gap: number; pf: number; rf: number; page: ShinglePage }> = [];
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const page = decodePage(id, join(ARTICLES, 'html', `${id}.html.gz`), url);
    const out = runBoth('article-extraction', page);
    const pp = shinglePage(articleBody, out.parallax);
    const rp = shinglePage(articleBody, out.readability);
    p.push(pp);
    r.push(rp);
    gaps.push({ id, url, gap: pageF1(rp) - pageF1(pp), pf: pageF1(pp), rf: pageF1(rp), page: pp });
    perPage[`a:${id.slice(0, 16)}`] = pageF1(pp);
  }
  const losses = gaps
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 10)
    .filter((g) => g.gap > 0)
    .map(
      (g) =>
        `| ${g.id.slice(0, 12)} | ${g.url.slice(0, 70)} | ${g.pf.toFixed(3)} | ${g.rf.toFixed(3)} | tp ${g.page.tp}, fp ${g.page.fp}, fn ${g.page.fn} |`,
    );
  return {
    name: 'article-extraction',
    pages: p.length,
    parallax: shingleScores(p),
    readability: shingleScores(r),
    losses: [
      '| id | url | Parallax page F1 | Readability page F1 | Parallax counts |',
      '|---|---|---|---|---|',
      ...losses,
    ],
  };
}

function evalMultilingual(): Result | undefined {
  if (!existsSync(MULTI)) return undefined;
  const data = JSON.parse(readFileSync(join(MULTI, 'evaldata.json'), 'utf8')) as Record<
    string,
    { with: string[]; without: string[] }
  >;
  const index = JSON.parse(readFileSync(join(MULTI, 'index.json'), 'utf8')) as Record<
    string,
    { id: string; html: string }
  >;
  const p: SegmentPage[] = [];
  const r: SegmentPage[] = [];
  const gaps: Array<{ key: string; gap: number; page: SegmentPage }> = [];
  for (const [key, entry] of Object.entries(data)) {
    const file = index[key];
    if (!file) continue;
    const url = /^https?:\/\//u.test(key) ? key : '';
    const page = decodePage(file.id, join(MULTI, file.html), url);
    const out = runBoth('multilingual', page);
    const pp = segmentPage(out.parallax, entry.with, entry.without);
    const rp = segmentPage(out.readability, entry.with, entry.without);
    p.push(pp);
    r.push(rp);
    gaps.push({ key, gap: segmentMerit(rp) - segmentMerit(pp), page: pp });
    perPage[`m:${file.id.slice(0, 16)} ${key.slice(0, 60)}`] = segmentMerit(pp);
  }
  const cell = (s: string[]) => s.map((x) => `“${x.slice(0, 40).replace(/\|/gu, '/')}”`).join(', ') || '–';
  const losses = gaps
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 15)
    .filter((g) => g.gap > 0)
    .map((g) => `| ${g.key.slice(0, 70)} | ${g.gap} | ${cell(g.page.missed)} | ${cell(g.page.leaked)} |`);
  return {
    name: 'article-extraction-multilingual',
    pages: p.length,
    parallax: segmentScores(p),
    readability: segmentScores(r),
    losses: [
      '| page | segments lost vs Readability | Parallax missed | Parallax leaked |',
      '|---|---|---|---|',
      ...losses,
    ],
  };
}

const results = [evalArticles(), evalMultilingual()].filter((x): x is Result => x !== undefined);
const f = (x: number) => x.toFixed(3);
const row = (name: string, s: Scores) =>
  `| ${name} | ${f(s.f1)} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.accuracy)} |`;
const total = timings.length;
const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 8);
const report = [
  '# Main-text extraction: Parallax vs Readability.js',
  '',
  'Command: `npm run eval:extraction`. Both extractors run in the same process on the same pages, decoded by',
  '`decodeBytes`/`sniffHtmlCharset`; Readability.js is @mozilla/readability 0.6 over linkedom, its article HTML',
  'rendered one line per block. Metrics exactly as the dataset READMEs define them.',
  '',
  ...results.flatMap((res) => [
    `## ${res.name} (${res.pages} pages)`,
    '',
    '| extractor | F1 | precision | recall | accuracy |',
    '|---|---|---|---|---|',
    row('Parallax', res.parallax),
    row('Readability.js', res.readability),
    '',
  ]),
  '## Speed (one core, extraction only, after decoding)',
  '',
  `- Parallax: **${((total / parallaxMs) * 1000).toFixed(0)} pages/s** (${total} pages in ${(parallaxMs / 1000).toFixed(2)} s)`,
  `- Readability.js: ${((total / readabilityMs) * 1000).toFixed(0)} pages/s (${(readabilityMs / 1000).toFixed(2)} s)`,
  '',
  'Slowest pages (Parallax):',
  '',
  '| dataset | id | KB | ms |',
  '|---|---|---|---|',
  ...slowest.map(
    (t) => `| ${t.dataset} | ${t.id.slice(0, 16)} | ${(t.bytes / 1024).toFixed(0)} | ${t.ms.toFixed(1)} |`,
  ),
  '',
  ...results.flatMap((res) => [
    `## Where Parallax loses most vs Readability: ${res.name}`,
    '',
    ...res.losses,
    '',
  ]),
].join('\n');
if (outDir) writeFileSync(join(outDir, 'scores.json'), JSON.stringify(perPage, null, 1));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/eval-extraction.md', report);
console.log(report);

function charsetHint(bytes: Uint8Array): { declaredCharset?: string } {
  const declared = sniffHtmlCharset(bytes);
  return declared === undefined ? {} : { declaredCharset: declared };
}
