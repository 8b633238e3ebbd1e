import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../core/analyze/article.js';
import { namesOf } from '../core/entities/index.js';
import { getProfile } from '../languages/index.js';
import { loadAnalysis, loadGazetteer } from './gazetteer.js';

const TEXT =
  'Am Donnerstag unterzeichneten Joe Biden und Wolodymyr Selenskyj in Italien ein zehnjähriges Abkommen. „Wir treffen uns binnen 24 Stunden“, sagte Biden.';

function analyse() {
  const profile = getProfile('de');
  const vocabularies = {
    names: namesOf(profile, loadGazetteer()),
    dates: profile.dates,
    quantities: profile.quantities,
    speech: profile.speech,
  };
  return analyzeArticle(
    { text: TEXT, published: '2024-06-14', removed: [], extractedLength: TEXT.length },
    vocabularies,
  );
}

describe('loadAnalysis', () => {
  test('warms the analysis up without changing what it finds', () => {
    const before = analyse();
    expect(loadAnalysis()).toBe(loadGazetteer());
    expect(analyse()).toEqual(before);
    expect(before.analysis.quantities.map((q) => q.text)).toEqual(['zehnjähriges', '24 Stunden']);
  });
});
