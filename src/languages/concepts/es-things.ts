/** Spanish things, roles, places and times (see es.ts). */
export const esThings = `
# conflict and security
war: guerra* bélic*
conflict: conflict*
ceasefire: tregua* armisticio* cese
peace: paz pacífic*
offensive: ofensiva* contraofensiva*
troops: tropa* fuerzas
soldier: soldado*
army: ejército*
military: militar*
navy: armada*
weapon: arma armas armamento*
missile: misil* cohete*
drone: dron drones
aircraft: avión avion* aeronave*
helicopter: helicóptero*
ship: buque* barco* navío* embarcaci*
submarine: submarino*
tank: tanque*
ammunition: munición municiones
artillery: artiller*
nuclear: nuclear* atómic*
base: base bases
terrorism: terror*
rebel: rebel* insurgent* milicia*
hostage: rehén rehenes
prisoner: prisioner* preso presos reclus*
civilian: civil civiles
refugee: refugiad* desplazad*
border: frontera*
territory: territori*
defense: defens* defend*
security: segurid*
intelligence: inteligencia espion* espía*
risk: riesgo* peligr*
crisis: crisis
emergency: emergencia*
victim: víctima*
death-toll: balance
body: cadáver* cuerpo*
survivor: sobrevivient* superviv*
missing: desaparecid* desaparici*

# disasters and infrastructure
earthquake: terremoto* sismo* seísmo* temblor*
aftershock: réplica*
magnitude: magnitud richter
epicentre: epicentro*
tsunami: tsunami*
volcano: volcán volcan*
storm: tormenta* temporal
hurricane: huracán huracan* tifón ciclón
fire: incendi* fuego* bomber*
drought: sequía*
heat: calor*
landslide: desliz* alud*
rubble: escombro*
dam: presa* represa*
bridge: puente*
building: edifici*
house: casa casas vivienda*
road: carretera* autopista*
railway: ferrocarril* ferroviari*
airport: aeropuerto*
hospital: hospital*
school: escuela* colegio*
reactor: reactor*

# politics and law
agreement: acuerdo* tratado* pacto*
talks: conversaciones diálogo*
summit: cumbre*
conference: conferencia*
alliance: alianza* aliado*
member: miembro* integrante*
resolution: resoluci*
embassy: embajada*
flag: bandera*
headquarters: sede sedes
ambassador: embajador* enviado*
diplomat: diplomát*
delegation: delegaci* delegad*
election: elecci* electoral*
referendum: referéndum* plebiscito*
candidate: candidat*
party: partido*
parliament: parlament* congreso* diputad* senado*
government: gobierno* gabinete*
minister: ministro* ministra*
ministry: ministerio*
president: presiden*
prime-minister: premier
chancellor: canciller*
king: rey reyes monarca*
queen: reina*
coronation: coronaci* coronad*
funeral: funeral* entierro* sepelio*
pope: papa pontífice*
leader: líder* dirigente*
mayor: alcald*
governor: gobernador*
opposition: oposición
coalition: coalición
majority: mayoría*
law: ley leyes legisla*
constitution: constituci*
court: tribunal* corte
judge: juez jueces jueza
prosecutor: fiscal*
lawyer: abogad*
trial: juicio*
verdict: veredicto* fallo* sentencia*
prison: prisión cárcel* encarcel*
police: polic*
suspect: sospechos*
crime: crimen* delito* criminal*
corruption: corrupci* corrupt* sobor*
spokesperson: portavoz* vocero*
authorities: autoridad*
population: població* habitante*
resident: resident* vecino*
worker: trabajador* obrero* empleado*
sovereignty: soberan*
independence: independen*
rights: derechos
democracy: democra*
migration: migra* inmigra* emigra*
asylum: asilo*
deportation: deport* expuls*
child: niño* niña* menores infantil*

# economy, energy, health, science, sport
company: empresa* compañía*
bank: banco* bancari*
market: mercado*
economy: econom*
recession: recesi*
inflation: inflaci*
price: precio* coste* costo*
budget: presupuest*
debt: deuda*
loan: préstamo* crédito*
tax: impuesto* tributari*
tariff: arancel*
growth: crecimiento*
unemployment: desempleo* paro
jobs: empleo*
wage: salari* sueldo*
energy: energ*
electricity: electricidad eléctric*
gas: gas
oil: petróle* crudo
fuel: combustible* gasolina* diésel
pipeline: gasoducto* oleoducto*
blackout: apagón apagones
water: agua aguas
food: aliment* comida*
grain: cereal* grano* trigo*
climate: clima climát*
emissions: emisi*
aid: ayuda* asistencia
million: millón millones
thousand: mil miles millar*
percent: porcentaje*
health: salud sanitari*
disease: enfermedad*
virus: virus
vaccine: vacun*
epidemic: epidemia* pandemia* brote*
space: espacial* espacio
satellite: satélite*
journalist: periodist* reporter*
team: equipo* selección
goal: gol goles
championship: campeonato* torneo* copa mundial
player: jugador*

# places
country: país países nación naciones
city: ciudad*
village: pueblo* aldea*
capital: capital
region: región regiones provincia*

# time
hour: hora horas
minute: minuto*
day: día días jornada*
week: semana*
month: mes meses mensual*
year: año años anual*
decade: década*
century: siglo*
today: hoy
yesterday: ayer
tomorrow: mañana
morning: madrugada*
evening: tarde tardes
night: noche*
`;
