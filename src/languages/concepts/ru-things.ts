/** Russian things, roles, places and times (see ru.ts). */
export const ruThings = `
# conflict and security
war: войн*
conflict: конфликт*
ceasefire: перемири*
peace: мир мира миру миром мирн*
offensive: наступлени* контрнаступлени*
front: фронт*
troops: войск*
soldier: солдат* военнослужащ* боец бойц*
army: арми*
military: военн* вооруженн*
navy: флот* вмф
weapon: оружи* вооружени*
missile: ракет*
drone: дрон* беспилотн* бпла
aircraft: самолет* истребител* авиаци*
helicopter: вертолет*
ship: корабл* судн* танкер*
submarine: подлодк* подводн*
tank: танк*
ammunition: боеприпас* снаряд*
artillery: артиллер*
nuclear: ядерн* атомн*
base: база базы базе базу базой
terrorism: террор*
rebel: боевик* повстанц* ополчен* мятеж* партизан*
hostage: залож*
prisoner: пленн* плен военнопленн* заключенн*
civilian: гражданск*
refugee: беженц* беженец переселенц*
border: границ* погранич*
territory: территори*
defense: оборон* защит*
security: безопасност*
intelligence: разведк* разведыват* спецслужб* шпион*
risk: риск* опасн*
crisis: кризис*
emergency: чрезвычайн* чп
victim: жертв*
body: тело тела тел телами труп трупы трупов
survivor: выживш* уцелевш*
missing: пропавш* пропал*

# disasters and infrastructure
earthquake: землетрясен*
aftershock: афтершок*
magnitude: магнитуд*
epicentre: эпицентр*
tsunami: цунами
volcano: вулкан*
storm: шторм* буря бури
hurricane: ураган* тайфун* циклон*
fire: пожар* огонь огня огнем
drought: засух*
heat: жара жары зной*
landslide: оползн* оползень сель
rubble: завал* обломк* руин*
dam: дамб* плотин*
bridge: мост моста мосту мосты
building: здани*
house: дом дома домов домах жиль* жилой жилых жилищ*
road: дорога дороги дорогу дорог дорогах трасс* шоссе
railway: железнодорожн* железная железной
airport: аэропорт*
hospital: больниц* госпитал*
school: школ*
reactor: реактор*

# politics and law
agreement: соглашени* договор* пакт* сделк*
talks: переговор*
summit: саммит*
conference: конференц*
alliance: альянс* союз*
member: член*
resolution: резолюц*
embassy: посольств*
flag: флаг*
headquarters: штаб-квартир*
ambassador: посол посла послом послы посланник*
diplomat: дипломат*
delegation: делегац*
election: выбор*
referendum: референдум*
candidate: кандидат*
party: парти*
parliament: парламент* госдум* депутат* сенат*
government: правительств* кабинет*
minister: министр*
ministry: министерств* минобороны мид
president: президент*
prime-minister: премьер*
chancellor: канцлер*
king: корол* королевств* монарх*
queen: королев*
coronation: коронац*
funeral: похорон* погребен*
pope: папа папы папой понтифик*
leader: лидер* руководител* глава главы главой командир*
mayor: мэр мэра мэром мэрии
governor: губернатор*
opposition: оппозиц*
coalition: коалиц*
majority: большинств*
law: закон* законопроект*
constitution: конституц*
court: суд суда суде судом суды судов судебн*
judge: судья судьи судью судей
prosecutor: прокурор* прокуратур*
lawyer: адвокат* юрист*
verdict: вердикт*
prison: тюрьм* тюрем* колони*
police: полиц* полицейск*
suspect: подозрева*
crime: преступлен* преступн*
corruption: коррупц* взятк*
spokesperson: пресс-секретар* спикер*
authorities: власт*
population: населени*
resident: жител*
worker: рабоч* работник* сотрудник*
sovereignty: суверен*
independence: независим*
rights: права прав
democracy: демократ*
migration: миграц* мигрант* иммигра* эмигра*
asylum: убежищ*
deportation: депортац* депортир* высылк*
child: дети детей детям детьми ребенок ребенка детск*

# economy, energy, health, science, sport
company: компани* фирм* предприяти*
bank: банк*
market: рынок рынка рынке рынки рыночн*
economy: экономи* экономик*
recession: рецесси*
inflation: инфляц*
price: цена цены цен ценам ценах стоимост*
budget: бюджет*
debt: долг* задолжен*
loan: кредит* займ*
tax: налог*
tariff: пошлин* тариф*
growth: рост*
unemployment: безработиц*
jobs: занятост* вакан*
wage: зарплат* заработн*
energy: энерги* энергетик*
electricity: электроэнерги* электричеств*
gas: газ газа газом газу газов*
oil: нефт*
fuel: топлив* бензин* дизел*
pipeline: газопровод* нефтепровод* трубопровод*
blackout: блэкаут* отключени*
water: вода воды воду водой водоснабжен*
food: продовольств* продукт* пища пищи
grain: зерн* пшениц*
climate: климат*
emissions: выброс*
aid: помощ* гуманитарн*
billion: миллиард* млрд
million: миллион* млн
thousand: тысяч*
percent: процент*
health: здоровь* здравоохранен*
disease: болезн* заболева*
virus: вирус*
vaccine: вакцин*
epidemic: эпидеми* пандеми*
space: космос* космическ* космонавт*
satellite: спутник*
journalist: журналист* репортер*
match: матч*
team: команд* сборн*
goal: гол гола голы
championship: чемпионат* турнир* кубок кубка
player: игрок* игроки

# places
country: страна страны стране страну стран странах странам странами государств*
city: город*
village: село села поселок поселк* деревн*
capital: столиц*
region: регион* област* провинц*

# time
hour: час часа часов часы
minute: минут*
day: день дня дней дни сутки суток
week: недел*
month: месяц*
year: год года году годы лет
decade: десятилет*
century: век века веков столети*
today: сегодня сегодняшн*
yesterday: вчера вчерашн*
tomorrow: завтра завтрашн*
morning: утро утра утром утренн*
evening: вечер*
night: ночь ночи ночью ночн*
weekend: выходн*
`;
