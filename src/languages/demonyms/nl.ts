import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { parseConcepts } from '../concepts/vocabulary.js';

/**
 * Dutch words for a country's people and things ("Oekraïense", "Amerikanen"), by ISO 3166 code:
 * adjective stems where no form is the country's name (`oekraïens*`), people by their forms. Forms that
 * equal the name ("Polen", "Zweden") or a common word ("let", "pool") are left out.
 */
export const nlDemonyms: ConceptVocabulary = {
  code: 'nl',
  concepts: parseConcepts(`
af: afghaans* afghaan afghanen
al: albanees albanese albanezen
dz: algerijn*
ar: argentijn*
am: armeens* armeniër*
au: australisch* australiër*
at: oostenrijks* oostenrijker*
az: azerbeidzjaans* azerbeidzjaan azerbeidzjanen azerisch* azeri
by: belarussisch* witrussisch* belarussen
be: belgisch* belg belgen
ba: bosnisch* bosniër*
br: braziliaans* braziliaan brazilianen
bg: bulgaars* bulgaar bulgaren
ca: canadees canadese canadezen
cl: chileens* chileen chilenen
cn: chinees chinese chinezen
co: colombiaans* colombiaan colombianen
hr: kroatisch* kroaat kroaten
cu: cubaans* cubaan cubanen
cz: tsjechisch* tsjech tsjechen
dk: deens* deen denen
eg: egyptisch* egyptenaar egyptenaren
ee: estisch* ests estse esten
et: ethiopisch* ethiopiër*
fi: fins finse finnen
fr: frans franse fransen fransman fransmannen
ge: georgisch* georgiër*
de: duits duitse duitser duitsers
gr: grieks griekse griek grieken
hu: hongaars hongaarse hongaar hongaren
in: indiaas indiase indiër indiërs
id: indonesisch* indonesiër*
ir: iraans iraanse iraniër*
iq: iraaks iraakse irakees irakese irakezen
ie: iers ierse ier ieren
il: israëlisch* israëliër* israëli israelisch* israeliër*
it: italiaans* italiaan italianen
jp: japans* japanner*
jo: jordaans* jordaniër*
kz: kazachs kazachse kazach kazachen kazachstaans*
lv: lets letse letlandse
lb: libanees libanese libanezen
ly: libisch* libiër*
lt: litouws* litouwer*
md: moldavisch* moldaviër* moldaafs moldaafse
ma: marokkaans* marokkaan marokkanen
mx: mexicaans* mexicaan mexicanen
nl: nederlands nederlandse nederlander nederlanders hollands hollandse hollander hollanders
nz: nieuwzeelands* zeelander zeelanders
ng: nigeriaans* nigeriaan nigerianen
no: noors noorse noor
pk: pakistaans* pakistaan pakistanen pakistani
ps: palestijn*
pl: pools poolse
pt: portugees portugese portugezen
ro: roemeens* roemeen roemenen
ru: russisch* rus russen
sa: saoedisch* saoediër*
rs: servisch* serviër*
sk: slowaaks* slowaak slowaken
si: sloveens* sloveen slovenen
es: spaans* spanjaard*
se: zweeds* zweed
ch: zwitsers* zwitser
sy: syrisch* syriër*
tw: taiwanees taiwanese taiwanezen
th: thais thaise thai
tr: turks* turk turken
ua: oekraïens* oekraïner* oekraiens* oekrainer*
gb: brits britse brit britten
us: amerikaans* amerikaan amerikanen
ve: venezolaans* venezolaan venezolanen
vn: vietnamees vietnamese vietnamezen
ye: jemenitisch* jemeniet jemenieten
`),
};
