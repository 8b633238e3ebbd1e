import { plThings } from './pl-things.js';
import { type ConceptVocabulary, parseConcepts } from './vocabulary.js';

/**
 * Polish actions and events: stems cover aspect pairs and inflection ("podpis*": podpisali,
 * podpisanie). Stems that would catch unrelated words are replaced by forms ("zabił*", not "zabi*",
 * which catches "zabieg").
 */
const plActions = `
# politics and diplomacy
sign: podpis*
agree: uzgodni* uzgadnia* zgodzi*
meet: spotka* spotyka*
visit: wizyt* odwiedz* odwiedzi*
announce: ogłos* ogłasza* ogłoszeni* zapowie* zapowiad*
warn: ostrzeg* ostrzeż*
threaten: groz* groźb* zagroż*
negotiate: negocj* rokowa*
ratify: ratyfik*
join: przystąpi* przystępu* dołącz* członkostw*
leave: opuści* opuszcz* wystąpi*
ban: zakaz*
sanction: sankcj*
approve: zatwierdz* zaaprobowa*
reject: odrzuci* odrzuca*
propose: zaproponowa* propozycj* proponu*
demand: żąda* domaga*
criticize: krytyk* skrytykowa* krytykowa*
condemn: potępi* potępia*
accuse: oskarż* zarzuc* zarzut*
deny: zaprzecz* dementi*
confirm: potwierdz*
report: raport* poinformowa* informuj*
elect: wybran* wybrał* wybrali wybiera*
vote: głosowa* głosował* zagłosowa* głos głosy głosów wyborc*
resign: dymisj* rezygn* ustąpi*
appoint: mianowa* powoła* nominacj*
dismiss: odwoła* zwolni*
win: wygra* zwycięż* zwycięst*
lose: przegra* porażk* straci*
protest: protest* demonstr* manifestacj*
strike: strajk*
recognize: uznani*
mediate: mediacj* mediator* pośrednic*
cooperation: współprac*
support: wspar* wspiera* popar* popiera*
guarantee: gwarancj* gwarantow*
consultation: konsultacj* konsultowa*
discuss: dyskus* dyskutowa* omówi* omawia*
decision: decyzj* zdecydowa* postanowi*
plan: plan plany planu planie planach planów planowa* zaplanowa*
promise: obieca* obiecu* obiecywa* obietnic* zobowiąza*
request: prośb* wnios* poprosi*
invite: zaprasz* zaprosi* zaprosze*
allow: zezwol* zezwala* pozwol* pozwala*
adopt: uchwal* przyję* przyjmu*
veto: weto* zawetowa*
reform: reform*
campaign: kampani*
response: odpowiedź odpowiedzi odpowiedział* reakcj* zareagowa* reagowa*
investigation: śledztw* dochodzeni*
mourn: żałob* opłakiwa* kondolencj*
statement: oświadczeni* oświadczy* deklaracj* komunikat*

# conflict and crime
attack: atak* zaatakowa* napad* napaś*
shoot: strzał* strzela* ostrzał* ostrzel*
bomb: bomb* zbombardowa*
kill: zabił* zabili zabity* zabita zabite zabici zabić zabija* zabój* zamordowa* morder* mord*
die: zgin* zmarł* zmarli umarł* umier* śmier*
injure: ranni rannych ranny rannego ranna zranion* poszkodowan* obrażeni*
arrest: areszt* zatrzyma*
charge: oskarżon* oskarżeni*
sentence: skaza*
release: uwolni* uwalnia* wypuści*
kidnap: porwa* uprowadz*
invade: inwazj* najech* najazd* wtargn*
withdraw: wycofa* wycofu*
deploy: rozmieści* rozmieszcz*
explode: eksplozj* wybuch* wysadz*
capture: zdoby* przejęł* przejmu*
occupy: okupa*
liberate: wyzwol*
surrender: kapitul* poddał* poddali
intercept: przechwyc* przechwyci* zestrzel*
fight: walk* walcz* bitw*
clash: starci* starcia
escalate: eskal*
flee: ucieka* uciek* uciecz*
evacuate: ewakua*
rescue: ratow* urato* ratunk*
search: poszukiw* szuka* przeszuk*
find: znalez* znalaz* odnalez* odnalaz* odkry*
blockade: blokad* zablokowa* blokow*

# disasters and accidents
launch: wystrzel* wystrzeli*
land: wylądowa* lądowani*
crash: rozbił* rozbit* katastrof*
collapse: zawali* runął* runęł*
destroy: zniszcz*
damage: uszkodz* szkod*
flood: powódź powodzi powodzią powodziow* podtopi* zala*
burn: spłon* płon* spalił* spalon*
erupt: erupcj*
shake: wstrząs* zatrzęsł*
hit: uderz* trafi*
sink: zaton* zatopi*

# economy
invest: inwest*
pay: zapłac* płaci* płacą wypłac* płatnoś*
fund: finans* sfinansowa*
deliver: dostarcz* dostaw*
supply: zaopatrz*
train: szkoli* szkoleni* wyszkol* trening*
sell: sprzeda*
buy: kupi* kupuj* zakup* nabyci*
export: eksport*
import: import*
trade: handel handlu handlow* wymian*
production: produk*
increase: wzrosł* wzrósł wzrasta* wzrośnie zwiększ* podwyż*
decrease: spad* zmniejsz* obniż*
cut: cięci* redukcj* obcię*
# general
build: budow* zbudowa*
close: zamknię* zamknął* zamyka* zamknie*
open: otwar* otworzy* otwier*
suspend: zawiesz* zawiesi* wstrzyma*
resume: wznowi* wznawia*
cancel: odwołano anulowa*
postpone: przełoż* odłoż* odrocz*
start: rozpoczę* rozpoczyna* zaczął* zaczęł* zaczyna* począt*
end: zakończ* koniec końca kończy*
continue: kontynu*
extend: przedłuż*
return: powr* wróci* wraca*
arrive: przyby* przyjecha* przylecia*
flight: lot loty lotu locie lotów
test: test* próba próby
`;

/** Polish. */
export const plConcepts: ConceptVocabulary = { code: 'pl', concepts: parseConcepts(plActions, plThings) };
