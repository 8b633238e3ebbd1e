/** Portuguese things, roles, places and times (see pt.ts). */
export const ptThings = `
# conflict and security
war: guerra* bélic*
conflict: conflito*
ceasefire: cessar-fogo trégua* armistício*
peace: paz pacífic*
offensive: ofensiva* contraofensiva*
front: frente frentes
troops: tropa* forças
soldier: soldado*
army: exército*
military: militar*
navy: marinha*
weapon: arma armas armament*
missile: míssil mísseis foguete*
drone: drone drones
aircraft: avião aviões aeronave*
helicopter: helicóptero*
ship: navio* barco* embarcaç*
submarine: submarino*
tank: tanque*
ammunition: muniç*
artillery: artilharia*
nuclear: nuclear* atômic* atómic*
base: base bases
terrorism: terror*
rebel: rebel* insurgent* milícia*
hostage: refém reféns
prisoner: prisioneir* detento*
civilian: civil civis
refugee: refugiad* deslocad*
border: fronteira*
territory: territóri*
defense: defes* defend*
security: seguran*
intelligence: inteligência espion* espiã*
risk: risco* perig*
crisis: crise crises
emergency: emergência*
victim: vítima*
death-toll: balanço
body: corpo corpos cadáver*
survivor: sobreviven*
missing: desaparecid* desapareci*

# disasters and infrastructure
earthquake: terremoto* sismo* tremor*
aftershock: réplica*
magnitude: magnitude richter
epicentre: epicentro
tsunami: tsunami*
volcano: vulcão vulcões vulcân*
storm: tempestade* temporal
hurricane: furacão furacões tufão ciclone*
fire: incêndio* fogo bombeir* chamas
drought: seca secas estiagem
heat: calor
landslide: deslizamento*
rubble: escombro*
dam: barragem* represa*
bridge: ponte pontes
building: edifício* prédio*
house: casa casas moradia*
road: estrada* rodovia* autoestrada*
railway: ferrovi*
airport: aeroporto*
hospital: hospita*
school: escola*
reactor: reator* reactor*

# politics and law
agreement: acordo* tratado* pacto*
talks: conversaç* diálogo*
summit: cúpula* cimeira*
conference: conferência*
alliance: alian* aliado*
member: membro*
resolution: resoluç*
embassy: embaixada*
flag: bandeira*
headquarters: quartel-general
ambassador: embaixador* enviado*
diplomat: diplomat*
delegation: delegaç*
election: eleição eleições
referendum: referendo* plebiscito*
candidate: candidat*
party: partido*
parliament: parlament* congresso* deputad* senado*
government: govern*
minister: ministro* ministra*
ministry: ministério*
president: presiden*
prime-minister: primeiro-ministr* primeira-ministr* premiê
chancellor: chancel*
king: rei reis monarca*
queen: rainha*
coronation: coroaç* coroad*
funeral: funeral* enterro* sepult*
pope: papa pontífice*
leader: líder* dirigente*
mayor: prefeit* autarca*
governor: governador*
opposition: oposição
coalition: coligaç* coalizão
majority: maioria*
law: lei leis legisla*
constitution: constituiç*
court: tribuna* corte
judge: juiz juízes juíza
prosecutor: procurador* promotor*
lawyer: advogad*
trial: julgamento*
verdict: veredicto* sentença*
prison: prisão prisões cadeia* presídio*
police: polícia* polici*
suspect: suspeit*
crime: crime* criminos*
corruption: corrup* suborno*
spokesperson: porta-voz
authorities: autoridade*
population: populaç* habitante*
resident: morador* residente*
worker: trabalhador* operári* funcionári*
sovereignty: soberan*
independence: independên*
rights: direitos
democracy: democra*
migration: migra* imigra* emigra*
asylum: asilo
deportation: deport* expuls*
child: criança*

# economy, energy, health, science, sport
company: empresa* companhia*
bank: banco* bancári*
market: mercado*
economy: econom*
recession: recess*
inflation: inflaç*
price: preço* custo*
budget: orçament*
debt: dívida*
loan: empréstimo* crédito*
tax: imposto* tribut*
tariff: tarifa*
growth: crescimento*
unemployment: desemprego*
jobs: emprego*
wage: salári*
energy: energ*
electricity: eletricidade electricidade elétric* eléctric*
gas: gás
oil: petróle*
fuel: combustíve* gasolina diesel
pipeline: gasoduto* oleoduto*
blackout: apagão apagões
water: água águas
food: aliment* comida*
grain: grão grãos cereal* trigo
climate: clima climátic*
emissions: emiss*
aid: ajuda* assistência
billion: bilhão bilhões
million: milhão milhões
thousand: mil milhares
percent: porcentage* percentage*
health: saúde sanitári*
disease: doença*
virus: vírus
vaccine: vacin*
epidemic: epidemia* pandemia* surto*
space: espacia* espaço
satellite: satélite*
journalist: jornalist* repórter*
match: jogo jogos partida*
team: equipe* equipa* seleção time
goal: gol golo golos gols
championship: campeonato* torneio* copa taça
player: jogador*

# places
country: país países nação nações
city: cidade*
village: aldeia* vilarejo* povoado*
capital: capital
region: região regiões provínci*

# time
hour: hora horas
minute: minuto*
day: dia dias
week: semana*
month: mês meses mensal*
year: ano anos anual*
decade: década*
century: século*
today: hoje
yesterday: ontem
tomorrow: amanhã
morning: manhã madrugada*
evening: tarde
night: noite*
weekend: fim-de-semana
`;
