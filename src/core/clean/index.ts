import { shortHash } from '../dedup/hash.js';
import { isTemplateCandidate } from './clean.js';
import { lineKey } from './normalize.js';

export { type CleanInput, type CleanResult, cleanArticle, isTemplateCandidate } from './clean.js';
export { lineKey, normalizeText } from './normalize.js';
export { compileRules, type RuleSet } from './rules.js';

/** Fingerprints of the short lines of a normalised text, for cross-document template evidence. */
export function lineFingerprints(text: string): string[] {
  const keys = new Set<string>();
  for (const line of text.split('\n')) {
    if (!isTemplateCandidate(line)) continue;
    const key = lineKey(line);
    if (key !== '') keys.add(shortHash(key));
  }
  return [...keys];
}

export function lineFingerprint(line: string): string {
  return shortHash(lineKey(line));
}
