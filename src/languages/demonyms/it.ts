import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { parseConcepts } from '../concepts/vocabulary.js';

/**
 * Italian words for a country's people and things ("ucraini", "statunitense"), by ISO 3166 code:
 * stems where no form is the country's name (`italian*`), the four forms otherwise ("russo russa
 * russi russe"). Forms equal to the name ("Ucraina", "Argentina", "Svizzera") are left out.
 */
export const itDemonyms: ConceptVocabulary = {
  code: 'it',
  concepts: parseConcepts(`
af: afgano afgana afgani afgane afghano afghana afghani afghane
al: albanese albanesi
dz: algerin*
ar: argentino argentini argentine
am: armeno armena armeni armene
au: australian*
at: austriac*
az: azero azera azeri azere azerbaigiano azerbaigiana azerbaigiani azerbaigiane
by: bielorusso bielorussa bielorussi bielorusse
be: belga belgi belghe
ba: bosniac*
br: brasilian*
bg: bulgaro bulgara bulgari bulgare
ca: canadese canadesi
cl: cileno cilena cileni cilene
cn: cinese cinesi
co: colombian*
hr: croato croata croati croate
cu: cuban*
cz: ceco ceca cechi ceche
dk: danese danesi
eg: egizian*
ee: estone estoni
et: etiope etiopi
fi: finlandese finlandesi
fr: francese francesi
ge: georgian*
de: tedesco tedesca tedeschi tedesche
gr: greco greca greci greche
hu: ungherese ungheresi
in: indian*
id: indonesian*
ir: iranian*
iq: irachen*
ie: irlandese irlandesi
il: israelian*
it: italian*
jp: giapponese giapponesi
jo: giordano giordana giordani giordane
kz: kazako kazaka kazaki kazake kazakho kazakha kazakhi kazakhe
lv: lettone lettoni
lb: libanese libanesi
ly: libico libica libici libiche
lt: lituano lituana lituani lituane
md: moldavo moldava moldavi moldave
ma: marocchin*
mx: messican*
nl: olandese olandesi neerlandese neerlandesi
nz: neozelandese neozelandesi
ng: nigerian*
no: norvegese norvegesi
pk: pakistano pakistana pakistani pakistane
ps: palestinese palestinesi
pl: polacco polacca polacchi polacche
pt: portoghese portoghesi
ro: rumeno rumena rumeni rumene
ru: russo russa russi russe
sa: saudita sauditi saudite
rs: serbo serba serbi serbe
sk: slovacco slovacca slovacchi slovacche
si: sloveno slovena sloveni slovene
es: spagnolo spagnola spagnoli spagnole
se: svedese svedesi
ch: svizzero svizzeri svizzere
sy: sirian*
tw: taiwanese taiwanesi
th: thailandese thailandesi thai
tr: turco turca turchi turche
ua: ucraino ucraini ucraine
gb: britannic*
us: statunitens* americano americana americani americane
ve: venezuelan*
vn: vietnamita vietnamiti vietnamite
ye: yemenita yemeniti yemenite
`),
};
