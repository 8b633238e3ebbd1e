import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { parseConcepts } from '../concepts/vocabulary.js';

/**
 * Spanish words for a country's people and things ("ucraniano", "estadounidenses"), by ISO 3166 code:
 * stems where no form is the country's name (`ucranian*`), the forms otherwise. Forms equal to the
 * name ("India", "China", "Argentina", "Suiza") are left out.
 */
export const esDemonyms: ConceptVocabulary = {
  code: 'es',
  concepts: parseConcepts(`
af: afgano afgana afganos afganas
al: albanés albanesa albaneses albanesas
dz: argelino* argelina*
ar: argentino argentinos argentinas
am: armenio armenios armenias
au: australiano* australiana*
at: austriaco* austriaca* austríaco* austríaca*
az: azerbaiyano* azerbaiyana* azerí azeríes
by: bielorruso* bielorrusa*
be: belga belgas
ba: bosnio bosnios bosnias
br: brasileño* brasileña*
bg: búlgaro* búlgara*
ca: canadiense*
cl: chileno* chilena*
cn: chino chinos chinas
co: colombiano* colombiana*
hr: croata croatas
cu: cubano* cubana*
cz: checo checa checos checas
dk: danés danesa daneses danesas
eg: egipcio* egipcia*
ee: estonio estonios estonias
et: etíope etíopes
fi: finlandés finlandesa finlandeses finlandesas
fr: francés francesa franceses francesas
ge: georgiano* georgiana*
de: alemán alemana alemanes alemanas
gr: griego* griega*
hu: húngaro* húngara*
in: indio indios indias
id: indonesio indonesios indonesias
ir: iraní iraníes
iq: iraquí iraquíes
ie: irlandés irlandesa irlandeses irlandesas
il: israelí israelíes
it: italiano* italiana*
jp: japonés japonesa japoneses japonesas
jo: jordano* jordana*
kz: kazajo* kazaja* kazajistano* kazajistana*
lv: letón letona letones letonas
lb: libanés libanesa libaneses libanesas
ly: libio libios libias
lt: lituano* lituana*
md: moldavo* moldava*
ma: marroquí marroquíes
mx: mexicano* mexicana*
nl: neerlandés neerlandesa neerlandeses neerlandesas holandés holandesa holandeses holandesas
nz: neozelandés neozelandesa neozelandeses neozelandesas
ng: nigeriano* nigeriana*
no: noruego noruegos noruegas
pk: pakistaní pakistaníes
ps: palestino palestinos palestinas
pl: polaco* polaca*
pt: portugués portuguesa portugueses portuguesas
ro: rumano* rumana*
ru: ruso rusa rusos rusas
sa: saudí saudíes saudita sauditas
rs: serbio serbios serbias
sk: eslovaco* eslovaca*
si: esloveno* eslovena*
es: español española españoles españolas
se: sueco* sueca*
ch: suizo suizos suizas
sy: sirio sirios sirias
tw: taiwanés taiwanesa taiwaneses taiwanesas
th: tailandés tailandesa tailandeses tailandesas
tr: turco* turca*
ua: ucraniano* ucraniana*
gb: británico* británica*
us: estadounidense* norteamericano* norteamericana*
ve: venezolano* venezolana*
vn: vietnamita*
ye: yemení yemeníes
`),
};
