import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cosine, type Embedder } from '../../core/embedder.js';
import { isParallaxError, type ParallaxError } from '../../core/errors.js';
import { writeTinyModel } from './tiny-model.js';
import { createEmbedder } from './transformers.js';

let root: string;
let folder: string;
let embedder: Embedder;
const opened: Embedder[] = [];

async function open(options: Partial<Parameters<typeof createEmbedder>[0]> = {}): Promise<Embedder> {
  const created = await createEmbedder({ kind: 'transformers', folder, ...options });
  opened.push(created);
  return created;
}

async function rejection(promise: Promise<unknown>): Promise<ParallaxError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isParallaxError(error)) throw new Error(`expected a ParallaxError, got ${String(error)}`);
  return error;
}

function norm(vector: Float32Array): number {
  return Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parallax-embedder-'));
  folder = join(root, 'tiny-bert');
  await writeTinyModel(folder, { hiddenSize: 32 });
  embedder = await open();
});

afterAll(async () => {
  await Promise.all(opened.map((e) => e.close()));
  await rm(root, { recursive: true, force: true });
});

describe('cosine', () => {
  it('is 1 for parallel, 0 for orthogonal and zero vectors, -1 for opposite', () => {
    expect(cosine(Float32Array.of(1, 2), Float32Array.of(2, 4))).toBeCloseTo(1, 6);
    expect(cosine(Float32Array.of(1, 0), Float32Array.of(0, 3))).toBe(0);
    expect(cosine(Float32Array.of(0, 0), Float32Array.of(1, 1))).toBe(0);
    expect(cosine(Float32Array.of(1, -1), Float32Array.of(-1, 1))).toBeCloseTo(-1, 6);
    expect(() => cosine(Float32Array.of(1), Float32Array.of(1, 2))).toThrow(RangeError);
  });
});

describe('transformers embedder on a generated tiny model', () => {
  it('embeds texts to L2-normalised vectors of the model dimension', async () => {
    expect(embedder.dimensions).toBe(32);
    expect(embedder.id).toMatch(/^transformers:tiny-bert:[0-9a-f]{16}$/);
    const vectors = await embedder.embed(['Berlin summit', 'Regen und Sturm im Wetter', '', 'x']);
    expect(vectors).toHaveLength(4);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(32);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    expect(await embedder.embed([])).toEqual([]);
  });

  it('embeds identical texts identically, whatever the batch and its padding', async () => {
    const texts = [
      'kyiv summit talks',
      'the president',
      'kyiv summit talks',
      'a much longer text with many words',
    ];
    const whole = await embedder.embed(texts);
    expect(cosine(whole[0] as Float32Array, whole[2] as Float32Array)).toBeCloseTo(1, 6);
    const small = await open({ batchSize: 1 });
    const single = await small.embed(texts);
    for (let i = 0; i < texts.length; i++) {
      expect(Array.from(single[i] as Float32Array)).toEqual(
        Array.from(whole[i] as Float32Array).map((x) => expect.closeTo(x, 5)),
      );
    }
  });

  it('puts texts that share tokens closer than unrelated ones', async () => {
    const [summit, summit2, weather, german] = await embedder.embed([
      'president in berlin summit talks',
      'minister in berlin summit talks',
      'rain storm weather forecast',
      'Der Präsident im Berlin-Gipfel',
    ]);
    const near = cosine(summit as Float32Array, summit2 as Float32Array);
    const far = cosine(summit as Float32Array, weather as Float32Array);
    expect(near).toBeGreaterThan(far + 0.2);
    // The tokenizer's normaliser lower-cases and strips accents, as BERT's does.
    const [accented, plain] = await embedder.embed(['Der Präsident', 'der prasident']);
    expect(cosine(accented as Float32Array, plain as Float32Array)).toBeCloseTo(1, 6);
    expect(cosine(german as Float32Array, summit as Float32Array)).toBeGreaterThan(far);
  });

  it('applies the prefix and the pooling, and gives each setting its own id', async () => {
    const prefixed = await open({ prefix: 'query: ' });
    const [withPrefix] = await prefixed.embed(['kyiv summit']);
    const [spelledOut, bare] = await embedder.embed(['query: kyiv summit', 'kyiv summit']);
    expect(cosine(withPrefix as Float32Array, spelledOut as Float32Array)).toBeCloseTo(1, 6);
    expect(cosine(withPrefix as Float32Array, bare as Float32Array)).toBeLessThan(0.99);

    // The tiny model has no context, so the [CLS] token's state is the same for every text.
    const cls = await open({ pooling: 'cls' });
    const [first, second] = await cls.embed(['kyiv summit', 'rain storm']);
    expect(cosine(first as Float32Array, second as Float32Array)).toBeCloseTo(1, 6);

    const again = await open();
    expect(again.id).toBe(embedder.id);
    expect(new Set([embedder.id, prefixed.id, cls.id]).size).toBe(3);
  });

  it('serves concurrent calls and refuses to embed after close', async () => {
    const own = await createEmbedder({ kind: 'transformers', folder, batchSize: 2 });
    const [a, b] = await Promise.all([own.embed(['kyiv', 'berlin', 'paris']), own.embed(['kyiv'])]);
    expect(cosine(a?.[0] as Float32Array, b?.[0] as Float32Array)).toBeCloseTo(1, 6);
    await own.close();
    await own.close();
    await expect(own.embed(['kyiv'])).rejects.toThrow(/closed/);
  });

  it('loads a folder whose model.onnx sits at its root', async () => {
    const flat = join(root, 'flat');
    await writeTinyModel(flat, { onnxSubfolder: '', hiddenSize: 8 });
    const e = await createEmbedder({ kind: 'transformers', folder: flat });
    opened.push(e);
    expect(e.dimensions).toBe(8);
    const [vector] = await e.embed(['berlin']);
    expect(norm(vector as Float32Array)).toBeCloseTo(1, 5);
  });
});

