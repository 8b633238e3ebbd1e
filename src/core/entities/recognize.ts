import { TextWords, type Word } from '../analyze/quotes/words.js';
import type { EntityMention, EntityType } from '../types.js';
import { isCredit } from './credits.js';
import type { KnownEntry } from './gazetteer.js';
import type { NameLexicon } from './lexicon.js';
import { listedPlaces } from './listed.js';
import { type Candidate, clusterMentions, type Draft, type LocalEntity } from './local.js';
import { lookupKnown } from './lookup.js';
import { type Segment, segmentsOf } from './segments.js';
import { isRegnal, type Token, tokensOf } from './tokens.js';

export interface RecognizedEntities {
  mentions: EntityMention[];
  /** The article's entities, indexed by EntityMention.local. */
  locals: LocalEntity[];
  /** Lone capitalised words without evidence in the article, for the archive to confirm. */
  candidates: Candidate[];
}

/** The lexicon and what the article itself shows: the words it writes in lower case. */
type Context = NameLexicon & { written: ReadonlySet<string> };

/** Share of capitalised function words from which a line is Title Case and its capitals say nothing. */
const TITLE_CASE = 0.5;
const MIN_TITLE_STOPWORDS = 2;
const MIN_TITLE_WORDS = 5;
const DEMONYM = /(?:an|ian|ean|ese|ish|ic|i)$/u;
/** Letters a demonym shares with its country's name: "russ" of Russian and Russia. */
const STEM = 4;
/** Longest run of unknown capitalised words taken for a person's name. */
const MAX_PERSON_WORDS = 4;

/**
 * People, organisations and places named in a cleaned article text (paragraphs separated by \n),
 * with UTF-16 offsets. Known names come from the gazetteers; others from capitals and the words
 * around them (roles, speech verbs, organisation and place words, given names); a lone word
 * without such evidence is kept only when it repeats a name found elsewhere in the article.
 */
export function recognizeEntities(
  text: string,
  names: NameLexicon,
  words: TextWords = new TextWords(text),
): RecognizedEntities {
  const options = {
    text,
    ordinalDot: names.ordinalDot,
    capitalizesNouns: names.capitalizesNouns,
    isKnown: (form: string) => names.gazetteer.lookup(form) !== null,
    isPlaceConnector: names.isPlaceConnector,
  };
  const paragraphs: { words: Word[]; tokens: Token[] }[] = [];
  const written = new Set<string>();
  for (let start = 0; start >= 0 && start < text.length; ) {
    const paragraphWords = words.paragraph(start);
    for (const word of paragraphWords) if (!word.upper) written.add(word.lower);
    paragraphs.push({ words: paragraphWords, tokens: tokensOf(paragraphWords, options) });
    const next = text.indexOf('\n', start);
    start = next < 0 ? -1 : next + 1;
  }
  const lx: Context = { ...names, written };
  const drafts: Draft[] = [];
  for (const paragraph of paragraphs) {
    const titled = _isTitleCase(paragraph.tokens, lx);
    for (const segment of segmentsOf(paragraph.tokens, paragraph.words, lx)) {
      drafts.push(..._classify(paragraph.tokens, segment, titled, lx));
    }
  }
  const named = drafts.filter((draft) => !isCredit(text, draft.start, draft.end));
  return clusterMentions(text, listedPlaces(text, named, lx.capitalizesNouns), lx);
}

