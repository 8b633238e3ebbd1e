/**
 * The optional neural embedder on `@huggingface/transformers`: a sentence-embedding model loaded from a local
 * folder the user supplies (`--embedder <folder>` or config), never from the network. The library is imported only
 * when an embedder is created, so runs without one do not pay for it.
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Embedder } from '../../core/embedder.js';
import { type ErrorCode, ParallaxError } from '../../core/errors.js';

type Transformers = typeof import('@huggingface/transformers');
type TransformersEnv = Transformers['env'];
type Extractor = Awaited<
  ReturnType<typeof import('@huggingface/transformers').pipeline<'feature-extraction'>>
>;

export interface TransformersEmbedderOptions {
  readonly kind: 'transformers';
  /** The model folder: config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx (or model.onnx). */
  readonly folder: string;
  /** How token vectors become one sentence vector. Default 'mean' (sentence-transformers models, e5). */
  readonly pooling?: 'mean' | 'cls';
  /** Put before every text, e.g. 'query: ' for the e5 family. Default none. */
  readonly prefix?: string;
  /** Texts per model call. Default 16. */
  readonly batchSize?: number;
}

export type EmbedderOptions = TransformersEmbedderOptions;

/**
 * The error code for a model folder that is missing or incomplete, or that the library cannot load.
 * (A dedicated code such as 'embedder_model_missing' needs an entry in core/errors.ts; until then it is a
 * configuration error, which is what it is to the user.)
 */
const MODEL_MISSING: ErrorCode = 'config_invalid';

export const REQUIRED_MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/** The ONNX files looked for, in order of preference, with the transformers.js settings that load each. */
const ONNX_CANDIDATES = [
  { path: 'onnx/model.onnx', subfolder: 'onnx', dtype: 'fp32' },
  { path: 'model.onnx', subfolder: '', dtype: 'fp32' },
  { path: 'onnx/model_quantized.onnx', subfolder: 'onnx', dtype: 'q8' },
  { path: 'model_quantized.onnx', subfolder: '', dtype: 'q8' },
] as const;

type OnnxCandidate = (typeof ONNX_CANDIDATES)[number];

export const MODEL_FOLDER_HINT =
  'An embedder folder holds a sentence-embedding model exported for transformers.js: config.json, ' +
  'tokenizer.json, tokenizer_config.json and onnx/model.onnx (or model.onnx; onnx/model_quantized.onnx also ' +
  'works). Parallax never downloads models: copy or export the whole model folder (for example a ' +
  'multilingual-e5 or paraphrase-multilingual ONNX export) to this machine and pass that folder.';

const DEFAULT_BATCH_SIZE = 16;

export async function createEmbedder(options: EmbedderOptions): Promise<Embedder> {
  const pooling = options.pooling ?? 'mean';
  const prefix = options.prefix ?? '';
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (pooling !== 'mean' && pooling !== 'cls') {
    throw new ParallaxError('config_invalid', `unknown embedder pooling "${String(pooling)}"`, {
      hint: "Use 'mean' (sentence-transformers and e5 models) or 'cls'.",
    });
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new ParallaxError(
      'config_invalid',
      `embedder batch size must be a positive integer, not ${batchSize}`,
    );
  }

  const folder = resolve(options.folder);
  const onnx = await checkModelFolder(folder);
  const externalData = await isFile(join(folder, `${onnx.path}_data`));

  const transformers = await loadTransformers();
  let extractor: Extractor;
  try {
    extractor = await transformers.pipeline('feature-extraction', folder, {
      local_files_only: true,
      device: 'cpu',
      dtype: onnx.dtype,
      subfolder: onnx.subfolder,
      ...(externalData ? { use_external_data_format: true } : {}),
    });
  } catch (cause) {
    throw new ParallaxError(
      MODEL_MISSING,
      `could not load the embedder model in ${folder}: ${messageOf(cause)}`,
      {
        hint: MODEL_FOLDER_HINT,
        cause,
      },
    );
  }

  const run = async (texts: readonly string[]): Promise<Float32Array[]> => {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const batch = texts.slice(start, start + batchSize).map((text) => prefix + text);
      const output = await extractor(batch, { pooling, normalize: true });
      const [rows, width] = output.dims;
      if (output.dims.length !== 2 || rows !== batch.length || width === undefined) {
        throw new Error(
          `embedder: expected [${batch.length}, dimensions] from the model, got [${output.dims}]`,
        );
      }
      const data = output.data;
      if (!(data instanceof Float32Array))
        throw new Error(`embedder: expected float32 output, got ${output.type}`);
      for (let row = 0; row < rows; row++) vectors.push(data.slice(row * width, (row + 1) * width));
    }
    return vectors;
  };

  let probe: Float32Array[];
  try {
    probe = await run(['dimension probe']);
  } catch (cause) {
    await extractor.dispose();
    throw new ParallaxError(
      MODEL_MISSING,
      `the embedder model in ${folder} does not run: ${messageOf(cause)}`,
      {
        hint: `${MODEL_FOLDER_HINT} The model must output last_hidden_state [batch, tokens, hidden].`,
        cause,
      },
    );
  }
  const dimensions = probe[0]?.length ?? 0;
  const id = await modelId(folder, onnx, { pooling, prefix });

  // One model call at a time: the session is not shared between concurrent runs.
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  return {
    id,
    dimensions,
    embed(texts) {
      if (closed) return Promise.reject(new Error(`embedder ${id} is closed`));
      if (texts.length === 0) return Promise.resolve([]);
      const result = queue.then(() => run(texts));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      if (closed) return;
      closed = true;
      await queue;
      await extractor.dispose();
    },
  };
}

