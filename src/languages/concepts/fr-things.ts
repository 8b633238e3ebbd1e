/** French things, roles, places and times (see fr.ts). */
export const frThings = `
# conflict and security
war: guerre*
conflict: conflit*
ceasefire: cessez-le-feu trêve* armistice*
peace: paix pacifi*
offensive: offensive* contre-offensive*
front: front fronts
troops: troupe* forces
soldier: soldat*
army: armée*
military: militair* armé armés
navy: marine*
weapon: arme armes armement*
missile: missile* roquette* fusée*
drone: drone*
aircraft: avion* appareil*
helicopter: hélicoptère*
ship: navire* bateau* cargo*
submarine: sous-marin* submersible*
tank: char chars blindé*
ammunition: munition* obus
artillery: artillerie* mortier* canon canons
nuclear: nucléaire* atomique*
base: base bases
terrorism: terror*
rebel: rebel* rébell* insurg* milice* milicien*
hostage: otage*
prisoner: prisonnier* détenu* captif*
civilian: civil*
refugee: réfugié* déplacé*
border: frontière*
territory: territoir*
defense: défens* défend*
security: sécurit* sûreté
intelligence: renseignement* espion*
risk: risque* danger*
crisis: crise crises
emergency: urgence*
victim: victime*
death-toll: bilan bilans
body: corps cadavre* dépouille*
survivor: survivan* rescapé*
missing: disparu* disparition*

# disasters and infrastructure
earthquake: séisme* tremblement* sismique*
aftershock: réplique*
magnitude: magnitude richter
epicentre: épicentre*
tsunami: tsunami*
volcano: volcan*
storm: tempête* orage*
hurricane: ouragan* typhon* cyclone*
fire: incendi* feu feux flamme*
drought: sécheresse*
heat: chaleur* canicule*
landslide: glissement* éboulement*
rubble: décombres gravats ruines débris
dam: barrage*
bridge: pont ponts
building: bâtiment* immeuble* édifice*
house: maison* logement*
road: route* autoroute*
railway: ferroviaire* rail rails
airport: aéroport*
hospital: hôpita* hospitali*
school: école* scolaire*
reactor: réacteur*

# politics and law
agreement: accord accords traité* pacte*
talks: pourparler* entretien*
summit: sommet*
conference: conférence*
alliance: allian* allié*
member: membre*
resolution: résolution*
embassy: ambassade ambassades
flag: drapeau drapeaux
headquarters: quartier-général quartiers-généraux
ambassador: ambassadeur* ambassadrice* émissaire* envoyé*
diplomat: diplomat*
delegation: délégation* délégué*
election: élection* électoral*
referendum: référendum*
candidate: candidat*
party: parti partis
parliament: parlement* assemblée* député* sénat*
government: gouvernement* exécutif
minister: ministre*
ministry: ministère*
president: présiden*
chancellor: chancel*
king: roi rois monarque*
queen: reine reines
coronation: couronnement* couronné*
funeral: funérailles obsèques enterrement* inhum*
pope: pape papes pontife*
leader: dirigeant* chef chefs leader*
mayor: maire maires
governor: gouverneur*
opposition: opposition*
coalition: coalition*
majority: majorit*
law: loi lois législat*
constitution: constitution*
court: tribuna* cour
judge: juge juges
prosecutor: procureur* parquet
lawyer: avocat*
trial: procès
verdict: verdict* jugement*
prison: prison* incarcér* détention*
police: polic* gendarm*
suspect: suspect*
crime: crime* criminel* délit*
corruption: corrupt*
spokesperson: porte-parole
authorities: autorité*
population: population* habitant*
resident: résident* riverain*
worker: travailleur* ouvrier* salarié* employé*
sovereignty: souverain*
independence: indépendan*
rights: droits
democracy: démocra*
migration: migra* immigr* émigr*
asylum: asile*
deportation: expuls* déport*
child: enfant*

# economy, energy, health, science, sport
company: entreprise* société* firme*
bank: banque* bancaire*
market: marché*
economy: économ*
recession: récession*
inflation: inflation*
price: prix coût*
budget: budget*
debt: dette*
loan: prêt prêts emprunt* crédit*
tax: impôt* taxe* fiscal*
tariff: tarif* douan*
growth: croissance*
unemployment: chômage chômeur*
jobs: emploi*
wage: salaire*
energy: énergi*
electricity: électricité électrique*
gas: gaz
oil: pétrol*
fuel: carburant* essence gazole diesel
pipeline: gazoduc* oléoduc* pipeline*
blackout: panne* coupure*
water: eau eaux
food: aliment* nourriture* vivres
grain: céréale* blé grain*
climate: climat*
emissions: émission*
aid: aide* aidé* aider
billion: milliard*
million: million*
thousand: millier* mille
percent: pourcent* pour-cent
health: santé sanitaire*
disease: maladie*
virus: virus
vaccine: vaccin*
epidemic: épidémi* pandémi*
space: spatia* espace
satellite: satellite*
journalist: journaliste* reporter reporters
match: match matchs
team: équipe équipes
goal: but buts
championship: championnat* tournoi* coupe coupes mondial
player: joueur* joueuse*

# places
country: pays nation nations
city: ville villes cité
village: village*
capital: capitale*
region: région* province*

# time
hour: heure*
minute: minute*
day: jour jours journée*
week: semaine*
month: mois
year: an ans année* annuel*
decade: décennie*
century: siècle*
today: aujourd'hui
yesterday: hier
tomorrow: demain
morning: matin* matinée*
evening: soir soirée*
night: nuit* nocturne*
weekend: week-end*
`;
