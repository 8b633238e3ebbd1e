import { ParallaxError } from '../../core/errors.js';
import type { DuplicateCandidate, IngestRunRecord, SearchHit, Store } from '../../core/store.js';
import { MAX_BAND_CANDIDATES } from '../../core/store.js';
import type { Article } from '../../core/types.js';
import { createStoreGuard } from './guard.js';
import { createEntityIndex } from './memory-entities.js';

const DEFAULT_LIST_LIMIT = 100;
const DEFAULT_SEARCH_LIMIT = 20;
const SNIPPET_TOKENS = 12;
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const QUERY_WORD = /([\p{L}\p{N}\p{M}\p{Co}]+)(\*?)/gu;
const tokenCache = new WeakMap<Article, Token[][]>();

interface Entry {
  seq: number;
  article: Article;
}

interface Term {
  word: string;
  prefix: boolean;
}

interface Token {
  start: number;
  end: number;
  folded: string;
}

/**
 * Create a store that keeps everything in Maps and behaves like the SQLite store, for tests and throwaway runs.
 * @example const store = await createMemoryStore();
 */
export async function createMemoryStore(): Promise<Store> {
  const entries = new Map<string, Entry>();
  const byContent = new Map<string, Set<string>>();
  const byBand = new Map<string, Set<string>>();
  const siteLines = new Map<string, Map<string, number>>();
  const runs: IngestRunRecord[] = [];
  const entities = createEntityIndex();
  let nextSeq = 1;
  const guard = createStoreGuard();
  const run = guard.run;

  function put(article: Article): void {
    const previous = entries.get(article.id);
    if (previous) {
      _unindex(byContent, previous.article.fingerprint.content, article.id);
      for (const band of previous.article.fingerprint.bands) _unindex(byBand, band, article.id);
    }
    entries.set(article.id, { seq: previous?.seq ?? nextSeq++, article });
    _index(byContent, article.fingerprint.content, article.id);
    for (const band of article.fingerprint.bands) _index(byBand, band, article.id);
    if (previous || article.site === null) return;
    const counts = siteLines.get(article.site) ?? new Map<string, number>();
    siteLines.set(article.site, counts);
    for (const key of new Set(article.fingerprint.lines)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  function stored(): Article[] {
    return [...entries.values()].map((entry) => entry.article);
  }

  function candidates(ids: Iterable<string>): DuplicateCandidate[] {
    return [...ids]
      .map((id) => entries.get(id))
      .filter((entry) => entry !== undefined)
      .sort((a, b) => a.seq - b.seq)
      .map(({ article }) => ({
        id: article.id,
        duplicateOf: article.duplicateOf,
        contentHash: article.fingerprint.content,
        minhash: article.fingerprint.minhash.slice(),
      }));
  }

  return {
    async getInputHashes(ids) {
      return run('getInputHashes', () => {
        const found = ids.flatMap((id) => {
          const entry = entries.get(id);
          return entry ? [[id, entry.article.fingerprint.input] as const] : [];
        });
        return new Map(found);
      });
    },
    async putArticles(articles, records = []) {
      run('putArticles', () => {
        const copies = articles.map(_copyArticle);
        entities.put(records);
        for (const article of copies) put(article);
      });
    },
    async findEntities(keys) {
      return run('findEntities', () => entities.find(keys));
    },
    async getEntityRecords(ids) {
      return run('getEntityRecords', () => entities.get(ids));
    },
    async listEntities(query = {}) {
      return run('listEntities', () =>
        entities.list(stored(), {
          ...query,
          limit: _count('limit', query.limit, DEFAULT_LIST_LIMIT),
          offset: _count('offset', query.offset, 0),
        }),
      );
    },
    async getEntity(id) {
      return run('getEntity', () => entities.view(stored(), id));
    },
    async getArticle(id) {
      return run('getArticle', () => {
        const entry = entries.get(id);
        return entry ? _copyArticle(entry.article) : null;
      });
    },
    async listArticles(query = {}) {
      return run('listArticles', () => {
        const limit = _count('limit', query.limit, DEFAULT_LIST_LIMIT);
        const offset = _count('offset', query.offset, 0);
        return [...entries.values()]
          .map((entry) => entry.article)
          .filter((article) => query.lang === undefined || article.lang === query.lang)
          .slice(offset, offset + limit)
          .map((article) => ({
            id: article.id,
            lang: article.lang,
            title: article.title,
            source: article.source,
            published: article.published,
            duplicateOf: article.duplicateOf,
            chars: article.text.length,
            sentences: article.sentences.length,
          }));
      });
    },
    async search(query, limit) {
      return run('search', () =>
        _search([...entries.values()], query, _count('limit', limit, DEFAULT_SEARCH_LIMIT)),
      );
    },
    async findByContentHash(contentHash) {
      return run('findByContentHash', () => candidates(byContent.get(contentHash) ?? [])[0] ?? null);
    },
    async findByBands(bandKeys) {
      return run('findByBands', () =>
        candidates(new Set(bandKeys.flatMap((band) => [...(byBand.get(band) ?? [])])))
          .filter((candidate) => candidate.duplicateOf === null)
          .slice(0, MAX_BAND_CANDIDATES),
      );
    },
    async getLineCounts(site, lineKeys) {
      return run('getLineCounts', () => {
        const counts = siteLines.get(site);
        const found = lineKeys.flatMap((key) => {
          const docs = counts?.get(key);
          return docs === undefined ? [] : [[key, docs] as const];
        });
        return new Map(found);
      });
    },
    async recordRun(record) {
      run('recordRun', () => {
        runs.push(JSON.parse(JSON.stringify({ ...record, summary: record.summary ?? null })));
      });
    },
    async stats() {
      return run('stats', () => {
        const all = [...entries.values()].map((entry) => entry.article);
        const languages: Record<string, number> = {};
        for (const { lang } of all) if (lang !== null) languages[lang] = (languages[lang] ?? 0) + 1;
        return {
          articles: all.length,
          duplicates: all.filter((a) => a.duplicateOf !== null).length,
          languages,
        };
      });
    },
    async close() {
      guard.close();
      entries.clear();
      byContent.clear();
      byBand.clear();
      siteLines.clear();
      entities.clear();
      runs.length = 0;
    },
  };
}

/** A deep copy with the JSON semantics a persistent store has (undefined dropped, non-JSON values rejected). */
function _copyArticle(article: Article): Article {
  const { fingerprint } = article;
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  return {
    id: article.id,
    origin: json(article.origin),
    format: article.format,
    source: article.source,
    site: article.site,
    url: article.url,
    published: article.published,
    title: article.title,
    lang: article.lang,
    langConfidence: article.langConfidence,
    declaredLang: article.declaredLang,
    original: article.original,
    extracted: article.extracted,
    text: article.text,
    removed: json(article.removed),
    sentences: json(article.sentences),
    duplicateOf: article.duplicateOf,
    fingerprint: {
      input: fingerprint.input,
      content: fingerprint.content,
      minhash: fingerprint.minhash.slice(),
      bands: [...fingerprint.bands],
      lines: [...fingerprint.lines],
    },
    metadata: json(article.metadata),
    analysis: json(article.analysis),
    issues: json(article.issues),
    ingestedAt: article.ingestedAt,
  };
}

function _index(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key) ?? new Set<string>();
  index.set(key, ids.add(id));
}

function _unindex(index: Map<string, Set<string>>, key: string, id: string): void {
  index.get(key)?.delete(id);
}

function _count(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ParallaxError('usage', `${name} must be a whole number ≥ 0, got ${value}`, {
      hint: `Pass a ${name} such as 10, or leave it out.`,
    });
  }
  return value;
}

