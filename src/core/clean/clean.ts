import { shortHash } from '../dedup/hash.js';
import type { RemovalReason, RemovedSpan } from '../types.js';
import { endsLikeSentence, type Line, splitLines, wordCount } from './lines.js';
import { lineKey } from './normalize.js';
import type { RuleSet } from './rules.js';

/** Lines longer than this are prose, never counted as site template. */
export const MAX_TEMPLATE_LINE = 200;
/** Longest line that can be a link teaser following a "Read also" heading. */
const MAX_TEASER = 160;
/** Longest line that can be a headline. */
const MAX_HEADLINE = 220;

export interface CleanInput {
  /** Normalised text (see normalizeText). */
  text: string;
  /** Title given by the input (JSON field, HTML <title>), if any. */
  title?: string | undefined;
  rules: RuleSet;
  /** Fingerprints (see lineFingerprint) of lines that recur across articles of the same site. */
  templateKeys: ReadonlySet<string>;
}

export interface CleanResult {
  /** Kept lines joined by \n; the headline, when there is one, comes first. */
  text: string;
  title: string | null;
  /** Whether the first line of `text` is the headline. */
  headlineInText: boolean;
  removed: RemovedSpan[];
}

interface Verdict {
  line: Line;
  reason: RemovalReason | null;
}

/** Keep the article's own lines; record every removed line with its reason. */
export function cleanArticle(input: CleanInput): CleanResult {
  const lines = splitLines(input.text).filter((line) => line.text !== '');
  const verdicts: Verdict[] = [];
  const seen = new Set<string>();
  let teaserReason: RemovalReason | null = null;
  for (const line of lines) {
    const key = lineKey(line.text);
    let reason = classify(line.text, key, input, seen);
    // a phrase rule names the reason more precisely than site_template, and may open a teaser block
    const rule = reason === 'duplicate_line' ? null : input.rules.match(line.text);
    if (rule) reason = rule.reason;
    if (reason === null && teaserReason !== null && isTeaser(line.text)) reason = teaserReason;
    teaserReason = rule?.opensBlock ? rule.reason : reason !== null ? teaserReason : null;
    if (reason === null && key !== '') seen.add(key);
    verdicts.push({ line, reason });
  }
  const headline = findHeadline(verdicts, input.title);
  if (headline) {
    for (const v of headline.above) v.reason = 'page_header';
    for (const v of verdicts) {
      if (v.reason === 'duplicate_line' && lineKey(v.line.text) === headline.key)
        v.reason = 'duplicate_headline';
    }
  }
  const kept = verdicts.filter((v) => v.reason === null).map((v) => v.line.text);
  const removed = verdicts.flatMap((v) =>
    v.reason === null ? [] : [{ text: v.line.text, reason: v.reason, start: v.line.start, end: v.line.end }],
  );
  return {
    text: kept.join('\n'),
    title: input.title?.trim() || (headline ? stripEnd(headline.verdict.line.text) : null),
    headlineInText: headline !== null,
    removed,
  };
}

function classify(text: string, key: string, input: CleanInput, seen: Set<string>): RemovalReason | null {
  if (key === '') return null;
  if (seen.has(key)) return 'duplicate_line';
  if (isTemplateCandidate(text) && input.templateKeys.has(shortHash(key))) return 'site_template';
  return null;
}

/** Words above which a line that ends like a sentence is prose: never site template, however often it recurs. */
const MAX_TEMPLATE_SENTENCE_WORDS = 8;

/**
 * Only UI-like lines (short labels, menus, short notices) can be site template; a recurring sentence
 * is more likely a paragraph that several updates of one story share.
 */
export function isTemplateCandidate(text: string): boolean {
  if (text.length === 0 || text.length > MAX_TEMPLATE_LINE) return false;
  return !(endsLikeSentence(text) && wordCount(text) > MAX_TEMPLATE_SENTENCE_WORDS);
}

function isTeaser(text: string): boolean {
  return text.length <= MAX_TEASER && !endsLikeSentence(text);
}

interface Headline {
  verdict: Verdict;
  key: string;
  /** Kept lines above the headline: mastheads, menus, labels. */
  above: Verdict[];
}

/** Lines before the first prose paragraph that are looked at as headline candidates. */
const MAX_HEAD_LINES = 8;

/**
 * The headline is one of the short lines above the first prose paragraph: the one the input names
 * as title, else the one the page repeats, else the longest with at least three words.
 */
function findHeadline(verdicts: readonly Verdict[], title: string | undefined): Headline | null {
  const kept = verdicts.filter((v) => v.reason === null);
  const firstProse = kept.findIndex((v) => isProse(v.line.text));
  const headEnd = firstProse === -1 ? 1 : firstProse;
  // a repeated line or the input's title may look like prose (a full sentence) and still be the headline
  const reach = kept.slice(0, Math.min(headEnd + 1, MAX_HEAD_LINES));
  if (reach.length === 0 || (firstProse === -1 && kept.length < 2)) return null;
  const titleKey = title === undefined ? null : lineKey(title);
  const repeated = new Set(
    verdicts.filter((v) => v.reason === 'duplicate_line').map((v) => lineKey(v.line.text)),
  );
  const candidates = reach.slice(0, headEnd).filter((v) => isHeadlineLike(v.line.text));
  const chosen =
    reach.find((v) => lineKey(v.line.text) === titleKey) ??
    reach.find((v) => repeated.has(lineKey(v.line.text))) ??
    (titleKey === null ? longest(candidates) : undefined);
  if (!chosen) return null;
  return { verdict: chosen, key: lineKey(chosen.line.text), above: kept.slice(0, kept.indexOf(chosen)) };
}

function isProse(text: string): boolean {
  return text.length > MAX_HEADLINE || (endsLikeSentence(text) && wordCount(text) >= 12);
}

function isHeadlineLike(text: string): boolean {
  return (
    text.length <= MAX_HEADLINE &&
    wordCount(text) >= 3 &&
    !/[.:;,]$/u.test(text) &&
    !/[.!?]\s+\p{Lu}/u.test(text)
  );
}

function longest(verdicts: readonly Verdict[]): Verdict | undefined {
  return verdicts.reduce<Verdict | undefined>(
    (best, v) => (best === undefined || v.line.text.length > best.line.text.length ? v : best),
    undefined,
  );
}

function stripEnd(text: string): string {
  return text.replace(/[.\s]+$/u, '');
}
