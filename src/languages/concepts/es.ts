import { esThings } from './es-things.js';
import { type ConceptVocabulary, parseConcepts } from './vocabulary.js';

/**
 * Spanish actions and events: verbs as stems, which also catch their nouns. "Condenar" means both
 * condemn and sentence: it is listed under condemn; "partido" (party, match) under party.
 */
const esActions = `
# politics and diplomacy
sign: firm*
agree: acord* consens*
meet: reun* reúne reúnen encuentro*
visit: visit*
announce: anunci*
warn: advirt* advierte* advert* alert*
threaten: amenaz*
negotiate: negocia*
ratify: ratific*
join: adher* adhier* incorpor* adhesión pertenencia*
leave: abandon* salida*
ban: prohib*
sanction: sancion*
approve: aprob* aprueb*
reject: rechaz*
propose: propus* propon* propuest*
demand: exig* reclam*
criticize: critic* crítica*
condemn: conden*
accuse: acus*
deny: negó negaron niega niegan negar desmient* desmint*
confirm: confirm*
report: inform*
elect: elegid* elegir eligió eligieron electo* reelegid* reelect*
vote: voto votos votó votar votaron votación* votant* elector*
resign: dimi* renunci*
appoint: nombrad* nombró nombramiento* design*
dismiss: destitu* cesad* cesó despid*
win: ganó ganaron ganar gana ganador* victoria* venc*
lose: perd* derrota*
protest: protest* manifest*
strike: huelga*
recognize: reconoc*
mediate: mediaci* mediador*
cooperation: cooper* colabor*
support: apoy* respald*
guarantee: garantí* garantiz* garantia*
consultation: consult*
discuss: discut* debat*
decision: decid* decisión decisiones
plan: plan planes planea* planific* proyecto*
promise: promet* promes* compromiso*
request: solicit* pidió pide piden pedido* petición*
invite: invit*
allow: permit* autoriz*
adopt: adopt*
veto: veto vetó
reform: reform*
campaign: campaña*
response: respuesta* respond* reacci*
investigation: investig* indagaci*
mourn: luto duelo condolencia*
statement: declaraci* comunicado*

# conflict and crime
attack: ataca* ataqu* atentado* agresi*
shoot: dispar* tiroteo* balacera*
bomb: bomb*
kill: mató mataron matar matan asesin* masacre*
die: muri* muert* fallec*
injure: herid* lesionad*
arrest: detenid* detuv* detenci* detien* detener arrest*
charge: imput*
sentence: culpable* penas
release: libera* excarcel*
kidnap: secuestr*
invade: invad* invasión
withdraw: retir*
deploy: despleg* desplieg*
explode: explot* explosi* estall* detona* voladura*
capture: captur* incaut* apoder*
occupy: ocup*
liberate: reconquist*
surrender: rendi* rendición
intercept: intercept* derrib*
fight: combat* lucha* batalla*
clash: enfrentamiento* choque*
escalate: escalada*
flee: huyó huyen huyeron huir huyendo huida*
evacuate: evacu*
rescue: rescat* socorr*
search: busca* búsqueda*
find: encontr* hallad* hallaz* descubri*
blockade: bloque*

# disasters and accidents
launch: lanz*
land: aterriz* aluniz*
crash: estrell* accidente* colisi*
collapse: derrumb* colaps* desplom*
destroy: destru*
damage: daño* dañad*
flood: inund*
burn: quem* arde arden ardi*
erupt: erupci*
shake: sacud* tembl*
hit: golpe* azot*
sink: hundi* naufrag*

# economy
invest: invers* invirt* invert*
pay: pagó pagar pagan pago pagos pagado*
fund: financ* fondos
deliver: entreg*
supply: suministr* abastec*
train: entren* capacit* formación
sell: vend* venta*
buy: compra compras compró comprar compraron comprad* adquir* adquisici*
export: export*
import: importaci* importad* importar
trade: comerci*
production: produc*
increase: aument* subi* alza crec*
decrease: descen* bajó bajaron cayó cayeron caída* disminu*
cut: recort* reduc*

# general
build: constru*
close: cerr* cierr*
open: abrió abrir abren abre abiert* apertura*
suspend: suspend* suspensi*
resume: reanud*
cancel: cancel* anul*
postpone: aplaz* pospu* pospon*
start: comenz* comienz* inici* empez* empiez*
end: termin* finaliz* fin
continue: contin*
extend: prorrog* extend* ampli*
return: regres* volvi* retorn*
arrive: lleg*
flight: vuelo*
score: marcó anotó anot*
test: prueba* ensayo*
`;

/** Spanish. */
export const esConcepts: ConceptVocabulary = { code: 'es', concepts: parseConcepts(esActions, esThings) };
