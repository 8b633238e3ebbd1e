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

const ON_SOCIAL = String.raw`(?:na|w|przez) (?:${SOCIAL})\p{L}{0,3}`;

/** Polish. @orama/stemmers has no Polish stemmer, so stems are the words themselves. */
export const pl = createProfile({
  code: 'pl',
  name: 'Polish',
  boilerplate: [
    wholeLine('navigation', [
      'strona główna|menu|(?:wy)?szukaj|zamknij|przejdź do (?:głównej )?(?:treści|zawartości|nawigacji)',
      'do góry|na górę|wróć(?: na górę)?|powrót(?: na górę)?|najnowsze(?: wiadomości| informacje)?',
      'wiadomości|z ostatniej chwili|działy|tematy|tagi|zaloguj(?: się)?|wyloguj(?: się)?|zarejestruj(?: się)?',
      'moje konto|(?:następny|poprzedni)(?: artykuł)?|dalej|więcej|kontakt|o nas|mapa strony|na żywo',
    ]),
    breadcrumb(['strona główna']),
    wholeLine(
      'related_links',
      [
        '(?:prze)?czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|polecane(?: artykuły)?',
        'powiązane(?: artykuły| tematy| treści)?|podobne (?:artykuły|tematy)|rekomendowane|nie przegap',
        '(?:to (?:też|również) )?może (?:cię|was) (?:też |również )?zainteresować|warto przeczytać',
        'więcej na (?:ten )?temat|więcej wiadomości',
      ],
      { opensBlock: true },
    ),
    wholeLine('related_links', [
      'czytaj (?:więcej|dalej)|zobacz (?:więcej|wszystkie|wszystko)|pokaż (?:więcej|wszystkie)',
      '(?:załaduj|wczytaj) więcej|więcej informacji|czytaj cały artykuł',
    ]),
    teaserPrefix('related_links', [
      'czytaj (?:też|także|również|więcej)|przeczytaj (?:też|także|również)|zobacz (?:też|także|również)',
      'polecamy|więcej na ten temat|warto przeczytać',
    ]),
    wholeLine('advertisement', [
      'reklama|materiał (?:sponsorowany|promocyjny|partnera|reklamowy)|artykuł sponsorowany',
      'treść sponsorowana|sponsorowane|artykuł (?:jest )?kontynuowany (?:pod|poniżej) reklamą',
      'dalsza część (?:artykułu|tekstu) (?:pod|poniżej) (?:reklamą|materiałem wideo)',
    ]),
    wholeLine(
      'share_widget',
      [
        `udostępnij(?: (?:ten )?artykuł)?|udostępnij ${ON_SOCIAL}|podziel się(?: ${ON_SOCIAL})?`,
        'wyślij e-?mailem|(?:wy)?drukuj|(?:s)?kopiuj link|link skopiowany|zapisz',
        `obserwuj nas(?: ${ON_SOCIAL})?|posłuchaj artykułu|odsłuchaj artykuł`,
      ],
      { counted: true },
    ),
    shareBar('udostępnij(?: (?:ten )?artykuł)?|podziel się', '(?:s)?kopiuj link|drukuj|e-?mail'),
    wholeLine(
      'comments_widget',
      [
        String.raw`komentarze|komentarz(?=\s*[(\[]?\d)|(?:zobacz|pokaż|czytaj) (?:wszystkie )?komentarze`,
        'dodaj komentarz|(?:s)?komentuj|najczęściej (?:czytane|komentowane|oglądane)|najpopularniejsze',
        'najchętniej czytane|odpowiedz',
      ],
      { counted: true },
    ),
    creditPrefix(['fot\\.|foto|zdjęci[ea]|źródło (?:zdjęcia|zdjęć|foto)|ilustracja|grafika']),
    rule('photo_credit', String.raw`^[(\[]?fot\.\s*\p{L}[^.!?]{0,100}$`),
    wholeLine('photo_credit', ['zdjęcie (?:ilustracyjne|archiwalne)']),
    bylineRule({
      labels: String.raw`oprac\.|opr\.`,
      colonLabels: 'autor(?:ka|zy)?|tekst|opracowanie|oprac\\.?',
      agencyLabels: 'na podstawie|za',
      joiners: 'i|oraz',
      roles: 'korespondent(?:ka)?|dziennikar(?:z|ka)|reporter(?:ka)?|specjaln(?:y|a) wysłanni(?:k|czka)',
      at: 'we?|ze?',
      agencies: 'agencje',
    }),
    wholeLine('newsletter', [
      'newsletter|zapisz się(?: teraz)?|subskrybuj|subskrypcja|zamów newsletter',
      '(?:podaj )?(?:twój|swój) (?:adres )?e-?mail|adres e-?mail',
    ]),
    wholeLine('donation', [
      '(?:wesprzyj|wspieraj)(?: nas)?|wesprzyj (?:niezależne |nasze )?dziennikarstwo|przekaż (?:darowiznę|wsparcie)',
      'zostań (?:patronem|darczyńcą)|wpłać darowiznę',
    ]),
    ...appealRules({
      asked: 'podobał (?:ci|wam) się (?:ten )?(?:artykuł|tekst)',
      support: 'wesprzyj|wspieraj|zostań darczyńcą',
      subscribe:
        'zostań (?:patron(?:em|ką)|subskrybent(?:em|ką)|prenumerator(?:em|ką))|(?:wykup|kup|zamów) (?:subskrypcję|prenumeratę|abonament)',
      cause: String.raw`dziennikarstw|niezależn\S* (?:media|mediów)|redakcj|prenumerat|subskrypc`,
      price: String.raw`\d+(?:,\d+)? ?(?:zł|złotych)|pierwszy miesiąc|miesięcznie|za miesiąc`,
      slogans:
        '(?:(?:niezależne|rzetelne|dobre) )?dziennikarstwo (?:kosztuje|nie jest za darmo|ma swoją cenę)',
      signUp: 'zapisz się|subskrybuj|zamów|otrzymuj',
      newsletter: 'newslett|skrzynk',
      label: 'newsletter',
    }),
    wholeLine('cookie_notice', [
      '(?:za)?akceptuj(?: wszystkie)?|odrzuć(?: wszystkie)?|ustawienia (?:plików )?cookies?|ustawienia prywatności',
      'zarządzaj (?:ustawieniami|zgodami|cookies)|polityka (?:plików )?cookies?|przejdź do serwisu',
    ]),
    rule(
      'cookie_notice',
      '^(?:używamy (?:plików )?cookies?|(?:ta strona|(?:nasz )?serwis) (?:używa|wykorzystuje) (?:plik(?:i|ów) )?cookies?)(?=.{0,240}(?:zgod|akcept|ustawie|prywatno|przeglądar|personaliz|analiz|doświadcze))',
    ),
    wholeLine('legal', [
      String.raw`(?:(?:©|\(c\)) ?)?wszelkie prawa zastrzeżone|polityka prywatności|regulamin(?: serwisu)?`,
      'nota prawna|informacje prawne|prywatność|warunki korzystania(?: z serwisu)?',
    ]),
    rightsTail('wszelkie prawa zastrzeżone'),
    datelineRule({
      months:
        'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|sty|lut|mar|kwi|cze|lip|sie|wrz|paź|lis|gru',
      weekdays: 'poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pon|wt|śr|czw|pt|sob|niedz?',
      days: 'dzisiaj|dziś|wczoraj|przedwczoraj',
      relative: String.raw`(?:\d+|jedną|jeden) (?:sekund[ęy]?|minut[ęy]?|min\.?|godzin[ęy]?|godz\.|h|dni|dzień|tygodni[ea]?|tydzień|miesiąc[ea]?|miesięcy|lata?|rok) temu|przed chwilą`,
      labels:
        'aktualizacja|(?:za)?aktualizowano|opublikowano|publikacja|data (?:publikacji|aktualizacji)|dodano|data',
      yearSuffix: String.raw`r\.?|roku`,
      timePrefix: String.raw`o godz\.|godz\.|o`,
    }),
    rule(
      'dateline',
      String.raw`^(?:czas czytania:?\s*\d+\s*min(?:uty|ut|\.)?|\d+\s*min(?:uty|ut|\.)? czytania)$`,
    ),
  ],
});
