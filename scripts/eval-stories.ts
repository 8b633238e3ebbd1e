/**
 * Story clustering of stories-dev from scratch, as a user would run it: the documents are written
 * to a JSONL file without their `story` and `lang` fields (the page date is kept as `published`),
 * ingested into a fresh in-memory store with the default settings, and the stored stories are
 * scored against the labels. Writes reports/eval-stories.md.
 * Usage: npm run eval [-- path/to/stories.jsonl] [--out file]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type LabelledDocument,
  type PairScores,
  type Scores,
  scoreClustering,
  scoreTargets,
  worstMerges,
  worstSplits,
} from '../src/core/evaluate/index.js';
import { type DatasetDoc, ingestDocs, readJsonl } from './lib/stories-dev.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? (args[outAt + 1] as string) : 'reports/eval-stories.md';
const path = resolve(
  args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out') ??
    '../shared/datasets/stories-dev/stories.jsonl',
);
const docs = readJsonl<DatasetDoc>(path);

const started = performance.now();
const px = await ingestDocs(docs);
const seconds = (performance.now() - started) / 1000;
const stories = new Map<string, string>();
for await (const row of px.exportArticles()) stories.set(row.id, row.story ?? `(none:${row.id})`);
const labelled: LabelledDocument[] = docs.map((d) => ({
  id: d.id,
  gold: d.story,
  predicted: stories.get(d.id) ?? `(missing:${d.id})`,
  lang: d.lang,
}));
const scores = scoreClustering(labelled);
const targets = scoreTargets(labelled);
const merges = worstMerges(labelled, 5);
const splits = worstSplits(labelled, 5);
const evidence = async (storyId: string) =>
  (await px.storyLog(storyId))
    .filter((entry) => entry.event === 'joined')
    .slice(0, 6)
    .map((entry) => `  - ${entry.article} joined (${JSON.stringify(entry.reason)})`);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const row = (name: string, s: Scores | PairScores) =>
  `| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | **${pct(s.f1)}** |`;
const lines = [
  '# Stories: stories-dev',
  '',
  `Command: \`npm run eval\`. ${docs.length} documents from \`${path.replace(/.*\/shared\//, '../shared/')}\`, ingested from scratch into an in-memory store with the default settings; \`story\` and \`lang\` withheld, the page date given as \`published\`. ${new Set(stories.values()).size} stories found in ${seconds.toFixed(1)} s.`,
  '',
  '| measure | precision | recall | F1 |',
  '|---|---|---|---|',
  row('B-cubed', scores.bcubed),
  row('pairwise', scores.pairs),
  row('pairwise, cross-lingual pairs', scores.crossLingualPairs),
  row('pairwise, same-language pairs', scores.sameLanguagePairs),
  row('B-cubed, target-story documents', targets.bcubed),
  '',
  `Distractor documents inside a target-story cluster: ${targets.absorbedDistractors} of ${targets.distractors}.`,
  '',
  '## Worst merges (predicted story: gold stories and their documents) and the evidence',
  '',
];
for (const merge of merges) {
  lines.push(
    `- ${merge.predicted}: ${Object.entries(merge.gold)
      .map(([g, ids]) => `${g} (${ids.join(', ')})`)
      .join('; ')}`,
  );
  lines.push(...(await evidence(merge.predicted)));
}
lines.push('', '## Worst splits (gold story: predicted stories and their documents)', '');
for (const split of splits) {
  lines.push(
    `- ${split.gold}: ${Object.entries(split.predicted)
      .map(([p, ids]) => `${p} (${ids.join(', ')})`)
      .join('; ')}`,
  );
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(lines.slice(0, 14).join('\n'));
await px.close();
