import { type StoryIndex, type StoryOptions, storiesOverlap, storySimilarity } from './assign.js';
import { isMonthSpan } from './days.js';
import type { StoryLogEntry, StoryRecord } from './types.js';

/**
 * Merges stories that evidence now shows to be one event: a story changed in this batch whose
 * similarity to another live story within the time window reaches the threshold (with the
 * statistics of the moment, which early articles lacked). The smaller joins the larger; both
 * keep their ids, the absorbed one pointing to the survivor, and the log says why.
 */
export function mergeStories(
  changed: readonly StoryRecord[],
  index: StoryIndex,
  options: StoryOptions,
  at: string,
): StoryLogEntry[] {
  const log: StoryLogEntry[] = [];
  for (const start of changed) {
    let story = index.get(start.id);
    if (!story || story.mergedInto !== null) continue;
    const vector = new Map(Object.entries(story.features));
    let best: { other: StoryRecord; similarity: number } | null = null;
    for (const other of index.candidates([...vector.keys()])) {
      if (other.id === story.id || other.mergedInto !== null) continue;
      if (!storiesOverlap(story, other, options.windowDays)) continue;
      const similarity = storySimilarity(vector, other.features, index);
      if (similarity > (best?.similarity ?? 0)) best = { other, similarity };
    }
    if (!best || best.similarity < options.threshold) continue;
    const [survivor, absorbed] =
      best.other.articles >= story.articles ? [best.other, story] : [story, best.other];
    index.put(_absorb(survivor, absorbed));
    index.put({ ...absorbed, mergedInto: survivor.id });
    const reason = { similarity: Math.round(best.similarity * 1000) / 1000, threshold: options.threshold };
    log.push({ story: survivor.id, at, event: 'merged', article: null, other: absorbed.id, reason });
    log.push({ story: absorbed.id, at, event: 'merged', article: null, other: survivor.id, reason });
    story = survivor;
  }
  return log;
}

function _absorb(survivor: StoryRecord, absorbed: StoryRecord): StoryRecord {
  const sum = (a: Record<string, number>, b: Record<string, number>) => {
    const out = { ...a };
    for (const [key, value] of Object.entries(b)) out[key] = (out[key] ?? 0) + value;
    return out;
  };
  return {
    ...survivor,
    titles: { ...absorbed.titles, ...survivor.titles },
    ..._span(survivor, absorbed),
    articles: survivor.articles + absorbed.articles,
    languages: sum(survivor.languages, absorbed.languages),
    sources: sum(survivor.sources, absorbed.sources),
    features: sum(survivor.features, absorbed.features),
  };
}

/** The union of two spans; an undated story, or one dated only by a month, yields to a more precise one. */
function _span(a: StoryRecord, b: StoryRecord): Pick<StoryRecord, 'firstSeen' | 'lastSeen'> {
  const vagueness = (s: StoryRecord) =>
    s.firstSeen === '' ? 2 : isMonthSpan(s.firstSeen, s.lastSeen) ? 1 : 0;
  if (vagueness(a) !== vagueness(b)) {
    const { firstSeen, lastSeen } = vagueness(a) < vagueness(b) ? a : b;
    return { firstSeen, lastSeen };
  }
  if (a.firstSeen === '') return { firstSeen: '', lastSeen: '' };
  const [firstSeen] = [a.firstSeen, b.firstSeen].sort();
  const [lastSeen] = [a.lastSeen, b.lastSeen].sort().reverse();
  return { firstSeen: firstSeen as string, lastSeen: lastSeen as string };
}
