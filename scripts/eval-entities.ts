/**
 * Entity recognition and cross-lingual linking against the team's hand annotations of
 * stories-dev (eval/entities: ids and offsets only). Every document of the dataset is run through
 * the ingest pipeline and the archive-wide linker in dataset order; predicted mentions (offsets in
 * the cleaned text) are mapped back to the raw text and must match an annotation exactly.
 * Writes reports/eval-entities.md. Usage: npm run eval:entities [-- path/to/stories.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeText } from '../src/core/clean/index.js';
import { createBatchRegistry, linkEntities } from '../src/core/entities/index.js';
import type { EntityMention } from '../src/core/types.js';
import { createAnalyzer, createPipeline, rawText } from './lib/pipeline.js';
import { readJsonl } from './lib/stories-dev.js';

interface Gold {
  doc: string;
  start: number;
  end: number;
  text: string;
  type: string;
  entity: string;
}
interface Predicted extends Gold {
  lang: string;
}

const path = resolve(process.argv[2] ?? '../shared/datasets/stories-dev/stories.jsonl');
const dir = resolve(import.meta.dirname, '../eval/entities');
const docs = readJsonl<{ id: string; lang: string; text: string }>(path);
const annotated = new Set(JSON.parse(readFileSync(`${dir}/docs.json`, 'utf8')) as string[]);
const gold = readJsonl<Gold>(`${dir}/annotations.jsonl`);

const pipeline = await createPipeline();
const analyze = createAnalyzer();
const registry = createBatchRegistry([]);
const predicted: Predicted[] = [];
const langs = new Map<string, string>();
for (const doc of docs) {
  langs.set(doc.id, doc.lang);
  const result = pipeline(rawText(doc.id, doc.text));
  if (!result.ok) continue;
  const { article, entities } = analyze(result.article);
  const linked = linkEntities(article.analysis.entities, entities, article.lang, registry);
  if (!annotated.has(doc.id)) continue;
  const toRaw = alignment(doc.text, article.text);
  for (const mention of linked) predicted.push(mapped(doc.id, doc.lang, mention, toRaw));
}

const key = (m: Gold) => `${m.doc}:${m.start}:${m.end}`;
const goldBySpan = new Map(gold.map((m) => [key(m), m]));
const matched = predicted.filter((m) => goldBySpan.has(key(m)));
const typed = matched.filter((m) => goldBySpan.get(key(m))?.type === m.type);
const scores = (tp: number) => ({
  p: tp / Math.max(1, predicted.length),
  r: tp / Math.max(1, gold.length),
});
const span = scores(matched.length);
const typedScores = scores(typed.length);

// linking: among matched mentions, each gold entity's majority predicted id; merges: predicted ids spanning ≥2 gold entities
const byGold = new Map<string, Map<string, number>>();
const byPredicted = new Map<string, Set<string>>();
for (const m of matched) {
  const g = goldBySpan.get(key(m)) as Gold;
  const counts = byGold.get(g.entity) ?? new Map<string, number>();
  counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  byGold.set(g.entity, counts);
  const golds = byPredicted.get(m.entity) ?? new Set<string>();
  golds.add(g.entity);
  byPredicted.set(m.entity, golds);
}
let together = 0;
const splits: string[] = [];
for (const [entity, counts] of byGold) {
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  together += sorted[0]?.[1] ?? 0;
  if (sorted.length > 1) splits.push(`| ${entity} | ${sorted.map(([id, n]) => `${id} (${n})`).join(', ')} |`);
}
const merges = [...byPredicted].filter(([, golds]) => golds.size > 1);
const crossLingual = [...byGold.keys()].filter(
  (entity) =>
    new Set(matched.filter((m) => goldBySpan.get(key(m))?.entity === entity).map((m) => m.lang)).size > 1,
);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const f1 = (s: { p: number; r: number }) => (s.p + s.r === 0 ? 0 : (2 * s.p * s.r) / (s.p + s.r));
const missed = gold.filter((g) => !predicted.some((m) => key(m) === key(g)));
const spurious = predicted.filter((m) => !goldBySpan.has(key(m)));
const mistyped = matched.filter((m) => goldBySpan.get(key(m))?.type !== m.type);
const perLang = [...new Set(gold.map((g) => langs.get(g.doc) ?? '?'))].sort().map((lang) => {
  const g = gold.filter((m) => langs.get(m.doc) === lang).length;
  const p = predicted.filter((m) => m.lang === lang).length;
  const tp = typed.filter((m) => m.lang === lang).length;
  return `| ${lang} | ${g} | ${p} | ${pct(tp / Math.max(1, p))} | ${pct(tp / Math.max(1, g))} |`;
});
const report = [
  '# Entities: stories-dev, hand annotations',
  '',
  `Command: \`npm run eval:entities\`. ${annotated.size} documents annotated by hand (${gold.length} mentions, \`eval/entities\`); all ${docs.length} documents are ingested and linked in dataset order, only annotated ones are scored. A mention counts when its span matches an annotation exactly (offsets mapped from the cleaned text back to the dataset text).`,
  '',
  '| measure | value |',
  '|---|---|',
  `| mention precision (span and type) | **${pct(typedScores.p)}** |`,
  `| mention recall (span and type) | **${pct(typedScores.r)}** |`,
  `| mention F1 (span and type) | ${pct(f1(typedScores))} |`,
  `| span only: precision / recall | ${pct(span.p)} / ${pct(span.r)} |`,
  `| linking: mentions of a gold entity under its main id | **${pct(together / Math.max(1, matched.length))}** (${together}/${matched.length}) |`,
  `| wrong merges: ids covering two or more gold entities | **${pct(merges.length / Math.max(1, byPredicted.size))}** (${merges.length}/${byPredicted.size}) |`,
  `| gold entities found in two or more languages | ${crossLingual.length} |`,
  '',
  '| lang | gold | predicted | precision | recall |',
  '|---|---|---|---|---|',
  ...perLang,
  '',
  '## Split entities (gold id: predicted ids and mentions)',
  '',
  '| gold | predicted |',
  '|---|---|',
  ...splits,
  '',
  '## Wrong merges (predicted id: gold entities)',
  '',
  ...merges.map(([id, golds]) => `- ${id}: ${[...golds].join(', ')}`),
  '',
  '## Missed mentions',
  '',
  ...missed.map((g) => `- ${g.doc} [${g.start}–${g.end}] ${g.text} (${g.type})`),
  '',
  '## Spurious mentions',
  '',
  ...spurious.map((m) => `- ${m.doc} [${m.start}–${m.end}] ${m.text} (${m.type})`),
  '',
  '## Wrong types',
  '',
  ...mistyped.map((m) => `- ${m.doc} ${m.text}: ${m.type}, gold ${goldBySpan.get(key(m))?.type}`),
  '',
].join('\n');
writeFileSync(resolve('reports/eval-entities.md'), report);
console.log(report.split('\n## Split')[0]);

function mapped(
  doc: string,
  lang: string,
  mention: EntityMention,
  toRaw: (offset: number) => number,
): Predicted {
  const start = toRaw(mention.start);
  const end = toRaw(mention.end - 1) + 1;
  return { doc, lang, start, end, text: mention.text, type: mention.type, entity: mention.entity ?? '' };
}

/** Maps offsets of the cleaned text to the raw text: cleaned lines are lines of the normalised raw text. */
function alignment(raw: string, cleaned: string): (offset: number) => number {
  const normalised = normalizeText(raw);
  const toNormalised = new Int32Array(cleaned.length + 1).fill(-1);
  let cursor = 0;
  let at = 0;
  for (const line of cleaned.split('\n')) {
    let found = normalised.indexOf(line, cursor);
    if (found < 0) found = normalised.indexOf(line);
    for (let i = 0; i < line.length; i++) toNormalised[at + i] = found < 0 ? -1 : found + i;
    if (found >= 0) cursor = found + line.length;
    at += line.length + 1;
  }
  const toRaw = new Int32Array(normalised.length + 1).fill(-1);
  const space = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
  const skipped = (ch: string | undefined) =>
    ch !== undefined && /[\u00AD\u200B\u2060\uFEFF\p{M}\p{Cc}]/u.test(ch);
  let i = 0;
  for (let j = 0; j < normalised.length; j++) {
    const ch = normalised[j] as string;
    if (space(ch)) {
      while (i < raw.length && !space(raw[i]) && skipped(raw[i])) i++;
      toRaw[j] = i;
      if (space(raw[i])) i++;
    } else {
      while (i < raw.length && raw[i] !== ch && (space(raw[i]) || skipped(raw[i]))) i++;
      toRaw[j] = i;
      i++;
    }
  }
  return (offset) => {
    const n = toNormalised[offset] ?? -1;
    return n < 0 ? -1 : (toRaw[n] ?? -1);
  };
}
