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

/** Italian. */
export const it = createProfile({
  code: 'it',
  name: 'Italian',
  boilerplate: [
    wholeLine('navigation', [
      "home(?: ?page)?|menu|cerca|chiudi|(?:vai|salta) al contenuto(?: principale)?|torna su|torna all'inizio",
      "ultime notizie|ultim'ora|ultima ora|notizie|sezioni|argomenti|tag|accedi|login|esci|registrati",
      'il mio (?:account|profilo)|(?:articolo )?(?:successivo|precedente)|altro|contatti|chi siamo',
      'mappa del sito|(?:in )?diretta',
    ]),
    breadcrumb(['home']),
    wholeLine(
      'related_links',
      [
        'leggi anche|(?:ti )?potrebbe(?:ro)? interessarti(?: anche)?|ti potrebbe interessare|vedi anche',
        '(?:articoli|notizie|contenuti) correlat[ie]|correlat[ie]|approfondiment[oi]|approfondisci',
        'consigliati(?: per te)?|da non perdere|altre notizie',
      ],
      { opensBlock: true },
    ),
    wholeLine('related_links', [
      "leggi (?:di più|tutto|altro|l'articolo)|vedi (?:tutti|tutte|tutto|altro|di più)",
      'mostra (?:di più|altro|tutti)|continua a leggere|carica altri|scopri di più',
    ]),
    teaserPrefix('related_links', [
      'leggi anche|vedi anche|approfondisci|(?:ti )?potrebbe interessarti|correlat[oaie]',
    ]),
    wholeLine('advertisement', [
      'pubblicità|annuncio|(?:contenuto )?sponsorizzato|contenuto (?:pubblicitario|promozionale|a pagamento)',
      "informazione pubblicitaria|(?:l'articolo )?continua (?:sotto|dopo la pubblicità)",
    ]),
    wholeLine(
      'share_widget',
      [
        `condividi|condividi (?:questo articolo|l'articolo)|condividi (?:su|via|con|tramite) (?:${SOCIAL})`,
        'invia per e-?mail|stampa|copia (?:il )?link|link copiato|salva',
        `ascolta (?:l'articolo|questo articolo)|regala (?:questo articolo|l'articolo)|seguici(?: su (?:${SOCIAL}))?`,
      ],
      { counted: true },
    ),
    shareBar("condividi(?: questo articolo| l'articolo)?", 'copia (?:il )?link|stampa|posta|e-?mail'),
    wholeLine(
      'comments_widget',
      [
        String.raw`commenti|commento(?=\s*[(\[]?\d)|(?:vedi|mostra|leggi) (?:i |tutti i )?commenti`,
        'lascia un commento|commenta|(?:i )?più (?:letti|lette|commentati|visti|viste|condivisi)',
        '(?:gli )?articoli più letti|rispondi',
      ],
      { counted: true },
    ),
    creditPrefix(['fotos?|fotografia|immagin[ei]|credits?|crediti|illustrazione']),
    wholeLine('photo_credit', ["(?:foto|immagine) (?:d'archivio|di repertorio|generica)"]),
    shortCredit('ph'),
    bylineRule({
      labels: 'a cura di|di',
      colonLabels: 'testo|autore|autrice|di',
      agencyLabels: 'con|fonte',
      joiners: 'e|con',
      roles: 'inviat[oa](?: speciale)?|corrispondente|giornalista',
      at: 'a|da|in',
      agencies: 'agenzie',
      notNames:
        'il|lo|la|i|gli|le|una?|uno|questo|questa|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica',
    }),
    wholeLine('newsletter', [
      'newsletters?|iscriviti(?: ora)?|abbonati(?: ora)?|abbonamento|(?:inserisci )?la tua e-?mail',
      'registrati alla newsletter',
    ]),
    wholeLine('donation', [
      'sostienici|fai una donazione|dona(?: ora)?|donazione|diventa (?:socio|sostenitore)',
      "sostieni (?:il nostro |il )?giornalismo(?: indipendente)?|sostieni (?:la nostra |l')informazione(?: indipendente)?",
    ]),
    ...appealRules({
      asked: "(?:ti è piaciuto|hai apprezzato) (?:questo articolo|l['’]articolo)",
      support: 'sostienici|sostieni|contribuisci|diventa (?:socia?|sostenit(?:ore|rice)|membro)',
      subscribe: 'abbonati (?:ora|subito|oggi)|diventa abbonat[oa]',
      cause: 'giornalismo|informazione (?:libera|indipendente|di qualità)|la nostra redazione|abbonamento',
      price: String.raw`\d+(?:,\d+)? ?euro|primo mese|al mese`,
      slogans:
        "(?:il )?giornalismo(?: indipendente| libero| di qualità)? (?:costa|ha un costo|non è gratis)|l['’]informazione (?:libera |di qualità )?ha un costo",
      signUp: 'iscriviti|registrati|ricevi|abbonati',
      newsletter: 'newsletters?|casella (?:di posta|e-?mail)',
      label: 'newsletter',
    }),
    wholeLine('cookie_notice', [
      'accetta(?: tutti| tutto| i cookie| e (?:chiudi|continua))?|rifiuta(?: tutti| tutto| i cookie)?',
      'gestisci (?:i cookie|le preferenze|preferenze)|(?:impostazioni|preferenze) (?:dei )?cookie|personalizza',
    ]),
    rule(
      'cookie_notice',
      '^(?:(?:noi )?utilizziamo (?:i )?cookie|usiamo (?:i )?cookie|questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie)(?=.{0,240}(?:esperienza|consenso|accett|rifiut|impostazion|privacy|personalizz|navigazione|informativa))',
    ),
    wholeLine('legal', [
      String.raw`(?:(?:©|\(c\)) ?)?(?:tutti i diritti riservati|riproduzione riservata)|note legali`,
      "informativa (?:sulla )?privacy|privacy(?: policy)?|termini e condizioni|condizioni (?:d'uso|di utilizzo)",
      'termini di (?:servizio|utilizzo)',
    ]),
    rightsTail('tutti i diritti riservati|riproduzione riservata'),
    rule(
      'legal',
      String.raw`^(?:.{0,100}[\s,.|–—-])?p\.?\s?iva:?\s*(?:it)?\s?\d{11}(?:[\s,.|–—-].{0,100})?$`,
    ),
    datelineRule({
      months:
        'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|genn?|febb?|mar|apr|magg?|giu|lug|ago|sett?|ott|nov|dic',
      weekdays:
        'lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|lun|mar|mer|gio|ven|sab|dom',
      days: "oggi|ieri|l['’]altro ieri",
      relative: String.raw`(?:\d+|un|una) (?:secondi?|minuti?|min|ore|ora|h|giorni?|settimane?|mes[ei]|anni?) fa|poco fa`,
      labels:
        'aggiornato(?: il| alle)?|(?:ultimo )?aggiornamento|pubblicato(?: il| alle)?|modificato(?: il)?|il',
      timePrefix: 'alle ore|alle|ore',
    }),
    rule(
      'dateline',
      String.raw`^(?:(?:tempo di )?lettura:?\s*\d+\s*min(?:uti)?|\d+\s*min(?:uti)? di lettura)$`,
    ),
  ],
});
