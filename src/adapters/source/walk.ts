import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { detectFormat, extensionOf, type FileKind } from '../../core/ingest/index.js';
import { type Issue, issue } from '../../core/issues.js';

/** One thing to read, found by expanding the command-line inputs. */
export type Entry =
  | {
      kind: 'file';
      /** Absolute path on disk. */
      file: string;
      /** Path as the user would write it (POSIX separators). */
      originPath: string;
      id: string;
      size: number;
      format: FileKind;
      gzip: boolean;
    }
  | { kind: 'failure'; issue: Issue; size: number }
  | { kind: 'stdin' };

interface Found {
  /** Path relative to the folder or glob base, POSIX separators. */
  rel: string;
  file: string;
  stats?: Stats;
  error?: unknown;
}

/** Expand one input (file, folder, glob or "-") into entries, in a stable order. */
export async function resolveInput(input: string, cwd: string, format?: FileKind): Promise<Entry[]> {
  if (input === '-') return [{ kind: 'stdin' }];
  const file = path.resolve(cwd, input);
  const shown = toPosix(input);
  let stats: Stats;
  try {
    stats = await stat(file);
  } catch (error) {
    if (isDynamicPattern(shown)) return expandGlob(shown, cwd, format);
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    return [
      missing ? failure('path_not_found', shown) : failure('read_failed', shown, { reason: reasonOf(error) }),
    ];
  }
  if (stats.isDirectory()) {
    const found = await walk(file, '', new Set([await realpath(file).catch(() => file)]));
    return sortByRel(found).map((item) => toEntry(item, path.posix.join(shown, item.rel), item.rel, format));
  }
  return [toEntry({ rel: path.basename(file), file, stats }, shown, path.basename(file), format)];
}

async function expandGlob(pattern: string, cwd: string, format?: FileKind): Promise<Entry[]> {
  const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false });
  if (matches.length === 0) return [failure('path_not_found', pattern)];
  const base = path.resolve(cwd, globBase(pattern));
  const found = await Promise.all(
    matches.map(async (file): Promise<Found> => {
      const rel = toPosix(path.relative(base, file));
      try {
        return { rel, file, stats: await stat(file) };
      } catch (error) {
        return { rel, file, error };
      }
    }),
  );
  const shownBase = path.isAbsolute(pattern) ? undefined : cwd;
  return sortByRel(found).map((item) => {
    const shown = shownBase ? toPosix(path.relative(shownBase, item.file)) : toPosix(item.file);
    return toEntry(item, shown, item.rel, format);
  });
}

/** The leading folders of a glob that contain no pattern characters. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/** Every non-hidden file under a folder, following symbolic links once. */
async function walk(folder: string, rel: string, seen: Set<string>): Promise<Found[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return [{ rel: rel || '.', file: folder, error }];
  }
  const found: Found[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(folder, entry.name);
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    let stats: Stats;
    try {
      stats = await stat(file);
    } catch (error) {
      found.push({ rel: childRel, file, error });
      continue;
    }
    if (stats.isDirectory()) {
      const real = await realpath(file).catch(() => file);
      if (seen.has(real)) continue;
      seen.add(real);
      found.push(...(await walk(file, childRel, seen)));
    } else {
      found.push({ rel: childRel, file, stats });
    }
  }
  return found;
}

function toEntry(item: Found, shown: string, id: string, format?: FileKind): Entry {
  if (item.error !== undefined || !item.stats)
    return failure('read_failed', shown, { reason: reasonOf(item.error) });
  const size = item.stats.size;
  if (!item.stats.isFile())
    return failure('unsupported_format', shown, { reason: 'not a regular file' }, size);
  const name = path.basename(item.file);
  const detected = detectFormat(name) ?? (format ? { format, gzip: /\.gz$/iu.test(name) } : null);
  if (!detected) return failure('unsupported_format', shown, { extension: extensionOf(name) }, size);
  return { kind: 'file', file: item.file, originPath: shown, id, size, ...detected };
}

function failure(
  code: 'path_not_found' | 'read_failed' | 'unsupported_format',
  shown: string,
  params?: Record<string, string>,
  size = 0,
): Entry {
  return { kind: 'failure', size, issue: issue(code, 'error', { path: shown }, params) };
}

/** A system error's code and text without the absolute path Node appends. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, \w+ '[^']*'$/u, '');
}

function sortByRel(found: Found[]): Found[] {
  return found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
