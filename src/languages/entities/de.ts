import { designators, type EntityVocabulary, list } from './vocabulary.js';

/**
 * German. Every noun is capitalised, so the word lists skip nouns mostly used in other senses
 * ("Amt", "Dienst", "Front", "Gruppe", "Platz", "Tor", "Berg", "Kreis"), and articles and particles
 * stay out of notNames because they open names ("Die Linke", "Der Spiegel", "von der Leyen").
 * Endings are whole institutions only: "rat", "bank" or "partei" would also match "Vorrat",
 * "Datenbank" and "Regierungspartei", so those are whole words.
 */
export const de: EntityVocabulary = {
  code: 'de',
  capitalizesNouns: true,
  organizationWords: list(
    'ministerium|ministeriums|rat|rates|rats|kommission|agentur|behörde|partei|union|bündnis|allianz|' +
      'koalition|liga|verband|vereinigung|verein|organisation|bewegung|stiftung|institut|instituts|' +
      'universität|hochschule|akademie|klinik|klinikum|museum|bank|fonds|konzern|gesellschaft|holding|ag|' +
      'gmbh|se|kg|werke|parlament|parlaments|versammlung|kongress|senat|kammer|gericht|gerichts|' +
      'gerichtshof|staatsanwaltschaft|regierung|kabinett|armee|streitkräfte|marine|luftwaffe|garde|' +
      'brigade|bataillon|regiment|division|miliz|polizei|geheimdienst|kirche|klub|club|zeitung|rundfunk|' +
      'fernsehen|sender|gewerkschaft|kartell|komitee|ausschuss|sekretariat|botschaft|konsulat',
  ),
  organizationEndings: list(
    'ministerium|ministeriums|kanzleramt|kanzleramts|bundesamt|bundesamts|bundesamtes|landesamt|' +
      'landesamts|landesamtes|gerichtshof|gerichtshofs|gerichtshofes|verfassungsgericht|' +
      'verfassungsgerichts|sicherheitsrat|sicherheitsrats|sicherheitsrates|behörde|stiftung|gruppe|truppe',
  ),
  placeWords: list(
    'gebiet|oblast|region|provinz|bezirk|landkreis|bundesland|rajon|kanton|grafschaft|republik|' +
      'königreich|emirat|insel|inseln|halbinsel|meerenge|bucht|meer|ozean|see|fluss|kanal|küste|' +
      'kap|gebirge|tal|hochebene|wüste|wald|delta|abtei|kloster|dom|kathedrale|basilika|moschee|tempel|' +
      'synagoge|palast|schloss|burg|festung|turm|straße|strasse|allee|brücke|tunnel|flughafen|hafen|' +
      'bahnhof|hauptbahnhof|stadion|arena|viertel|stadtteil|korridor',
  ),
  placePrepositions: list('in|nach|aus|bei|nahe|unweit|nördlich|südlich|östlich|westlich'),
  notNames: list(
    'gestern|heute|morgen|vorgestern|übermorgen|jetzt|nun|bereits|schon|noch|immer|inzwischen|' +
      'mittlerweile|derzeit|zuletzt|zunächst|zuvor|danach|dann|damals|später|bald|dort|hier|dabei|' +
      'dazu|darauf|daraufhin|damit|dafür|dagegen|deshalb|deswegen|daher|darum|trotzdem|dennoch|jedoch|' +
      'allerdings|außerdem|zudem|ebenfalls|auch|sogar|nur|erst|aber|und|oder|denn|sondern|doch|sowie|' +
      'weil|wenn|als|ob|obwohl|während|nachdem|bevor|seit|seitdem|sobald|falls|dass|wie|wo|wer|was|' +
      'warum|wieso|weshalb|wann|wohin|woher|hingegen|stattdessen|vielmehr|zwar|eigentlich|offenbar|' +
      'vermutlich|wahrscheinlich|möglicherweise|angeblich|tatsächlich|insgesamt|schließlich|' +
      'anschließend|letztlich|ebenso|gleichzeitig|zugleich|unterdessen|indes|immerhin|jedenfalls|somit|' +
      'also|so|sonst|bislang|bisher|künftig|demnach|angesichts|trotz|wegen|statt|ohne|gegen|durch|um|' +
      'ab|bis|zwischen|neben|hinter|innerhalb|außerhalb|unter|in|im|am|an|auf|aus|bei|beim|mit|nach|vom|' +
      'zum|zur|für|über|vor|gegenüber|ins|ich|er|sie|es|wir|ihr|man|mich|mir|dich|dir|ihn|ihm|uns|' +
      'euch|ihnen|sich|dies|dieser|diese|dieses|diesem|diesen|alle|viele|einige|manche|mehrere|beide|' +
      'jeder|jede|jedes|kein|keine|keiner|niemand|jemand|nichts|etwas|mein|meine|sein|seine|ihre|unser|' +
      'unsere|welche|welcher|welches|ja|nein|nicht|bitte|montag|dienstag|mittwoch|donnerstag|freitag|' +
      'samstag|sonnabend|sonntag|januar|jänner|februar|märz|april|mai|juni|juli|august|september|' +
      'oktober|november|dezember|live|liveticker|liveblog|newsblog|ticker|eilmeldung|update|video|videos|' +
      'fotos|bilder|bildergalerie|galerie|podcast|exklusiv|analyse|kommentar|meinung|leitartikel|' +
      'interview|hintergrund|faktencheck|überblick',
  ),
  // Genitive: "Selenskyjs" → "Selenskyj", "Bundestages" → "Bundestag".
  nameEndings: [
    ['es', ''],
    ['s', ''],
  ],
  adjectiveEndings: [],
  aliasWords: list('spitzname|spitznamen|alias|pseudonym|kampfname|kampfnamen|rufname|rufnamen'),
  adverbEndings: [],
  ordinalDot: true,
  placeConnectors: list('am|an|der|ob'),
  nameConnectors: list('für|der|des'),
  regionWords: list('region|provinz|oblast|gebiet|bezirk|fluss|see|kreis|landkreis'),
  designators: designators({
    region: 'region|provinz|oblast|gebiet|bezirk',
    river: 'fluss',
    abbey: 'abtei',
    palace: 'palast',
    castle: 'schloss|burg',
    dam: 'staudamm|damm',
  }),
};
