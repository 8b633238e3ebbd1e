import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileSources } from '../../src/adapters/source/index.js';
import { createStore } from '../../src/adapters/store/index.js';
import { createParallax, type Parallax } from '../../src/engine/parallax.js';

/** A stories-dev document with its labels. */
export interface DatasetDoc {
  id: string;
  story: string;
  lang: string;
  url: string;
  date: string | null;
  text: string;
}

/** The records of a JSONL file, blank lines skipped. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/**
 * The documents ingested as a user would: written to a JSONL file without `story` and `lang` (the
 * page date kept as `published`), read into a fresh in-memory store with the default settings.
 */
export async function ingestDocs(docs: readonly DatasetDoc[]): Promise<Parallax> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
  try {
    const input = join(dir, 'stories.jsonl');
    writeFileSync(
      input,
      docs
        .map((d) =>
          JSON.stringify({ id: d.id, url: d.url, text: d.text, ...(d.date ? { published: d.date } : {}) }),
        )
        .join('\n'),
    );
    const px = createParallax({ store: await createStore({ kind: 'memory' }) });
    await px.ingest(await openFileSources([input], { cwd: dir }), { inputs: [input] });
    return px;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
