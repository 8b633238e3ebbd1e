/** Dutch things, roles, places and times (see nl.ts). Nouns are stems: compounds are read by their head. */
export const nlThings = `
# conflict and security
war: oorlog*
conflict: conflict*
ceasefire: wapenstilstand* staakt-het-vuren wapenbestand*
peace: vrede*
offensive: offensief*
front: front*
troops: troepen
soldier: soldat*
army: leger*
military: militair* krijgsmacht*
navy: marine*
weapon: wapen*
missile: raket*
drone: drone*
aircraft: vliegtuig* toestel*
helicopter: helikopter*
ship: schip schepen
submarine: onderzeeër* onderzeeboot* duikboot*
tank: tank tanks
ammunition: munitie*
artillery: artillerie*
nuclear: atoom* nucleair* kernwap* kerncentrale* kernenergie*
base: basis* legerbasis*
terrorism: terror*
rebel: rebel* opstandeling* militie*
hostage: gijzel*
prisoner: gevangen*
civilian: burger*
refugee: vluchteling*
border: grens grenzen
territory: grondgebied* territori* gebied*
defense: defensie* verdedig*
security: veiligheid*
intelligence: inlichting* spionage*
risk: risico* gevaar* gevaarlijk*
crisis: crisis
emergency: noodtoestand* nood
victim: slachtoffer*
death-toll: dodental*
body: lichaam* lichamen lijk lijken
survivor: overlev*
missing: vermist* verdwen*

# disasters and infrastructure
earthquake: aardbeving* beving*
aftershock: naschok*
magnitude: magnitude richter
epicentre: epicentrum
tsunami: tsunami*
volcano: vulkaan vulkan*
storm: storm*
hurricane: orkaan* tyfoon* cycloon*
fire: brand branden vuur
drought: droogte*
heat: hitte*
landslide: aardverschuiving* modderstroom*
rubble: puin
dam: dam dammen stuwdam*
bridge: brug bruggen
building: gebouw*
house: huis huizen woning*
road: weg wegen snelweg*
railway: spoor spoorweg*
airport: luchthaven* vliegveld*
hospital: ziekenhui*
school: school scholen
reactor: reactor*

# politics and law
agreement: akkoord* overeenkomst* verdrag* pact deal
talks: gesprek*
summit: top topoverleg*
conference: conferentie*
alliance: bondgeno* alliantie*
member: lid leden lidstaat lidstaten
resolution: resolutie*
embassy: ambassade
flag: vlag vlaggen
headquarters: hoofdkwartier* hoofdkantoor*
ambassador: ambassadeur* gezant*
diplomat: diplomat*
delegation: delegatie*
election: verkiezing*
referendum: referend*
candidate: kandida*
party: partij*
parliament: parlement* kamerlid* kamerleden
government: regering* kabinet*
minister: minister ministers
ministry: ministerie*
president: presiden*
prime-minister: premier*
chancellor: kanselier*
king: koning*
queen: koningin*
coronation: kroning* gekroond
funeral: begrafenis* uitvaart*
pope: paus*
leader: leider*
mayor: burgemeester*
governor: gouverneur*
opposition: oppositie*
coalition: coalitie*
majority: meerderheid*
law: wet wetten wetgev*
constitution: grondwet*
court: rechtbank* hof gerechtshof*
judge: rechter*
prosecutor: aanklager*
lawyer: advocat* advocaat
trial: rechtszaak* strafzaak* strafproces*
verdict: vonnis* uitspraak*
prison: gevangenis*
police: politie*
suspect: verdacht*
crime: misdrijf* misdaad* crimin*
corruption: corrupt* omkop*
spokesperson: woordvoer*
authorities: autoriteit* instanties
population: bevolking* inwoner*
resident: bewoner* omwonend*
worker: werknemer* arbeider* medewerker*
sovereignty: soevereinit*
independence: onafhankelijk*
rights: rechten
democracy: democrat*
migration: migra* immigra*
asylum: asiel*
deportation: uitzetting* deport*
child: kind kinderen

# economy, energy, health, science, sport
company: bedrijf* bedrijven onderneming*
bank: bank banken
market: markt*
economy: econom*
recession: recessie*
inflation: inflatie*
price: prijs* prijzen kosten
budget: begroting* budget*
debt: schuld schulden
loan: lening* krediet*
tax: belasting*
tariff: tarief* tarieven heffing*
growth: groei*
unemployment: werkloos*
jobs: baan banen werkgelegenheid
wage: loon lonen salaris*
energy: energie*
electricity: stroom elektriciteit
gas: gas
oil: olie*
fuel: brandstof* benzine diesel
pipeline: pijpleiding* gasleiding*
blackout: stroomstoring* stroomuitval*
water: water
food: voedsel* eten
grain: graan* tarwe
climate: klimaat*
emissions: uitstoot* emissie*
aid: hulp*
billion: miljard*
million: miljoen*
thousand: duizend*
percent: procent*
health: gezondheid*
disease: ziekte*
virus: virus
vaccine: vaccin*
epidemic: epidemie* pandemie* uitbraak*
space: ruimtevaart* ruimte
satellite: satelliet*
journalist: journalist* verslaggever*
match: wedstrijd*
team: team teams ploeg*
goal: doelpunt* goal
championship: kampioenschap* toernooi* beker
player: speler*

# places
country: land landen
city: stad steden
village: dorp*
capital: hoofdstad*
region: regio provincie*

# time
hour: uur uren
minute: minuut minuten
day: dag dagen
week: week weken
month: maand*
year: jaar jaren
decade: decennium decennia
century: eeuw eeuwen
today: vandaag
yesterday: gisteren
tomorrow: morgen
morning: ochtend*
evening: avond*
night: nacht nachten
weekend: weekend*
`;
