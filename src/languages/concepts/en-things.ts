/** English things, roles, places and times (see en.ts). */
export const enThings = `
# conflict and security
war: war wars wartime warfare
conflict: conflict*
ceasefire: ceasefire ceasefires truce truces armistice
peace: peace peaceful peacekeep*
offensive: offensive offensives counteroffensive*
front: front frontline frontlines
troops: troops forces
soldier: soldier*
army: army armies
military: military militaries armed
navy: navy navies naval
weapon: weapon* arms armament*
missile: missile* rocket*
drone: drone* uav uavs
aircraft: aircraft plane planes airplane* aeroplane* airliner* jet jets warplane*
helicopter: helicopter*
ship: ship ships vessel vessels boat boats warship* tanker tankers
submarine: submarine*
tank: tank tanks
ammunition: ammunition munition* shells
artillery: artillery howitzer*
nuclear: nuclear atomic
base: base bases
terrorism: terror*
rebel: rebel* insurgen* militia militias militant militants
hostage: hostage*
prisoner: prisoner* captive* detainee*
civilian: civilian*
refugee: refugee* displaced
border: border* frontier*
territory: territor*
defense: defence defences defense defenses defend* defensive
security: security safety
intelligence: intelligence espionage spy spies spying
risk: risk* danger*
crisis: crisis crises
emergency: emergenc*
victim: victim* casualt*
death-toll: toll tolls
body: body bodies corpse*
survivor: surviv*
missing: missing disappear*

# disasters and infrastructure
earthquake: earthquake* quake quakes
aftershock: aftershock*
magnitude: magnitude richter
epicentre: epicentre epicenter
tsunami: tsunami*
volcano: volcan*
storm: storm*
hurricane: hurricane* typhoon* cyclone*
fire: fire fires wildfire* blaze blazes firefighter firefighters
drought: drought*
heat: heat heatwave*
landslide: landslide* mudslide*
rubble: rubble debris ruins
dam: dam dams
bridge: bridge bridges
building: building buildings
house: house houses home homes housing
road: road roads highway* motorway*
railway: railway* railroad* rail
airport: airport*
hospital: hospital*
school: school*
reactor: reactor*

# politics and law
agreement: agreement* treaty treaties pact pacts accord accords deal deals
talks: talks
summit: summit*
conference: conference*
alliance: allian* ally allies allied
member: member members
resolution: resolution*
embassy: embass*
flag: flag flags
headquarters: headquarters
ambassador: ambassador* envoy*
diplomat: diplomat*
delegation: delegat*
election: election* electoral poll polls
referendum: referend*
candidate: candida*
party: party parties
parliament: parliament* congress lawmakers legislature mps
government: government* cabinet
minister: minister ministers ministerial
ministry: ministry ministries
president: president* presidency
prime-minister: premier premiers premiership
chancellor: chancellor*
king: king kings monarch*
queen: queen queens
coronation: coronation* crowned crowning
funeral: funeral* burial* buried
pope: pope popes pontiff papal
leader: leader* leadership
mayor: mayor*
governor: governor*
opposition: opposition
coalition: coalition*
majority: majority
law: law laws legislat*
constitution: constitution*
court: court courts tribunal*
judge: judge judges
prosecutor: prosecutor*
lawyer: lawyer* attorney*
trial: trial trials
verdict: verdict* ruling rulings
prison: prison* jail*
police: police*
suspect: suspect*
crime: crime* criminal*
corruption: corrupt* brib*
spokesperson: spokes*
authorities: authorit*
population: population* inhabitant*
resident: resident*
worker: worker* employee* staff
sovereignty: sovereign*
independence: independen*
rights: rights
democracy: democra*
migration: migra* immigra* emigra*
asylum: asylum
deportation: deport*
child: child children kids

# economy, energy, health, science, sport
company: company companies firm firms corporation*
bank: bank banks banking
market: market*
economy: econom*
recession: recession*
inflation: inflation*
price: price* cost costs
budget: budget*
debt: debt debts
loan: loan loans credit*
tax: tax taxes taxation
tariff: tariff*
growth: growth
unemployment: unemploy* jobless
jobs: job jobs employment
wage: wage wages salary salaries
energy: energy
electricity: electricity
gas: gas
oil: oil petroleum crude
fuel: fuel* petrol gasoline diesel
pipeline: pipeline*
blackout: blackout* outage*
water: water
food: food foods
grain: grain* wheat
climate: climate
emissions: emission*
aid: aid assistance help helps helped helping
billion: billion billions
million: million millions
thousand: thousand thousands
percent: percent percentage
health: health healthcare
disease: disease* illness*
virus: virus viruses
vaccine: vaccin*
epidemic: epidemic* pandemic* outbreak*
space: space spacecraft
satellite: satellite*
journalist: journalist* reporter*
match: match matches game games
team: team teams squad
goal: goal goals
championship: championship* tournament* cup
player: player*

# places
country: country countries nation nations
city: city cities town towns
village: village*
capital: capital
region: region* province*

# time
hour: hour hours
minute: minute minutes
day: day days
week: week weeks weekly
month: month months monthly
year: year years annual
decade: decade*
century: century centuries
today: today
yesterday: yesterday
tomorrow: tomorrow
morning: morning*
evening: evening*
night: night nights overnight tonight
weekend: weekend*
`;
