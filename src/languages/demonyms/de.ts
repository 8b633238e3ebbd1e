import type { ConceptVocabulary } from '../concepts/vocabulary.js';
import { parseConcepts } from '../concepts/vocabulary.js';

/**
 * German words for a country's people and things ("ukrainischer", "Franzosen"), by ISO 3166 code:
 * adjectives as `-isch*` stems, people by their forms. No stem reaches the country's name
 * ("deutsch" is listed by its forms, not `deutsch*`, which would match "Deutschland"); plurals equal to
 * the name ("Ungarn", "Polen", "Schweden") are left out.
 */
export const deDemonyms: ConceptVocabulary = {
  code: 'de',
  concepts: parseConcepts(`
af: afghanisch* afghane afghanen afghanin afghaninnen
al: albanisch* albaner*
dz: algerisch* algerier*
ar: argentinisch* argentinier*
am: armenisch* armenier*
au: australisch* australier*
at: österreichisch* österreicher*
az: aserbaidschanisch* aserbaidschaner*
by: belarussisch* belarusisch* belarusse belarussen belarussin belarussinnen weißrussisch* weissrussisch* weißrusse weißrussen
be: belgisch* belgier*
ba: bosnisch* bosnier*
br: brasilianisch* brasilianer*
bg: bulgarisch* bulgare bulgaren bulgarin bulgarinnen
ca: kanadisch* kanadier*
cl: chilenisch* chilene chilenen chilenin chileninnen
cn: chinesisch* chinese chinesen chinesin chinesinnen
co: kolumbianisch* kolumbianer*
hr: kroatisch* kroate kroaten kroatin kroatinnen
cu: kubanisch* kubaner*
cz: tschechisch* tscheche tschechen tschechin tschechinnen
dk: dänisch* däne dänen dänin däninnen
eg: ägyptisch* ägypter*
ee: estnisch* este esten estin estinnen
et: äthiopisch* äthiopier*
fi: finnisch* finne finnen finnin finninnen
fr: französisch* franzose franzosen französin französinnen
ge: georgisch* georgier*
de: deutsch deutsche deutscher deutschen deutsches deutschem
gr: griechisch* grieche griechen griechin griechinnen
hu: ungarisch* ungar ungarin ungarinnen
in: indisch* inder inderin inderinnen
id: indonesisch* indonesier*
ir: iranisch* iraner*
iq: irakisch* iraker*
ie: irisch* ire iren irin irinnen
il: israeli*
it: italienisch* italiener*
jp: japanisch* japaner*
jo: jordanisch* jordanier*
kz: kasachisch* kasache kasachen kasachin kasachinnen
lv: lettisch* lette letten lettin lettinnen
lb: libanesisch* libanese libanesen libanesin libanesinnen
ly: libysch* libyer*
lt: litauisch* litauer*
md: moldauisch* moldawisch* moldauer* moldawier*
ma: marokkanisch* marokkaner*
mx: mexikanisch* mexikaner*
nl: niederländisch* niederländer* holländisch* holländer*
nz: neuseeländisch* neuseeländer*
ng: nigerianisch* nigerianer*
no: norwegisch* norweger*
pk: pakistanisch* pakistaner* pakistani pakistanis
ps: palästinensisch* palästinenser*
pl: polnisch* pole polin polinnen
pt: portugiesisch* portugiese portugiesen portugiesin portugiesinnen
ro: rumänisch* rumäne rumänen rumänin rumäninnen
ru: russisch* russe russen russin russinnen
sa: saudisch* saudiarabisch* saudi saudis
rs: serbisch* serbe serben serbin serbinnen
sk: slowakisch* slowake slowaken slowakin slowakinnen
si: slowenisch* slowene slowenen slowenin sloweninnen
es: spanisch* spanier*
se: schwedisch* schwede schwedin schwedinnen
ch: schweizer*
sy: syrisch* syrer*
tw: taiwanisch* taiwanesisch* taiwaner* taiwanese taiwanesen taiwanesin taiwanesinnen
th: thailändisch* thailänder* thai
tr: türkisch* türke türken türkin türkinnen
ua: ukrainisch* ukrainer*
gb: britisch* brite briten britin britinnen
us: amerikanisch* amerikaner*
ve: venezolanisch* venezolaner*
vn: vietnamesisch* vietnamese vietnamesen vietnamesin vietnamesinnen
ye: jemenitisch* jemenit jemeniten jemenitin jemenitinnen
`),
};
