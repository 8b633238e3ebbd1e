import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { createEmbedder } from '../adapters/embedder/transformers.js';
import { createStore } from '../adapters/store/index.js';
import { ParallaxError } from '../core/errors.js';
import { createParallax, type Parallax } from '../engine/parallax.js';
import type { CliIO } from './io.js';

export const DEFAULT_DB = 'parallax.db';

/**
 * The value a command looked up by id, or a `not_found` error that names the command listing the ids.
 * @example found(await px.story(id), 'story', id, 'stories')
 */
export function found<T>(value: T | null, what: string, id: string, listCommand: string): T {
  if (value === null) {
    throw new ParallaxError('not_found', `no ${what} with id "${id}"`, {
      hint: `list ids with \`parallax ${listCommand}\``,
    });
  }
  return value;
}

export function resolveDbPath(io: CliIO, flag: string | undefined): string {
  const path = flag ?? io.env.PARALLAX_DB ?? DEFAULT_DB;
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/** Open the store a command works on and the engine over it; read-only commands need an existing database. */
export async function openParallax(
  io: CliIO,
  dbFlag: string | undefined,
  create: boolean,
  embedderFolder?: string,
): Promise<Parallax> {
  const path = resolveDbPath(io, dbFlag);
  if (!create && !existsSync(path)) {
    throw new ParallaxError('not_found', `no database at ${path}`, {
      hint: 'ingest articles first (`parallax ingest <paths> --db <file>`), or name another file with --db / PARALLAX_DB',
    });
  }
  const folder = embedderFolder ?? io.env.PARALLAX_EMBEDDER;
  const embedder = folder
    ? await createEmbedder({
        kind: 'transformers',
        folder: isAbsolute(folder) ? folder : resolve(io.cwd, folder),
      })
    : undefined;
  const store = await createStore({ kind: 'sqlite', path });
  return createParallax({ store, ...(embedder ? { embedder } : {}) });
}

export async function withParallax<T>(
  io: CliIO,
  dbFlag: string | undefined,
  run: (px: Parallax) => Promise<T>,
  options: { create?: boolean; embedder?: string } = {},
): Promise<T> {
  const px = await openParallax(io, dbFlag, options.create === true, options.embedder);
  try {
    return await run(px);
  } finally {
    await px.close();
  }
}
