import { nlThings } from './nl-things.js';
import { type ConceptVocabulary, parseConcepts } from './vocabulary.js';

/**
 * Dutch actions and events: verb stems and participles with ge- listed apart; separable verbs only by
 * the forms that keep the particle attached ("aangekondigd", not "kondigde … aan"). "Veroordelen"
 * means both condemn and sentence: it is listed under condemn; "vlucht" (flight, escape) under flee.
 */
const nlActions = `
# politics and diplomacy
sign: ondertek* getekend tekende*
agree: overeengekomen overeenkom* eensgezind*
meet: ontmoet* bijeenkomst* vergader*
visit: bezoek* bezocht
announce: aangekondigd aankondig* kondigde kondigt bekendgemaakt
warn: waarschuw* gewaarschuwd
threaten: dreig* gedreigd bedreig*
negotiate: onderhand*
ratify: ratific* geratificeerd
join: toetred* toegetreden lidmaatschap*
leave: verlat* verlaat verliet* uittred*
ban: verbod* verbied* verboden verbood
sanction: sanctie*
approve: goedgekeurd goedkeur* keurde
reject: verworpen verwerp* afgewezen afwijz*
propose: voorstel* voorgesteld
demand: eist eisen eiste eisten geëist
criticize: kritiek* bekritis* kritisch*
condemn: veroordeel* veroordel*
accuse: beschuldig*
deny: ontken*
confirm: bevestig*
report: meld* gemeld rapport* bericht*
elect: gekozen verkozen kiest koos kozen
vote: stem stemmen stemde stemden gestemd stemming* kiezer*
resign: aftred* afgetreden
appoint: benoem*
dismiss: ontslag* ontslagen
win: gewonnen won wonnen winn* zege* overwinning*
lose: verlor* verlies* verliez* nederlag*
protest: protest* demonstr*
strike: staking* staken staakten
recognize: erken*
mediate: bemiddel*
cooperation: samenwerk*
support: steun*
guarantee: garantie* garandeer* gegarandeerd*
consultation: overleg* raadpleg* consult*
discuss: besprok* besprek* bespreek*
decision: besluit* besloten beslis*
plan: plan plannen gepland
promise: belof* beloofd belov*
request: verzoek* verzocht
invite: uitnodig* uitgenodigd
allow: toegestaan toestaan toestemming*
adopt: aangenomen
veto: veto
reform: hervorm*
campaign: campagne*
response: reactie* reageer* reageerde* gereageerd antwoord*
investigation: onderzo*
mourn: rouw*
statement: verklaring*

# conflict and crime
attack: aanval* aangevallen aanslag*
shoot: schiet* schot schoten geschoten beschiet* beschoten beschot*
bomb: bom bommen bombard*
kill: gedood doodde doodden vermoord* moord*
die: dood dode doden overled* omgekomen omkwam* sterf* stierf* gestorven
injure: gewond* verwond*
arrest: gearresteerd arrest* aangehouden opgepakt
charge: aangeklaagd aanklacht*
sentence: straf* schuldig*
release: vrijgelat* vrijlat* vrijgekomen
kidnap: ontvoer*
invade: binnengevallen inval invasie*
withdraw: terugtrek* teruggetrokken
deploy: ingezet gestationeerd stationer*
explode: explodeer* ontplof* explosie*
capture: verover* ingenomen
occupy: bezet*
liberate: bevrijd*
surrender: overgegeven capitul*
intercept: onderschep* neergeschoten
fight: gevecht* strijd* vecht* gevochten
clash: confrontatie* schermutseling*
escalate: escal*
flee: vlucht* gevlucht
evacuate: evacu*
rescue: gered redden redding*
search: zoek* gezocht
find: gevonden vond vonden ontdek*
blockade: blokk* blokkade*

# disasters and accidents
launch: gelanceerd lancer*
land: geland landing*
crash: neergestort crash* verongelukt botsing*
collapse: ingestort instort* instortte
destroy: vernietig* verwoest*
damage: beschadig* schade
flood: overstroom* overstrom*
burn: verbrand* brandde* afgebrand
erupt: uitbarsting*
shake: schudde* schudden trilling* beefde
hit: getroffen trof troffen
sink: gezonken zonk zinkt zinken

# economy
invest: investe* geïnvesteerd
pay: betaal* betaald betal*
fund: financi* fonds
deliver: lever* geleverd
supply: bevoorrad*
train: train* opleid* opgeleid
sell: verkoop* verkocht
buy: gekocht koop* kocht overname*
export: export* uitvoer*
import: import* invoer*
trade: handel*
production: produ*
increase: stijg* gestegen steeg stegen toename verhoog*
decrease: daal* gedaald daling* afname
cut: bezuinig* verlaag* gekort

# general
build: bouw* gebouwd
close: gesloten sluit* sluiting*
open: open opent opende openden geopend opening* heropen*
suspend: opgeschort opschort*
resume: hervat*
cancel: geannuleerd annuleer* afgelast*
postpone: uitgesteld uitstel*
start: begin begint begon begonnen start* gestart
end: einde eindigt eindigde beëindig* afgelopen
continue: voortgezet voortzet*
extend: verleng*
return: terugkeer* teruggekeerd keerde
arrive: aangekomen aankomst* arriveer* gearriveerd
flight: vliegen vloog gevlogen vlieg*
score: scoor* gescoord
test: test* getest
`;

/** Dutch. */
export const nlConcepts: ConceptVocabulary = {
  code: 'nl',
  compounds: true,
  concepts: parseConcepts(nlActions, nlThings),
};
