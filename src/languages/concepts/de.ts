import { deThings } from './de-things.js';
import { type ConceptVocabulary, parseConcepts } from './vocabulary.js';

/**
 * German actions and events. Verbs as stems of the present and past (`unterzeichn*`), participles with
 * ge- listed apart (`gewählt`); separable verbs only by the forms that keep the prefix attached
 * ("angekündigt", not "kündigte … an").
 */
const deActions = `
# politics and diplomacy
sign: unterzeichn* unterschrieb* unterschreib* unterschrift* signier*
agree: einigte einigten einigt geeinigt einigung* vereinbar* verständigt* verständigung*
meet: treff* getroffen traf trafen trifft zusammenkunft* begegn*
visit: besuch*
announce: ankündig* angekündigt kündigte bekanntgegeben bekanntgab* verkünd*
warn: warn* gewarnt
threaten: droh* gedroht bedroh*
negotiate: verhandl* verhandel*
ratify: ratifi*
join: beitritt* beitreten beitrat* beigetreten mitgliedschaft*
leave: austritt* austreten ausgetreten verlass* verließ*
ban: verbot* verbiet* untersag*
sanction: sanktion*
approve: billigte billigten gebilligt billigung* genehmig* zustimm* zugestimmt
reject: ablehn* abgelehnt lehnte lehnten zurückgewiesen zurückweis*
propose: vorschl* vorgeschlagen
demand: forder* gefordert verlang*
criticize: kritik* kritisier*
condemn: verurteil* anprang* angeprangert prangerte verdamm*
accuse: beschuldig* vorwurf* vorwürf* vorgeworfen
deny: bestreit* bestritt* dementi* leugn*
confirm: bestätig*
report: bericht* meldet* meldete* gemeldet
elect: gewählt wählte wählten wählt wählen
vote: abstimm* abgestimmt stimme stimmen wähler* votum
resign: rücktritt* zurückgetreten zurücktret* demission*
appoint: ernenn* ernannt* nominier*
dismiss: entlass* entließ* entlassen gefeuert absetzung*
win: gewinn* gewonnen gewann* sieg*
lose: verlier* verlor* niederlage*
protest: protest* demonstr* kundgebung*
strike: streik*
recognize: anerkenn* anerkannt* anerkennung*
mediate: vermittl* vermittel*
cooperation: zusammenarbeit* kooperati* kooperier*
support: unterstütz*
guarantee: garantie* garantier*
consultation: berat* konsultation*
discuss: diskut* erörter* besprech* besproch*
decision: entscheid* entschied* beschluss* beschlüss* beschloss*
plan: plan* geplant
promise: versprech* versproch* versprach* zusage* zugesagt
request: ersuch* anfrage* beantrag* antrag* anträge*
invite: einlad* eingeladen
allow: erlaub* zulass* zugelassen
adopt: verabschied*
veto: veto*
reform: reform*
campaign: wahlkampf* kampagne*
response: reaktion* reagier* antwort*
investigation: ermittl* ermittel* untersuch*
mourn: trauer* betrauert* beileid*
statement: erklärung* stellungnahme* mitteilung*

# conflict and crime
attack: angriff* angegriffen angreif* attacke* attackier* anschlag* anschläg*
shoot: schuss* schüss* schieß* geschossen schoss beschoss* beschuss* erschoss* erschieß*
bomb: bombe* bombard*
kill: getötet töte* tötung* ermord* mord* umgebracht
die: tot tote toter toten todes tod gestorben starb* sterb* tödlich*
injure: verletz* verwund*
arrest: festgenommen festnahme* festnehm* verhaft* festgesetzt
charge: anklag* angeklagt*
sentence: strafe* haftstrafe* bestraf* schuldig*
release: freigelass* freilass* freigegeben freigabe*
kidnap: entführ* verschlepp*
invade: einmarsch* invasion*
withdraw: abzug* abzieh* abgezogen rückzug* zurückgezogen zurückzieh*
deploy: stationier* entsend* entsandt*
explode: explodier* explosion* detonier* detonation* spreng*
capture: erober* eingenommen beschlagnahm*
occupy: besetz* besatzung* okkup*
liberate: befrei* zurückerober*
surrender: kapitul*
intercept: abgefangen abfang* abgeschossen abschuss* abschieß*
fight: kämpf* kampf* gekämpft gefecht* schlacht*
clash: zusammenstoß* zusammenstöß* auseinandersetzung*
escalate: eskal*
flee: flieh* flucht* geflohen floh* geflüchtet flücht*
evacuate: evaku*
rescue: rett* gerettet bergung* geborgen
search: such* gesucht durchsuch*
find: gefunden fand* entdeck*
blockade: blockad* blockier*

# disasters and accidents
launch: lancier* abgefeuert abfeuer* startrampe*
land: gelandet landet* landung* landen
crash: abgestürzt absturz* abstürz* crash* kollision*
collapse: eingestürzt einsturz* einstürz* zusammengebroch* zusammenbruch* kollaps*
destroy: zerstör*
damage: beschädig* schaden* schäden
flood: überschwemm* überflut* hochwasser* flut*
burn: brenn* brannte* verbrannt* verbrenn* niedergebrannt
erupt: ausbruch* ausgebrochen eruption*
shake: erschütter* gebebt
hit: heimgesucht einschlag* eingeschlagen
sink: versenk* versunken gekentert kenter* untergegangen

# economy
invest: investi*
pay: zahlung* zahlte* zahlt zahlen gezahlt bezahl*
fund: finanzier* förder*
deliver: liefer* geliefert
supply: versorg* nachschub*
train: ausbild* trainier* training*
sell: verkauf*
buy: kauf* gekauft erwerb* übernahme* übernehm* übernomm*
export: export* ausfuhr*
import: import* einfuhr*
trade: handel handels
production: produ* herstell* hergestellt
increase: stieg* steig* gestiegen anstieg* erhöh* zunahme* zugenommen
decrease: sank* sinken sinkt gesunken rückgang* rückläufig* verringer*
cut: kürz* gekürzt senk* gesenkt reduzier* streich* gestrichen

# general
build: gebaut baut baute bauten bauen errichte* errichtung*
close: schließt schließen schließung* geschlossen schloss
open: öffn* geöffnet eröffn*
suspend: aussetz* ausgesetzt suspendier* stopp* gestoppt
resume: wiederaufnahme* wiederaufgenommen
cancel: abgesagt absag* annullier* storniert
postpone: verschoben verschieb* vertag*
start: beginn* begann* begonnen start* gestartet
end: ende* beend*
continue: fortsetz* fortgesetzt fortdauer* andauer*
extend: verlänger* ausweit* ausgeweitet
return: rückkehr* zurückkehr* zurückgekehrt
arrive: eingetroffen eintreff* ankunft* angekommen ankomm*
flight: flug* flüge* fliegen flog* geflogen
score: erzielt*
test: test* getestet
`;

/** German. */
export const deConcepts: ConceptVocabulary = {
  code: 'de',
  compounds: true,
  concepts: parseConcepts(deActions, deThings),
};
