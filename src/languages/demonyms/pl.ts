import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { parseConcepts } from '../concepts/vocabulary.js';

/**
 * Polish words for a country's people and things ("ukraińskiego", "Amerykanie"), by ISO 3166 code:
 * adjectives as `-sk*`/`-ck*` stems, people as stems of their oblique forms (`ukraińc*`: Ukraińcy,
 * Ukraińców) or by their forms where a stem would reach the country's name. Forms equal to a form of
 * the name ("Niemcy", "Niemiec", "Czech", "Węgier", "Włoch", "Polska") are left out.
 */
export const plDemonyms: ConceptVocabulary = {
  code: 'pl',
  concepts: parseConcepts(`
af: afgańsk* afgańczy* afganka afganki
al: albańsk* albańczy* albanka albanki
dz: algiersk* algierczy* algierka algierki
ar: argentyńsk* argentyńczy* argentynka argentynki
am: ormiańsk* ormian*
au: australijsk* australijczy* australijka australijki
at: austriac* austriak*
az: azerbejdżańsk* azerbejdżanin azerbejdżanie azersk* azerowie azerów
by: białorusk* białorusin*
be: belgijsk* belg belga belgowie belgów belgijka belgijki
ba: bośniac* bośniak*
br: brazylijsk* brazylijczy* brazylijka brazylijki
bg: bułgarsk* bułgar bułgara bułgarzy bułgarów bułgarka bułgarki
ca: kanadyjsk* kanadyjczy* kanadyjka kanadyjki
cl: chilijsk* chilijczy* chilijka chilijki
cn: chińsk* chińczy* chinka chinki
co: kolumbijsk* kolumbijczy* kolumbijka kolumbijki
hr: chorwack* chorwat chorwata chorwaci chorwatów chorwatka chorwatki
cu: kubańsk* kubańczy* kubanka kubanki
cz: czesk* czesi czechów czeszka czeszki
dk: duńsk* duńczy* dunka dunki
eg: egipsk* egipcjan*
ee: estońsk* estończy* estonka estonki
et: etiopsk* etiop etiopczy* etiopka etiopki
fi: fińsk* fin fina finowie finów finka finki
fr: francusk* francuz francuza francuzi francuzów francuzka francuzki
ge: gruzińsk* gruzin*
de: niemieck* niemców niemka niemki
gr: greck* grek greka grecy greków greczynka greczynki
hu: węgiersk* węgrzy węgrów węgierka węgierki
in: indyjsk* hindus hindusa hindusi hindusów hinduska hinduski
id: indonezyjsk* indonezyjczy* indonezyjka indonezyjki
ir: irańsk* irańczy* iranka iranki
iq: irack* irakijczy* irakijka irakijki
ie: irlandzk* irlandczy* irlandka irlandki
il: izraelsk* izraelczy* izraelka izraelki
it: włosk* włosi włochów włoszka włoszki
jp: japońsk* japończy* japonka
jo: jordańsk* jordańczy* jordanka jordanki
kz: kazachsk* kazach kazacha kazachowie kazachów kazaszka kazaszki
lv: łotewsk* łotysz*
lb: libańsk* libańczy* libanka libanki
ly: libijsk* libijczy* libijka libijki
lt: litewsk* litwin litwina litwini litwinów litwinka litwinki
md: mołdawsk* mołdawian*
ma: marokańsk* marokańczy* marokanka marokanki
mx: meksykańsk* meksykan*
nl: holendersk* holender* niderlandzk*
nz: nowozelandzk* nowozelandczy* nowozelandka nowozelandki
ng: nigeryjsk* nigeryjczy* nigeryjka nigeryjki
no: norwesk* norweg norwega norwegowie norwegów norweżka norweżki
pk: pakistańsk* pakistańczy* pakistanka pakistanki
ps: palestyńsk* palestyńczy* palestynka palestynki
pl: polski polskie polskiego polskiej polskim polskimi polskich polskiemu polak* polacy polka polki
pt: portugalsk* portugalczy* portugalka portugalki
ro: rumuńsk* rumun rumuna rumuni rumunów rumunka rumunki
ru: rosyjsk* rosjan*
sa: saudyjsk* saudyjczy* saudyjka saudyjki
rs: serbsk* serb serba serbowie serbów serbka serbki
sk: słowack* słowak słowaka słowacy słowaków słowaczka słowaczki
si: słoweńsk* słoweniec słoweńc* słowenka słowenki
es: hiszpańsk* hiszpan hiszpana hiszpanie hiszpanów hiszpanka hiszpanki
se: szwedzk* szwed szweda szwedzi szwedów szwedka szwedki
ch: szwajcarsk* szwajcar szwajcara szwajcarzy szwajcarów szwajcarka szwajcarki
sy: syryjsk* syryjczy* syryjka syryjki
tw: tajwańsk* tajwańczy* tajwanka tajwanki
th: tajsk* tajlandzk* tajlandczy* tajowie tajów
tr: tureck* turek turka turcy turków turczynka turczynki
ua: ukraińsk* ukrainiec ukraińc* ukrainka ukrainki
gb: brytyjsk* brytyjczy* brytyjka brytyjki
us: amerykańsk* amerykan*
ve: wenezuelsk* wenezuelczy* wenezuelka wenezuelki
vn: wietnamsk* wietnamczy* wietnamka wietnamki
ye: jemeńsk* jemeńczy* jemenka jemenki
`),
};
