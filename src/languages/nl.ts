import { appealRules } from './appeal.js';
import { bylineRule } from './byline.js';
import { createProfile } from './create-profile.js';
import { datelineRule } from './dateline.js';
import {
  breadcrumb,
  creditPrefix,
  rightsTail,
  rule,
  SOCIAL,
  shareBar,
  teaserPrefix,
  wholeLine,
} from './rules.js';

/** Dutch. */
export const nl = createProfile({
  code: 'nl',
  name: 'Dutch',
  boilerplate: [
    wholeLine('navigation', [
      'home|voorpagina|menu|zoeken|sluiten|(?:ga |spring )?naar (?:de )?(?:hoofd)?inhoud|(?:terug )?naar boven',
      'terug|laatste nieuws|net binnen|nieuws|rubrieken|onderwerpen|tags|inloggen|uitloggen|aanmelden',
      'registreren|mijn account|(?:volgend|vorig) artikel|volgende|vorige|meer|contact|over ons|sitemap',
    ]),
    breadcrumb(['home|voorpagina']),
    wholeLine(
      'related_links',
      [
        'lees ook|bekijk ook|meer over (?:dit onderwerp|dit thema)|gerelateerd(?:e artikelen| nieuws)?',
        '(?:ook|misschien ook) interessant|dit vind je (?:misschien )?ook interessant|meer nieuws',
        'aanbevolen(?: artikelen| voor jou)?',
      ],
      { opensBlock: true },
    ),
    wholeLine('related_links', [
      'lees (?:meer|verder|hier meer)|bekijk (?:alles|alle|meer)|toon (?:meer|alles|alle)|meer laden',
      'alle artikelen|lees het hele artikel',
    ]),
    teaserPrefix('related_links', [
      'lees (?:ook|meer)|bekijk ook|ook interessant|gerelateerd|meer over dit onderwerp',
    ]),
    wholeLine('advertisement', [
      'advertentie|advertorial|gesponsord|gesponsorde (?:inhoud|content)|reclame|partnercontent',
      '(?:lees|verder lezen) (?:verder )?na de advertentie|(?:het )?artikel gaat verder (?:onder|na) de advertentie',
    ]),
    wholeLine(
      'share_widget',
      [
        `delen|deel dit(?: artikel| bericht)?|(?:deel|delen) (?:op|via) (?:${SOCIAL})|mail (?:dit )?artikel`,
        'printen|afdrukken|kopieer (?:de )?link|link gekopieerd|bewaren|opslaan',
        `volg ons(?: op (?:${SOCIAL}))?|luister (?:naar )?(?:dit )?artikel`,
      ],
      { counted: true },
    ),
    shareBar(
      'delen|deel(?: dit(?: artikel| bericht)?)?',
      'kopieer (?:de )?link|printen|afdrukken|e-?mail|mail',
    ),
    wholeLine(
      'comments_widget',
      [
        String.raw`reacties|reactie(?=\s*[(\[]?\d)|(?:bekijk|toon|lees) (?:de |alle )?reacties`,
        'plaats een reactie|reageer|reageren|meest (?:gelezen|bekeken|besproken|gedeeld)|best gelezen',
        'beantwoorden',
      ],
      { counted: true },
    ),
    creditPrefix(["foto(?:'s)?|beeld|afbeelding|illustratie|fotografie"]),
    wholeLine('photo_credit', ['archieffoto|(?:foto )?ter illustratie']),
    bylineRule({
      labels: 'door',
      colonLabels: 'tekst|auteur|door|redactie',
      agencyLabels: 'met|bron',
      joiners: 'en|&|met',
      roles: 'correspondent|verslaggever|redacteur',
      at: 'in|uit|te',
      agencies: 'persbureaus',
      notNames: 'de|het|een|deze|dit|onze|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
    }),
    wholeLine('newsletter', [
      'nieuwsbrie(?:f|ven)|newsletter|abonneren|meld je aan|schrijf je in|(?:vul )?(?:je|uw) e-?mailadres(?: in)?',
    ]),
    wholeLine('donation', [
      'doneer(?: nu)?|doneren|steun ons|steun (?:onafhankelijke )?journalistiek|word (?:lid|donateur)',
      '(?:geef|maak) een donatie',
    ]),
    ...appealRules({
      asked: '(?:vond je|vindt u|vond u) (?:dit|het) (?:artikel|stuk) (?:interessant|waardevol)',
      support:
        'steun (?:ons|onze|onafhankelijke|kwaliteitsjournalistiek|de redactie)|word (?:lid|donateur|vriend)',
      subscribe: 'word abonnee|neem (?:nu )?een abonnement|abonneer (?:je|u)',
      cause: 'journalistiek|onze redactie|abonnement',
      price: String.raw`\d+(?:,\d+)? ?euro|eerste maand|per maand`,
      slogans:
        '(?:(?:goede|onafhankelijke) )?(?:kwaliteits)?journalistiek (?:kost geld|is niet gratis|heeft een prijs)',
      signUp: 'schrijf (?:je|u) in|meld (?:je|u) aan|abonneer (?:je|u)|ontvang',
      newsletter: 'nieuwsbrie|newsletter|inbox|mailbox',
      label: 'nieuwsbrief|newsletter',
    }),
    wholeLine('cookie_notice', [
      '(?:alles |alle cookies )?(?:accepteren|weigeren)|akkoord en (?:doorgaan|sluiten)|cookie-?instellingen',
      'cookiebeleid|cookievoorkeuren|(?:instellingen|voorkeuren) (?:aanpassen|beheren)',
      'alleen (?:noodzakelijke|functionele) cookies',
    ]),
    rule(
      'cookie_notice',
      '^(?:wij gebruiken cookies|we gebruiken cookies|deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies)(?=.{0,240}(?:ervaring|toestemming|akkoord|accept|instellingen|privacy|personali|analy|surfgedrag))',
    ),
    wholeLine('legal', [
      String.raw`(?:(?:©|\(c\)) ?)?alle rechten voorbehouden|privacy(?:beleid|verklaring|statement)?`,
      'algemene voorwaarden|gebruiksvoorwaarden|colofon|disclaimer|proclaimer|juridische informatie',
    ]),
    rightsTail('alle rechten voorbehouden'),
    datelineRule({
      months:
        'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec',
      weekdays: 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo',
      days: 'vandaag|gisteren|eergisteren',
      relative: String.raw`(?:\d+|een) (?:seconden?|sec|minuten?|min|uur|u|dagen?|weken?|maanden?|jaar|jaren) geleden|zojuist`,
      labels:
        '(?:laatst )?bijgewerkt(?: op| om)?|gepubliceerd(?: op| om)?|aangepast(?: op| om)?|geplaatst(?: op| om)?|update|op',
      timePrefix: 'om',
      timeSuffix: 'uur|u',
    }),
    rule('dateline', String.raw`^(?:leestijd:?\s*\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s*leestijd)$`),
  ],
});
