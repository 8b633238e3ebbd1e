import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { parseConcepts } from '../concepts/vocabulary.js';

/**
 * Portuguese words for a country's people and things ("ucranianos", "alemã"), by ISO 3166 code, in
 * Brazilian and European spelling: stems where no form is the country's name (`ucranian*`), the
 * forms otherwise. Forms equal to the name ("Argentina", "Suíça", "Palestina") are left out.
 */
export const ptDemonyms: ConceptVocabulary = {
  code: 'pt',
  concepts: parseConcepts(`
af: afegão afegã afegãos afegãs afegane afeganes
al: albanês albanesa albaneses albanesas
dz: argelin*
ar: argentino argentinos argentinas
am: armênio armênios armênias arménio arménios arménias
au: australian*
at: austríac* austriac*
az: azerbaijan* azeri azeris
by: bielorruss*
be: belga belgas
ba: bósnio bósnios bósnias
br: brasileir*
bg: búlgaro* búlgara*
ca: canadense* canadian*
cl: chilen*
cn: chinês chinesa chineses chinesas
co: colombian*
hr: croata croatas
cu: cuban*
cz: tcheco tcheca tchecos tchecas checo checa checos checas
dk: dinamarquês dinamarquesa dinamarqueses dinamarquesas
eg: egípcio* egípcia*
ee: estonian* estônio estônios estónio estónios
et: etíope etíopes
fi: finlandês finlandesa finlandeses finlandesas
fr: francês francesa franceses francesas
ge: georgian*
de: alemão alemã alemães alemãs
gr: grego* grega*
hu: húngaro* húngara*
in: indian*
id: indonésio indonésios indonésias
ir: iranian*
iq: iraquian*
ie: irlandês irlandesa irlandeses irlandesas
il: israelense* israelita*
it: italian*
jp: japonês japonesa japoneses japonesas
jo: jordanian*
kz: cazaque cazaques
lv: letão letã letões letãs
lb: libanês libanesa libaneses libanesas
ly: líbio líbios líbias
lt: lituano* lituana*
md: moldavo* moldava*
ma: marroquin*
mx: mexican*
nl: holandês holandesa holandeses holandesas neerlandês neerlandesa neerlandeses neerlandesas
nz: neozelandês neozelandesa neozelandeses neozelandesas
ng: nigerian*
no: norueguês norueguesa noruegueses norueguesas
pk: paquistanês paquistanesa paquistaneses paquistanesas
ps: palestino palestinos palestinas
pl: polonês polonesa poloneses polonesas polaco polaca polacos polacas
pt: português portuguesa portugueses portuguesas
ro: romeno* romena*
ru: russo russa russos russas
sa: saudita sauditas
rs: sérvio sérvios sérvias
sk: eslovaco* eslovaca*
si: esloveno* eslovena*
es: espanhol espanhola espanhóis espanholas
se: sueco* sueca*
ch: suíço suíços suíças
sy: sírio sírios sírias
tw: taiwanês taiwanesa taiwaneses taiwanesas
th: tailandês tailandesa tailandeses tailandesas
tr: turco* turca*
ua: ucranian*
gb: britânic*
us: estadunidense* americano* americana*
ve: venezuelan*
vn: vietnamita*
ye: iemenita*
`),
};
