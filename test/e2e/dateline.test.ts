import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runParallax } from './run-cli.js';

const BODY = [
  'Harbour council approves new ferry timetable',
  'The harbour council of Velmora approved the new ferry timetable on Monday after two years of talks with the operators and the unions.',
  'The new timetable adds four crossings a day in summer and keeps the night ferry running all year, the council said in a statement.',
  'Operators welcomed the decision, but the unions said they would watch how the extra crossings are staffed.',
].join('\n');

describe('the publication date of an undated article', () => {
  let cwd: string;
  const shown = async (id: string) =>
    JSON.parse((await runParallax(['show', id, '--json'], { cwd })).stdout) as {
      published: string | null;
      published_source: string | null;
    };

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'parallax-dateline-'));
    const records = [
      { id: 'dated-at-the-top', text: `14.06.2024\n${BODY}` },
      {
        id: 'related-list-at-the-end',
        text: `${BODY}\nRead more\n18.03.2026\n19:00\nCity budget passes after long debate`,
      },
    ];
    await writeFile(join(cwd, 'in.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
    expect((await runParallax(['ingest', 'in.jsonl', '-q'], { cwd })).code).toBe(0);
  });
  afterAll(() => rm(cwd, { recursive: true, force: true }));

  test('comes from a date line at the top of the page', async () => {
    expect(await shown('dated-at-the-top')).toMatchObject({
      published: '2024-06-14',
      published_source: 'dateline',
    });
  });

  test('never from the date of a related article listed at the end', async () => {
    expect(await shown('related-list-at-the-end')).toMatchObject({ published: null, published_source: null });
  });
});
