import { getProfile } from '../languages/index.js';
import { analyzeArticle } from './analyze/article.js';
import { identifyLanguage, type LanguageModel } from './analyze/language.js';
import { splitSentences } from './analyze/sentences.js';
import { words } from './analyze/tokens.js';
import { cleanArticle, lineFingerprints, normalizeText, type RuleSet } from './clean/index.js';
import { bandKeys, hashText, minhash } from './dedup/index.js';
import { type ArticleEntities, type Gazetteer, namesOf } from './entities/index.js';
import { type Issue, issue } from './issues.js';
import type { Article, RawArticle } from './types.js';

export interface PipelineContext {
  rules: RuleSet;
  languageModel: LanguageModel;
  /** Line fingerprints that recur across this article's site (cross-document template evidence). */
  templateKeys: ReadonlySet<string>;
  site: string | null;
  now: string;
}

export type ProcessResult = { ok: true; article: Article } | { ok: false; issues: Issue[] };

/** Confidence above which a declared language that disagrees with the text is reported. */
const MISMATCH_CONFIDENCE = 0.8;

/** An article read and normalised, with the fingerprints of its lines, ready for cleaning. */
export interface PreparedArticle {
  raw: RawArticle;
  extracted: string;
  lines: string[];
}

export function prepareArticle(raw: RawArticle): PreparedArticle {
  const extracted = normalizeText(raw.text);
  return { raw, extracted, lines: lineFingerprints(extracted) };
}

/** Clean, identify the language, split sentences and fingerprint one article. Pure; never throws on content. */
export function processArticle(
  { raw, extracted, lines }: PreparedArticle,
  ctx: PipelineContext,
): ProcessResult {
  const cleaned = cleanArticle({
    text: extracted,
    title: raw.title,
    rules: ctx.rules,
    templateKeys: ctx.templateKeys,
  });
  if (cleaned.text.trim() === '') {
    return {
      ok: false,
      issues: [issue('no_article_text', 'error', raw.origin, { removed: cleaned.removed.length })],
    };
  }
  const issues = [...raw.issues];
  const paragraphs = cleaned.text.split('\n').slice(cleaned.headlineInText ? 1 : 0);
  const guess = identifyLanguage(paragraphs.length > 0 ? paragraphs : [cleaned.text], ctx.languageModel);
  const declared = raw.declaredLang ? baseLanguage(raw.declaredLang) : null;
  const lang = guess.lang ?? declared;
  if (guess.lang === null) issues.push(issue('language_undetected', 'warning', raw.origin));
  if (guess.lang && declared && declared !== guess.lang && guess.confidence >= MISMATCH_CONFIDENCE) {
    issues.push(issue('language_mismatch', 'warning', raw.origin, { declared, detected: guess.lang }));
  }
  const sentences = splitSentences(cleaned.text, getProfile(lang ?? 'en'), cleaned.headlineInText);
  const tokens = words(cleaned.text);
  const signature = minhash(tokens);
  const article: Article = {
    id: raw.id,
    origin: raw.origin,
    format: raw.format,
    source: raw.source ?? null,
    site: ctx.site,
    url: raw.url ?? null,
    published: raw.published ?? null,
    title: cleaned.title,
    lang,
    langConfidence: guess.confidence,
    declaredLang: raw.declaredLang ?? null,
    original: raw.html ?? raw.text,
    extracted,
    text: cleaned.text,
    removed: cleaned.removed,
    sentences,
    duplicateOf: null,
    fingerprint: {
      input: inputHash(raw),
      content: hashText(tokens.join(' ')),
      minhash: signature,
      bands: bandKeys(signature),
      lines,
    },
    metadata: raw.metadata,
    analysis: {
      published: raw.published ? { value: raw.published, source: 'input' } : null,
      entities: [],
      dates: [],
      quantities: [],
      quotes: [],
    },
    issues,
    ingestedAt: ctx.now,
  };
  return { ok: true, article };
}

/** Hash of everything read for an article: identical input means nothing to do. */
export function inputHash(raw: RawArticle): string {
  const fields = [
    raw.format,
    raw.title,
    raw.url,
    raw.published,
    raw.source,
    raw.declaredLang,
    raw.html ?? raw.text,
  ];
  return hashText(JSON.stringify([fields, raw.metadata]));
}

function baseLanguage(tag: string): string {
  return (tag.toLowerCase().split(/[-_]/)[0] ?? '').trim();
}

/** An analysed article and what the archive-wide linker needs of it (see linkEntities). */
export interface ArticleWithEntities {
  article: Article;
  entities: ArticleEntities;
}

/**
 * The analysis stage, after processing: entities, dates, numbers and quotes of the cleaned text,
 * and the article's entities for the archive-wide linker (see linkEntities). Pure.
 */
export function analyzeProcessed(article: Article, gazetteer: Gazetteer): ArticleWithEntities {
  const profile = getProfile(article.lang ?? 'und');
  const { analysis, locals, candidates } = analyzeArticle(
    {
      text: article.text,
      published: article.published,
      removed: article.removed,
      extractedLength: article.extracted.length,
    },
    {
      names: namesOf(profile, gazetteer),
      dates: profile.dates,
      quantities: profile.quantities,
      speech: profile.speech,
    },
  );
  // a page without any date of its own (meta, dateline) is dated by its crawl (WARC-Date), if it has one
  const published = article.published ?? analysis.published?.value ?? article.origin.crawled ?? null;
  return { article: { ...article, published, analysis }, entities: { locals, candidates } };
}

/** Samples in the one-byte (Latin-1) and two-byte string forms, which V8 compiles regexes for separately. */
const WARM_UP_TEXTS = [
  'On Thursday, 13 June 2024, Anna Berg (NATO) said in Kyiv: "We will meet within 24 hours." It costs 6 billion euros, 2.3 % more.',
  'Am Donnerstag, 13. Juni 2024, sagte Anna Berg (NATO) in Kiew: „Wir treffen uns binnen 24 Stunden.“ Es kostet 6 Mrd. €, 2,3 % mehr; 13 июня «Київ».',
];

/**
 * Runs each language's analysis over short samples, twice, and keeps nothing. V8 stops optimising
 * regexes compiled after a process holds much native regex code, and cleaning's rules hold plenty:
 * a process that analyses first gets the analysis regexes compiled to native code (measured: about
 * 1.5x faster analysis). Ingest calls this once per process before its first article.
 */
export function warmUpAnalysis(gazetteer: Gazetteer, codes: readonly string[]): void {
  for (const code of codes) {
    const profile = getProfile(code);
    const vocabularies = {
      names: namesOf(profile, gazetteer),
      dates: profile.dates,
      quantities: profile.quantities,
      speech: profile.speech,
    };
    for (let round = 0; round < 2; round++) {
      for (const text of WARM_UP_TEXTS) {
        analyzeArticle(
          { text, published: '2024-06-14', removed: [], extractedLength: text.length },
          vocabularies,
        );
        analyzeArticle({ text, published: null, removed: [], extractedLength: text.length }, vocabularies);
      }
    }
  }
}
