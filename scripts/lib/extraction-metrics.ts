/**
 * The two extraction metrics, exactly as the dataset READMEs define them:
 * shingles (article-extraction: 4-gram token multisets, macro P/R, F1 from the averages, exact-token accuracy)
 * and segments (article-extraction-multilingual: substring presence of `with`/`without` segments, micro-averaged).
 */

const tokenize = (s: string | null | undefined): string[] => (s ?? '').match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(tokens: string[], n = 4): Map<string, number> {
  const m = new Map<string, number>();
  const add = (k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  if (tokens.length === 0) return m;
  if (tokens.length < n) {
    add(tokens.join('\u0000'));
    return m;
  }
  for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join('\u0000'));
  return m;
}

export interface ShinglePage {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

/** Per-page shingle counts and whether the token sequences are identical. */
export function shinglePage(truth: string, prediction: string): ShinglePage {
  const tt = tokenize(truth);
  const pt = tokenize(prediction);
  const a = shingles(tt);
  const b = shingles(pt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const exact = tt.length === pt.length && tt.every((t, i) => t === pt[i]);
  return { tp, fp, fn, exact };
}

/** Page F1 (for ranking losses only; the corpus F1 comes from the averages). */
export function pageF1(page: ShinglePage): number {
  const p = page.tp + page.fp > 0 ? page.tp / (page.tp + page.fp) : 0;
  const r = page.tp + page.fn > 0 ? page.tp / (page.tp + page.fn) : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** Macro precision (pages with a non-empty prediction) and recall, F1 from the two averages, accuracy. */
export function shingleScores(pages: ShinglePage[]): Scores {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  for (const { tp, fp, fn, exact: same } of pages) {
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
    if (same) exact++;
  }
  const mean = (v: number[]) => (v.length ? v.reduce((s, x) => s + x, 0) / v.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: pages.length ? exact / pages.length : 0 };
}

/** Python's Unicode `\s` (U+001C–U+001F included, U+FEFF not), the README's exact normalisation. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python's \s includes U+001C–U+001F, as the metric requires
const PY_SPACE = /[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;
const norm = (s: string) => s.replace(PY_SPACE, ' ').replace(/^ | $/gu, '');

export interface SegmentPage {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  missed: string[];
  leaked: string[];
}

/** Segment counts of one page: `with` segments found, `without` segments leaked. */
export function segmentPage(output: string, withSegments: string[], without: string[]): SegmentPage {
  const text = norm(output);
  const missed = withSegments.filter((w) => !text.includes(norm(w)));
  const leaked = without.filter((b) => text.includes(norm(b)));
  return {
    tp: withSegments.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: without.length - leaked.length,
    missed,
    leaked,
  };
}

/** Micro-averaged precision, recall, accuracy and F1 over all pages. */
export function segmentScores(pages: SegmentPage[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const page of pages) {
    tp += page.tp;
    fp += page.fp;
    fn += page.fn;
    tn += page.tn;
  }
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

/** A page's segment score as one number, to rank where one extractor loses against another. */
export function segmentMerit(page: SegmentPage): number {
  return page.tp - page.fp;
}
