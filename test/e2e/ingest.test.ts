import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runParallax } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'noisy');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-e2e-'));
  await cp(FIXTURES, join(dir, 'in'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const px = (...argv: string[]) => runParallax([...argv, '--db', 'test.db'], { cwd: dir });

describe('parallax ingest', () => {
  test('ingests a folder, reports the malformed JSONL line as file:line, and exits 1', async () => {
    const run = await px('ingest', 'in');
    expect({ ...run, stdout: run.stdout.split('\n') }).toEqual({
      code: 1,
      stdout: [
        'ingested 4, updated 0, unchanged 0, duplicates 0, failed 1',
        'languages: en 2, de 1, fr 1',
        'failed:',
        expect.stringMatching(/^ {2}in\/wire\.jsonl:3: malformed JSON: \S/),
        '',
      ],
      stderr: expect.stringMatching(/^✗ in\/wire\.jsonl:3: malformed JSON: .*\n$/),
    });
  });

  test('changes nothing when the same input is ingested twice', async () => {
    await px('ingest', 'in');
    const before = await px('articles', '--json');
    const again = await px('ingest', 'in', '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 0, updated: 0, unchanged: 4, failed: 1 });
    expect(await px('articles', '--json')).toEqual(before);
  });

  test('cleans a German page: one headline, no menu, teasers or ads, every body sentence kept', async () => {
    await px('ingest', 'in');
    const shown = JSON.parse((await px('show', 'de-faehre.txt', '--json')).stdout);
    expect(shown).toMatchObject({
      id: 'de-faehre.txt',
      lang: 'de',
      title: 'Fähre „Nordlys“ sicher im Hafen von Brekka eingelaufen',
      duplicate_of: null,
    });
    expect(shown.text).toBe(
      [
        'Fähre „Nordlys“ sicher im Hafen von Brekka eingelaufen.',
        'Nach einem Maschinenschaden hat die Fähre „Nordlys“ am Dienstagabend aus eigener Kraft den Hafen von Brekka erreicht. An Bord waren 212 Passagiere und 31 Besatzungsmitglieder, verletzt wurde niemand.',
        'Der Kapitän hatte am Nachmittag einen Notruf abgesetzt, nachdem einer der beiden Motoren ausgefallen war. Zwei Schlepper begleiteten das Schiff auf den letzten zwölf Seemeilen.',
        '„Wir sind froh, dass alle wohlbehalten an Land sind“, sagte Hafenmeisterin Liv Brandt am Abend.',
        'Die Reederei kündigte an, das Schiff binnen 48 Stunden von Gutachtern prüfen zu lassen.',
      ].join('\n'),
    );
    expect(shown.removed.map((r: { text: string; reason: string }) => [r.reason, r.text])).toEqual([
      ['navigation', 'Startseite › Panorama › Welt'],
      ['duplicate_headline', 'Fähre „Nordlys“ sicher im Hafen von Brekka eingelaufen'],
      ['duplicate_headline', 'Fähre „Nordlys“ sicher im Hafen von Brekka eingelaufen'],
      ['advertisement', 'Werbung'],
      ['related_links', 'Mehr zum Thema – Neue Fährlinie nach Skarvik soll im Sommer starten'],
      ['related_links', 'Lesen Sie auch'],
      ['related_links', 'Hafen Brekka: Rekord bei Kreuzfahrtgästen'],
      ['related_links', 'Sturmwarnung für die Nordküste'],
    ]);
    expect(shown.sentences.map((s: { text: string }) => s.text)).toHaveLength(7);
    for (const span of shown.removed) expect(shown.original.slice(span.start, span.end)).toBe(span.text);
  });

  test('keeps JSON record ids and extra fields as metadata', async () => {
    await px('ingest', 'in');
    const shown = JSON.parse((await px('show', 'wire-001', '--json')).stdout);
    expect(shown).toMatchObject({
      id: 'wire-001',
      lang: 'en',
      declared_lang: 'en',
      title: 'Brekka council approves new ferry terminal',
      source: 'Nordwire',
      url: 'https://wire.example/001',
      published: '2025-03-12T09:30:00Z',
      metadata: { section: 'regional' },
    });
  });

  test('lists articles by language, as a table or as JSON', async () => {
    await px('ingest', 'in');
    const table = await px('articles', '--lang', 'en');
    expect(table.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^en-harbour\.txt +en +Brekka harbour welcomes disabled ferry Nordlys$/),
      expect.stringMatching(/^wire-001 +en +Brekka council approves new ferry terminal$/),
    ]);
    const json = JSON.parse((await px('articles', '--lang', 'fr', '--json')).stdout);
    expect(json.map((a: { id: string }) => a.id)).toEqual(['wire-002']);
  });

  test('reads JSONL from stdin with -', async () => {
    const line =
      '{"id":"s1","text":"Der Hafen von Brekka meldet einen neuen Rekord bei den Passagierzahlen im Fährverkehr."}\n';
    const run = await runParallax(['ingest', '-', '--db', 'test.db', '--json'], { cwd: dir, stdin: line });
    expect(JSON.parse(run.stdout)).toMatchObject({ ingested: 1, failed: 0, byLanguage: { de: 1 } });
  });

  test('links an exact republication to the first-seen article', async () => {
    await cp(join(dir, 'in', 'en-harbour.txt'), join(dir, 'in', 'zz-copy.txt'));
    const run = await px('ingest', 'in', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ ingested: 5, duplicates: 1 });
    const copy = JSON.parse((await px('show', 'zz-copy.txt', '--json')).stdout);
    expect(copy.duplicate_of).toBe('en-harbour.txt');
  });
});
