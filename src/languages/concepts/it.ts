import { itThings } from './it-things.js';
import { type ConceptVocabulary, parseConcepts } from './vocabulary.js';

/**
 * Italian actions and events: verbs as stems, which also catch their nouns. "Condannare" means both
 * condemn and sentence: it is listed under condemn; "bilancio" (budget, toll) under death-toll.
 */
const itActions = `
# politics and diplomacy
sign: firm*
agree: concord* convenut*
meet: incontr* riuni*
visit: visit*
announce: annunc*
warn: avvert* allert*
threaten: minacc*
negotiate: negozia* trattativ*
ratify: ratific*
join: aderi* aderisc* adesione adesioni appartenenza
leave: lasci* abbandon* uscita*
ban: vieta* vietat* divieto* proibi*
sanction: sanzion*
approve: approv*
reject: respin* rifiut*
propose: propost* propos* propon*
demand: esig* reclam* pretes*
criticize: critic*
condemn: condann*
accuse: accus*
deny: negat* smenti* nega negano
confirm: conferm*
report: rapporto* riferi* segnal*
elect: elett* elegg* rielett*
vote: voto voti votato votare votazion* elettor*
resign: dimission* dimett* dimess*
appoint: nomin*
dismiss: licenzi* destitu* rimoss*
win: vint* vinc* vitto*
lose: perso persa persi perde perdono perdita* sconfitt*
protest: protest* manifest*
strike: scioper*
recognize: riconosc*
mediate: mediaz* mediator*
cooperation: cooper* collabor*
support: sosteg* sosten* appogg* support*
guarantee: garanzi* garanti*
consultation: consult*
discuss: discus* discut*
decision: decis* decid*
plan: progett* pianific*
promise: promess* promett* promis*
request: richiest* richied* chiesto chiede chiedono
invite: invit*
allow: consent* permess* autorizz*
adopt: adott*
veto: veto
reform: riform*
campaign: campagna*
response: rispost* rispond* reazion*
investigation: indagin* inchiest* indag*
mourn: lutto cordoglio
statement: dichiaraz* comunicato*

# conflict and crime
attack: attacc* attentat* raid
shoot: sparat* spara sparano spari sparatoria*
bomb: bomb*
kill: uccis* uccid* ammazz* assassin* strage*
die: mort* morire muore muoiono decedut* decesso*
injure: ferit* feriment*
arrest: arrest*
charge: imputat* incriminat*
sentence: pena pene colpevol* ergastol*
release: liberat* rilasci* scarcer*
kidnap: rapit* rapimento*
invade: invas* invad*
withdraw: ritir*
deploy: dispieg* schierat*
explode: esplos* esplod* dinamit*
capture: cattur* conquist*
occupy: occup*
liberate: riconquist*
surrender: resa arrend*
intercept: intercett* abbatt*
fight: combatt* battaglia* lotta*
clash: scontr*
escalate: escalation
flee: fugg* fuga
evacuate: evacua* sfolla*
rescue: soccors* salvat* salvataggio*
search: ricerc* cerca cercano
find: trovat* ritrov* scopert* trova trovano
blockade: blocc*

# disasters and accidents
launch: lanci*
land: atterr* allunag* allunar*
crash: precipit* schiant*
collapse: croll*
destroy: distrut* distrug*
damage: dann*
flood: alluvion* inond* esondaz*
burn: bruci*
erupt: eruzion*
shake: scoss* trema tremato
hit: colpit* colpisc*
sink: affond* naufrag*

# economy
invest: investi*
pay: pagat* pagar* paga pagano pagament*
fund: finanz* fondi
deliver: consegn*
supply: fornit* fornisc* fornitur* approvvigion*
train: addestr* formazione
sell: vend*
buy: comprat* compra comprano acquist* acquisizion*
export: esport*
import: importazion* importat*
trade: commerc* scambi*
production: produ*
increase: aument* rialz*
decrease: calo cala calano diminu* ribass*
cut: tagli*

# general
build: costru*
close: chius* chiud*
open: aperto aperta aperti apre aprono aprire apertur*
suspend: sospe*
resume: ripres* riprend*
cancel: annull* cancell*
postpone: rinvi* rimand*
start: inizi* cominci* avviat*
end: fine termin* conclu*
continue: continu* prosegu*
extend: prorog* estes* estend*
return: ritorn* rientr*
arrive: arriv*
flight: volo voli
score: segnato segna segnano
test: test* prova* collaud*
`;

/** Italian. */
export const itConcepts: ConceptVocabulary = { code: 'it', concepts: parseConcepts(itActions, itThings) };