describe('transformers embedder errors', () => {
  it('names the missing files of an incomplete folder and what a folder needs', async () => {
    for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx']) {
      const incomplete = join(root, `without-${file.replace('/', '-')}`);
      await cp(folder, incomplete, { recursive: true });
      await rm(join(incomplete, file));
      const error = await rejection(createEmbedder({ kind: 'transformers', folder: incomplete }));
      expect(error.code).toBe('config_invalid');
      expect(error.message).toContain(`is missing ${file}`);
      for (const needed of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx']) {
        expect(error.hint).toContain(needed);
      }
    }
  });

  it('fails clearly on a missing folder, a broken config and a broken model file', async () => {
    const missing = await rejection(createEmbedder({ kind: 'transformers', folder: join(root, 'nowhere') }));
    expect(missing.message).toMatch(/embedder model folder not found: .*nowhere/);
    expect(missing.hint).toContain('never downloads');

    const badConfig = join(root, 'bad-config');
    await cp(folder, badConfig, { recursive: true });
    await writeFile(join(badConfig, 'config.json'), '{ not json');
    expect((await rejection(createEmbedder({ kind: 'transformers', folder: badConfig }))).message).toMatch(
      /unusable config\.json/,
    );

    const badModel = join(root, 'bad-model');
    await cp(folder, badModel, { recursive: true });
    await writeFile(join(badModel, 'onnx', 'model.onnx'), 'not an onnx file');
    const error = await rejection(createEmbedder({ kind: 'transformers', folder: badModel }));
    expect(error.code).toBe('config_invalid');
    expect(error.message).toMatch(/could not load the embedder model/);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('rejects bad settings', async () => {
    expect((await rejection(createEmbedder({ kind: 'transformers', folder, batchSize: 0 }))).code).toBe(
      'config_invalid',
    );
    const pooling = 'max' as 'mean';
    expect((await rejection(createEmbedder({ kind: 'transformers', folder, pooling }))).message).toMatch(
      /pooling/,
    );
  });

  it('never goes to the network: a hub model id fails as a missing folder, and the library is offline', async () => {
    const hubId = await rejection(
      createEmbedder({ kind: 'transformers', folder: 'Xenova/multilingual-e5-small' }),
    );
    expect(hubId.message).toMatch(/folder not found/);

    const { env, pipeline } = await import('@huggingface/transformers');
    expect(env.allowRemoteModels).toBe(false);
    await expect(env.fetch('https://huggingface.co/')).rejects.toThrow(/never downloads/);
    const original = env.fetch;
    const fetchSpy = vi.fn(original);
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    env.fetch = fetchSpy;
    try {
      await expect(pipeline('feature-extraction', 'Xenova/multilingual-e5-small')).rejects.toThrow(
        /not found locally/,
      );
      const e = await createEmbedder({ kind: 'transformers', folder });
      await e.embed(['kyiv summit']);
      await e.close();
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(globalFetch).not.toHaveBeenCalled();
    } finally {
      env.fetch = original;
      globalFetch.mockRestore();
    }
  });
});
