/** Ukrainian things, roles, places and times (see uk.ts). */
export const ukThings = `
# conflict and security
war: війн*
conflict: конфлікт*
ceasefire: перемир*
peace: мир миру мирн*
offensive: наступ наступу наступі контрнаступ*
front: фронт*
troops: військ*
soldier: солдат* військовослужб* боєць бійц*
army: армі*
military: військов* збройн*
navy: флот* вмс
weapon: зброя зброї зброю озброєн*
missile: ракет*
drone: дрон* безпілотн* бпла
aircraft: літак* винищувач* авіаці*
helicopter: гелікоптер* вертоліт* вертольот*
ship: корабл* судн* танкер*
submarine: підводн*
tank: танк*
ammunition: боєприпас* снаряд*
artillery: артилері*
nuclear: ядерн* атомн*
base: база бази базі базу
terrorism: терор*
rebel: бойовик* повстан* ополчен* партизан*
hostage: заручни*
prisoner: полонен* полон в'язн* військовополонен*
civilian: цивільн*
refugee: біженц* біженець переселен*
border: кордон*
territory: територі*
defense: оборон* захист*
security: безпек*
intelligence: розвідк* розвідув* спецслужб* шпигун*
risk: ризик* небезпе*
crisis: криз*
emergency: надзвичайн*
victim: жертв*
body: тіло тіла тіл тілами труп трупи трупів
survivor: вижил* вцілі*
missing: зникл* безвісти

# disasters and infrastructure
earthquake: землетрус*
aftershock: афтершок*
magnitude: магнітуд*
epicentre: епіцентр*
tsunami: цунамі
volcano: вулкан*
storm: шторм* буря бурі негод*
hurricane: ураган* тайфун* циклон*
fire: пожеж* вогонь вогню вогнем
drought: посух*
heat: спека спеки спекою
landslide: зсув*
rubble: завал* уламк* руїн*
dam: дамб* гребл*
bridge: міст мосту мости мостів
building: будівл* споруд*
house: будинок будинку будинки будинків житл*
road: дорога дороги дорогу доріг трас* шосе
railway: залізниц* залізничн*
airport: аеропорт*
hospital: лікарн* шпитал* госпітал*
school: школ*
reactor: реактор*

# politics and law
agreement: угод* договір договор* пакт*
talks: переговор*
summit: саміт*
conference: конференці*
alliance: альянс* союз*
member: член*
resolution: резолюці*
embassy: посольств*
flag: прапор*
headquarters: штаб-квартир*
ambassador: посол посла послом посли
diplomat: дипломат*
delegation: делегаці*
election: вибор*
referendum: референдум*
candidate: кандидат*
party: парті*
parliament: парламент* рада ради раді радою депутат*
government: уряд*
minister: міністр*
ministry: міністерств* мзс
president: президент*
prime-minister: прем'єр*
chancellor: канцлер*
king: корол* королівств* монарх*
queen: королев*
coronation: коронаці*
funeral: похорон*
pope: папа папи папою понтифік*
leader: лідер* керівни* очільни*
mayor: мер мера мером
governor: губернатор*
opposition: опозиці*
coalition: коаліці*
majority: більшіст*
law: закон* законопроект*
constitution: конституці*
court: суд суду суді судом суди судів судов*
judge: суддя судді суддю суддів
prosecutor: прокурор* прокуратур*
lawyer: адвокат* юрист*
verdict: вердикт*
prison: в'язниц* ув'язнен* тюрм* колоні*
police: поліці* поліцейськ*
suspect: підозр*
crime: злочин*
corruption: корупці* хабар*
spokesperson: речни* речниц*
authorities: влад*
population: населен*
resident: мешкан* жител*
worker: працівни* робітни* співробітни*
sovereignty: суверен*
independence: незалежн*
rights: права прав
democracy: демократ*
migration: міграц* мігрант* імміграц* еміграц*
asylum: притулок притулку
deportation: депортац* депортува* видворен*
child: діти дітей дитин* дитяч*

# economy, energy, health, science, sport
company: компані* фірм* підприєм*
bank: банк*
market: ринок ринку ринки ринков*
economy: економі*
recession: рецесі*
inflation: інфляці*
price: ціна ціни цін цінами цінах вартіст*
budget: бюджет*
debt: борг*
loan: кредит* позик*
tax: податк* податок
tariff: мито мита митами тариф*
growth: зростан*
unemployment: безробітт*
jobs: зайнятіст*
wage: зарплат* заробітн*
energy: енергі* енергетик*
electricity: електроенергі* електрик*
gas: газ газу газом газов*
oil: нафт*
fuel: пальн* бензин* дизел*
pipeline: газопровід газопровод* нафтопровід нафтопровод* трубопровід трубопровод*
blackout: блекаут* відключен*
water: вода води воду водою водопостачан*
food: продовольств* продукт* харч*
grain: зерн* пшениц*
climate: клімат*
emissions: викид*
aid: допомог* гуманітарн*
billion: мільярд* млрд
million: мільйон* млн
thousand: тисяч*
percent: відсот* процент*
health: здоров*
disease: хвороб* захворюван*
virus: вірус*
vaccine: вакцин*
epidemic: епідемі* пандемі*
space: космос* космічн* космонавт*
satellite: супутник*
journalist: журналіст* репортер*
match: матч*
team: команд* збірн*
goal: гол гола голи
championship: чемпіонат* турнір* кубок кубка
player: гравц* гравець

# places
country: країн* держав*
city: місто міста місті містом містах міськ*
village: село села селі селищ* сіл
capital: столиц*
region: регіон* област* провінці*

# time
hour: година години годин годину
minute: хвилин*
day: день дня днів дні доби добу
week: тижн* тиждень
month: місяц* місяць
year: рік року роки років
decade: десятиліт*
century: століт* сторіч*
today: сьогодні сьогоднішн*
yesterday: вчора учора вчорашн*
tomorrow: завтра завтрашн*
morning: ранок ранку вранці ранков*
evening: вечір вечора ввечері вечірн*
night: ніч ночі вночі нічн*
weekend: вихідн*
`;
