/** Polish things, roles, places and times (see pl.ts). */
export const plThings = `
# conflict and security
war: wojn* wojenn*
conflict: konflikt*
ceasefire: rozejm*
peace: pokoj* pokój
offensive: ofensyw* kontrofensyw*
front: front*
troops: wojska wojsk oddziały
soldier: żołnierz*
army: armi*
military: wojskow* militarn* zbrojn*
navy: marynark*
weapon: broń broni uzbroj*
missile: rakiet* pocisk*
drone: dron*
aircraft: samolot* myśliw*
helicopter: śmigłow* helikopter*
ship: statek statku statki statków okręt*
submarine: podwodn*
tank: czołg*
ammunition: amunicj*
artillery: artyler*
nuclear: jądrow* atomow* nuklear*
base: baza bazy bazie bazą
terrorism: terror*
rebel: rebeli* bojownik* powstańc* milicj*
hostage: zakładni*
prisoner: jeńc* jeniec więźni* więzień
civilian: cywil*
refugee: uchodźc*
border: granic*
territory: teryto*
defense: obron*
security: bezpieczeństw*
intelligence: wywiad* szpieg*
risk: ryzyk* niebezpiecz*
crisis: kryzys*
emergency: nadzwyczaj*
victim: ofiar*
death-toll: bilans*
body: ciało ciała ciał zwłok*
survivor: ocalał* ocalali ocaleni przeżył*
missing: zaginion* zaginęł* zaginął

# disasters and infrastructure
earthquake: trzęsieni*
magnitude: magnitud* richter*
epicentre: epicentr*
tsunami: tsunami
volcano: wulkan*
storm: burza burzy burze sztorm* nawałnic*
hurricane: huragan* tajfun* cyklon*
fire: pożar* ogień ognia strażac*
drought: susz*
heat: upał*
landslide: osuwisk* osunięci*
rubble: gruzy gruzach gruzów gruzowisk*
dam: zapora zapory zaporze zaporę tama tamy tamie
bridge: most mostu moście mosty
building: budyn*
house: dom domy domu domów domach
road: droga drogi drogę drogowy* drogow*
railway: kolej kolei koleją kolejow*
airport: lotnisk*
hospital: szpital*
school: szkoł* szkoln*
reactor: reaktor*

# politics and law
agreement: porozumieni* umow* umów* traktat* pakt*
talks: rozmow* rozmów*
summit: szczyt*
conference: konferencj*
alliance: sojusz*
member: członk* członek
resolution: rezolucj*
embassy: ambasad*
flag: flaga flagi flagę flagą fladze
headquarters: siedzib* kwater*
ambassador: ambasador* wysłanni*
diplomat: dyplomat*
delegation: delegacj*
election: wybor*
referendum: referend*
candidate: kandyda*
party: parti*
parliament: parlament* sejm* senat* posłowie posłów
government: rząd rządu rządzie rządow*
minister: minister ministra ministrem ministrowie ministrów
ministry: ministerstw* resort*
president: prezydent*
prime-minister: premier*
chancellor: kanclerz*
king: król*
queen: królow*
coronation: koronacj*
funeral: pogrzeb*
pope: papież*
leader: przywódc* lider*
mayor: burmistrz*
governor: gubernator* wojewod*
opposition: opozycj*
coalition: koalicj*
majority: większoś*
law: ustaw* prawo
constitution: konstytucj*
court: sąd sądu sądzie sądy sądów trybunał*
judge: sędzi*
prosecutor: prokurat* prokurator*
lawyer: adwokat* prawnik*
trial: rozpraw*
verdict: wyrok* orzeczeni*
prison: więzieni*
police: policj* policjan*
suspect: podejrzan*
crime: przestęp* zbrodni*
corruption: korupcj* łapówk*
spokesperson: rzeczni*
authorities: władz*
population: ludnoś* populacj*
resident: mieszkańc* mieszkaniec
worker: pracowni* robotni*
sovereignty: suwerenn*
independence: niepodległoś* niezależnoś*
rights: prawa praw
democracy: demokra*
migration: migra* imigra* emigra*
asylum: azyl*
deportation: deport*
child: dzieci dziecko dziecka dzieck*

# economy, energy, health, science, sport
company: firm* spółk* przedsiębiorstw*
bank: bank*
market: rynek rynku rynki rynk*
economy: gospodar* ekonom*
recession: recesj*
inflation: inflacj*
price: cena ceny cen cenach cenami cenow*
budget: budżet*
debt: dług* zadłuż*
loan: pożyczk* kredyt*
tax: podat*
tariff: cło cła cłami taryf*
growth: wzrost*
unemployment: bezroboci*
jobs: praca pracy pracę zatrudnieni*
wage: wynagrodz* pensj* płaca płace
energy: energi*
electricity: prąd* elektryczn*
gas: gaz gazu gazem gazow*
oil: ropa ropy ropą ropę naftow*
fuel: paliw*
pipeline: gazociąg* rurociąg* ropociąg*
blackout: blackout*
water: woda wody wodę wodą wodzie
food: żywnoś* jedzeni*
grain: zboż* pszenic* ziarn*
climate: klimat*
emissions: emisj*
aid: pomoc*
billion: miliard*
million: milion*
thousand: tysiąc* tysięc*
percent: procent*
health: zdrow*
disease: chorob* chorób
virus: wirus*
vaccine: szczepion* szczepi*
epidemic: epidemi* pandemi*
space: kosmi*
satellite: satelit*
journalist: dziennikar* reporter*
match: mecz*
team: drużyn* zespół zespołu reprezentacj*
goal: gol gola gole goli bramk*
championship: mistrzostw* turniej* puchar*
player: zawodni* piłkarz*

# places
country: kraj kraju kraje krajów państw*
city: miast*
village: wieś wsi wioska wiosk*
capital: stolic*
region: region* prowincj* województw*

# time
hour: godzin*
minute: minut*
day: dzień dni dnia doba doby
week: tydzień tygodni*
month: miesiąc* miesięc*
year: rok roku lat lata latach
decade: dekad*
century: wiek wieku stuleci*
today: dziś dzisiaj dzisiejsz*
yesterday: wczoraj wczorajsz*
tomorrow: jutro jutrzejsz*
morning: rano ranek rankiem porann*
evening: wieczor* wieczór
night: noc nocy nocą nocn*
weekend: weekend*
`;
