import { appealRules } from './appeal.js';
import { bylineRule, personName } from './byline.js';
import { createProfile } from './create-profile.js';
import { datelineRule } from './dateline.js';
import {
  AGENCY,
  breadcrumb,
  casedRule,
  caseless,
  creditPrefix,
  rightsTail,
  rule,
  SOCIAL,
  shareBar,
  teaserPrefix,
  wholeLine,
} from './rules.js';

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
    shareBar(
      '(?:artikel |beitrag )?teilen|teilen sie (?:diesen artikel|das)',
      'link kopieren|drucken|merken|e-?mail|mail',
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
    casedRule(
      'photo_credit',
      `^[(\\[]?(?:${caseless('bild(?:er)?|bildnachweis')})\\s*:\\s*(?:[\\p{L}\\p{N}&+-]{1,30}|${personName()})[)\\]]?$`,
    ),
    wholeLine('photo_credit', ['symbolbild|symbolfoto|archivbild|archivfoto']),
    bylineRule({
      labels: '(?:text|ein (?:bericht|kommentar|interview|gastbeitrag)) von|von',
      colonLabels:
        'texte?(?: und (?:interview|fotos?))?|fotos?|autor(?:in|en)?|von|recherche|mitarbeit|interview',
      agencyLabels: 'mit material (?:von|der|aus)|mit|quelle',
      joiners: 'und|&|mit',
      roles: String.raw`[\p{L}-]*(?:korrespondent|redakteur|reporter)(?:in)?`,
      at: 'in|aus',
      agencies: '(?:nachrichten)?agenturen',
      notNames:
        'der|die|das|dem|den|des|eine?[mnrs]?|und|im|am|zum|zur|heute|morgen|gestern|(?:mon|diens|donners|sams|sonn)tag|mittwoch|freitag',
    }),
    wholeLine('newsletter', [
      'newsletter|(?:jetzt )?(?:newsletter )?(?:abonnieren|bestellen)|zum newsletter(?: anmelden)?',
      'newsletter anmelden|(?:ihre )?e-?mail-?adresse(?: eingeben)?|jetzt anmelden',
    ]),
    wholeLine('donation', [
      '(?:jetzt )?spenden|spende|unterstützen sie uns|jetzt unterstützen|unterstützen sie unsere arbeit',
      'unterstützen sie (?:unabhängigen|unseren|guten) journalismus|(?:jetzt )?mitglied werden|förderer werden',
    ]),
    rule(
      'donation',
      String.raw`^(?:bitte )?unterstützen sie (?:uns|unseren|unsere|unabhängigen|den|die)\s.{0,160}(?:journalismus|redaktion)`,
    ),
    ...appealRules({
      asked: 'hat ihnen (?:dieser|der) artikel gefallen|gefällt ihnen (?:dieser|unser) artikel',
      support: '(?:bitte )?unterstützen sie|unterstütze|werden sie (?:mitglied|unterstützer(?:in)?|förderer)',
      subscribe:
        'werden sie abonnent(?:in)?|abonnieren sie|(?:jetzt )?(?:digital-?)?abo (?:abschließen|sichern)|testen sie',
      cause: 'journalismus|(?:digital-?)?abo(?:nnement)?(?![a-zäöüß])|redaktion',
      price: String.raw`\d+(?:,\d+)? ?euro|im ersten monat|pro monat|monatlich`,
      slogans:
        '(?:(?:unabhängiger|guter|kritischer|freier) )?(?:qualitäts)?journalismus (?:kostet geld|ist nicht umsonst|hat seinen preis)',
      signUp:
        'melden sie sich|abonnieren sie|bestellen sie|(?:jetzt )?(?:kostenlos )?(?:anmelden|abonnieren|bestellen)',
      newsletter: 'newsletter|(?:e-?mail-?)?postfach',
      label: 'newsletter',
    }),
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
    rightsTail('alle rechte vorbehalten|nachdruck verboten'),
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