/** Fails with a ParallaxError naming what is missing unless the folder holds every file the model needs. */
async function checkModelFolder(folder: string): Promise<OnnxCandidate> {
  if (!(await isDirectory(folder))) {
    throw new ParallaxError(MODEL_MISSING, `embedder model folder not found: ${folder}`, {
      hint: MODEL_FOLDER_HINT,
    });
  }
  const missing: string[] = [];
  for (const file of REQUIRED_MODEL_FILES) {
    if (!(await isFile(join(folder, file)))) missing.push(file);
  }
  let onnx: OnnxCandidate | undefined;
  for (const candidate of ONNX_CANDIDATES) {
    if (await isFile(join(folder, candidate.path))) {
      onnx = candidate;
      break;
    }
  }
  if (onnx === undefined) missing.push('onnx/model.onnx (or model.onnx)');
  if (missing.length > 0 || onnx === undefined) {
    throw new ParallaxError(
      MODEL_MISSING,
      `embedder model folder ${folder} is missing ${missing.join(', ')}`,
      { hint: MODEL_FOLDER_HINT },
    );
  }
  try {
    const config: unknown = JSON.parse(await readFile(join(folder, 'config.json'), 'utf8'));
    if (typeof config !== 'object' || config === null || !('model_type' in config)) {
      throw new Error('no "model_type"');
    }
  } catch (cause) {
    throw new ParallaxError(
      MODEL_MISSING,
      `embedder model folder ${folder} has an unusable config.json: ${messageOf(cause)}`,
      {
        hint: MODEL_FOLDER_HINT,
        cause,
      },
    );
  }
  return onnx;
}

/**
 * Identity for caching vectors: the folder's name for people, and a hash of what decides the vectors for
 * machines (settings, config, tokenizer, and the ONNX file's size, head and tail, so a 500 MB model is not read
 * whole on every start).
 */
async function modelId(
  folder: string,
  onnx: OnnxCandidate,
  settings: { pooling: string; prefix: string },
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...settings, onnx: onnx.path }));
  for (const file of REQUIRED_MODEL_FILES) hash.update(await readFile(join(folder, file)));
  const handle = await open(join(folder, onnx.path), 'r');
  try {
    const { size } = await handle.stat();
    hash.update(String(size));
    const window = Math.min(size, 1 << 20);
    const buffer = Buffer.alloc(window);
    await handle.read(buffer, 0, window, 0);
    hash.update(buffer);
    await handle.read(buffer, 0, window, size - window);
    hash.update(buffer);
  } finally {
    await handle.close();
  }
  return `transformers:${basename(folder)}:${hash.digest('hex').slice(0, 16)}`;
}

let transformersModule: Promise<Transformers> | undefined;

/** Imports the library once and makes it offline: local files only, no cache writes, and a fetch that refuses. */
async function loadTransformers(): Promise<Transformers> {
  transformersModule ??= import('@huggingface/transformers').then((module) => {
    module.env.fetch = refuseNetwork;
    module.env.logLevel = module.LogLevel.ERROR;
    return module;
  });
  const module = await transformersModule;
  makeOffline(module.env);
  return module;
}

/** Set again for every embedder, in case anything else in the process changed them. */
function makeOffline(env: TransformersEnv): void {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useFSCache = false;
  env.useBrowserCache = false;
  env.useCustomCache = false;
}

function refuseNetwork(input: string | URL): Promise<never> {
  return Promise.reject(new Error(`Parallax never downloads models; refused to fetch ${String(input)}`));
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
