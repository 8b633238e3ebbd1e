/**
 * "Same fact" links and shared / single-source labels against the hand-annotated set in eval/claims.
 * Every stories-dev document is ingested into a fresh in-memory store with the default settings (page
 * date as `published`, labels withheld); then each annotated story's documents (by gold label, so
 * that clustering errors do not blur the comparison) are compared as one story, and each annotated
 * sentence is matched to the claim unit that covers most of its words.
 * Writes reports/eval-claims.md. Usage: npm run eval:claims [-- path/to/stories.jsonl] [--verbose]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClaimGroup, ClaimUnit } from '../src/core/compare/index.js';
import { compareArticles, DEFAULT_CLAIM_THRESHOLD } from '../src/core/compare/index.js';
import { linkUnits } from '../src/core/compare/similarity.js';
import { type AnnotatedSentence, type ClaimScores, scoreClaims } from '../src/core/evaluate/index.js';
import { articleVoices } from '../src/core/sources.js';
import type { Article } from '../src/core/types.js';
import { type DatasetDoc, ingestDocs, readJsonl } from './lib/stories-dev.js';

interface Annotation {
  story: string;
  doc: string;
  start: number;
  end: number;
  fact: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const thresholdAt = args.indexOf('--threshold');
const threshold = thresholdAt >= 0 ? Number(args[thresholdAt + 1]) : undefined;
const path = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--threshold') ??
    '../shared/datasets/stories-dev/stories.jsonl',
);
if (!existsSync(path)) {
  console.log(
    `eval:claims: ${path} not found; the evaluation needs ../shared/datasets/stories-dev (nothing measured).`,
  );
  process.exit(0);
}
const docs = readJsonl<DatasetDoc>(path);
const annotations = readJsonl<Annotation>('eval/claims/claims.jsonl');
const rivals = new Map(
  readJsonl<{ fact: string; conflict_with?: string[] }>('eval/claims/facts.jsonl').map((f) => [
    f.fact,
    f.conflict_with ?? [],
  ]),
);
const docById = new Map(docs.map((d) => [d.id, d]));
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

const px = await ingestDocs(docs);

const stories = [...new Set(annotations.map((a) => a.story))];
const sentences: AnnotatedSentence[] = [];
let seconds = 0;
const examples: string[] = [];
/** Similarity of every linked unit pair down to the curve's lowest threshold (both directions). */
const similarity = new Map<string, number>();
const SWEEP = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6];
const linkThreshold = threshold ?? DEFAULT_CLAIM_THRESHOLD;
const floor = Math.min(linkThreshold, ...SWEEP);
const unitOf = new Map<string, string>();
for (const story of stories) {
  const articles: Article[] = [];
  for (const doc of docs.filter((d) => d.story === story)) {
    const article = await px.article(doc.id);
    if (article) articles.push(article);
  }
  const voices = articleVoices(articles);
  const started = performance.now();
  const { units, claims } = compareArticles(
    articles.map((article) => ({ article, source: voices.get(article.id) as string })),
    threshold === undefined ? {} : { threshold },
  );
  seconds += (performance.now() - started) / 1000;
  // the same scores the comparison linked by, kept down to the curve's floor
  for (const link of linkUnits(units, floor).links)
    similarity.set(`${link.a}|${link.b}`, link.score).set(`${link.b}|${link.a}`, link.score);
  const groupOf = new Map<string, ClaimGroup>();
  for (const claim of claims) for (const unit of claim.units) groupOf.set(unit.id, claim);
  const spans = new Map<string, Annotation[]>();
  for (const a of annotations.filter((x) => x.story === story)) {
    const key = `${a.doc}:${a.start}-${a.end}`;
    spans.set(key, [...(spans.get(key) ?? []), a]);
  }
  const factSources = new Map<string, Set<string>>();
  for (const a of annotations.filter((x) => x.story === story)) {
    const set = factSources.get(a.fact) ?? new Set<string>();
    set.add(host((docById.get(a.doc) as DatasetDoc).url));
    factSources.set(a.fact, set);
  }
  for (const [key, list] of spans) {
    const first = list[0] as Annotation;
    const doc = docById.get(first.doc) as DatasetDoc;
    const text = doc.text.slice(first.start, first.end);
    const unit = bestUnit(
      text,
      units.filter((u) => u.article === doc.id),
    );
    if (unit) unitOf.set(key, unit.id);
    const group = unit ? (groupOf.get(unit.id) ?? null) : null;
    // the sides of a conflict state different facts: only units on one side are linked
    const side = group?.conflict?.sides.findIndex((s) => s.units.some((u) => u.id === unit?.id)) ?? -1;
    const facts = new Set(list.map((a) => a.fact));
    const shared = [...facts].some((f) => (factSources.get(f)?.size ?? 0) >= 2);
    sentences.push({
      key,
      story,
      doc: doc.id,
      source: host(doc.url),
      lang: doc.lang,
      facts,
      gold: shared ? 'shared' : 'single-source',
      group: group ? `${story}/${group.id}${side >= 0 ? `/${side}` : ''}` : null,
      label: group?.label ?? null,
      conflictsWith: new Set([...facts].flatMap((fact) => rivals.get(fact) ?? [])),
      conflict: group && side >= 0 ? { group: `${story}/${group.id}`, side } : null,
    });
    if (verbose)
      examples.push(
        `${key} [${[...facts].join(',')}] → ${group ? `${group.id} ${group.label}` : 'UNMAPPED'} :: ${text.slice(0, 90)}`,
      );
  }
}
const scores = scoreClaims(sentences);
/** Annotated pairs whose units the comparison links directly (before grouping) at a threshold. */
const linkedAt = (at: number) => (a: AnnotatedSentence, b: AnnotatedSentence) =>
  (similarity.get(`${unitOf.get(a.key)}|${unitOf.get(b.key)}`) ?? 0) >= at;
