import type { SearchHit } from '../../core/store.js';
import type { Article } from '../../core/types.js';

const SNIPPET_TOKENS = 12;
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const QUERY_WORD = /([\p{L}\p{N}\p{M}\p{Co}]+)(\*?)/gu;
const tokenCache = new WeakMap<Article, Token[][]>();

interface Term {
  word: string;
  prefix: boolean;
}

interface Token {
  start: number;
  end: number;
  folded: string;
}

/** Articles having every word of the query (a trailing * makes a prefix), ranked and snippeted as SQLite FTS5 does. */
export function searchArticles(
  entries: readonly { seq: number; article: Article }[],
  query: string,
  limit: number,
): SearchHit[] {
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
