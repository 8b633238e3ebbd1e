import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file shipped in this package (works from src/ under tsx and from dist/). */
export function packagePath(...parts: string[]): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('parallax: package root not found');
    dir = parent;
  }
  return join(dir, ...parts);
}
