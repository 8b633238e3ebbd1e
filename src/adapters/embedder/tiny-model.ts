/**
 * Test support: writes a tiny BERT-format sentence-embedding model folder that `@huggingface/transformers` loads
 * like a real one (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx), so that the real
 * loading code is tested without any downloaded weights.
 *
 * The "model" has no context: each token's hidden state is a fixed pseudo-random vector (word embedding plus
 * token-type embedding, times the attention mask). Mean pooling therefore makes texts that share tokens
 * similar, which is all the tests need. The ONNX file is encoded by hand with the small protobuf writer below
 * (field numbers from onnx.proto), so no ONNX builder package is needed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TinyModelOptions {
  /** Width of the hidden state, so the embedding dimension. Default 32. */
  readonly hiddenSize?: number;
  /** Seed of the deterministic weights. Default 42. */
  readonly seed?: number;
  /** Where the ONNX file goes: 'onnx' (transformers.js's default layout) or '' (the folder itself). */
  readonly onnxSubfolder?: 'onnx' | '';
}

export interface TinyModel {
  readonly folder: string;
  readonly hiddenSize: number;
  readonly vocab: readonly string[];
}

const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

const WORDS = [
  // English
  'the',
  'in',
  'of',
  'and',
  'to',
  'on',
  'for',
  'query',
  'passage',
  'president',
  'minister',
  'summit',
  'talks',
  'election',
  'vote',
  'berlin',
  'paris',
  'kyiv',
  'weather',
  'rain',
  'storm',
  'forecast',
  'football',
  'match',
  'goal',
  'market',
  'stocks',
  'bank',
  // German
  'der',
  'die',
  'das',
  'und',
  'im',
  'gipfel',
  'wahl',
  'regen',
  'wetter',
  'sturm',
  'prasident',
];

const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '"', "'", '-', '(', ')'];
const CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');

/** The vocabulary: special tokens, whole words, punctuation, then single characters so that no word is [UNK]. */
export function tinyVocabulary(): string[] {
  const vocab = [
    ...SPECIAL_TOKENS,
    ...WORDS,
    ...PUNCTUATION,
    ...CHARACTERS,
    ...CHARACTERS.map((c) => `##${c}`),
  ];
  if (new Set(vocab).size !== vocab.length) throw new Error('tiny model vocabulary has duplicates');
  return vocab;
}

/** Writes the model folder (created if needed) and returns what it wrote. */
export async function writeTinyModel(folder: string, options: TinyModelOptions = {}): Promise<TinyModel> {
  const hiddenSize = options.hiddenSize ?? 32;
  const seed = options.seed ?? 42;
  const onnxDir = join(folder, options.onnxSubfolder ?? 'onnx');
  const vocab = tinyVocabulary();
  await mkdir(onnxDir, { recursive: true });
  await writeFile(
    join(folder, 'config.json'),
    `${JSON.stringify(tinyConfig(vocab.length, hiddenSize), null, 2)}\n`,
  );
  await writeFile(join(folder, 'tokenizer.json'), `${JSON.stringify(tinyTokenizer(vocab), null, 2)}\n`);
  await writeFile(
    join(folder, 'tokenizer_config.json'),
    `${JSON.stringify(tinyTokenizerConfig(), null, 2)}\n`,
  );
  await writeFile(join(onnxDir, 'model.onnx'), encodeTinyOnnxModel(vocab.length, hiddenSize, seed));
  return { folder, hiddenSize, vocab };
}

function tinyConfig(vocabSize: number, hiddenSize: number): Record<string, unknown> {
  return {
    _name_or_path: 'parallax-tiny-bert',
    architectures: ['BertModel'],
    model_type: 'bert',
    vocab_size: vocabSize,
    hidden_size: hiddenSize,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    intermediate_size: hiddenSize,
    hidden_act: 'gelu',
    max_position_embeddings: 128,
    type_vocab_size: 2,
    pad_token_id: 0,
  };
}

