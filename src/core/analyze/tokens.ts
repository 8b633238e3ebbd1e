import type { LanguageProfile } from '../../languages/profile.js';

export interface Token {
  text: string;
  /** Lower-cased form. */
  norm: string;
  stem: string;
  stopword: boolean;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words of a sentence-sized text, with stems and stopword flags from the language profile. */
export function tokenize(text: string, profile: LanguageProfile): Token[] {
  const spans = profile.segmentsWords ? segmenterSpans(text, profile.code) : regexSpans(text);
  return spans.map(([start, end]) => {
    const word = text.slice(start, end);
    const norm = word.toLocaleLowerCase(profile.code === 'und' ? undefined : profile.code);
    return { text: word, norm, stem: profile.stem(norm), stopword: profile.stopwords.has(norm), start, end };
  });
}

/** Lower-cased words only: the cheap form used for fingerprints. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function regexSpans(text: string): Array<[number, number]> {
  return Array.from(text.matchAll(WORD), (m) => [m.index, m.index + m[0].length]);
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterSpans(text: string, locale: string): Array<[number, number]> {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  const spans: Array<[number, number]> = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike && HAS_LETTER_OR_DIGIT.test(s.segment))
      spans.push([s.index, s.index + s.segment.length]);
  }
  return spans;
}
