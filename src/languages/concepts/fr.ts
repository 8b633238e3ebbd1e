import { frThings } from './fr-things.js';
import { type ConceptVocabulary, parseConcepts } from './vocabulary.js';

/**
 * French actions and events: verbs as stems, which also catch their nouns ("annonc*": annonce,
 * annoncé). "Condamner" means both condemn and sentence: it is listed under condemn.
 */
const frActions = `
# politics and diplomacy
sign: signé signée signés signées signer signent signe signera signature* signataire*
agree: convenu* convenir conviennent consensus
meet: rencontr* réuni* réunion*
visit: visit*
announce: annonc*
warn: avert* alert* prévenu
threaten: menac*
negotiate: négoci*
ratify: ratifi*
join: adhér* rejoin* adhésion* appartenance*
leave: quitt* sortie sorties
ban: interdi* prohib*
sanction: sanction*
approve: approuv* approbation* entérin*
reject: rejet* rejett* refus*
propose: proposé* proposer propose proposent proposition*
demand: exig* réclam*
criticize: critiqu*
condemn: condamn* dénonc*
accuse: accus* reproch*
deny: dément* démenti* nie nié nier nient
confirm: confirm*
report: rapport* signal*
elect: élu élue élus élues élire élit réélu*
vote: vote* votant* scrutin* suffrage* électeur* électrice*
resign: démission*
appoint: nomm* nomination*
dismiss: limog* destitu* renvoy*
win: gagn* vainqu* victoire* remport*
lose: perd* défaite*
protest: manifest* protest*
strike: grève* gréviste*
recognize: reconn*
mediate: médiat*
cooperation: coopér* collabor*
support: soutien* souten* appui* appuy*
guarantee: garanti*
consultation: consult*
discuss: discut* discussion*
decision: décid* décision*
plan: plan plans planifi* projet*
promise: promesse* promis promise promet promett* engag*
request: demand* sollicit* requête*
invite: invit*
allow: autoris* permet* permis
adopt: adopt*
veto: veto
reform: réform*
campaign: campagne*
response: répond* répons* réaction* riposte*
investigation: enquêt* investigation*
mourn: deuil* endeuill* condoléance*
statement: déclaration* communiqué*

# conflict and crime
attack: attaqu* attentat* frappe frappes agress* assaut*
shoot: tir tirs tiré tirée tirés tirées tirer tireur* fusillade*
bomb: bomb*
kill: tué tuée tués tuées tuer tue tuent meurtr* assassin* massacr*
die: mort* mourir meurt meurent décéd* décès périr péri péris
injure: bless*
arrest: arrêt* interpell*
charge: inculp*
sentence: peines écop* coupable* réclusion*
release: libér* relâch*
kidnap: enlev* enlèv* kidnapp*
invade: envah* invasion*
withdraw: retir* retrait retraits
deploy: déploi* déploy*
explode: explos* détonation* dynamit*
capture: captur* empar* saisi*
occupy: occup*
liberate: reconqu*
surrender: capitul* reddition*
intercept: intercept* abattu*
fight: combat* lutte* bataille*
clash: affrontement* heurt* accrochage*
escalate: escalad*
flee: fuir fuient fuit fui fuyant fuite fuites
evacuate: évacu*
rescue: secour* sauvetage* sauvé sauvés sauvée sauvées sauver
search: recherch* fouill*
find: trouv* découv* retrouv*
blockade: blocus bloqu*

# disasters and accidents
launch: lanc*
land: atterri* aluniss* alunir
crash: écras* crash* collision*
collapse: effondr*
destroy: détrui* détruit* destruction*
damage: endommag* dégât* dommage*
flood: inond* crue crues
burn: brûl* calcin*
erupt: éruption*
shake: secou* trembl*
hit: frapp* touch*
sink: coulé coulée sombr* chavir* naufrag*

# economy
invest: investi investir investis investit investiss*
pay: payé* payer paie paient paiement* versement*
fund: financ* fonds
deliver: livraison* livré* livrer livrent
supply: approvisionn* fourn*
train: entraîn* entrain* formation* instructeur*
sell: vendu* vendre vend vendent vente ventes
buy: achet* achat* acquiert acquis acquisition* rachat* rachet*
export: export*
import: importation* importé* importer importateur*
trade: commerc* échange*
production: produ*
increase: augment* hauss*
decrease: baiss* diminu* recul*
cut: réduct* rédui* supprim*

# general
build: constru*
close: ferm*
open: ouvr* ouvert*
suspend: suspend* suspens*
resume: reprise* reprend* repris
cancel: annul*
postpone: report*
start: commenc* début*
end: termin* fin fins achev*
continue: continu* poursuiv* poursuit
extend: prolong* étend* extension*
return: retour* retourn* rentr*
arrive: arriv*
flight: vol vols
score: marqu*
test: test* essai*
`;

/** French. */
export const frConcepts: ConceptVocabulary = { code: 'fr', concepts: parseConcepts(frActions, frThings) };