function _search(entries: readonly Entry[], query: string, limit: number): SearchHit[] {
  const terms: Term[] = [...query.matchAll(QUERY_WORD)].map((m) => ({
    word: _fold(m[1] ?? ''),
    prefix: m[2] === '*',
  }));
  if (terms.length === 0) return [];
  const found: { seq: number; score: number; hit: SearchHit }[] = [];
  for (const { seq, article } of entries) {
    const texts = [article.title ?? '', article.text];
    const columns = tokenCache.get(article) ?? texts.map(_tokenize);
    tokenCache.set(article, columns);
    const hits = columns.map((tokens) => _instances(tokens, terms));
    const matched = new Set(hits.flat().map((instance) => instance.term));
    if (matched.size < terms.length) continue;
    const snippet = _snippet(texts, columns, hits);
    found.push({
      seq,
      score: hits.flat().length,
      hit: { id: article.id, title: article.title, lang: article.lang, snippet },
    });
  }
  found.sort((a, b) => b.score - a.score || a.seq - b.seq);
  return found.slice(0, limit).map((entry) => entry.hit);
}

/** Lower-case and strip diacritics from Latin letters only, as SQLite's unicode61 `remove_diacritics 2` does. */
function _fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

function _tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: _fold(m[0]),
  }));
}

