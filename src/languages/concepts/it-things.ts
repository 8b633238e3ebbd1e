/** Italian things, roles, places and times (see it.ts). */
export const itThings = `
# conflict and security
war: guerra* bellic*
conflict: conflitt*
ceasefire: tregua* cessate armistizio*
peace: pace pacific*
offensive: offensiva* controffensiva*
front: fronte fronti
troops: truppe forze
soldier: soldat*
army: esercit*
military: militar*
navy: marina
weapon: arma armi armament*
missile: missil* razz*
drone: drone droni
aircraft: aereo aerei velivol*
helicopter: elicotter*
ship: nave navi imbarcazion*
submarine: sottomarin* sommergibil*
tank: tank blindat*
ammunition: munizion*
artillery: artiglier*
nuclear: nucleare nucleari atomic*
base: base basi
terrorism: terror*
rebel: ribell* insort* milizi*
hostage: ostagg*
prisoner: prigionier* detenut*
civilian: civil*
refugee: rifugiat* profugh* profugo sfollat*
border: confin* frontier*
territory: territori*
defense: difes* difend*
security: sicurezza
intelligence: intelligence spionaggi* spia spie
risk: rischi* pericol*
crisis: crisi
emergency: emergenz*
victim: vittim*
death-toll: bilancio
body: corpo corpi cadaver* salma salme
survivor: sopravviss* superstit*
missing: dispers* scompars*

# disasters and infrastructure
earthquake: terremot* sism*
aftershock: replica repliche
magnitude: magnitudo richter
epicentre: epicentro
tsunami: tsunami
volcano: vulcan*
storm: tempesta* bufera* maltempo
hurricane: uragan* tifone* ciclone*
fire: incendi* fiamme fuoco rogo
drought: siccità
heat: caldo calore canicola
landslide: frana frane smottament*
rubble: macerie detriti
dam: diga dighe
bridge: ponte ponti
building: edifici* palazz*
house: casa case abitazion*
road: strada strade autostrad*
railway: ferrovi*
airport: aeroport*
hospital: ospedal*
school: scuol*
reactor: reattor*

# politics and law
agreement: accordo accordi intesa trattato* patto*
talks: colloqui*
summit: vertice* summit
conference: conferenz*
alliance: allean* alleat*
member: membr*
resolution: risoluzion*
embassy: ambasciata*
flag: bandiera bandiere
headquarters: sede sedi quartier
ambassador: ambasciator* inviat*
diplomat: diplomat*
delegation: delegazion* delegat*
election: elezion* elettoral*
referendum: referendum
candidate: candidat*
party: partito partiti
parliament: parlament* deputat* senato*
government: govern*
minister: ministr*
ministry: minister*
president: presiden*
prime-minister: premier
chancellor: cancellier*
king: re sovrano monarc*
queen: regina*
coronation: incoronazion*
funeral: funeral* esequie
pope: papa pontefice*
leader: leader capo capi
mayor: sindac*
governor: governator*
opposition: opposizion*
coalition: coalizion*
majority: maggioranza
law: legge leggi legislat*
constitution: costituzion*
court: tribunal* corte
judge: giudic*
prosecutor: procura*
lawyer: avvocat* legale
trial: dibattimento*
verdict: sentenza* verdetto*
prison: carcer* prigione
police: polizi* carabinier*
suspect: sospett*
crime: crimin* reato reati delitto*
corruption: corruzion* tangent*
spokesperson: portavoce
authorities: autorità
population: popolazion* abitant*
resident: resident*
worker: lavorator* operai* dipendent*
sovereignty: sovranità
independence: indipenden*
rights: diritti
democracy: democra*
migration: migra* immigra* emigra*
asylum: asilo
deportation: espuls* rimpatri* deport*
child: bambin* figli minori

# economy, energy, health, science, sport
company: aziend* società impres*
bank: banca banche bancari*
market: mercat*
economy: econom*
recession: recession*
inflation: inflazion*
price: prezz* cost*
budget: budget manovra
debt: debito* debiti
loan: prestit* credit*
tax: tasse tassa impost* fiscal*
tariff: dazi dazio tariff*
growth: crescita
unemployment: disoccupa*
jobs: lavoro
wage: salari* stipend*
energy: energ*
electricity: elettricità elettric*
gas: gas
oil: petroli*
fuel: carburant* benzina gasolio
pipeline: gasdott* oleodott*
blackout: blackout
water: acqua acque
food: cibo aliment*
grain: grano cereal*
climate: clima climatic*
emissions: emission*
aid: aiut* assistenza
billion: miliard*
million: milion*
thousand: mila migliai*
percent: percent*
health: salute sanitari*
disease: malatti*
virus: virus
vaccine: vaccin*
epidemic: epidemi* pandemi*
space: spazial* spazio
satellite: satellit*
journalist: giornalist* cronist*
match: partita* gara gare
team: squadra* nazionale
goal: gol rete reti
championship: campionato* torneo* coppa mondiali
player: giocator* calciator*

# places
country: paese paesi nazione nazioni
city: città
village: villaggi* borgo
capital: capitale
region: region* provinc*

# time
hour: ora ore
minute: minut*
day: giorno giorni giornata*
week: settiman*
month: mese mesi mensil*
year: anno anni annual*
decade: decenni*
century: secolo secoli
today: oggi
yesterday: ieri
tomorrow: domani
morning: mattin*
evening: sera serata
night: notte notti notturn*
weekend: weekend
`;