function _classify(all: readonly Token[], segment: Segment, titled: boolean, lx: Context): Draft[] {
  const tokens = all.slice(segment.from, segment.to);
  const head = tokens[0] as Token;
  // the gazetteer entry of the whole segment, looked up once and only where a rule asks
  let entry: KnownEntry | null | undefined;
  const whole = (): KnownEntry | null => {
    if (entry === undefined) entry = lookupKnown(tokens, segment, lx);
    return entry;
  };
  const kindOpens = segment.opens && !head.caps && _kind(head.lower, lx) && !whole();
  if ((tokens.length > 1 && kindOpens) || _isCommonOpener(tokens, segment, lx)) {
    // "Правительство России …", "Самолет Embraer …": a common noun capitalised by the sentence, then the name
    if (tokens.length === 1) return [];
    return _classify(all, { ...segment, from: segment.from + 1, opens: false, role: false }, titled, lx);
  }
  // "ЧВК", "GmbH": a designator written in capitals is no name of its own, nor part of the words before it
  const inner = tokens.findIndex((token, i) => i > 0 && token.caps && lx.isOrganizationWord(token.lower));
  if (inner > 0 && !whole()) {
    const before = { ...segment, to: segment.from + inner, beforeRole: false };
    const after = { ...segment, from: segment.from + inner, opens: false, role: false };
    return [..._classify(all, before, titled, lx), ..._classify(all, after, titled, lx)];
  }
  const designator = head.caps && lx.isOrganizationWord(head.lower);
  if (designator && tokens.length === 1) return [];
  const classifier = designator || (lx.capitalizesNouns && !head.caps) ? _kind(head.lower, lx) : null;
  const pair = classifier && tokens.length === 2 ? whole() : null;
  // "Söldnergruppe Wagner", "ЧВК Вагнер" known as a whole: the name is the word after the classifier
  if (pair?.type === 'organization') return [_draft(tokens.slice(1), pair, false)];
  if (classifier && tokens.length > 1 && !whole()) {
    // "Söldnergruppe Wagner", "Zeitung Wedomosti", "ЧВК Вагнера": the noun says what the name after it names
    const kind = classifier;
    const rest = _classify(
      all,
      { ...segment, from: segment.from + 1, opens: false, role: false },
      titled,
      lx,
    );
    const named = designator ? rest.some((draft) => !draft.pending) : rest.length > 0;
    return named ? rest : [_draft(tokens.slice(1), _as(kind), false)];
  }
  const known = whole();
  const region = known?.ref.startsWith('city:') ? _region(all, segment, lx) : null;
  if (region) {
    // "Kherson region", "провинции Газиантеп", "río Dnipro": the city's name names the area or river
    return [{ ..._draft(tokens, _as('place'), false), words: [...tokens.map((t) => t.text), region] }];
  }
  if (known) return [_draft(tokens, known, false, lx)];
  const connector = tokens.findIndex((token, i) => i > 0 && !token.upper && lx.isPlaceConnector(token.lower));
  if (connector > 0 && lookupKnown(tokens.slice(0, connector), segment, lx)?.type === 'place') {
    // "Rostov sul Don", "Rostow am Don": a city and the river it lies on name one place
    return [_draft(tokens, _as('place'), false)];
  }
  const single = tokens.length === 1 ? (tokens[0] as Token) : null;
  // "Il", "We're": a capitalised function word alone names nothing
  if (single && !single.caps && lx.isStopword(single.lower)) return [];
  if (titled || segment.compound) return _known(all, segment, titled, lx);
  if (single?.caps && single.text.replace(/[^\p{L}\p{N}]/gu, '').length >= 3) {
    return [_draft(tokens, _as('organization'), false)];
  }
  if (single && !lx.isCalendarWord(single.lower) && !_isDemonym(single, lx)) {
    // "Wagner group", "Тверской области", "аэропорта Шереметьево": a lower-case word beside a name says what it names
    const next = all[segment.to];
    const previous = all[segment.from - 1];
    const kind = next?.joined && !next.upper ? _kind(next.lower, lx) : null;
    if (kind && lx.isAdjective(single.lower)) return [_draft([single, next as Token], _as(kind), false)];
    if (kind && !single.opens && !DEMONYM.test(single.lower)) return [_draft(tokens, _as(kind), false)];
    const led = previous && single.joined && !previous.upper ? _kind(previous.lower, lx) : null;
    if (led && !single.opens && !lx.written.has(single.lower)) return [_draft(tokens, _as(led), false)];
  }
  const lowers = tokens.map((token) => token.lower);
  // a word the article also writes in lower case is a common word, not a name ("Consort", "Affaires")
  // …unless a given name leads a longer name ("Mark Hollis" beside "mark")
  const common = (token: Token, i: number) =>
    lx.written.has(token.lower) && !(i === 0 && tokens.length > 1 && lx.gazetteer.isGivenName(token.text));
  const nameLike = tokens.every((token, i) => (!token.caps || isRegnal(token)) && !common(token, i));
  const given = tokens.findIndex(
    (token, i) =>
      i < tokens.length - 1 && lx.bases(token.text).some((base) => lx.gazetteer.isGivenName(base)),
  );
  const personLike = (from: number) =>
    tokens.slice(from).every((token) => (!token.caps || isRegnal(token)) && !lx.written.has(token.lower));
  if (given > 0 && personLike(given) && tokens.length - given <= MAX_PERSON_WORDS) {
    // "Amtskollege Wladimir Selenskij": the words before a given name are not part of the name
    const before = { ...segment, to: segment.from + given, beforeRole: false };
    const after = { ...segment, from: segment.from + given, role: true };
    return [..._classify(all, before, titled, lx), ..._classify(all, after, titled, lx)];
  }
  const words = lowers.filter((lower) => !lx.speech.isParticle({ lower, upper: false } as never));
  const organization = lowers.some(lx.isOrganizationWord);
  const place = lowers.some(lx.isPlaceWord);
  // a common noun alone ("Kongress", "Parliament", "Brücke") names nothing without a name beside it
  const bare = words.every((lower) => lx.isOrganizationWord(lower) || lx.isPlaceWord(lower));
  if (organization && !bare) return [_draft(tokens, _as('organization'), false)];
  if (place && !bare) return [_draft(tokens, _as('place'), false)];
  if (bare) return [];
  // in German "In der Pressekonferenz betonte Biden": a noun before the verb, the speaker after it
  // "Officials said": a lone word opening a sentence is as likely a common noun as a name
  const speaks = segment.speaks && !(single?.opens ?? false);
  // "розповів: "Настав момент…"": a word opening the quoted sentence after a speech verb is no speaker
  const spoken = segment.spoken && !(single?.opens ?? false);
  const speech = lx.capitalizesNouns ? single !== null && spoken : speaks || spoken;
  if ((segment.role || speech) && nameLike && tokens.length <= MAX_PERSON_WORDS) {
    return [_draft(tokens, _as('person'), false)];
  }
  if (given === 0 && nameLike && tokens.length <= MAX_PERSON_WORDS) {
    return [_draft(tokens, _as('person'), false)];
  }
  const parts = _known(all, segment, titled, lx);
  if (parts.some((part) => !part.pending)) return parts;
  if (single) {
    if (lx.isCalendarWord(single.lower) || _isDemonym(single, lx)) return [];
    if (segment.placed && !single.opens && !lx.capitalizesNouns) return [_draft(tokens, _as('place'), false)];
    const determined = all[segment.from - 1] && lx.speech.isDeterminer(all[segment.from - 1] as never);
    if (!single.opens && !determined && !lx.capitalizesNouns && lx.gazetteer.isGivenName(single.text)) {
      return [_draft(tokens, _as('person'), false)];
    }
    return parts;
  }
  // "Makaryan Evgeniy": beside a given name, a word ending like a demonym is a surname
  const named = tokens.some((token) => lx.gazetteer.isGivenName(token.text));
  const demonym = !named && tokens.some((token) => _isDemonym(token, lx));
  const unknown = !lx.capitalizesNouns && nameLike && !segment.beforeRole && !demonym;
  if (unknown && tokens.length <= MAX_PERSON_WORDS) return [_draft(tokens, _as('person'), false)];
  return parts;
}