function tinyTokenizer(vocab: readonly string[]): Record<string, unknown> {
  const id = (token: string): number => {
    const index = vocab.indexOf(token);
    if (index < 0) throw new Error(`tiny model: no token ${token}`);
    return index;
  };
  const special = (token: string) => ({ SpecialToken: { id: token, type_id: 0 } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((token) => ({
      id: id(token),
      content: token,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]')],
      pair: [
        special('[CLS]'),
        { Sequence: { id: 'A', type_id: 0 } },
        special('[SEP]'),
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((token, index) => [token, index])),
    },
  };
}

function tinyTokenizerConfig(): Record<string, unknown> {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: 128,
    clean_up_tokenization_spaces: true,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The ONNX graph.

const FLOAT = 1; // TensorProto.DataType
const INT64 = 7;
const ATTRIBUTE_INT = 2; // AttributeProto.AttributeType

/**
 * ONNX ModelProto bytes for: last_hidden_state = (W[input_ids] + T[token_type_ids]) * attention_mask[..., None],
 * with inputs [batch, sequence] int64 and output [batch, sequence, hidden] float32.
 */
export function encodeTinyOnnxModel(vocabSize: number, hiddenSize: number, seed: number): Uint8Array {
  const random = mulberry32(seed);
  const words = new Float32Array(vocabSize * hiddenSize);
  for (let i = 0; i < words.length; i++) words[i] = random() * 2 - 1;
  const types = new Float32Array(2 * hiddenSize);
  for (let i = 0; i < types.length; i++) types[i] = (random() * 2 - 1) * 0.1;

  const dynamic2 = ['batch_size', 'sequence_length'];
  const graph = message([
    node(['word_embeddings', 'input_ids'], ['words'], 'Gather', 'gather_words', [intAttribute('axis', 0)]),
    node(['token_type_embeddings', 'token_type_ids'], ['types'], 'Gather', 'gather_types', [
      intAttribute('axis', 0),
    ]),
    node(['words', 'types'], ['summed'], 'Add', 'add'),
    node(['attention_mask'], ['mask'], 'Cast', 'cast_mask', [intAttribute('to', FLOAT)]),
    node(['mask', 'mask_axes'], ['mask3'], 'Unsqueeze', 'unsqueeze_mask'),
    node(['summed', 'mask3'], ['last_hidden_state'], 'Mul', 'apply_mask'),
    string(2, 'parallax_tiny_bert'),
    bytesField(5, floatTensor('word_embeddings', [vocabSize, hiddenSize], words)),
    bytesField(5, floatTensor('token_type_embeddings', [2, hiddenSize], types)),
    bytesField(5, int64Tensor('mask_axes', [1], [2])),
    bytesField(11, valueInfo('input_ids', INT64, dynamic2)),
    bytesField(11, valueInfo('attention_mask', INT64, dynamic2)),
    bytesField(11, valueInfo('token_type_ids', INT64, dynamic2)),
    bytesField(12, valueInfo('last_hidden_state', FLOAT, [...dynamic2, hiddenSize])),
  ]);
  return message([
    varintField(1, 8), // ir_version
    string(2, 'parallax-tiny-model'), // producer_name
    bytesField(7, graph),
    bytesField(8, message([string(1, ''), varintField(2, 13)])), // opset_import: default domain, opset 13
  ]);
}

function node(
  inputs: readonly string[],
  outputs: readonly string[],
  opType: string,
  name: string,
  attributes: readonly Uint8Array[] = [],
): Uint8Array {
  return bytesField(
    1, // GraphProto.node
    message([
      ...inputs.map((input) => string(1, input)),
      ...outputs.map((output) => string(2, output)),
      string(3, name),
      string(4, opType),
      ...attributes.map((attribute) => bytesField(5, attribute)),
    ]),
  );
}

function intAttribute(name: string, value: number): Uint8Array {
  return message([string(1, name), varintField(3, value), varintField(20, ATTRIBUTE_INT)]);
}

function floatTensor(name: string, dims: readonly number[], values: Float32Array): Uint8Array {
  const raw = new Uint8Array(values.length * 4);
  const view = new DataView(raw.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i] as number, true);
  return message([
    ...dims.map((dim) => varintField(1, dim)),
    varintField(2, FLOAT),
    string(8, name),
    bytesField(9, raw),
  ]);
}

function int64Tensor(name: string, dims: readonly number[], values: readonly number[]): Uint8Array {
  const raw = new Uint8Array(values.length * 8);
  const view = new DataView(raw.buffer);
  for (let i = 0; i < values.length; i++) view.setBigInt64(i * 8, BigInt(values[i] as number), true);
  return message([
    ...dims.map((dim) => varintField(1, dim)),
    varintField(2, INT64),
    string(8, name),
    bytesField(9, raw),
  ]);
}

/** ValueInfoProto { name, type: TypeProto { tensor_type: { elem_type, shape: { dim* } } } }. */
function valueInfo(name: string, elemType: number, dims: readonly (string | number)[]): Uint8Array {
  const shape = message(
    dims.map((dim) => bytesField(1, typeof dim === 'number' ? varintField(1, dim) : string(2, dim))),
  );
  const tensorType = message([varintField(1, elemType), bytesField(2, shape)]);
  return message([string(1, name), bytesField(2, bytesField(1, tensorType))]);
}

// ---------------------------------------------------------------------------------------------------------------
// A minimal protobuf writer: varints (non-negative only), length-delimited fields, concatenated messages.

function varint(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint: ${value}`);
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Uint8Array.from(bytes);
}

function varintField(field: number, value: number): Uint8Array {
  return message([varint(field * 8), varint(value)]);
}

function bytesField(field: number, bytes: Uint8Array): Uint8Array {
  return message([varint(field * 8 + 2), varint(bytes.length), bytes]);
}

function string(field: number, value: string): Uint8Array {
  return bytesField(field, new TextEncoder().encode(value));
}

function message(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A small deterministic PRNG in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
