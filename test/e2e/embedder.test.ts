import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeTinyModel } from '../../src/adapters/embedder/tiny-model.js';
import { createEmbedder } from '../../src/adapters/embedder/transformers.js';
import { openFileSources } from '../../src/adapters/source/index.js';
import { createStore } from '../../src/adapters/store/index.js';
import { createParallax } from '../../src/engine/parallax.js';
import { runParallax } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'stories');

describe('ingest --embedder <folder>', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-embedder-'));
    await writeTinyModel(join(dir, 'model'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('adds the model’s evidence to the stories as semantic band features, next to the entities', async () => {
    const store = await createStore({ kind: 'memory' });
    const embedder = await createEmbedder({ kind: 'transformers', folder: join(dir, 'model') });
    const px = createParallax({ store, embedder });
    const input = join(FIXTURES, 'brenholm.jsonl');
    await px.ingest(await openFileSources([input], { cwd: dir }));
    const stories = await px.stories();
    const records = await store.getStories(stories.map((story) => story.id));
    for (const record of records) {
      const keys = Object.keys(record.features);
      expect(keys.filter((key) => key.startsWith('v:')).length).toBeGreaterThanOrEqual(16);
      expect(keys.some((key) => key.startsWith('e:'))).toBe(true);
    }
    expect(stories.length).toBe(2);
    await px.close();
  });

  test('story reports take the model’s sentence similarity as evidence for claims, next to the lexical keys', async () => {
    const store = await createStore({ kind: 'memory' });
    const embedder = await createEmbedder({ kind: 'transformers', folder: join(dir, 'model') });
    const px = createParallax({ store, embedder });
    await px.ingest(await openFileSources([join(FIXTURES, 'brenholm.jsonl')], { cwd: dir }));
    const [story] = await px.stories();
    const lexical = await createParallax({ store }).storyReport(story?.id as string);
    const report = await px.storyReport(story?.id as string);
    const evidence = (r: typeof report) =>
      r?.claims.flatMap((claim) => claim.links.flatMap((link) => link.shared)) ?? [];
    expect(evidence(lexical).some((key) => key.startsWith('embedding:'))).toBe(false);
    expect(evidence(report).some((key) => key.startsWith('embedding:'))).toBe(true);
    expect(report?.claims.length).toBeLessThanOrEqual(lexical?.claims.length ?? 0);
    await px.close();
  });

  test('a folder without a model fails with the files it needs, before reading any input', async () => {
    const run = await runParallax(
      [
        'ingest',
        join(FIXTURES, 'brenholm.jsonl'),
        '--db',
        join(dir, 'x.db'),
        '--embedder',
        join(dir, 'nothing'),
      ],
      { cwd: dir },
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('config.json');
  });
});