interface Instance {
  term: number;
  pos: number;
}

function _instances(tokens: readonly Token[], terms: readonly Term[]): Instance[] {
  return tokens.flatMap((token, pos) =>
    terms.flatMap((term, index) => {
      const hit = term.prefix ? token.folded.startsWith(term.word) : token.folded === term.word;
      return hit ? [{ term: index, pos }] : [];
    }),
  );
}

/** The window FTS5 snippet() would pick: the best-scoring column and start token, preferring sentence starts. */
function _snippet(
  texts: readonly string[],
  columns: readonly Token[][],
  hits: readonly Instance[][],
): string {
  let best = { score: 0, column: 0, start: 0 };
  columns.forEach((tokens, column) => {
    const instances = hits[column] ?? [];
    const firsts = _sentenceStarts(texts[column] ?? '', tokens);
    for (const { pos } of instances) {
      const scored = _windowScore(instances, pos, tokens.length);
      if (scored.score > best.score) best = { score: scored.score, column, start: scored.start };
      if (firsts.length === 0 || tokens.length <= SNIPPET_TOKENS) continue;
      const first = firsts.findLast((start) => start <= pos) ?? 0;
      if (first >= pos) continue;
      const score = _windowScore(instances, first, tokens.length).score + (first === 0 ? 120 : 100);
      if (score > best.score) best = { score, column, start: first };
    }
  });
  return _render(texts[best.column] ?? '', columns[best.column] ?? [], hits[best.column] ?? [], best.start);
}

function _sentenceStarts(text: string, tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, pos) => {
    if (pos === 0) return [0];
    const before = text.slice(0, token.start);
    const trimmed = before.replace(/[ \t\n\r]+$/, '');
    return trimmed.length < before.length && /[.:]$/.test(trimmed) ? [pos] : [];
  });
}

function _windowScore(
  instances: readonly Instance[],
  from: number,
  size: number,
): { score: number; start: number } {
  const seen = new Set<number>();
  let score = 0;
  let first = -1;
  let last = 0;
  for (const { term, pos } of instances) {
    if (pos < from || pos >= from + SNIPPET_TOKENS) continue;
    score += seen.has(term) ? 1 : 1000;
    seen.add(term);
    if (first < 0) first = pos;
    last = pos + 1;
  }
  const centred = first - Math.trunc((SNIPPET_TOKENS - (last - first)) / 2);
  return { score, start: Math.max(0, Math.min(centred, size - SNIPPET_TOKENS)) };
}

function _render(
  text: string,
  tokens: readonly Token[],
  instances: readonly Instance[],
  start: number,
): string {
  const end = Math.min(start + SNIPPET_TOKENS, tokens.length) - 1;
  const marked = new Set(instances.map((instance) => instance.pos));
  let out = start > 0 ? '…' : '';
  let offset = start > 0 ? (tokens[start]?.start ?? 0) : 0;
  for (let pos = start; pos <= end; pos++) {
    const token = tokens[pos];
    if (!token || !marked.has(pos)) continue;
    out += `${text.slice(offset, token.start)}[${text.slice(token.start, token.end)}]`;
    offset = token.end;
  }
  const complete = start + SNIPPET_TOKENS - 1 >= tokens.length - 1;
  return complete ? out + text.slice(offset) : `${out + text.slice(offset, tokens[end]?.end ?? offset)}…`;
}
