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
af: afgańsk* afgańczy* afganka afganki afgańsc*
al: albańsk* albańczy* albanka albanki albańsc*
dz: algiersk* algierczy* algierka algierki algiersc*
ar: argentyńsk* argentyńczy* argentynka argentynki argentyńsc*
am: ormiańsk* ormian* ormiańsc*
au: australijsk* australijczy* australijka australijki australijsc*
at: austriac* austriak*
az: azerbejdżańsk* azerbejdżanin azerbejdżanie azersk* azerowie azerów azerbejdżańsc* azersc*
by: białorusk* białorusin* białorusc*
be: belgijsk* belg belga belgowie belgów belgijka belgijki belgijsc*
ba: bośniac* bośniak*
br: brazylijsk* brazylijczy* brazylijka brazylijki brazylijsc*
bg: bułgarsk* bułgar bułgara bułgarzy bułgarów bułgarka bułgarki bułgarsc*
ca: kanadyjsk* kanadyjczy* kanadyjka kanadyjki kanadyjsc*
cl: chilijsk* chilijczy* chilijka chilijki chilijsc*
cn: chińsk* chińczy* chinka chinki chińsc*
co: kolumbijsk* kolumbijczy* kolumbijka kolumbijki kolumbijsc*
hr: chorwack* chorwat chorwata chorwaci chorwatów chorwatka chorwatki chorwacc*
cu: kubańsk* kubańczy* kubanka kubanki kubańsc*
cz: czesk* czesi czechów czeszka czeszki czesc*
dk: duńsk* duńczy* dunka dunki duńsc*
eg: egipsk* egipcjan* egipsc*
ee: estońsk* estończy* estonka estonki estońsc*
et: etiopsk* etiop etiopczy* etiopka etiopki etiopsc*
fi: fińsk* fin fina finowie finów finka finki fińsc*
fr: francusk* francuz francuza francuzi francuzów francuzka francuzki francusc*
ge: gruzińsk* gruzin* gruzińsc*
de: niemieck* niemców niemka niemki niemiecc*
gr: greck* grek greka grecy greków greczynka greczynki grecc*
hu: węgiersk* węgrzy węgrów węgierka węgierki węgiersc*
in: indyjsk* hindus hindusa hindusi hindusów hinduska hinduski indyjsc*
id: indonezyjsk* indonezyjczy* indonezyjka indonezyjki indonezyjsc*
ir: irańsk* irańczy* iranka iranki irańsc*
iq: irack* irakijczy* irakijka irakijki iracc*
ie: irlandzk* irlandczy* irlandka irlandki
il: izraelsk* izraelczy* izraelka izraelki izraelsc*
it: włosk* włosi włochów włoszka włoszki włosc*
jp: japońsk* japończy* japonka japońsc*
jo: jordańsk* jordańczy* jordanka jordanki jordańsc*
kz: kazachsk* kazach kazacha kazachowie kazachów kazaszka kazaszki kazachsc*
lv: łotewsk* łotysz* łotewsc*
lb: libańsk* libańczy* libanka libanki libańsc*
ly: libijsk* libijczy* libijka libijki libijsc*
lt: litewsk* litwin litwina litwini litwinów litwinka litwinki litewsc*
md: mołdawsk* mołdawian* mołdawsc*
ma: marokańsk* marokańczy* marokanka marokanki marokańsc*
mx: meksykańsk* meksykan* meksykańsc*
nl: holendersk* holender* niderlandzk* holendersc*
nz: nowozelandzk* nowozelandczy* nowozelandka nowozelandki
ng: nigeryjsk* nigeryjczy* nigeryjka nigeryjki nigeryjsc*
no: norwesk* norweg norwega norwegowie norwegów norweżka norweżki norwesc*
pk: pakistańsk* pakistańczy* pakistanka pakistanki pakistańsc*
ps: palestyńsk* palestyńczy* palestynka palestynki palestyńsc*
pl: polski polskie polskiego polskiej polskim polskimi polskich polskiemu polak polaka polakiem polakowi polacy polaków polakom polakami polakach polka polki polscy
pt: portugalsk* portugalczy* portugalka portugalki portugalsc*
ro: rumuńsk* rumun rumuna rumuni rumunów rumunka rumunki rumuńsc*
ru: rosyjsk* rosjan* rosyjsc*
sa: saudyjsk* saudyjczy* saudyjka saudyjki saudyjsc*
rs: serbsk* serb serba serbowie serbów serbka serbki serbsc*
sk: słowack* słowak słowaka słowacy słowaków słowaczka słowaczki słowacc*
si: słoweńsk* słoweniec słoweńc* słowenka słowenki słoweńsc*
es: hiszpańsk* hiszpan hiszpana hiszpanie hiszpanów hiszpanka hiszpanki hiszpańsc*
se: szwedzk* szwed szweda szwedzi szwedów szwedka szwedki
ch: szwajcarsk* szwajcar szwajcara szwajcarzy szwajcarów szwajcarka szwajcarki szwajcarsc*
sy: syryjsk* syryjczy* syryjka syryjki syryjsc*
tw: tajwańsk* tajwańczy* tajwanka tajwanki tajwańsc*
th: tajsk* tajlandzk* tajlandczy* tajowie tajów tajsc*
tr: tureck* turek turka turcy turków turczynka turczynki turecc*
ua: ukraińsk* ukrainiec ukraińc* ukrainka ukrainki ukraińsc*
gb: brytyjsk* brytyjczy* brytyjka brytyjki brytyjsc*
us: amerykańsk* amerykan* amerykańsc*
ve: wenezuelsk* wenezuelczy* wenezuelka wenezuelki wenezuelsc*
vn: wietnamsk* wietnamczy* wietnamka wietnamki wietnamsc*
ye: jemeńsk* jemeńczy* jemenka jemenki jemeńsc*
`),
};
