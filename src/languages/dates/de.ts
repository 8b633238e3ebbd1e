import * as chrono from 'chrono-node';
import { type DateVocabulary, forms } from './vocabulary.js';

const parser = chrono.de.casual.clone();
// "morgen" is tomorrow, "am Morgen" the morning: a capital Morgen after a sentence's start is the noun
parser.refiners.unshift({
  refine: (context, results) =>
    results.filter((result) => {
      const word = result.text.trim();
      if (word === 'morgen') return result.start.isCertain('day');
      return word !== 'Morgen' || /(?:^|[.!?:]\s*|\n\s*)$/u.test(context.text.slice(0, result.index));
    }),
});

export const de: DateVocabulary = {
  code: 'de',
  chrono: parser,
  cue: /januar|jänner|februar|märz|april|mai(?!\p{L})|juni|juli|august|september|oktober|november|dezember|(?:jan|feb|apr|aug|sept?|okt|nov|dez)\.|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern|morgen|tagen|woche|monat|jahr/iu,
  months: {
    januar: 1,
    jänner: 1,
    'jan.': 1,
    februar: 2,
    feber: 2,
    'feb.': 2,
    märz: 3,
    april: 4,
    'apr.': 4,
    mai: 5,
    juni: 6,
    juli: 7,
    august: 8,
    'aug.': 8,
    september: 9,
    'sept.': 9,
    'sep.': 9,
    oktober: 10,
    'okt.': 10,
    november: 11,
    'nov.': 11,
    dezember: 12,
    'dez.': 12,
  },
  monthCues: ['im', 'seit', 'bis', 'ab', 'anfang', 'mitte', 'ende'],
  yearCues: [
    'im jahr',
    'im jahre',
    'jahr',
    'jahres',
    'im',
    'bis',
    'seit',
    'ab',
    'von',
    'anfang',
    'mitte',
    'ende',
    'zwischen',
  ],
  rangeJoins: ['bis', 'und', 'oder'],
  weekdays: {
    names: {
      sonntag: 0,
      montag: 1,
      dienstag: 2,
      mittwoch: 3,
      donnerstag: 4,
      freitag: 5,
      samstag: 6,
      sonnabend: 6,
    },
    links: ['am', 'an'],
    shiftsBefore: {
      ...forms(-1, 'vergangenen', 'vergangener', 'letzten', 'letzter', 'vorigen', 'voriger'),
      ...forms(1, 'kommenden', 'kommender', 'nächsten', 'nächster'),
      ...forms(0, 'diesen', 'diesem', 'dieser'),
    },
  },
  relativeYears: {
    'im nächsten jahr': 1,
    'im kommenden jahr': 1,
    'kommendes jahr': 1,
    'in diesem jahr': 0,
    'dieses jahr': 0,
    'im vergangenen jahr': -1,
    'vergangenes jahr': -1,
    'im letzten jahr': -1,
    'letztes jahr': -1,
    'im vorjahr': -1,
  },
};
