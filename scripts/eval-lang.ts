/**
 * Language identification against the hand-assigned `lang` of stories-dev (the field is withheld
 * from the engine), on whole texts and on their first 300 characters. sr/hr/bs count as one.
 * Writes reports/eval-lang.md. Usage: npm run eval:lang [-- path/to/stories.jsonl]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPipeline, rawText } from './lib/pipeline.js';
import { readJsonl } from './lib/stories-dev.js';

const path = resolve(process.argv[2] ?? '../shared/datasets/stories-dev/stories.jsonl');
const EXCERPT = 300;
const EQUIVALENT: Record<string, string> = { hr: 'sr', bs: 'sr' };
const same = (a: string | null, b: string) => (EQUIVALENT[a ?? ''] ?? a) === (EQUIVALENT[b] ?? b);

const records = readJsonl<{ id: string; lang: string; text: string }>(path);
const pipeline = await createPipeline();

function evaluate(cut: (text: string) => string) {
  const confusions: string[] = [];
  const perLang = new Map<string, { n: number; ok: number }>();
  let agree = 0;
  for (const record of records) {
    const result = pipeline(rawText(record.id, cut(record.text)));
    const predicted = result.ok ? result.article.lang : null;
    const stat = perLang.get(record.lang) ?? { n: 0, ok: 0 };
    stat.n++;
    perLang.set(record.lang, stat);
    if (same(predicted, record.lang)) {
      agree++;
      stat.ok++;
    } else confusions.push(`| ${record.id} | ${record.lang} | ${predicted ?? '(none)'} |`);
  }
  return { agree, perLang, confusions };
}

const whole = evaluate((text) => text);
const excerpt = evaluate((text) => text.slice(0, EXCERPT));
const pct = (n: number) => `${((n / records.length) * 100).toFixed(1)} %`;
const report = [
  '# Language identification: stories-dev',
  '',
  `Command: \`npm run eval:lang\`, ${records.length} articles from \`${path.replace(/.*\/shared\//, '../shared/')}\`; the \`lang\` field is withheld from the engine; sr/hr/bs count as one.`,
  '',
  `- whole texts (as scraped, boilerplate included): **${pct(whole.agree)}** (${whole.agree}/${records.length})`,
  `- first ${EXCERPT} characters only: **${pct(excerpt.agree)}** (${excerpt.agree}/${records.length})`,
  '',
  `| lang | articles | whole text agrees | ${EXCERPT}-char excerpt agrees |`,
  '|---|---|---|---|',
  ...[...whole.perLang]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([lang, s]) => `| ${lang} | ${s.n} | ${s.ok} | ${excerpt.perLang.get(lang)?.ok ?? 0} |`),
  '',
  '## Confusions (id, hand label, detected)',
  '',
  'Whole texts:',
  '',
  ...(whole.confusions.length
    ? ['| id | gold | detected |', '|---|---|---|', ...whole.confusions]
    : ['none']),
  '',
  `${EXCERPT}-character excerpts:`,
  '',
  ...(excerpt.confusions.length
    ? ['| id | gold | detected |', '|---|---|---|', ...excerpt.confusions]
    : ['none']),
  '',
].join('\n');
writeFileSync('reports/eval-lang.md', report);
console.log(report);
