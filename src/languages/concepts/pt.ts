import { ptThings } from './pt-things.js';
import { type ConceptVocabulary, parseConcepts } from './vocabulary.js';

/**
 * Portuguese actions and events, both European and Brazilian spelling: verbs as stems, which also
 * catch their nouns. "Condenar" means both condemn and sentence: it is listed under condemn.
 */
const ptActions = `
# politics and diplomacy
sign: assin*
agree: acord* concord*
meet: reuni* encontro*
visit: visit*
announce: anunci*
warn: alert* advert* avis*
threaten: ameaç*
negotiate: negocia*
ratify: ratific*
join: aderi* aderir adesão
leave: abandon* saída* deix*
ban: proib*
sanction: sanç* sancion*
approve: aprov*
reject: rejeit* recus*
propose: propôs propost* propor propõe
demand: exig* reivindic*
criticize: critic* crític*
condemn: conden*
accuse: acus*
deny: negou negam nega negar desment*
confirm: confirm*
report: relatório* inform*
elect: eleit* eleger elegeu reeleit*
vote: voto votos votou votar votação votações eleitor*
resign: demiss* demit* renúncia* renunci*
appoint: nomea* nomeou
dismiss: exonera* destitu*
win: venc* ganh* vitória*
lose: perd* derrota*
protest: protest* manifesta*
strike: greve*
recognize: reconhec*
mediate: mediaç* mediador*
cooperation: cooper* colabor*
support: apoi* apoio
guarantee: garanti*
consultation: consult*
discuss: discut* debat*
decision: decid* decisão decisões
plan: plano planos planej*
promise: promet* promess*
request: pedid* pediu pede pedem solicit*
invite: convid* convite*
allow: permit* autoriz*
adopt: adot* adopt*
veto: veto vetou
reform: reform*
campaign: campanha*
response: respost* respond* reaç*
investigation: investig* inquérito*
mourn: luto condolência*
statement: declaraç* comunicado*

# conflict and crime
attack: ataca* ataque* atentado* agress*
shoot: dispar* tiroteio*
bomb: bomb*
kill: matou mataram matar assassin* massacr* chacina*
die: morr* mort* falec* óbito*
injure: ferid* feriu
arrest: detid* deten* preso presos
charge: indiciad*
sentence: pena penas culpad*
release: liberta* libert* solt*
kidnap: sequestr* rapt*
invade: invad* invasão
withdraw: retir*
deploy: mobiliz* destacament*
explode: explod* explos*
capture: captur* conquist*
occupy: ocup*
liberate: reconquist*
surrender: rendi* rendição
intercept: intercept* abat*
fight: combat* luta* batalha*
clash: confront*
escalate: escalada*
flee: fugir fugiu fugiram fuga
evacuate: evacu*
rescue: resgat* socorr*
search: busca* procur*
find: encontrad* encontrou achad* descobr*
blockade: bloque*

# disasters and accidents
launch: lanç*
land: aterriss* aterriz* pouso alunag* alunis*
crash: acidente* colis* despenh*
collapse: desab* colaps* desmoron*
destroy: destru*
damage: dano* danific*
flood: inund* enchente* cheia*
burn: queim* ardi*
erupt: erupç*
shake: treme tremeu sacud*
hit: atingi*
sink: afund* naufrág* naufrag*

# economy
invest: invest*
pay: pagou pagar pagam pago pagamento*
fund: financi* fundos
deliver: entreg*
supply: fornec* abastec*
train: trein* formação
sell: vend* venda*
buy: comprou comprar compra compram adquir* aquisiç*
export: export*
import: importaç* importad* importar
trade: comérci* comerci*
production: produ*
increase: aument* subi* cresc* alta
decrease: queda* diminu* caiu caíram recuou recuo recuar
cut: cort* reduz* reduç*

# general
build: constru*
close: fech* encerr*
open: abriu abrir abre abrem abert*
suspend: suspen*
resume: retom*
cancel: cancel* anul*
postpone: adiad* adiou adiar adiamento*
start: começ* inici*
end: termin* fim
continue: contin*
extend: prorrog* prolong* estend*
return: regress* retorn* volt*
arrive: cheg*
flight: voo voos
score: marcou marcar
test: test* ensaio*
`;

/** Portuguese. */
export const ptConcepts: ConceptVocabulary = { code: 'pt', concepts: parseConcepts(ptActions, ptThings) };
