import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildWarc, type TestRecord } from '../fixtures/warc.js';
import { runParallax } from './run-cli.js';

const DATED = `<html lang="de"><head><title>Fähre erreicht Brekka</title>
<meta property="article:published_time" content="2024-06-12T18:30:00+02:00"></head><body>
<nav><a href="/">Startseite</a></nav><article><h1>Fähre „Nordlys“ sicher im Hafen von Brekka eingelaufen</h1>
<p>Nach einem Maschinenschaden hat die Fähre „Nordlys“ am Dienstagabend aus eigener Kraft den Hafen von Brekka erreicht. An Bord waren 212 Passagiere und 31 Besatzungsmitglieder, verletzt wurde niemand.</p>
<p>Die Reederei kündigte an, das Schiff binnen 48 Stunden von Gutachtern prüfen zu lassen.</p></article></body></html>`;
/** No date anywhere in the page: the crawl date stands in. In windows-1252, declared only by the HTTP header. */
const UNDATED = Buffer.from(
  `<html lang="fr"><body><article><h1>Le ferry Nordlys est arriv\xe9 \xe0 Brekka</h1>
<p>Apr\xe8s une panne de moteur, le ferry Nordlys a rejoint mardi soir le port de Brekka par ses propres moyens. Les 212 passagers et les 31 membres d'\xe9quipage sont sains et saufs.</p>
<p>L'armateur fera examiner le navire par des experts dans les 48 heures.</p></article></body></html>`,
  'latin1',
);

const CRAWL: TestRecord[] = [
  { type: 'warcinfo' },
  {
    type: 'request',
    url: 'https://nord.example/de/faehre',
    status: 'GET /de/faehre HTTP/1.1',
    headers: { Host: 'nord.example' },
  },
  {
    type: 'response',
    url: 'https://nord.example/de/faehre',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: DATED,
  },
  {
    type: 'response',
    url: 'https://nord.example/logo.png',
    headers: { 'Content-Type': 'image/png' },
    body: 'PNG',
  },
  {
    type: 'response',
    url: 'https://nord.example/site.js',
    headers: { 'Content-Type': 'application/javascript' },
    body: 'x()',
  },
  { type: 'revisit', url: 'https://nord.example/de/faehre', headers: { 'Content-Type': 'text/html' } },
  {
    type: 'response',
    url: 'https://nord.example/old',
    status: 'HTTP/1.1 404 Not Found',
    headers: { 'Content-Type': 'text/html' },
    body: '<p>Nope</p>',
  },
  {
    type: 'response',
    url: 'https://ferry.example/fr/nordlys',
    date: '2024-06-13T07:15:00Z',
    headers: { 'Content-Type': 'text/html; charset=windows-1252' },
    body: UNDATED,
  },
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-e2e-warc-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const px = (...argv: string[]) => runParallax([...argv, '--db', 'test.db'], { cwd: dir });

describe('parallax ingest on a WARC', () => {
  test('stores each HTML page under its URL with its date, the crawl date when the page has none, and counts what it skipped', async () => {
    await writeFile(join(dir, 'crawl.warc.gz'), await buildWarc(CRAWL, { gzip: true }));
    const run = await px('ingest', 'crawl.warc.gz');
    expect({ ...run, stdout: run.stdout.split('\n') }).toEqual({
      code: 0,
      stdout: [
        'ingested 2, updated 0, unchanged 0, duplicates 0, failed 0, skipped 6',
        'languages: de 1, fr 1',
        'skipped: 3 without a page (request, revisit, metadata, warcinfo), 2 not HTML, 1 HTTP status other than 200',
        '',
      ],
      stderr: '',
    });
    const exported = (await px('export', '--format', 'jsonl')).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(exported.map(({ story, ...rest }: { story: string }) => rest)).toEqual([
      {
        id: 'crawl.warc.gz@722',
        lang: 'de',
        title: 'Fähre erreicht Brekka',
        published: '2024-06-12T18:30:00+02:00',
        source: null,
        url: 'https://nord.example/de/faehre',
        duplicate_of: null,
      },
      {
        id: 'crawl.warc.gz@3768',
        lang: 'fr',
        title: 'Le ferry Nordlys est arrivé à Brekka',
        published: '2024-06-13T07:15:00Z',
        source: null,
        url: 'https://ferry.example/fr/nordlys',
        duplicate_of: null,
      },
    ]);
    const again = await px('ingest', 'crawl.warc.gz', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: 0, unchanged: 2, failed: 0, skipped: 6 });
  });

  test('reports a truncated WARC after ingesting the pages before the cut, and exits 1', async () => {
    const whole = await buildWarc(CRAWL.slice(0, 3), { gzip: true });
    await writeFile(join(dir, 'cut.warc.gz'), whole.subarray(0, whole.length - 30));
    await writeFile(join(dir, 'notes.warc'), 'not a crawl\n');
    const run = await px('ingest', 'cut.warc.gz', 'notes.warc', '--json');
    const summary = JSON.parse(run.stdout);
    expect({ code: run.code, ...summary, issues: undefined, bytesRead: undefined }).toEqual({
      code: 1,
      ingested: 0,
      updated: 0,
      unchanged: 0,
      duplicates: 0,
      failed: 2,
      warnings: 0,
      skipped: 2,
      byLanguage: {},
      issueCounts: { invalid_warc: 2, record_not_page: 2 },
      issues: undefined,
      bytesRead: undefined,
    });
    const text = await px('ingest', 'cut.warc.gz', 'notes.warc');
    expect(text.stdout.split('\n')).toEqual([
      'ingested 0, updated 0, unchanged 0, duplicates 0, failed 2, skipped 2',
      'skipped: 2 without a page (request, revisit, metadata, warcinfo)',
      'failed:',
      '  cut.warc.gz@722: not a readable WARC file: unexpected end of file; the records before it were read',
      '  notes.warc@0: not a readable WARC file: no WARC record at offset 0; the records before it were read',
      '',
    ]);
  });
});
