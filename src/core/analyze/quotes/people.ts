import type { Lexicon } from './compile.js';
import { hasRole, nameOf, runFrom, speakerAfter } from './names.js';
import { endsSentence, type TextWords, type Word } from './words.js';

interface Named {
  start: number;
  end: number;
}

/**
 * The people an article names, for resolving "er sagte" to the last one named before it:
 * names after a role ("NATO-Generalsekretär Mark Rutte"), sentence-opening two- or three-word
 * names followed by a lower-case word ("Mark Rutte traf …"), and speakers already attributed.
 */
export class People {
  private found: Named[] | undefined;
  private readonly speakers: Named[] = [];

  constructor(
    private readonly words: TextWords,
    private readonly lx: Lexicon,
  ) {}

  /** Records a speaker named at a quote, keeping the list in text order. */
  add(name: Named): void {
    let at = this.speakers.length;
    while (at > 0 && (this.speakers[at - 1] as Named).start > name.start) at--;
    this.speakers.splice(at, 0, name);
  }

  /** The last person named before the offset, or null. */
  lastBefore(offset: number): Named | null {
    const found = _lastBefore(this._all(), offset);
    const spoken = _lastBefore(this.speakers, offset);
    if (!found) return spoken;
    return !spoken || found.start > spoken.start ? found : spoken;
  }

  /** Whether the name's last word is the last word of a person named anywhere in the text. */
  knows(name: Named): boolean {
    const surname = _lastWord(this.words.text.slice(name.start, name.end));
    return [...this._all(), ...this.speakers].some(
      (person) => _lastWord(this.words.text.slice(person.start, person.end)) === surname,
    );
  }

  private _all(): Named[] {
    if (this.found) return this.found;
    const found: Named[] = [];
    for (let start = 0; start >= 0; ) {
      found.push(..._findPeople(this.words.paragraph(start), this.lx));
      const next = this.words.text.indexOf('\n', start);
      start = next < 0 ? -1 : next + 1;
    }
    this.found = found;
    return found;
  }
}

/** People named in one paragraph's words. */
function _findPeople(words: readonly Word[], lx: Lexicon): Named[] {
  const people: Named[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (word.upper) {
      const end = runFrom(words, i, lx);
      const next = words[end];
      const opening = (i === 0 || endsSentence(words, i, lx.isAbbreviation)) && _mayOpenName(word, lx);
      const named =
        hasRole(words, i, end, lx) || (opening && end - i >= 2 && end - i <= 3 && next && !next.upper);
      const name = named ? nameOf(words, i, end, lx) : null;
      if (name?.kind === 'name') people.push(name);
      i = end - 1;
    } else if (lx.isRole(word)) {
      const found = speakerAfter(words, i, lx, false);
      if (found?.mention.kind === 'name') {
        people.push(found.mention);
        i = found.end - 1;
      }
    }
  }
  return people;
}

function _mayOpenName(word: Word, lx: Lexicon): boolean {
  return !lx.isDeterminer(word) && !lx.isNotName(word) && !lx.isPronoun(word) && !lx.isRole(word);
}

/** The last item ending at or before the offset (items are in text order). */
function _lastBefore(items: readonly Named[], offset: number): Named | null {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as Named).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1] ?? null;
}

function _lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}
