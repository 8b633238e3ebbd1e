import { designators, type EntityVocabulary, list } from './vocabulary.js';

/**
 * Polish. Left out on purpose: "po" (the party PO), "kim" (Kim Jong Un) and "maja" (the given
 * name Maja) from notNames; "las" (Las Vegas), "park" and "federacja" (Federacja Rosyjska) from
 * the place and organisation words.
 */
export const pl: EntityVocabulary = {
  code: 'pl',
  capitalizesNouns: false,
  organizationWords: list(
    'ministerstwo|ministerstwa|ministerstwie|ministerstwu|ministerstwem|rada|rady|radzie|radę|radą|' +
      'komisja|komisji|komisję|komisją|komitet|komitetu|komitecie|komitetem|agencja|agencji|agencję|' +
      'agencją|służba|służby|służbie|służbę|służbą|urząd|urzędu|urzędzie|urzędem|inspekcja|inspekcji|' +
      'zarząd|zarządu|kancelaria|kancelarii|rząd|rządu|rządzie|rządem|parlament|parlamentu|parlamencie|' +
      'parlamentem|sejm|sejmu|sejmie|senat|senatu|senacie|kongres|kongresu|kongresie|izba|izby|izbie|' +
      'zgromadzenie|zgromadzenia|zgromadzeniu|partia|partii|partię|partią|unia|unii|unię|unią|związek|' +
      'związku|związkiem|sojusz|sojuszu|blok|bloku|koalicja|koalicji|koalicję|ruch|ruchu|front|frontu|' +
      'organizacja|organizacji|organizację|stowarzyszenie|stowarzyszenia|fundacja|fundacji|fundusz|' +
      'funduszu|bank|banku|bankiem|sąd|sądu|sądzie|sądem|trybunał|trybunału|trybunale|prokuratura|' +
      'prokuratury|prokuraturze|policja|policji|policję|straż|straży|armia|armii|armię|wojsko|wojska|' +
      'wojsku|siły|sił|siłach|siłami|gwardia|gwardii|flota|floty|brygada|brygady|pułk|pułku|dywizja|' +
      'dywizji|batalion|batalionu|grupa|grupy|grupie|grupę|grupą|spółka|spółki|spółce|koncern|koncernu|' +
      'holding|korporacja|korporacji|uniwersytet|uniwersytetu|uniwersytecie|instytut|instytutu|' +
      'instytucie|akademia|akademii|politechnika|politechniki|gazeta|gazety|gazecie|dziennik|dziennika|' +
      'telewizja|telewizji|radio|radia|kościół|kościoła|kościele|klub|klubu|ambasada|ambasady|ambasadzie',
  ),
  organizationEndings: [],
  placeWords: list(
    'obwód|obwodu|obwodzie|obwodem|województwo|województwa|województwie|region|regionu|regionie|' +
      'prowincja|prowincji|prowincję|powiat|powiatu|powiecie|gmina|gminy|gminie|okręg|okręgu|rejon|' +
      'rejonu|rejonie|republika|republiki|republice|królestwo|królestwa|wyspa|wyspy|wyspie|wyspę|' +
      'wyspach|półwysep|półwyspu|półwyspie|cieśnina|cieśniny|cieśninie|zatoka|zatoki|zatoce|morze|morza|' +
      'morzu|ocean|oceanu|oceanie|jezioro|jeziora|jeziorze|rzeka|rzeki|rzece|kanał|kanału|wybrzeże|' +
      'wybrzeża|przylądek|góra|góry|górze|gór|dolina|doliny|dolinie|wyżyna|pustynia|pustyni|puszcza|' +
      'puszczy|opactwo|opactwa|opactwie|opactwem|katedra|katedry|katedrze|bazylika|meczet|świątynia|synagoga|klasztor|' +
      'klasztoru|pałac|pałacu|pałacem|zamek|zamku|twierdza|twierdzy|wieża|plac|placu|placem|ulica|ulicy|' +
      'ulicę|aleja|alei|most|mostu|moście|lotnisko|lotniska|lotnisku|port|portu|porcie|dworzec|dworca|' +
      'stadion|stadionu|stadionie|strefa|strefy|strefie|dzielnica|dzielnicy|miasto|miasta|mieście',
  ),
  // "z" and "ze" are left out: with the instrumental they mean "with" a person ("z Tuskiem").
  placePrepositions: list('w|we|do|pod|spod|nad|znad|koło|na|niedaleko'),
  notNames: list(
    'ja|ty|on|ona|ono|my|wy|oni|one|mnie|mi|cię|ci|go|jego|niego|mu|jemu|niemu|nim|jej|niej|ją|nią|' +
      'nas|nam|nami|was|wam|wami|ich|nich|im|nimi|się|sobie|siebie|ta|to|te|tego|tej|temu|tym|tę|' +
      'tą|tych|tymi|tamten|tamta|tamto|który|która|które|którzy|którego|której|któremu|którym|kto|kogo|' +
      'komu|co|czego|czemu|czym|jaki|jaka|jakie|jacy|jakiego|jakiej|każdy|każda|każde|wszyscy|wszystkie|' +
      'wszystko|wszystkich|wielu|wiele|kilka|kilku|niektórzy|niektóre|nikt|nic|niczego|nikogo|ktoś|coś|' +
      'mój|moja|moje|nasz|nasza|nasze|naszego|naszej|wasz|swój|swoja|swoje|swojego|swojej|wczoraj|dziś|' +
      'dzisiaj|jutro|przedwczoraj|pojutrze|teraz|obecnie|wtedy|potem|następnie|później|wcześniej|' +
      'wkrótce|niedawno|dotąd|dotychczas|już|jeszcze|nadal|wciąż|zawsze|nigdy|często|także|również|też|' +
      'ponadto|natomiast|jednak|jednakże|ale|lecz|a|i|oraz|albo|lub|czy|ani|bo|ponieważ|gdyż|więc|' +
      'zatem|dlatego|choć|chociaż|mimo|gdy|kiedy|jeśli|jeżeli|gdyby|aby|żeby|by|że|jak|gdzie|skąd|' +
      'dlaczego|tu|tutaj|tam|stąd|zaś|właśnie|zwłaszcza|szczególnie|nawet|tylko|jedynie|prawie|około|' +
      'według|wg|ostatecznie|ostatnio|wreszcie|najpierw|tymczasem|jednocześnie|równocześnie|zarazem|' +
      'prawdopodobnie|podobno|rzekomo|oczywiście|tak|nie|więcej|mniej|ponad|niemal|coraz|bardzo|w|we|' +
      'na|z|ze|do|od|o|u|za|przed|przez|pod|nad|dla|bez|przy|między|wśród|obok|koło|wobec|podczas|' +
      'zamiast|oprócz|wokół|wzdłuż|poprzez|spod|znad|sprzed|zza|ku|dzięki|poniedziałek|poniedziałku|' +
      'wtorek|wtorku|środa|środę|środy|środzie|czwartek|czwartku|piątek|piątku|sobota|sobotę|soboty|' +
      'sobocie|niedziela|niedzielę|niedzieli|styczeń|stycznia|styczniu|luty|lutego|lutym|marzec|marca|' +
      'marcu|kwiecień|kwietnia|kwietniu|maj|maju|czerwiec|czerwca|czerwcu|lipiec|lipca|lipcu|sierpień|' +
      'sierpnia|sierpniu|wrzesień|września|wrześniu|październik|października|październiku|listopad|' +
      'listopada|listopadzie|grudzień|grudnia|grudniu|wideo|zdjęcia|galeria|relacja|pilne|analiza|' +
      'opinia|komentarz|wywiad|felieton|podcast|aktualizacja|czytaj|zobacz',
  ),
  // Cases of names and places; "Kijowie"/"Krakowa" take "ów" back, "Polsce" and "Pradze" their "k"/"g".
  nameEndings: [
    // "Opactwie Westminsterskim": an adjective made from a name stands for the name
    ['skiego', ''],
    ['skiej', ''],
    ['skim', ''],
    ['iego', 'i'],
    ['iemu', 'i'],
    ['owie', 'ów'],
    ['owem', 'ów'],
    ['kiem', 'ek'],
    ['kowi', 'ek'],
    ['dzie', 'da'],
    ['ego', 'y'],
    ['emu', 'y'],
    ['iej', 'a'],
    ['owi', ''],
    ['iem', ''],
    ['owa', 'ów'],
    ['ach', 'y'],
    ['dze', 'ga'],
    ['cie', 'ta'],
    ['ym', 'y'],
    ['im', 'i'],
    ['ej', 'a'],
    ['em', ''],
    ['ie', ''],
    ['ie', 'a'],
    ['ce', 'ka'],
    ['si', 'ś'],
    ['ka', 'ek'],
    ['a', ''],
    ['u', ''],
    ['y', 'a'],
    ['i', 'a'],
    ['ę', 'a'],
    ['ą', 'a'],
  ],
  adjectiveEndings: list('ski|ska|skie|skiego|skiej|skim|sku|cki|cka|ckie|ckiego|ckiej|ckim'),
  aliasWords: list('pseudonim|pseudonimem|pseudonimie|przydomek|przydomkiem|ksywa|ksywką|ksywy|alias'),
  adverbEndings: [],
  ordinalDot: false,
  placeConnectors: list('nad|na'),
  nameConnectors: [],
  regionWords: list(
    'obwód|obwodu|obwodzie|obwodem|region|regionu|regionie|prowincja|prowincji|prowincję|rzeka|rzeki|rzece|rzekę|województwo|województwa|województwie',
  ),
  designators: designators({
    region:
      'obwód|obwodu|obwodzie|obwodem|region|regionu|regionie|prowincja|prowincji|prowincję|województwo|województwa|województwie',
    river: 'rzeka|rzeki|rzece|rzekę',
    abbey: 'opactwo|opactwa|opactwie|opactwem',
    palace: 'pałac|pałacu|pałacem',
    castle: 'zamek|zamku|zamkiem',
    dam: 'zapora|zapory|zaporze|tama|tamy|tamie',
  }),
};
