/**
 * German things, roles, places and times (see de.ts). Nouns are bare stems without a compound's first
 * part: the matcher finds "Sicherheitsabkommen" through its head `abkommen*`.
 */
export const deThings = `
# conflict and security
war: krieg*
conflict: konflikt*
ceasefire: waffenruhe* waffenstillstand* feuerpause*
peace: frieden* friedlich*
offensive: offensive*
front: front*
troops: truppe*
soldier: soldat*
army: armee* heer heeres
military: militär* streitkräft* bundeswehr*
navy: marine*
weapon: waffe* rüstung*
missile: rakete* flugkörper*
drone: drohne*
aircraft: flugzeug* jet jets kampfjet* flieger*
helicopter: hubschrauber* helikopter*
ship: schiff* boot* frachter*
submarine: unterseeboot*
tank: panzer*
ammunition: munition* geschoss* granate*
artillery: artillerie* haubitze*
nuclear: atom* nuklear* kernkraft*
base: stützpunkt* militärbasis*
terrorism: terror*
rebel: rebell* aufständisch* miliz*
hostage: geisel*
prisoner: gefangen* häftling*
civilian: zivil*
refugee: flüchtling* vertriebene*
border: grenz*
territory: territori* gebiet*
defense: verteidig* abwehr* flugabwehr*
security: sicherheit*
intelligence: geheimdienst* nachrichtendienst* spionage*
risk: risik* gefahr* gefähr*
crisis: krise*
emergency: notstand* notfall* notlage*
victim: opfer*
death-toll: todeszahl* opferzahl* totenzahl*
body: leiche* leichnam*
survivor: überleb*
missing: vermisst* verschwund* verschwand* verschollen*

# disasters and infrastructure
earthquake: erdbeben* beben*
aftershock: nachbeben*
magnitude: magnitude richterskala* stärke
epicentre: epizentrum* epizentren
tsunami: tsunami* flutwelle*
volcano: vulkan*
storm: sturm* stürm* unwetter* orkan*
hurricane: hurrikan* taifun* zyklon* wirbelsturm*
fire: feuer* brand brandes brände bränden flammen
drought: dürre* trockenheit*
heat: hitze*
landslide: erdrutsch*
rubble: trümmer* schutt
dam: damm* dämme* talsperre*
bridge: brücke*
building: gebäude*
house: haus* häuser* wohnung*
road: straße* autobahn*
railway: bahn* eisenbahn*
airport: flughafen* flughäfen*
hospital: krankenhaus* krankenhäuser* klinik* spital*
school: schule* schüler*
reactor: reaktor*

# politics and law
agreement: abkommen* vereinbarung* vertrag* verträge* pakt* deal* übereinkunft* übereinkommen*
talks: gespräch*
summit: gipfel*
conference: konferenz* tagung*
alliance: allianz* bündnis* verbündet*
member: mitglied*
resolution: resolution*
embassy: botschaft*
flag: flagge* fahne*
headquarters: hauptquartier*
ambassador: botschafter* gesandte*
diplomat: diplomat*
delegation: delegation*
election: wahl*
referendum: referend* volksabstimmung* volksentscheid*
candidate: kandidat*
party: partei*
parliament: parlament* bundestag* abgeordnete*
government: regierung* kabinett*
minister: minister*
ministry: ministerium* ministerien
president: präsident*
prime-minister: premier* regierungschef* ministerpräsident*
chancellor: kanzler*
king: könig* monarch*
queen: königin*
coronation: krönung* gekrönt
funeral: beerdigung* beisetzung* begräbnis* trauerfeier* bestattung*
pope: papst* päpst*
leader: anführer* führer* führung*
mayor: bürgermeister*
governor: gouverneur*
opposition: opposition*
coalition: koalition*
majority: mehrheit*
law: gesetz gesetze gesetzes gesetzen gesetzgeb* gesetzlich* gesetzentw*
constitution: verfassung* grundgesetz*
court: gericht gerichts gerichte gerichten gerichtshof* gerichtlich*
judge: richter*
prosecutor: staatsanwalt* staatsanwält*
lawyer: anwalt* anwält*
trial: strafprozess* mordprozess* gerichtsprozess* gerichtsverfahren* strafverfahren*
verdict: urteil*
prison: gefängnis* haft inhaftiert* haftanstalt*
police: polizei* polizist*
suspect: verdächtig* tatverdächtig*
crime: verbrechen* kriminal* straftat*
corruption: korrupt* bestech*
spokesperson: sprecher*
authorities: behörde*
population: bevölkerung* einwohner*
resident: anwohner* bewohner*
worker: arbeiter* beschäftigte* mitarbeiter*
sovereignty: souverän*
independence: unabhängig*
rights: rechte
democracy: demokrat*
migration: migra* einwander* zuwander*
asylum: asyl*
deportation: abschieb* abgeschoben
child: kind*

# economy, energy, health, science, sport
company: unternehmen* firma firmen* konzern*
bank: bank banken
market: markt* märkte*
economy: wirtschaft* konjunktur* ökonom*
recession: rezession*
inflation: inflation* teuerung*
price: preis* kosten
budget: haushalt* budget* etat
debt: schulden* verschuld*
loan: kredit* darlehen*
tax: steuer*
tariff: zoll* zölle*
growth: wachstum*
unemployment: arbeitslos*
jobs: job jobs arbeitsplatz* arbeitsplätze* beschäftigung*
wage: lohn* löhne*
energy: energie*
electricity: strom*
gas: gas erdgas*
oil: öl öls erdöl*
fuel: treibstoff* kraftstoff* benzin* diesel*
pipeline: pipeline* gasleitung*
blackout: stromausfall* blackout*
water: wasser*
food: lebensmittel* nahrung*
grain: getreide* weizen*
climate: klima*
emissions: emission* ausstoß*
aid: hilfe* hilfs* helfen geholfen hilft
billion: milliarde*
million: million*
thousand: tausend*
percent: prozent*
health: gesundheit*
disease: krankheit* erkrank*
virus: virus viren
vaccine: impf* vakzin*
epidemic: epidemie* pandemie* seuche*
space: weltraum* raumfahrt*
satellite: satellit*
journalist: journalist* reporter*
match: spiel*
team: mannschaft* team*
goal: tor tore toren treffer*
championship: meisterschaft* turnier* pokal*
player: spieler*

# places
country: land länder* staat*
city: stadt städte*
village: dorf* dörfer*
capital: hauptstadt*
region: region* provinz*

# time
hour: stunde*
minute: minute*
day: tag tage tagen tages
week: woche*
month: monat*
year: jahr jahre jahren jahres
decade: jahrzehnt*
century: jahrhundert*
today: heute heutig*
yesterday: gestern gestrig*
tomorrow: morgen morgig*
morning: morgens vormittag*
evening: abend*
night: nacht nachts nächte nächten nächtlich*
weekend: wochenende*
`;