const direct = scoreClaims(sentences, linkedAt(linkThreshold));
const curve = SWEEP.map((at) => ({ at, pairs: scoreClaims(sentences, linkedAt(at)).pairs }));
if (verbose) console.log(examples.join('\n'));
writeFileSync('reports/eval-claims.md', report(scores));
console.log(report(scores));

/** The unit of the article covering most of the annotated sentence's words (at least 40 % of them). */
function bestUnit(text: string, units: readonly ClaimUnit[]): ClaimUnit | null {
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let best: ClaimUnit | null = null;
  let bestScore = 0.4;
  for (const unit of units) {
    const theirs = new Set(unit.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    let common = 0;
    for (const w of words) if (theirs.has(w)) common++;
    const score = common / Math.max(words.size, theirs.size / 2, 1);
    if (score > bestScore) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}

function report(s: ClaimScores): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const row = (name: string, p: ClaimScores['pairs']) =>
    `| ${name} | ${p.positives} | ${p.negatives} | ${pct(p.precision)} | ${pct(p.recall)} | **${pct(p.f1)}** |`;
  const label = (name: 'shared' | 'single-source') => {
    const l = s.labels[name];
    return `| ${name} | ${l.gold} | ${pct(l.precision)} | ${pct(l.recall)} | ${pct(l.f1)} |`;
  };
  return [
    '# Claims: "same fact" links and labels (eval/claims)',
    '',
    `Command: \`npm run eval:claims${threshold === undefined ? '' : ` -- --threshold ${threshold}`}\` (link threshold ${linkThreshold}). ${stories.length} annotated stories, ${sentences.length} annotated sentences (${s.unmapped} not matched to a claim unit). Comparison took ${seconds.toFixed(2)} s in all.`,
    'Each story is compared from its gold documents; every stories-dev document was ingested with default settings first.',
    '',
    '| pairs | gold positives | gold negatives | precision | recall | F1 |',
    '| --- | --- | --- | --- | --- | --- |',
    row('all', s.pairs),
    row('cross-lingual', s.crossLingual),
    row('same language', s.sameLanguage),
    '',
    'Direct links (pairs whose similarity reaches the threshold, before grouping into claims):',
    '',
    '| pairs | gold positives | gold negatives | precision | recall | F1 |',
    '| --- | --- | --- | --- | --- | --- |',
    row('all', direct.pairs),
    row('cross-lingual', direct.crossLingual),
    row('same language', direct.sameLanguage),
    '',
    'Targets: precision ≥ 85 %, recall ≥ 70 %.',
    '',
    'Direct links at other thresholds (all pairs): what recall costs in precision.',
    '',
    `| threshold | ${curve.map((c) => c.at).join(' | ')} |`,
    `| --- | ${curve.map(() => '---').join(' | ')} |`,
    `| precision | ${curve.map((c) => pct(c.pairs.precision)).join(' | ')} |`,
    `| recall | ${curve.map((c) => pct(c.pairs.recall)).join(' | ')} |`,
    '',
    '| label (per annotated sentence) | gold | precision | recall | F1 |',
    '| --- | --- | --- | --- | --- |',
    label('shared'),
    label('single-source'),
    '',
    '| conflicts (sentence pairs) | gold | precision | recall | F1 |',
    '| --- | --- | --- | --- | --- |',
    `| different values for one attribute | ${s.conflicts.gold} | ${pct(s.conflicts.precision)} | ${pct(s.conflicts.recall)} | ${pct(s.conflicts.f1)} |`,
    '',
    'A predicted conflict is a pair on different sides of one conflicting claim.',
    '',
  ].join('\n');
}
