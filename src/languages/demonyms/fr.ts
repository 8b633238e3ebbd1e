import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { parseConcepts } from '../concepts/vocabulary.js';

/**
 * French words for a country's people and things ("ukrainienne", "Français"), by ISO 3166 code:
 * stems where the four forms share one (`ukrainien*`), the forms otherwise ("turc turcs turque
 * turques"). Forms equal to the country's name ("Argentine", "Suisse") are left out.
 */
export const frDemonyms: ConceptVocabulary = {
  code: 'fr',
  concepts: parseConcepts(`
af: afghan afghane afghans afghanes
al: albanais*
dz: algérien*
ar: argentin argentins argentines
am: arménien*
au: australien*
at: autrichien*
az: azerbaïdjanais* azerbaidjanais* azéri azérie azéris azéries
by: biélorusse* bélarusse* bélarussien*
be: belge belges
ba: bosnien*
br: brésilien*
bg: bulgare bulgares
ca: canadien*
cl: chilien*
cn: chinois*
co: colombien*
hr: croate croates
cu: cubain*
cz: tchèque tchèques
dk: danois*
eg: égyptien*
ee: estonien*
et: éthiopien*
fi: finlandais* finnois*
fr: français française françaises
ge: géorgien*
de: allemand*
gr: grec grecque grecs grecques
hu: hongrois*
in: indien indienne indiens indiennes
id: indonésien*
ir: iranien*
iq: irakien*
ie: irlandais*
il: israélien*
it: italien*
jp: japonais*
jo: jordanien*
kz: kazakh kazakhe kazakhs kazakhes kazakhstanais*
lv: letton lettone lettonne lettons lettones lettonnes
lb: libanais*
ly: libyen*
lt: lituanien*
md: moldave moldaves
ma: marocain*
mx: mexicain*
nl: néerlandais* hollandais*
nz: zélandais* néozélandais*
ng: nigérian*
no: norvégien*
pk: pakistanais*
ps: palestinien*
pl: polonais*
pt: portugais*
ro: roumain*
ru: russe russes
sa: saoudien*
rs: serbe serbes
sk: slovaque slovaques
si: slovène slovènes
es: espagnol*
se: suédois*
ch: suisses suissesse suissesses helvétique*
sy: syrien*
tw: taïwanais* taiwanais*
th: thaïlandais* thaï thaïe thaïs thaïes
tr: turc turque turcs turques
ua: ukrainien*
gb: britannique*
us: américain* étasunien*
ve: vénézuélien*
vn: vietnamien*
ye: yéménite*
`),
};
