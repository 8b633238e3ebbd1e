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
  shortCredit,
  teaserPrefix,
  wholeLine,
} from './rules.js';

/** French. */
export const fr = createProfile({
  code: 'fr',
  name: 'French',
  boilerplate: [
    wholeLine('navigation', [
      "accueil|page d'accueil|menu|rechercher|recherche|fermer|(?:aller|passer) au contenu(?: principal)?",
      'retour en haut(?: de (?:la )?page)?|haut de page|retour|dernières (?:actualités|actus|infos|nouvelles)',
      "(?:toute l')?actualités?|[àa] la une|en direct|rubriques|thèmes|mots-clés|tags|se connecter",
      'connexion|déconnexion|mon compte|(?:article )?(?:suivant|précédent)|plus|contact(?:ez-nous)?',
      'qui sommes-nous|plan du site',
    ]),
    breadcrumb(['accueil']),
    wholeLine(
      'related_links',
      [
        '[àa] lire (?:aussi|également|ensuite)|lire (?:aussi|également)|sur le même (?:sujet|thème)',
        'articles? (?:similaires|liés|associés|recommandés)|voir aussi|ces articles peuvent vous intéresser',
        'vous (?:aimerez|pourriez aimer) aussi|[àa] découvrir(?: aussi)?|[àa] voir (?:aussi|également)',
        'pour aller plus loin|nos (?:articles|recommandations)|sélectionné pour vous',
      ],
      { opensBlock: true },
    ),
    wholeLine('related_links', [
      "voir (?:tout|tous|toutes|plus)|tout voir|lire (?:la suite|plus)|en savoir plus|lire l'article",
      '(?:afficher|charger) plus',
    ]),
    teaserPrefix('related_links', [
      '[àa] lire (?:aussi|également)|lire (?:aussi|également)|voir aussi|sur le même sujet',
      '[àa] voir(?: aussi| également)?',
    ]),
    rule('related_links', String.raw`^(?:[àa] )?lire aussi\.\s+\S`),
    wholeLine('advertisement', [
      'publicité|pub|annonce|contenu (?:sponsorisé|partenaire|de marque)|sponsorisé|publi-?rédactionnel',
      "(?:la )?suite (?:de l'article )?après (?:cette |la )?(?:publicité|pub)",
      "lire la suite après (?:cette |la )?publicité|l'article continue (?:ci-dessous|après la publicité)",
    ]),
    wholeLine(
      'share_widget',
      [
        `partager|partager (?:cet |l')article|partager (?:sur|par|via) (?:${SOCIAL})|envoyer par e-?mail`,
        "imprimer|copier le lien|lien copié|sauvegarder|enregistrer(?: l'article)?",
        `écouter (?:cet |l')article|offrir (?:cet |l')article|suivez-nous(?: sur (?:${SOCIAL}))?`,
      ],
      { counted: true },
    ),
    shareBar(
      "partager|partagez(?: cet article)?|partager (?:cet |l')article",
      'copier le lien|imprimer|courriel|e-?mail|mail',
    ),
    wholeLine(
      'comments_widget',
      [
        String.raw`commentaires|commentaire(?=\s*[(\[]?\d)|(?:voir|afficher|lire) (?:les |tous les )?commentaires`,
        'réagi(?:r|ssez)|(?:laisser|ajouter) un commentaire|les plus (?:lus|commentés|partagés|populaires)',
        '(?:les )?articles les plus lus|répondre',
      ],
      { counted: true },
    ),
    creditPrefix(['photos?|crédits? photos?|crédits?|illustration|image']),
    wholeLine('photo_credit', ["(?:photo|image) d'(?:illustration|archives?)"]),
    shortCredit('visuel'),
    bylineRule({
      labels: '(?:propos recueillis|rédigé|édité|écrit) par|par',
      colonLabels: 'textes?|auteure?|autrice|reportage',
      agencyLabels: 'avec|source',
      joiners: 'et|avec|&',
      roles: 'envoyée? spéciale?|correspondante?|journaliste|rédact(?:eur|rice)',
      at: 'à|au|aux|en',
      agencies: 'agences',
      notNames:
        'les?|la|une?|des|du|ce|cette|ces|mon|ma|nos|votre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
    }),
    wholeLine('newsletter', [
      "newsletters?|lettre d'information|s'abonner|abonnez-vous|je m'abonne|s'inscrire|inscrivez-vous",
      "je m'inscris|votre (?:adresse )?e-?mail|votre adresse (?:e-)?mail|merci pour votre inscription",
    ]),
    wholeLine('donation', [
      'faire un don|faites un don|je fais un don|soutenez-nous|nous soutenir|devenir (?:membre|donateur)',
      'soutenez (?:notre|le) journalisme|soutenez (?:une )?(?:presse|information) (?:libre|indépendante)',
    ]),
    ...appealRules({
      asked: 'cet article vous a (?:intéressée?|plu)|vous avez aimé cet article',
      support: 'soutenez|aidez-nous|faites un don|devenez (?:membre|donat(?:eur|rice))|rejoignez-nous',
      subscribe: 'abonnez-vous|devenez abonnée?',
      cause:
        '(?:journalisme|information|presse|médias?) (?:libres?|indépendante?s?|de qualité)|notre (?:rédaction|journal|travail)|abonnement',
      price: String.raw`\d+(?:,\d+)? ?euros?|premier mois|par mois`,
      slogans:
        "(?:l['’]information|le journalisme)(?: libre| indépendante?| de qualité)? (?:a un (?:coût|prix)|n['’]est pas gratuite?)",
      signUp: "inscrivez-vous|abonnez-vous|recevez|s['’]abonner|s['’]inscrire",
      newsletter: "newsletters?|lettres? d['’]information|boîte (?:mail|e-?mail|de réception)",
      label: 'newsletter',
    }),
    wholeLine('cookie_notice', [
      'tout (?:accepter|refuser)|(?:accepter|refuser)(?: tout| les cookies| et (?:fermer|continuer))?',
      'continuer sans accepter|paramétrer (?:les )?cookies|paramètres (?:des )?cookies',
      'gérer (?:les |mes )?(?:cookies|préférences|choix)|personnaliser',
    ]),
    rule(
      'cookie_notice',
      '^(?:nous utilisons des cookies|ce site (?:web )?utilise des cookies|nos partenaires et nous utilisons)(?=.{0,240}(?:expérience|consentement|accept|refus|paramètr|confidentialit|personnalis|audience|navigation))',
    ),
    wholeLine('legal', [
      String.raw`(?:(?:©|\(c\)) ?)?tous droits réservés|mentions légales|politique de confidentialité`,
      "confidentialité|conditions générales(?: d'utilisation| de vente)?|cgu|cgv|reproduction interdite",
    ]),
    rightsTail('tous droits réservés|reproduction interdite'),
    datelineRule({
      months:
        'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|fév|avr|juil|sept|oct|nov|déc|dec',
      weekdays: 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
      days: "aujourd['’]hui|hier|avant-hier",
      relative: String.raw`il y a (?:\d+|une?) (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)|à l['’]instant`,
      labels:
        'publié(?: le| à)?|mis à jour(?: le| à)?|mise à jour(?: le| à)?|modifié(?: le| à)?|actualisé(?: le| à)?|le',
      ordinal: String.raw`er|\.`,
      timePrefix: 'à',
      timeSuffix: 'h|heures?',
    }),
    rule(
      'dateline',
      String.raw`^(?:temps de lecture\s*:?\s*\d+\s*min(?:utes?)?|lecture\s*:?\s*\d+\s*min(?:utes?)?|\d+\s*min(?:utes?)? de lecture)$`,
    ),
  ],
});
