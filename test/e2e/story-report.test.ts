import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StoryReportView } from '../../src/contract/story-report-view.js';
import { runParallax } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'claims');

/**
 * The Velmora bridge collapse, reported by three outlets in English and German plus a wire copy:
 * the rescue and the inspection are stated by two independent sources across languages, the death
 * toll conflicts (12 against 14), and each outlet has details of its own.
 */
describe('parallax story <id>', () => {
  let cwd: string;
  let story: string;
  let report: StoryReportView;

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'parallax-report-'));
    await cp(join(FIXTURES, 'velmora.jsonl'), join(cwd, 'velmora.jsonl'));
    expect((await runParallax(['ingest', 'velmora.jsonl', '-q'], { cwd })).code).toBe(0);
    const stories = JSON.parse((await runParallax(['stories', '--json'], { cwd })).stdout) as Array<{
      id: string;
    }>;
    expect(stories).toHaveLength(1);
    story = (stories[0] as { id: string }).id;
    const run = await runParallax(['story', story, '--json'], { cwd });
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout) as StoryReportView;
  });
  afterAll(() => rm(cwd, { recursive: true, force: true }));

  const claims = (label: string) =>
    report.claims
      .filter((claim) => claim.label === label)
      .map((claim) => claim.support.map((s) => `${s.article}: ${s.text}`));

  test('a fact two independent sources state, in any language, is one shared claim; the wire copy adds no source', () => {
    expect(claims('shared')).toEqual([
      [
        'courier-1: Rescue teams pulled 30 survivors from the river within six hours.',
        'rheinblatt-1: Rettungskräfte zogen binnen sechs Stunden 30 Überlebende aus dem Fluss.',
        'syndicate-1: Rescue teams pulled 30 survivors from the river within six hours.',
      ],
      [
        'courier-1: Mayor Petra Lind said the bridge had been inspected in March 2024.',
        'rheinblatt-1: Bürgermeisterin Petra Lind sagte, die Brücke sei im März 2024 überprüft worden.',
        'syndicate-1: Mayor Petra Lind said the bridge had been inspected in March 2024.',
      ],
    ]);
    expect(report.claims.filter((c) => c.label === 'shared').map((c) => c.sources)).toEqual([2, 2]);
  });

  test('different death tolls for the same collapse are a conflict with both sides', () => {
    const conflicts = report.claims.filter((claim) => claim.label === 'conflicting');
    expect(conflicts).toHaveLength(1);
    expect(
      conflicts[0]?.conflict?.sides.map((side) => [side.value, side.support.map((s) => s.source)]),
    ).toEqual([
      ['12', ['Northern Courier', 'Valley Post']],
      ['14', ['Harbor Times']],
    ]);
  });

  test("details only one outlet reports are single-source claims, traceable to the article's sentence", () => {
    expect(claims('single-source')).toEqual([
      [
        'courier-1: “We will find out what went wrong,” Lind said.',
        'syndicate-1: “We will find out what went wrong,” Lind said.',
      ],
      [
        'courier-1: The city will pay 5 million euros to the families of the victims.',
        'syndicate-1: The city will pay 5 million euros to the families of the victims.',
      ],
      ['rheinblatt-1: Ein Gutachter hatte bereits im Jahr 2019 vor tiefen Rissen im Beton gewarnt.'],
      ['harbor-1: Divers are still searching the river for two missing workers.'],
      ['harbor-1: The governor ordered checks of every bridge in the province before the summer.'],
    ]);
    const [first] = report.claims;
    expect(first?.support[0]).toMatchObject({ article: 'courier-1', lang: 'en', start: expect.any(Number) });
  });

  test('coverage names each independent source once, with its languages, articles and first day', () => {
    expect(report.coverage).toEqual({
      articles: 4,
      first_seen: '2025-03-11',
      last_seen: '2025-03-11',
      languages: { en: 3, de: 1 },
      sources: [
        { source: 'Harbor Times', languages: ['en'], articles: 1, first_seen: '2025-03-11' },
        { source: 'Northern Courier', languages: ['en'], articles: 2, first_seen: '2025-03-11' },
        { source: 'Rheinblatt', languages: ['de'], articles: 1, first_seen: '2025-03-11' },
      ],
    });
  });

  test('the timeline lists the dates mentioned, earliest first, each with its sentences', () => {
    expect(report.timeline.map((entry) => [entry.date, entry.mentions.map((m) => m.article)])).toEqual([
      ['2019', ['rheinblatt-1']],
      ['2024-03', ['courier-1', 'rheinblatt-1', 'syndicate-1']],
      ['2025-03-11', ['courier-1', 'harbor-1', 'syndicate-1']],
    ]);
  });

  test('the summary prefers the best supported claims, in the requested language where a source wrote in it', async () => {
    const run = await runParallax(['story', story, '--json', '--lang', 'de'], { cwd });
    const german = JSON.parse(run.stdout) as StoryReportView;
    // the disputed death toll stays out of the summary: it is shown among the conflicts
    expect(german.summary.map((s) => [s.lang, s.support, s.text.slice(0, 24)])).toEqual([
      ['de', 2, 'Rettungskräfte zogen bin'],
      ['de', 2, 'Bürgermeisterin Petra Li'],
      ['en', 1, '“We will find out what w'],
      ['en', 1, 'The city will pay 5 mill'],
      ['de', 1, 'Ein Gutachter hatte bere'],
    ]);
  });

  test('Markdown (the default) and HTML reports carry every section', async () => {
    const markdown = (await runParallax(['story', story], { cwd })).stdout;
    for (const heading of [
      '## Summary',
      '## Coverage',
      '## Shared claims (2)',
      '## Conflicts (1)',
      '## Single-source claims',
      '## Timeline',
      '## Entities',
    ])
      expect(markdown).toContain(heading);
    const html = (await runParallax(['story', story, '--html', '--out', 'report.html'], { cwd })).stderr;
    expect(html).toContain('report.html');
    const page = await readFile(join(cwd, 'report.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<h2>Conflicts (1)</h2>');
  });

  test('an unknown id and two formats at once are clear errors', async () => {
    const missing = await runParallax(['story', 's-nope'], { cwd });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no story with id "s-nope"');
    const both = await runParallax(['story', story, '--md', '--html'], { cwd });
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('choose one of --json, --md and --html');
  });
});
