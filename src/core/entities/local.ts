import type { EntityMention, EntityType } from '../types.js';
import type { NameLexicon } from './lexicon.js';
import { foldName } from './names.js';

/** A candidate mention before it is tied to an entity of the article. */
export interface Draft {
  start: number;
  end: number;
  words: string[];
  type: EntityType;
  ref: string | null;
  /** The gazetteer's English name of a known entry. */
  label: string | null;
  /** Kept only if it repeats a name found elsewhere in the article (a lone capitalised word). */
  pending: boolean;
  /** The words in base form when the gazetteer knows them so ("Москве" → "Москва"). */
  base?: string[];
}

/** One entity of an article: everything the cross-archive linker needs to know about it. */
export interface LocalEntity {
  index: number;
  type: EntityType;
  ref: string | null;
  /** The gazetteer's English name of a known entry. */
  label: string | null;
  /** Its fullest name in the article ("Joe Biden" rather than "Biden"), in base form. */
  name: string;
  /** Folded base forms of each word of that name. */
  words: string[][];
  /** Every base-form name its mentions use. */
  names: string[];
}

interface Cluster extends LocalEntity {
  last: number;
}

/** A lone capitalised word the article gives no evidence for: a name if the archive knows it. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Folded base forms of the word. */
  forms: string[];
}

/** Ties the article's mentions together: "Joe Biden", "Biden" and "Bidens" become one entity. */
export function clusterMentions(
  text: string,
  drafts: readonly Draft[],
  lx: NameLexicon,
): { mentions: EntityMention[]; locals: LocalEntity[]; candidates: Candidate[] } {
  const candidates: Candidate[] = [];
  const clusters: Cluster[] = [];
  const placed: { draft: Draft; cluster: Cluster; forms: (readonly string[])[]; folded: string[][] }[] = [];
  const ordered = [...drafts].sort((a, b) => Number(a.pending) - Number(b.pending) || a.start - b.start);
  for (const draft of ordered) {
    const forms = _designatedLast(draft.base ?? draft.words, lx).map((word) => lx.bases(word));
    const folded = forms.map((list) => list.map(foldName));
    let cluster = _find(clusters, draft, folded);
    if (!cluster) {
      if (draft.pending) {
        const word = (forms[0] ?? [])[0] ?? '';
        candidates.push({ start: draft.start, end: draft.end, text: word, forms: folded[0] ?? [] });
        continue;
      }
      cluster = {
        index: clusters.length,
        type: draft.type,
        ref: draft.ref,
        label: draft.label,
        name: '',
        words: [],
        names: [],
        last: 0,
      };
      clusters.push(cluster);
    }
    if (draft.words.length > cluster.words.length) cluster.words = folded;
    cluster.last = Math.max(cluster.last, draft.start);
    placed.push({ draft, cluster, forms, folded });
  }
  placed.sort((a, b) => a.draft.start - b.draft.start);
  // names once every mention is placed: "речник Зеленського … Володимир Зеленський" gives "Зеленський" to both
  const named = placed.map((entry) => ({ ...entry, name: _name(entry.forms, entry.folded, entry.cluster) }));
  for (const { cluster, name, folded } of named) {
    if (!cluster.names.includes(name)) cluster.names.push(name);
    if (folded === cluster.words || (cluster.name === '' && folded.length === cluster.words.length))
      cluster.name = name;
  }
  const mentions = named.map(({ draft, cluster, name }) => ({
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    type: cluster.type,
    name,
    ref: cluster.ref,
    local: cluster.index,
    entity: null,
  }));
  const locals = clusters.map(({ last: _, ...local }) => local);
  return { mentions, locals, candidates };
}

function _find(clusters: readonly Cluster[], draft: Draft, words: string[][]): Cluster | undefined {
  if (draft.ref) return clusters.find((cluster) => cluster.ref === draft.ref);
  // "Wagner" after "Söldnergruppe Wagner": a lone word may repeat a known name the article wrote as that word
  const known = (cluster: Cluster) => draft.pending && words.length === 1 && cluster.words.length === 1;
  const candidates = clusters.filter(
    (cluster) => (cluster.ref === null || known(cluster)) && _matches(cluster, draft, words),
  );
  if (candidates.length === 0) return undefined;
  // "Biden" after "Joe Biden" and "Hunter Biden": the one named last
  return candidates.reduce((a, b) => (b.last > a.last ? b : a));
}

function _matches(cluster: Cluster, draft: Draft, words: string[][]): boolean {
  const type = draft.pending || cluster.type === draft.type;
  if (!type) return false;
  if (words.length === cluster.words.length)
    return words.every((forms, i) => _meets(forms, cluster.words[i]));
  // "Halvik" is not "Halvik University Hospital": a word alone never stands for a longer organisation or place name
  if (cluster.type !== 'person') return false;
  // a surname alone ("Biden"), a given name alone ("Volodymyr"), or a full name after its surname alone
  if (words.length === 1) {
    return (
      _meets(words[0], cluster.words[cluster.words.length - 1]) ||
      (cluster.words.length > 1 && _meets(words[0], cluster.words[0]))
    );
  }
  return cluster.words.length === 1 && _meets(words[words.length - 1], cluster.words[0]);
}

function _meets(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.some((form) => b.includes(form));
}

/** The mention's name in the base form its cluster knows, else as written. */
function _name(forms: (readonly string[])[], folded: string[][], cluster: Cluster): string {
  const known = cluster.words.flat();
  return forms
    .map((list, i) => {
      const at = (folded[i] as string[]).findIndex((form) => known.includes(form));
      return list[Math.max(at, 0)] as string;
    })
    .join(' ');
}

/**
 * The words with a designator as the English word for its kind, put last: "Pałacu Buckingham" and
 * "Buckingham Palace" are both [Buckingham, palace], "provincia de Kherson" is [Kherson, region].
 */
function _designatedLast(words: readonly string[], lx: NameLexicon): readonly string[] {
  if (words.length < 2) return words;
  const kinds = words.map((word) => lx.designatorOf(word.toLowerCase()));
  if (kinds.every((kind) => kind === null)) return words;
  const names = words.filter((_, i) => kinds[i] === null);
  const designators = kinds.filter((kind): kind is string => kind !== null);
  return names.length === 0 ? words : [...names, ...designators];
}