/**
 * The known names inside a run of capitalised words, longest first. Two or more words left over
 * between them are classified as a name of their own ("США Энтони Блинкен"); a lone word left
 * over is pending.
 */
function _known(all: readonly Token[], segment: Segment, titled: boolean, lx: Context): Draft[] {
  const tokens = all.slice(segment.from, segment.to);
  const out: Draft[] = [];
  let rest = 0;
  const flush = (end: number) => {
    if (end - rest >= 2 && !titled) {
      const part = {
        ...segment,
        from: segment.from + rest,
        to: segment.from + end,
        role: rest > 0 || segment.role,
      };
      out.push(..._classify(all, part, false, lx));
    } else {
      for (let k = rest; k < end; k++) out.push(_draft(tokens.slice(k, k + 1), _as('person'), true));
    }
  };
  let i = 0;
  while (i < tokens.length) {
    let found: { end: number; entry: KnownEntry } | null = null;
    for (let end = Math.min(tokens.length, i + lx.gazetteer.longest); end > i && !found; end--) {
      const entry = lookupKnown(tokens.slice(i, end), segment, lx);
      if (entry) found = { end, entry };
    }
    if (!found) {
      i++;
      continue;
    }
    flush(i);
    // "Kherson Oblast", "Harvard University": a known name and the word that makes it something else
    const next = tokens[found.end];
    const word = next && !next.caps ? _kind(next.lower, lx) : null;
    if (word) {
      out.push(_draft(tokens.slice(i, found.end + 1), _as(word), false));
      i = found.end + 1;
    } else {
      out.push(_draft(tokens.slice(i, found.end), found.entry, false, lx));
      i = found.end;
    }
    rest = i;
  }
  if (out.length === 0) {
    return tokens.map((token) => _draft([token], _as('person'), true));
  }
  flush(tokens.length);
  return out;
}

