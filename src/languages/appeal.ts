import type { BoilerplateRule } from './profile.js';
import { rule } from './rules.js';

/** The words a language asks readers for money or sign-ups with; each field is a regex alternation. */
export interface AppealWords {
  /** A question that may open the appeal: "enjoyed this article\\?". */
  asked: string;
  /** Imperatives asking for support or membership: "support (?:us|our)", "become a member". */
  support: string;
  /** Imperatives selling a subscription, confirmed by a price: "subscribe", "become a subscriber". */
  subscribe: string;
  /** What support is asked for: "journalism", "notre rédaction", "abonnement". */
  cause: string;
  /** Prices and periods besides amounts with a currency sign: "a month", "\\d+ euro". */
  price: string;
  /** Fundraising slogans, matched alone or right before an appeal: "journalism costs money". */
  slogans: string;
  /** Imperatives signing up for e-mail: "sign up", "abonnez-vous". */
  signUp: string;
  /** What is signed up for: "newsletter", "inbox". */
  newsletter: string;
  /** The label of a newsletter teaser line: "newsletter" as in "Newsletter: … jetzt abonnieren!". */
  label: string;
}

/** The rest of the line has no question mark and no comma, except in numbers. */
const PLAIN = String.raw`(?=(?:[^,?]|,(?=\d))*$)`;
/** Word edges without \\p{L}, whose case-insensitive ranges make each use costly to compile. */
const WORD_END = String.raw`(?=[\s\d.,;:!?()«»"“”„'’/–—-]|$)`;
const WORD_START = String.raw`(?<![^\s\d.,;:!?()«»"“”„'’/–—-])`;
const MONEY = String.raw`(?:r\$|us\$|[$€£₴₽])\s?\d|\d(?:[.,]\d+)?\s?[$€£₴₽]`;

/**
 * Appeals written as sentences, anchored at their opening imperative and confirmed by a cue later
 * in the line: newsletter sign-ups, then support and subscription appeals and slogans (donation).
 * A donation appeal has no comma or question after the opening question: "Subscribe now for $5,
 * the ad said." reports an appeal and stays.
 */
export function appealRules(words: AppealWords): BoilerplateRule[] {
  const asked = `(?:(?:${words.asked})\\s*\\?\\s*)?`;
  const next = `[.!:–—-]\\s+(?:${words.support}|${words.subscribe})${WORD_END}`;
  return [
    _appeal('newsletter', `${asked}(?:${words.signUp})`, words.newsletter),
    _appeal('newsletter', `(?:${words.label})\\s*[:–—-]`, words.signUp),
    _appeal('donation', `${asked}(?:${words.support})${WORD_END}${PLAIN}`, words.cause),
    _appeal(
      'donation',
      `${asked}(?:${words.subscribe})${WORD_END}${PLAIN}`,
      `${MONEY}|${words.price}|${words.cause}`,
    ),
    rule('donation', `^(?:${words.slogans})(?:[.!]?$|${next})`),
  ];
}

function _appeal(reason: 'newsletter' | 'donation', opener: string, cue: string): BoilerplateRule {
  return rule(reason, `^(?:${opener})${WORD_END}.{0,160}?${WORD_START}(?:${cue})`);
}
