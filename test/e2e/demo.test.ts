import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { runParallax } from './run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const labels = readFileSync(join(ROOT, 'demo', 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; lang: string; story: string });

describe('parallax demo', () => {
  test('ingests every demo article with its language and links the two republications to their originals', async () => {
    const run = await runParallax(['demo', '--json'], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    const { summary, articles } = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ ingested: labels.length, failed: 0, duplicates: 2 });
    const langs = Object.fromEntries(articles.map((a: { id: string; lang: string }) => [a.id, a.lang]));
    expect(langs).toEqual(Object.fromEntries(labels.map((l) => [l.id, l.lang])));
    const copies = articles
      .filter((a: { duplicateOf: string | null }) => a.duplicateOf)
      .map((a: { id: string; duplicateOf: string }) => [a.id, a.duplicateOf]);
    expect(copies).toEqual([
      [
        'nordwacht/faehrbrand-vor-halvik-mindestens-14-tote.txt',
        'mittelland-echo/feuer-auf-faehre-vor-halvik.txt',
      ],
      ['kw-en-20250624-selene7', 'halvik-herald/selene-7-lunar-probe-lifts-off.txt'],
    ]);
    expect(articles.every((a: { title: string | null }) => a.title)).toBe(true);
  });

  test('finds the four events of the corpus as four stories across languages', async () => {
    const run = await runParallax(['demo', '--json'], { cwd: tmpdir() });
    const events = new Map<string, string[]>();
    for (const label of labels as { id: string; story: string }[]) {
      events.set(label.story, [...(events.get(label.story) ?? []), label.id]);
    }
    const { stories } = JSON.parse(run.stdout) as { stories: { articles: string[] }[] };
    const found = stories.map((story) => [...story.articles].sort()).sort();
    expect(found).toEqual([...events.values()].map((ids) => [...ids].sort()).sort());
  });

  test('prints a readable summary for people', async () => {
    const run = await runParallax(['demo'], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ingested 25, updated 0, unchanged 0, duplicates 2, failed 0\n/);
    expect(run.stdout).toContain('boilerplate removed: ');
    expect(run.stdout).toContain('4 stories:');
    expect(run.stdout).toContain('Most mentioned entities:');
    expect(run.stdout).toMatch(
      /Compared claim by claim: .+\n {2}\d+ shared, \d+ single-source, \d+ conflicting\n/,
    );
    expect(run.stdout).toContain('= copy of mittelland-echo/feuer-auf-faehre-vor-halvik.txt');
  });
});

describe('the installed binary', () => {
  test('runs from the build and exits 2 on a usage error', async () => {
    const bin = join(ROOT, 'bin', 'parallax.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--help']);
    expect(stdout).toContain('Usage: parallax [options] [command]');
    await expect(promisify(execFile)(process.execPath, [bin, 'ingest'])).rejects.toMatchObject({ code: 2 });
  });
});
