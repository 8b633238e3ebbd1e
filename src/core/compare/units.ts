import anyAscii from 'any-ascii';
import { conceptVocabularies } from '../../languages/concepts/index.js';
import { demonymVocabularies } from '../../languages/demonyms/index.js';
import { getProfile } from '../../languages/index.js';
import { isYearless } from '../analyze/dates/index.js';
import { tokenize } from '../analyze/tokens.js';
import { foldName } from '../entities/names.js';
import type { Article, Sentence } from '../types.js';
import { type ConceptMatcher, conceptMatcher, exactConceptMatcher } from './concepts.js';
import type { ClaimUnit, UnitValue } from './types.js';

/** Letters a word needs before its first letters count as a cross-lingual cognate key. */
const COGNATE_LENGTH = 5;
/** Units shorter than this carry no claim ("Updated.", "Photo: AP"). */
const MIN_UNIT_CHARS = 25;

/** An article with the independent source it speaks for. */
export interface SourcedArticle {
  article: Article;
  source: string;
}

/**
 * The claim units of an article: its sentences, split further at semicolons, each with the evidence
 * it carries. Evidence keys: `e:` linked entity (or a country named by its people's word), `q:`
 * normalised quantity, `d:` date, `c:` concept, `w:` word stem (compared within one language), `k:`
 * folded word start (compared across languages).
 */
export function claimUnits({ article, source }: SourcedArticle, rank = 0): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  for (const sentence of article.sentences) {
    for (const part of clauses(sentence)) {
      if (part.end - part.start < MIN_UNIT_CHARS) continue;
      const { features, values } = evidence(article, part.start, part.end);
      units.push({
        id: `${article.id}#${units.length}`,
        article: article.id,
        source,
        lang: article.lang,
        start: part.start,
        end: part.end,
        text: part.text,
        headline: sentence.headline,
        rank,
        position: units.length,
        features,
        values,
      });
    }
  }
  return units;
}

/** A sentence cut at semicolons that join independent clauses (both sides long enough to state a fact). */
function clauses(sentence: Sentence): Array<{ start: number; end: number; text: string }> {
  const parts: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  const text = sentence.text;
  for (const match of text.matchAll(/;\s+/g)) {
    const cut = match.index;
    if (cut - from < MIN_UNIT_CHARS * 2 || text.length - cut < MIN_UNIT_CHARS * 2) continue;
    parts.push({
      start: sentence.start + from,
      end: sentence.start + cut + 1,
      text: text.slice(from, cut + 1),
    });
    from = cut + match[0].length;
  }
  parts.push({ start: sentence.start + from, end: sentence.end, text: text.slice(from) });
  return parts;
}

function evidence(article: Article, start: number, end: number) {
  const features = new Map<string, number>();
  const values: UnitValue[] = [];
  const add = (key: string) => features.set(key, (features.get(key) ?? 0) + 1);
  const inside = (span: { start: number; end: number }) => span.start >= start && span.end <= end;
  /** Spans of entities (their words are the entity) and of values (their words are the value). */
  const covered: Array<[number, number]> = [];
  const names: Array<[number, number]> = [];
  const { analysis } = article;
  for (const mention of analysis.entities) {
    if (!inside(mention)) continue;
    add(mention.entity ? `e:${mention.entity}` : `e:~${foldName(mention.name)}`);
    covered.push([mention.start, mention.end]);
    names.push([mention.start, mention.end]);
  }
  const profile = getProfile(article.lang ?? 'und');
  const vocabulary = conceptVocabularies[profile.code];
  const concept = vocabulary ? conceptMatcher(vocabulary) : null;
  const listed = vocabulary ? exactConceptMatcher(vocabulary) : null;
  const demonyms = demonymVocabularies[profile.code];
  const country = demonyms ? conceptMatcher(demonyms) : null;
  for (const quantity of analysis.quantities) {
    if (!inside(quantity)) continue;
    add(`q:${quantity.value}:${quantity.unit ?? ''}`);
    // what is counted, in words every language shares where the vocabulary knows them ("Menschen" = "people")
    const counted = quantity.counted?.toLocaleLowerCase(profile.code);
    const measured =
      quantity.unit ?? (counted ? (concept?.(counted)[0] ?? foldName(counted).slice(0, COGNATE_LENGTH)) : '');
    values.push({
      slot: `q:${quantity.kind}:${measured}`,
      value: String(quantity.value),
      text: quantity.text,
    });
    covered.push([quantity.start, quantity.end]);
  }
  for (const date of analysis.dates) {
    if (!inside(date)) continue;
    covered.push([date.start, date.end]);
    // a day of unknown year ("June 13") may be another year's: the timeline shows it, claims do not use it
    if (isYearless(date.value)) continue;
    add(`d:${date.value}`);
    values.push({
      slot: `d:${date.grain}`,
      value: date.until ? `${date.value}/${date.until}` : date.value,
      text: date.text,
    });
  }
  for (const token of tokenize(article.text.slice(start, end), profile)) {
    const at = start + token.start;
    if (!/\p{L}{3}/u.test(token.norm)) continue;
    if (names.some(([from, to]) => at >= from && at < to)) continue;
    // "31st member": the number is a value, the thing counted still says what the fact is about;
    // stopword lists hold some news words too ("member", "members"): the words the lexicon lists whole count
    for (const meaning of (token.stopword ? listed : concept)?.(token.norm) ?? []) add(`c:${meaning}`);
    if (token.stopword) continue;
    // "Ukrainian", "ukrainischer", "US-amerikanische": the country, as its name would be
    if (country) for (const code of countriesOf(token.norm, country)) add(`e:country:${code}`);
    if (covered.some(([from, to]) => at >= from && at < to)) continue;
    add(`w:${token.stem}`);
    const folded = anyAscii(token.norm).replace(/[^a-z]/g, '');
    if (folded.length >= COGNATE_LENGTH) add(`k:${folded.slice(0, COGNATE_LENGTH)}`);
  }
  return { features, values };
}

/** The countries a word names by their people's word; a hyphenated word by each of its parts ("deutsch-französisch"). */
function countriesOf(word: string, country: ConceptMatcher): readonly string[] {
  const whole = country(word);
  if (whole.length > 0 || !word.includes('-')) return whole;
  return [...new Set(word.split('-').flatMap((part) => country(part)))];
}
