import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { parseConcepts } from '../concepts/vocabulary.js';

/** English words for a country's people and things ("Ukrainian", "Britons"), by ISO 3166 code. */
export const enDemonyms: ConceptVocabulary = {
  code: 'en',
  concepts: parseConcepts(`
af: afghan afghans
al: albanian*
dz: algerian*
ar: argentine argentines argentinian*
am: armenian*
au: australian*
at: austrian*
az: azerbaijani*
by: belarusian*
be: belgian*
ba: bosnian*
br: brazilian*
bg: bulgarian*
ca: canadian*
cl: chilean*
cn: chinese
co: colombian*
hr: croatian*
cu: cuban*
cz: czech czechs
dk: danish danes
eg: egyptian*
ee: estonian*
et: ethiopian*
fi: finnish finns finn
fr: french frenchman frenchmen frenchwoman
ge: georgian*
de: german germans
gr: greek greeks
hu: hungarian*
in: indian indians
id: indonesian*
ir: iranian*
iq: iraqi iraqis
ie: irish
il: israeli israelis
it: italian*
jp: japanese
jo: jordanian*
kz: kazakh kazakhs kazakhstani*
lv: latvian*
lb: lebanese
ly: libyan*
lt: lithuanian*
md: moldovan*
ma: moroccan*
mx: mexican*
nl: dutch
nz: zealander*
ng: nigerian*
no: norwegian*
pk: pakistani*
ps: palestinian*
pl: polish
pt: portuguese
ro: romanian*
ru: russian russians
sa: saudi saudis
rs: serbian* serbs
sk: slovak slovaks slovakian*
si: slovenian*
es: spanish spaniard*
se: swedish swedes
ch: swiss
sy: syrian*
tw: taiwanese
th: thai
tr: turkish turks
ua: ukrainian*
gb: british briton brits britons
us: american americans
ve: venezuelan*
vn: vietnamese
ye: yemeni yemenis
`),
};
