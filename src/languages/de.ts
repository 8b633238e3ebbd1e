import { createProfile } from './create-profile.js';
import { datelineRule } from './dateline.js';
import { AGENCY, breadcrumb, creditPrefix, rule, SOCIAL, teaserPrefix, wholeLine } from './rules.js';

/** German. */
export const de = createProfile({
  code: 'de',
  name: 'German',
  boilerplate: [
    wholeLine('navigation', [
      'startseite|home|(?:haupt)?menü|navigation|suche|suchen|schließen|(?:direkt )?zum inhalt(?: springen)?',
      'zur navigation|(?:zurück )?nach oben|zum seitenanfang|zurück|(?:neueste|aktuelle|letzte|alle) nachrichten',
      'nachrichten|aktuell|top-?themen|schlagzeilen|ressorts|themen|schlagw(?:orte|örter)|tags',
      'anmelden|einloggen|abmelden|registrieren|mein konto|(?:nächster|vorheriger) artikel|weiter|mehr',
      'kontakt|über uns|sitemap',
    ]),
    breadcrumb(['startseite|home']),
    wholeLine(
      'related_links',
      [
        'lesen sie (?:auch|mehr|dazu(?: auch)?|hier)|(?:auch|ebenfalls) interessant|auch lesenswert',
        '(?:das|dies) könnte sie (?:auch|ebenfalls) interessieren|mehr zum thema|mehr dazu|zum thema',
        'passend zum thema|weitere (?:artikel|nachrichten|meldungen|themen|beiträge)',
        'verwandte (?:artikel|themen|beiträge)|(?:unsere )?empfehlungen|empfohlene (?:artikel|beiträge)',
        'lesetipps?',
      ],
      { opensBlock: true },
    ),
    wholeLine('related_links', [
      'alle anzeigen|mehr (?:anzeigen|laden|lesen|erfahren)|alle artikel|zum artikel|(?:hier )?weiterlesen',
    ]),
    teaserPrefix('related_links', [
      'lesen sie (?:auch|mehr|dazu(?: auch)?|hier)|auch interessant|mehr zum thema|mehr dazu|zum thema',
      'passend zum thema|lesetipp|das könnte sie auch interessieren',
    ]),
    wholeLine('advertisement', [
      'anzeige|werbung|gesponsert|bezahlte partnerschaft|werbefrei lesen|weiter nach der (?:anzeige|werbung)',
      '(?:der )?artikel (?:wird nach der (?:anzeige|werbung) fortgesetzt|geht nach der (?:anzeige|werbung) weiter)',
    ]),
    wholeLine(
      'share_widget',
      [
        `teilen|(?:artikel|beitrag|seite) teilen|(?:auf|bei|via|per) (?:${SOCIAL}) teilen`,
        `teilen (?:auf|bei|via|per) (?:${SOCIAL})|per e-?mail (?:teilen|versenden|senden)`,
        '(?:artikel )?(?:drucken|merken|speichern|verschenken)|link kopier(?:en|t)',
        `artikel (?:anhören|vorlesen)|vorlesen|folgen sie uns(?: auf (?:${SOCIAL}))?`,
      ],
      { counted: true },
    ),
    wholeLine(
      'comments_widget',
      [
        String.raw`kommentare|kommentar(?=\s*[(\[]?\d)|(?:alle )?kommentare (?:anzeigen|lesen|laden|einblenden)`,
        'kommentar (?:schreiben|verfassen)|(?:jetzt )?kommentieren|zu den kommentaren|diskutieren sie mit',
        'meist(?:gelesen|kommentiert|geteilt|gesehen)(?:e artikel|e nachrichten)?|am meisten gelesen',
        'die meistgelesenen artikel|kommentarfunktion (?:geschlossen|deaktiviert)|antworten',
      ],
      { counted: true },
    ),
    creditPrefix(['fotos?|bildquelle|quelle (?:bild|foto)|fotograf(?:ie)?|illustration|grafik']),
    rule(
      'photo_credit',
      `^[(\\[]?bild(?:er)?\\s*:\\s*(?=.{0,120}(?:${AGENCY}|/|\\||privat|archiv|screenshot|pressefoto|symbolbild))`,
    ),
    wholeLine('photo_credit', ['symbolbild|symbolfoto|archivbild|archivfoto']),
    wholeLine('newsletter', [
      'newsletter|(?:jetzt )?(?:newsletter )?(?:abonnieren|bestellen)|zum newsletter(?: anmelden)?',
      'newsletter anmelden|(?:ihre )?e-?mail-?adresse(?: eingeben)?|jetzt anmelden',
    ]),
    rule('newsletter', String.raw`^(?:melden sie sich|abonnieren sie|bestellen sie)\s.{0,120}newsletter`),
    wholeLine('donation', [
      '(?:jetzt )?spenden|spende|unterstützen sie uns|jetzt unterstützen|unterstützen sie unsere arbeit',
      'unterstützen sie (?:unabhängigen|unseren|guten) journalismus|(?:jetzt )?mitglied werden|förderer werden',
    ]),
    rule(
      'donation',
      String.raw`^(?:bitte )?unterstützen sie (?:uns|unseren|unsere|unabhängigen|den|die)\s.{0,160}(?:journalismus|redaktion)`,
    ),
    wholeLine('cookie_notice', [
      '(?:alle )?(?:akzeptieren|ablehnen)|(?:alle )?cookies (?:akzeptieren|ablehnen|zulassen)',
      'akzeptieren und (?:weiter|schließen)|cookie-?einstellungen|cookie-?richtlinie',
      'datenschutz-?einstellungen|einstellungen (?:verwalten|anpassen)|zustimmen(?: und weiter)?',
      'nur (?:notwendige|erforderliche) cookies(?: (?:akzeptieren|zulassen))?',
    ]),
    rule(
      'cookie_notice',
      '^(?:wir (?:verwenden|nutzen|setzen) cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies|(?:diese|unsere) website (?:verwendet|nutzt) cookies)(?=.{0,240}(?:zustimm|akzept|einverstanden|datenschutz|erfahrung|einstellungen|analy|personali|nutzererlebnis|verbessern))',
    ),
    wholeLine('legal', [
      String.raw`(?:(?:©|\(c\)) ?)?alle rechte vorbehalten|impressum|datenschutz(?:erklärung|hinweise)?|agb`,
      'nutzungsbedingungen|allgemeine geschäftsbedingungen|rechtliche hinweise|haftungsausschluss',
      'nachdruck (?:nur mit genehmigung|verboten)',
    ]),
    rule('legal', String.raw`^[^.!?]{1,120}[.,|–—-]\s*alle rechte vorbehalten\.?$`),
    rule('legal', String.raw`^dpa-infocom,\s*dpa:\S+$`),
    datelineRule({
      months:
        'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sept?|okt|nov|dez',
      weekdays: 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so',
      days: 'heute|gestern|vorgestern',
      relative: String.raw`vor (?:\d+|einer?|einem) (?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|gerade eben|soeben`,
      labels:
        'stand|(?:zuletzt )?aktualisiert(?: am| um)?|veröffentlicht(?: am)?|erschienen(?: am)?|erstellt(?: am)?|vom',
      timePrefix: 'um',
      timeSuffix: 'uhr',
    }),
    rule('dateline', String.raw`^(?:lesezeit:?\s*\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s*lesezeit)$`),
  ],
});
