import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Paragraph pools per language, from stories-dev when present, else from the bundled demo corpus. */
export function loadParagraphPools(): { origin: string; pools: Map<string, string[]> } {
  const dataset = resolve('../shared/datasets/stories-dev/stories.jsonl');
  const pools = new Map<string, string[]>();
  const add = (lang: string, text: string) => {
    const paragraphs = text.split(/\n+/).filter((p) => p.trim().length > 40);
    pools.set(lang, [...(pools.get(lang) ?? []), ...paragraphs]);
  };
  if (existsSync(dataset)) {
    for (const line of readFileSync(dataset, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { lang: string; text: string };
      add(record.lang, record.text);
    }
    return { origin: 'stories-dev paragraphs', pools };
  }
  for (const file of walk(resolve('demo/corpus')))
    if (file.endsWith('.txt')) add('xx', readFileSync(file, 'utf8'));
  return { origin: 'demo corpus paragraphs', pools };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A typical 2–3 KB article: a headline line and paragraphs of one language drawn at random. */
export function syntheticArticle(
  pools: Map<string, string[]>,
  rnd: () => number,
): { lang: string; text: string } {
  // languages in proportion to how much text the source has, so that small pools do not produce copies
  const all = [...pools].flatMap(([lang, paragraphs]) => paragraphs.map(() => lang));
  const lang = all[Math.floor(rnd() * all.length)] as string;
  const pool = pools.get(lang) as string[];
  const target = 2000 + Math.floor(rnd() * 1000);
  const head = (pool[Math.floor(rnd() * pool.length)] as string).split(/[.!?]/)[0]?.slice(0, 90) ?? 'News';
  const parts = [head, head];
  let size = head.length * 2;
  while (size < target) {
    const p = pool[Math.floor(rnd() * pool.length)] as string;
    parts.push(p.slice(0, target - size + 200));
    size += p.length;
  }
  return { lang, text: parts.join('\n') };
}
