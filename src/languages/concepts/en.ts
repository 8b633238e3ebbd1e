import { enThings } from './en-things.js';
import { type ConceptVocabulary, parseConcepts } from './vocabulary.js';

/** English actions and events: forms listed word by word, stems only where no other word starts so. */
const enActions = `
# politics and diplomacy
sign: sign signs signed signing signature signatures signatory signatories
agree: agree agrees agreed agreeing
meet: meet meets met meeting meetings
visit: visit*
announce: announc* unveil*
warn: warn warns warned warning warnings
threaten: threat*
negotiate: negotiat*
ratify: ratif*
join: join joins joined joining accession accede accedes acceded membership*
leave: leave leaves leaving quit quits quitting exit exits exited
ban: ban bans banned banning prohibit* outlaw*
sanction: sanction*
approve: approv* endorse*
reject: reject*
propose: propos*
demand: demand demands demanded demanding
criticize: critic critics critici*
condemn: condemn*
accuse: accus* alleg*
deny: deny denies denied denying denial denials
confirm: confirm*
report: report reports reported reporting
elect: elect elects elected electing reelected
vote: vote* ballot*
resign: resign*
appoint: appoint* nominat*
dismiss: dismiss* sack sacked oust ousted ousting
win: win wins won winning winner winners victory victories victorious
lose: lose loses lost losing loser losers defeat defeats defeated
protest: protest* demonstrator demonstrators demonstration demonstrations rally rallies
strike: strike strikes striking striker strikers walkout walkouts
recognize: recogni*
mediate: mediat*
cooperation: cooperat* collaborat*
support: support* backing
guarantee: guarantee guarantees guaranteed guaranteeing
consultation: consult*
discuss: discuss*
decision: decision decisions decide decides decided deciding
plan: plan plans planned planning
promise: promis* pledg* vow vows vowed
request: request*
invite: invite invites invited inviting invitation invitations
allow: allow allows allowed allowing permit permits permitted permission
adopt: adopt* enact*
veto: veto vetoes vetoed
reform: reform*
campaign: campaign*
response: respond* response responses
investigation: investigat* probe probes probed inquiry inquiries
mourn: mourn* condolence*
statement: statement statements declaration declarations communique

# conflict and crime
attack: attack* assault* airstrike* raid raids
shoot: shoot shoots shooting shootings shot shots fired gunfire gunman gunmen
bomb: bomb bombs bombed bombing bombings bomber bombers bombard* shelling shelled
kill: kill kills killed killing killings murder* slain assassinat* massacre*
die: die dies died dying dead death deaths fatal fatalities fatality perish*
injure: injur* wound wounds wounded hurt
arrest: arrest* detain* detention
charge: charge charges charged indict* prosecut*
sentence: sentence sentenced sentences sentencing convict*
release: releas* freed
kidnap: kidnap* abduct*
invade: invad* invasion*
withdraw: withdraw* withdrew pullout retreat*
deploy: deploy*
explode: explod* explosion* explosive* blast blasts detonat*
capture: captur* seize seized seizes seizing seizure
occupy: occup*
liberate: liberat* retake retook recaptur*
surrender: surrender*
intercept: intercept* downed
fight: fight fights fighting fought battle battles combat
clash: clash*
escalate: escalat*
flee: flee flees fled fleeing
evacuate: evacua*
rescue: rescu*
search: search*
find: find finds found discover*
blockade: blockad*

# disasters and accidents
launch: launch*
land: land lands landed landing landings touchdown
crash: crash* collision* collide*
collapse: collaps*
destroy: destroy* destruction
damage: damag*
flood: flood* inundat*
burn: burn burns burned burnt burning ablaze
erupt: erupt*
shake: shake shakes shook shaking tremor tremors jolt jolted
hit: hit hits hitting struck
sink: sink sinks sank sunk sinking capsiz*

# economy
invest: invest*
pay: pay pays paid paying payment payments
fund: fund funds funded funding financ*
deliver: deliver*
supply: supply supplies supplied supplying supplier suppliers
train: train trains trained training trainer trainers
sell: sell sells sold selling sale sales
buy: buy buys bought buying purchas* acquir* acquisition* takeover*
export: export*
import: import imports imported importing importer importers
trade: trade trades traded trading trader traders commerce
production: produc* output
increase: increas* rise rises rose risen rising surge* grow grows grew grown
decrease: decreas* fall falls fell fallen falling drop drops dropped declin*
cut: cut cuts cutting reduc* slash slashed

# general
build: build builds built construct*
close: close closes closed closing closure closures shut shutdown
open: open opens opened opening reopen*
suspend: suspen* halt halts halted
resume: resum*
cancel: cancel* scrap scrapped
postpone: postpon* delay*
start: start starts started starting begin begins began begun beginning
end: end ends ended ending finish*
continue: continu*
extend: extend* extension prolong*
return: return*
arrive: arriv*
flight: flight flights fly flies flew flown flying
score: score scores scored scoring
test: test tests tested testing
`;

/** English. */
export const enConcepts: ConceptVocabulary = { code: 'en', concepts: parseConcepts(enActions, enThings) };