/**
 * A sentence's first word that is an adverb ("Nuevamente") or that the article also writes in
 * lower case, in any inflected form ("Самолет" beside "самолета"), unless it is a given name ("Mark") or starts a known name ("New York").
 */
function _isCommonOpener(tokens: readonly Token[], segment: Segment, lx: Context): boolean {
  const head = tokens[0] as Token;
  if (!segment.opens || head.caps || lx.gazetteer.isGivenName(head.text)) return false;
  const written =
    lx.written.has(head.lower) || lx.inflections(head.lower).some((form) => lx.written.has(form));
  if (!written && !lx.isAdverb(head.lower)) return false;
  const longest = Math.min(tokens.length, lx.gazetteer.longest);
  for (let end = 1; end <= longest; end++) if (lookupKnown(tokens.slice(0, end), segment, lx)) return false;
  return true;
}

/** "Russian", "Ukrainian", "British": an adjective made from a country's name, not a name. */
function _isDemonym(token: Token, lx: Context): boolean {
  const { lower } = token;
  if (!DEMONYM.test(lower) || !lx.gazetteer.isCountryStem(lower.slice(0, STEM))) return false;
  // "Iraqi", "Saudi", not "Messi" of "Messico": a bare -i is added to the country's whole name
  return (
    !lower.endsWith('i') ||
    lx.gazetteer.isCountryWord(lower) ||
    lx.gazetteer.isCountryWord(lower.slice(0, -1))
  );
}

/** The region or landmark word right after a city's name, or right before it (maybe with a connector), or null. */
function _region(all: readonly Token[], segment: Segment, lx: Context): string | null {
  const after = all[segment.to];
  const designates = (lower: string) => lx.isRegionWord(lower) || lx.designatorOf(lower) !== null;
  if (after?.joined && !after.upper && designates(after.lower)) return after.text;
  const first = all[segment.from] as Token;
  let at = segment.from - 1;
  if (all[at] && lx.isNameConnector((all[at] as Token).lower) && first.joined) at--;
  const before = all[at];
  const linked = at === segment.from - 1 ? first.joined : first.joined || (all[at + 1] as Token).joined;
  if (before && linked && !before.upper && designates(before.lower.replace(/['’]$/u, ''))) return before.text;
  return null;
}

function _kind(lower: string, lx: Context): EntityType | null {
  if (lx.isOrganizationWord(lower)) return 'organization';
  if (lx.isPlaceWord(lower)) return 'place';
  return null;
}

type Kind = { type: EntityType; ref: null; name: null };

function _as(type: EntityType): Kind {
  return { type, ref: null, name: null };
}

function _draft(tokens: readonly Token[], kind: Kind | KnownEntry, pending: boolean, lx?: Context): Draft {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const words = tokens.map((token) => token.text);
  const draft: Draft = {
    start: first.start,
    end: last.end,
    words,
    type: kind.type,
    ref: kind.ref,
    label: kind.ref ? kind.name : null,
    pending,
  };
  if (!lx || !kind.ref || lx.gazetteer.lookup(words.join(' '))) return draft;
  // "в Москве" names Moscow: the base form that the gazetteer knows
  const head = words.slice(0, -1);
  const base = lx.bases(last.text).find((form) => lx.gazetteer.lookup([...head, form].join(' ')) !== null);
  return base ? { ...draft, base: [...head, base] } : draft;
}
/** A Title Case line ("Starmer Meets Trump At White House"): its function words are capitalised too. */
function _isTitleCase(tokens: readonly Token[], lx: Context): boolean {
  if (lx.capitalizesNouns || tokens.length < MIN_TITLE_WORDS) return false;
  const isFunctional = (token: Token) => !token.opens && lx.isStopword(token.lower);
  // capitalised function words first: most lines have too few to need the others counted
  const upper = tokens.filter((token) => token.upper && isFunctional(token)).length;
  if (upper >= MIN_TITLE_STOPWORDS && upper / tokens.filter(isFunctional).length >= TITLE_CASE) return true;
  // a short headline with every word capitalised, function words included: "Starmer Meets Trump At White House"
  return upper >= 1 && tokens.every((token) => token.upper || !/\p{L}/u.test(token.text));
}
