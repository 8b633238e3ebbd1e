import { list } from '../entities/vocabulary.js';

/** A well-known institution, party, company or news outlet and the forms it is written in. */
export interface OrganisationEntry {
  /** 'org:nato'. */
  ref: string;
  /** English canonical name, one of the forms. */
  name: string;
  /** Every written form: acronyms, full names and the inflected forms news use ("Białym Domu"). */
  names: readonly string[];
  /** The same forms by the language codes that write them. */
  forms: Readonly<Record<string, readonly string[]>>;
}

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk'];

/**
 * One organisation a line: 'ref = English name; en de: form|form; fr: form; …'. Languages that
 * write a form alike share a group; 'all' stands for the ten languages.
 *
 * Left out as ambiguous: bare "Senate", "Supreme Court", "Parliament", "Rada", "Wagner", "Amnesty",
 * "Guardian", "Politico", "Congreso" and "Congresso" (Spain's and Brazil's), the common words "Vox",
 * "Podemos", "Lega", and the acronyms "CPI" (consumer prices), "PCC" (a Brazilian gang), "FDI",
 * "PPE", "EVP", "EPL", "EI", "CIO", "MTS", "PO", "PP", "NABU" (a German NGO too), "МКС" (the ISS) and
 * "ВВС" (the Russian air force). Kept though doubtful: "Congress", "Labour", "House of
 * Representatives", "Bloomberg" (also the man), "Amazon" (also the river), "Meta", "ICC" (also
 * cricket), "Bundesregierung" and "Oberhaus" (also Austria's and other countries').
 */
const DATA = [
  // International
  'nato = NATO; en de it pl: NATO|Nato; en: North Atlantic Treaty Organization; ' +
    'de: Organisation des Nordatlantikvertrags; fr es pt: OTAN; ' +
    'fr: Organisation du traité de l’Atlantique nord; ' +
    'es: Organización del Tratado del Atlántico Norte; ' +
    'it: Organizzazione del Trattato dell’Atlantico del Nord; ' +
    'pt: Organização do Tratado do Atlântico Norte; ' +
    'nl: NAVO|Navo|Noord-Atlantische Verdragsorganisatie; ' +
    'pl: Organizacja Traktatu Północnoatlantyckiego; ru uk: НАТО; ' +
    'ru: Организация Североатлантического договора; uk: Організація Північноатлантичного договору',
  'eu = European Union; en de nl: EU; en: European Union; de: Europäische Union|Europäischen Union; ' +
    'fr es it pt pl: UE; fr: Union européenne; es: Unión Europea; it: Unione europea|Ue; ' +
    'pt: União Europeia; nl: Europese Unie; ' +
    'pl: Unia Europejska|Unii Europejskiej|Unię Europejską|Unią Europejską; ' +
    'ru: ЕС|Европейский союз|Европейского союза|Евросоюз|Евросоюза|Евросоюзе|Евросоюзу|Евросоюзом; ' +
    'uk: ЄС|Європейський Союз|Європейського Союзу|Євросоюз|Євросоюзу|Євросоюзі|Євросоюзом',
  'european-commission = European Commission; en: European Commission|EU Commission; ' +
    'de: Europäische Kommission|Europäischen Kommission|EU-Kommission; fr: Commission européenne; ' +
    'es: Comisión Europea; it: Commissione europea|Commissione Ue; pt: Comissão Europeia; ' +
    'nl: Europese Commissie; ' +
    'pl: Komisja Europejska|Komisji Europejskiej|Komisję Europejską|Komisją Europejską|KE; ' +
    'ru: Европейская комиссия|Еврокомиссия|Еврокомиссии|Еврокомиссию|Еврокомиссией; ' +
    'uk: Європейська комісія|Єврокомісія|Єврокомісії|Єврокомісію|Єврокомісією',
  'european-parliament = European Parliament; en: European Parliament; ' +
    'de: Europäisches Parlament|Europäischen Parlament|Europäischen Parlaments|EU-Parlament|' +
    'EU-Parlaments|Europaparlament|Europaparlaments; fr: Parlement européen; ' +
    'es it: Parlamento Europeo; pt: Parlamento Europeu; nl: Europees Parlement|Europarlement; ' +
    'pl: Parlament Europejski|Parlamentu Europejskiego|Parlamencie Europejskim; ' +
    'ru: Европейский парламент|Европарламент|Европарламента|Европарламенте|Европарламенту; ' +
    'uk: Європейський парламент|Європарламент|Європарламенту|Європарламенті',
  'european-council = European Council; en: European Council; ' +
    'de: Europäischer Rat|Europäischen Rat|Europäischen Rates; fr: Conseil européen; ' +
    'es: Consejo Europeo; it: Consiglio europeo; pt: Conselho Europeu; nl: Europese Raad; ' +
    'pl: Rada Europejska|Rady Europejskiej|Radzie Europejskiej; ' +
    'ru: Европейский совет|Евросовет|Евросовета; uk: Європейська рада|Європейської ради',
  'council-of-the-eu = Council of the European Union; ' +
    'en: Council of the European Union|Council of the EU; ' +
    'de: Rat der Europäischen Union|Rat der EU|EU-Ministerrat; ' +
    'fr: Conseil de l’Union européenne|Conseil de l’UE; ' +
    'es: Consejo de la Unión Europea|Consejo de la UE; ' +
    'it: Consiglio dell’Unione europea|Consiglio dell’Ue; ' +
    'pt: Conselho da União Europeia|Conselho da UE; nl: Raad van de Europese Unie|Raad van de EU; ' +
    'pl: Rada Unii Europejskiej|Rada UE|Rady UE; ru: Совет Европейского союза|Совет ЕС|Совета ЕС; ' +
    'uk: Рада Європейського Союзу|Рада ЄС|Ради ЄС',
  'council-of-europe = Council of Europe; en: Council of Europe; ' +
    'de: Europarat|Europarats|Europarates; fr: Conseil de l’Europe; es: Consejo de Europa; ' +
    'it: Consiglio d’Europa; pt: Conselho da Europa; nl: Raad van Europa; ' +
    'pl: Rada Europy|Rady Europy|Radzie Europy; ru: Совет Европы|Совета Европы; ' +
    'uk: Рада Європи|Ради Європи',
  'ecb = European Central Bank; en nl: ECB; en: European Central Bank; ' +
    'de: Europäische Zentralbank|Europäischen Zentralbank|EZB; fr es it pt: BCE; ' +
    'fr: Banque centrale européenne; es: Banco Central Europeo; it: Banca centrale europea|Bce; ' +
    'pt: Banco Central Europeu; nl: Europese Centrale Bank; ' +
    'pl: Europejski Bank Centralny|Europejskiego Banku Centralnego|EBC; ' +
    'ru: Европейский центральный банк|ЕЦБ; uk: Європейський центральний банк|ЄЦБ',
  'cjeu = Court of Justice of the European Union; ' +
    'en: Court of Justice of the European Union|European Court of Justice|CJEU|ECJ; ' +
    'de: Europäischer Gerichtshof|Europäischen Gerichtshof|Europäischen Gerichtshofs|EuGH; ' +
    'fr: Cour de justice de l’Union européenne|CJUE; es pt: TJUE; ' +
    'es: Tribunal de Justicia de la Unión Europea; ' +
    'it: Corte di giustizia dell’Unione europea|Corte di giustizia Ue; ' +
    'pt: Tribunal de Justiça da União Europeia; ' +
    'nl: Hof van Justitie van de Europese Unie|Europees Hof van Justitie; ' +
    'pl: Trybunał Sprawiedliwości Unii Europejskiej|TSUE; ru: Суд Европейского союза|Суд ЕС; ' +
    'uk: Суд Європейського Союзу|Суд ЄС',
  'echr = European Court of Human Rights; en: European Court of Human Rights|ECtHR; ' +
    'de: Europäischer Gerichtshof für Menschenrechte|EGMR; ' +
    'fr: Cour européenne des droits de l’homme|CEDH; es pt: TEDH; ' +
    'es: Tribunal Europeo de Derechos Humanos; it: Corte europea dei diritti dell’uomo|Cedu; ' +
    'pt: Tribunal Europeu dos Direitos Humanos; nl: Europees Hof voor de Rechten van de Mens|EHRM; ' +
    'pl: Europejski Trybunał Praw Człowieka|ETPC; ru: Европейский суд по правам человека|ЕСПЧ; ' +
    'uk: Європейський суд з прав людини|ЄСПЛ',
  'frontex = Frontex; en de fr es it pt nl pl: Frontex; ru uk: Фронтекс',
  'europol = Europol; en de fr es it pt nl pl: Europol; ru: Европол; uk: Європол',
  'un = United Nations; en de: UN; en: United Nations|U.N.; ' +
    'de: Vereinte Nationen|Vereinten Nationen|UNO|Uno; fr es it pt: ONU; ' +
    'fr: Organisation des Nations unies|Nations unies; ' +
    'es: Organización de las Naciones Unidas|Naciones Unidas; ' +
    'it: Organizzazione delle Nazioni Unite|Nazioni Unite|Onu; ' +
    'pt: Organização das Nações Unidas|Nações Unidas; nl: Verenigde Naties|VN; ' +
    'pl: Organizacja Narodów Zjednoczonych|Narody Zjednoczone|Narodów Zjednoczonych|ONZ; ru uk: ООН; ' +
    'ru: Организация Объединённых Наций; uk: Організація Об’єднаних Націй',
  'un-security-council = UN Security Council; ' +
    'en: UN Security Council|United Nations Security Council|U.N. Security Council; ' +
    'de: UN-Sicherheitsrat|UN-Sicherheitsrats|Weltsicherheitsrat|Weltsicherheitsrats|' +
    'Sicherheitsrat der Vereinten Nationen; ' +
    'fr: Conseil de sécurité de l’ONU|Conseil de sécurité des Nations unies; ' +
    'es: Consejo de Seguridad de la ONU|Consejo de Seguridad de las Naciones Unidas; ' +
    'it: Consiglio di sicurezza dell’Onu|Consiglio di sicurezza delle Nazioni Unite; ' +
    'pt: Conselho de Segurança da ONU|Conselho de Segurança das Nações Unidas; ' +
    'nl: VN-Veiligheidsraad|Veiligheidsraad van de Verenigde Naties; ' +
    'pl: Rada Bezpieczeństwa ONZ|Rady Bezpieczeństwa ONZ|Radzie Bezpieczeństwa ONZ; ' +
    'ru: Совет Безопасности ООН|Совета Безопасности ООН|Совбез ООН|СБ ООН; ' +
    'uk: Рада Безпеки ООН|Ради Безпеки ООН|Радбез ООН|РБ ООН',
  'un-general-assembly = UN General Assembly; ' +
    'en: UN General Assembly|United Nations General Assembly; ' +
    'de: UN-Vollversammlung|UN-Generalversammlung|Generalversammlung der Vereinten Nationen; ' +
    'fr: Assemblée générale de l’ONU|Assemblée générale des Nations unies; ' +
    'es: Asamblea General de la ONU|Asamblea General de las Naciones Unidas; ' +
    'it: Assemblea generale dell’Onu|Assemblea generale delle Nazioni Unite; ' +
    'pt: Assembleia Geral da ONU|Assembleia Geral das Nações Unidas; ' +
    'nl: Algemene Vergadering van de Verenigde Naties; ' +
    'pl: Zgromadzenie Ogólne ONZ|Zgromadzenia Ogólnego ONZ; ' +
    'ru: Генеральная Ассамблея ООН|Генассамблея ООН|Генассамблеи ООН; ' +
    'uk: Генеральна Асамблея ООН|Генасамблея ООН|Генасамблеї ООН',
  'unesco = UNESCO; en de fr es it pt nl pl: UNESCO|Unesco; ru uk: ЮНЕСКО',
  'unicef = UNICEF; en de fr es it pt nl pl: UNICEF|Unicef; ru: ЮНИСЕФ; uk: ЮНІСЕФ',
  'unhcr = UNHCR; en de it nl pl: UNHCR; ' +
    'en: UN Refugee Agency|United Nations High Commissioner for Refugees; ' +
    'de: UN-Flüchtlingshilfswerk|UN-Flüchtlingskommissariat; ' +
    'fr: HCR|Haut Commissariat des Nations unies pour les réfugiés; es pt: ACNUR; ' +
    'es: Alto Comisionado de las Naciones Unidas para los Refugiados; ' +
    'it: Alto commissariato delle Nazioni Unite per i rifugiati; ' +
    'pt: Alto Comissariado das Nações Unidas para Refugiados; nl: VN-Vluchtelingenorganisatie; ' +
    'ru uk: УВКБ ООН; ru: Управление Верховного комиссара ООН по делам беженцев; ' +
    'uk: Управління Верховного комісара ООН у справах біженців',
  'unrwa = UNRWA; en de fr es it pt nl pl: UNRWA; ru uk: БАПОР|БАПОР ООН',
  'who = World Health Organization; en de nl pl: WHO; en: World Health Organization; ' +
    'de: Weltgesundheitsorganisation; fr es it pt: OMS; fr: Organisation mondiale de la santé; ' +
    'es: Organización Mundial de la Salud; it: Organizzazione mondiale della sanità|Oms; ' +
    'pt: Organização Mundial da Saúde; nl: Wereldgezondheidsorganisatie; ' +
    'pl: Światowa Organizacja Zdrowia|Światowej Organizacji Zdrowia; ' +
    'ru: Всемирная организация здравоохранения|ВОЗ; uk: Всесвітня організація охорони здоров’я|ВООЗ',
  'imf = International Monetary Fund; en nl: IMF; en: International Monetary Fund; ' +
    'de: Internationaler Währungsfonds|Internationalen Währungsfonds|IWF; fr es it pt: FMI; ' +
    'fr: Fonds monétaire international; es: Fondo Monetario Internacional; ' +
    'it: Fondo monetario internazionale|Fmi; pt: Fundo Monetário Internacional; ' +
    'nl: Internationaal Monetair Fonds; ' +
    'pl: Międzynarodowy Fundusz Walutowy|Międzynarodowego Funduszu Walutowego|MFW; ru uk: МВФ; ' +
    'ru: Международный валютный фонд; uk: Міжнародний валютний фонд',
  'world-bank = World Bank; en: World Bank; de: Weltbank; fr: Banque mondiale; es pt: Banco Mundial; ' +
    'it: Banca mondiale; nl: Wereldbank; pl: Bank Światowy|Banku Światowego|Banku Światowym; ' +
    'ru: Всемирный банк|Всемирного банка; uk: Світовий банк|Світового банку',
  'wto = World Trade Organization; en de nl pl: WTO; en: World Trade Organization; ' +
    'de: Welthandelsorganisation; fr es it pt: OMC; fr: Organisation mondiale du commerce; ' +
    'es: Organización Mundial del Comercio; it: Organizzazione mondiale del commercio|Wto; ' +
    'pt: Organização Mundial do Comércio; nl: Wereldhandelsorganisatie; ' +
    'pl: Światowa Organizacja Handlu; ru: Всемирная торговая организация|ВТО; ' +
    'uk: Світова організація торгівлі|СОТ',
  'osce = OSCE; en fr es it pt: OSCE; en: Organization for Security and Co-operation in Europe; ' +
    'de: OSZE|Organisation für Sicherheit und Zusammenarbeit in Europa; ' +
    'fr: Organisation pour la sécurité et la coopération en Europe; ' +
    'es: Organización para la Seguridad y la Cooperación en Europa; ' +
    'it: Organizzazione per la sicurezza e la cooperazione in Europa|Osce; ' +
    'pt: Organização para a Segurança e Cooperação na Europa; ' +
    'nl: OVSE|Organisatie voor Veiligheid en Samenwerking in Europa; ' +
    'pl: OBWE|Organizacja Bezpieczeństwa i Współpracy w Europie; ' +
    'ru: ОБСЕ|Организация по безопасности и сотрудничеству в Европе; ' +
    'uk: ОБСЄ|Організація з безпеки та співробітництва в Європі',
  'oecd = OECD; en de pl: OECD; en: Organisation for Economic Co-operation and Development; ' +
    'de: Organisation für wirtschaftliche Zusammenarbeit und Entwicklung; fr es pt: OCDE; ' +
    'fr: Organisation de coopération et de développement économiques; ' +
    'es: Organización para la Cooperación y el Desarrollo Económicos; it: OCSE|Ocse; ' +
    'pt: Organização para a Cooperação e Desenvolvimento Económico; nl: OESO; ' +
    'pl: Organizacja Współpracy Gospodarczej i Rozwoju; ru: ОЭСР; uk: ОЕСР',
  'g7 = G7; all: G7; en: G-7|Group of Seven; de: Gruppe der Sieben; ' +
    'ru: Большая семёрка|Большая семерка|Группа семи; uk: Велика сімка|Група семи',
  'g20 = G20; all: G20; en: G-20|Group of Twenty; de: Gruppe der Zwanzig; ' +
    'ru: Большая двадцатка|Группа двадцати; uk: Велика двадцятка|Група двадцяти',
  'brics = BRICS; en de fr es it pt nl pl: BRICS; ru uk: БРИКС',
  'opec = OPEC; en de it nl pl: OPEC|Opec; en: Organization of the Petroleum Exporting Countries; ' +
    'de: Organisation erdölexportierender Länder; fr es pt: OPEP; ' +
    'fr: Organisation des pays exportateurs de pétrole; ' +
    'es: Organización de Países Exportadores de Petróleo; ' +
    'it: Organizzazione dei Paesi esportatori di petrolio; ' +
    'pt: Organização dos Países Exportadores de Petróleo; ru uk: ОПЕК; ' +
    'ru: Организация стран-экспортёров нефти',
  'iaea = International Atomic Energy Agency; en de nl: IAEA; ' +
    'en: International Atomic Energy Agency; ' +
    'de: Internationale Atomenergiebehörde|Internationalen Atomenergiebehörde|IAEO; fr it pt: AIEA; ' +
    'fr: Agence internationale de l’énergie atomique; ' +
    'es: OIEA|Organismo Internacional de Energía Atómica; ' +
    'it: Agenzia internazionale per l’energia atomica|Aiea; ' +
    'pt: Agência Internacional de Energia Atómica|Agência Internacional de Energia Atômica; ' +
    'nl: Internationaal Atoomenergieagentschap; pl: MAEA|Międzynarodowa Agencja Energii Atomowej; ' +
    'ru: МАГАТЭ|Международное агентство по атомной энергии; ' +
    'uk: МАГАТЕ|Міжнародне агентство з атомної енергії',
  'iea = International Energy Agency; en de nl: IEA; en: International Energy Agency; ' +
    'de: Internationale Energieagentur; fr es it: AIE; fr: Agence internationale de l’énergie; ' +
    'es: Agencia Internacional de la Energía; it: Agenzia internazionale dell’energia; ' +
    'pt: Agência Internacional de Energia; nl: Internationaal Energieagentschap; ' +
    'pl: Międzynarodowa Agencja Energetyczna; ru: Международное энергетическое агентство|МЭА; ' +
    'uk: Міжнародне енергетичне агентство|МЕА',
  'icc = International Criminal Court; en: International Criminal Court|ICC; ' +
    'de: Internationaler Strafgerichtshof|Internationalen Strafgerichtshof|' +
    'Internationalen Strafgerichtshofs|IStGH; fr: Cour pénale internationale; ' +
    'es: Corte Penal Internacional; it: Corte penale internazionale; ' +
    'pt: Tribunal Penal Internacional|TPI; nl: Internationaal Strafhof; ' +
    'pl: Międzynarodowy Trybunał Karny|Międzynarodowego Trybunału Karnego|MTK; ' +
    'ru: Международный уголовный суд|МУС; uk: Міжнародний кримінальний суд',
  'icj = International Court of Justice; en: International Court of Justice|ICJ|World Court; ' +
    'de: Internationaler Gerichtshof|Internationalen Gerichtshof|Internationalen Gerichtshofs|IGH; ' +
    'fr es: CIJ; fr: Cour internationale de justice; es: Corte Internacional de Justicia; ' +
    'it: Corte internazionale di giustizia; pt: Tribunal Internacional de Justiça|TIJ; ' +
    'nl: Internationaal Gerechtshof; pl: Międzynarodowy Trybunał Sprawiedliwości; ' +
    'ru: Международный суд ООН; uk: Міжнародний суд ООН',
  'icrc = International Committee of the Red Cross; en nl: ICRC; ' +
    'en: International Committee of the Red Cross|Red Cross; ' +
    'de: Internationales Komitee vom Roten Kreuz|IKRK|Rotes Kreuz|Roten Kreuz|Roten Kreuzes; ' +
    'fr es it: CICR; fr: Comité international de la Croix-Rouge|Croix-Rouge; ' +
    'es: Comité Internacional de la Cruz Roja|Cruz Roja; ' +
    'it: Comitato internazionale della Croce Rossa|Croce Rossa; ' +
    'pt: Comitê Internacional da Cruz Vermelha|Comité Internacional da Cruz Vermelha|CICV|' +
    'Cruz Vermelha; nl: Internationaal Comité van het Rode Kruis|Rode Kruis; ' +
    'pl: Międzynarodowy Komitet Czerwonego Krzyża|MKCK|Czerwony Krzyż|Czerwonego Krzyża; ' +
    'ru: Международный комитет Красного Креста|МККК|Красный Крест|Красного Креста; ' +
    'uk: Міжнародний комітет Червоного Хреста|МКЧХ|Червоний Хрест|Червоного Хреста',
  'amnesty = Amnesty International; en de fr es it pt nl pl ru: Amnesty International; ' +
    'ru: Международная амнистия; uk: Міжнародна амністія',
  'hrw = Human Rights Watch; all: Human Rights Watch|HRW; ru: Хьюман Райтс Вотч',
  'msf = Doctors Without Borders; en: Doctors Without Borders|MSF; en fr: Médecins Sans Frontières; ' +
    'de: Ärzte ohne Grenzen; es: Médicos Sin Fronteras; it: Medici senza frontiere; ' +
    'pt: Médicos Sem Fronteiras; nl: Artsen zonder Grenzen; pl: Lekarze bez Granic; ' +
    'ru: Врачи без границ; uk: Лікарі без кордонів',
  'interpol = Interpol; en de fr es it pt nl pl: Interpol; ru: Интерпол; uk: Інтерпол',
  'greenpeace = Greenpeace; en de fr es it pt nl pl: Greenpeace; ru: Гринпис; uk: Грінпіс',
  'wef = World Economic Forum; en nl: World Economic Forum|WEF; de: Weltwirtschaftsforum; ' +
    'fr: Forum économique mondial; es: Foro Económico Mundial; it: Forum economico mondiale; ' +
    'pt: Fórum Económico Mundial|Fórum Econômico Mundial; pl: Światowe Forum Ekonomiczne; ' +
    'ru: Всемирный экономический форум; uk: Світовий економічний форум',
  'african-union = African Union; en: African Union; de: Afrikanische Union; fr: Union africaine; ' +
    'es: Unión Africana; it: Unione africana; pt: União Africana; nl: Afrikaanse Unie; ' +
    'pl: Unia Afrykańska; ru: Африканский союз; uk: Африканський союз',
  'arab-league = Arab League; en: Arab League|League of Arab States; de nl: Arabische Liga; ' +
    'fr: Ligue arabe; es pt: Liga Árabe; it: Lega araba; pl: Liga Arabska; ' +
    'ru: Лига арабских государств; uk: Ліга арабських держав',
  'asean = ASEAN; en de fr es it pt nl pl: ASEAN; ru uk: АСЕАН',
  'sco = Shanghai Cooperation Organisation; ' +
    'en: Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO; ' +
    'de: Shanghaier Organisation für Zusammenarbeit|SOZ; ' +
    'fr: Organisation de coopération de Shanghai|OCS; es: Organización de Cooperación de Shanghái; ' +
    'it: Organizzazione per la cooperazione di Shanghai; pt: Organização para Cooperação de Xangai; ' +
    'nl: Shanghai Samenwerkingsorganisatie; pl: Szanghajska Organizacja Współpracy; ru uk: ШОС; ' +
    'ru: Шанхайская организация сотрудничества; uk: Шанхайська організація співробітництва',
  'csto = Collective Security Treaty Organization; en: Collective Security Treaty Organization|CSTO; ' +
    'de: Organisation des Vertrags über kollektive Sicherheit|OVKS; fr es: OTSC; ' +
    'fr: Organisation du traité de sécurité collective; ' +
    'es: Organización del Tratado de Seguridad Colectiva; ' +
    'it: Organizzazione del Trattato di Sicurezza Collettiva; ' +
    'pt: Organização do Tratado de Segurança Coletiva; ' +
    'pl: Organizacja Układu o Bezpieczeństwie Zbiorowym; ru uk: ОДКБ; ' +
    'ru: Организация Договора о коллективной безопасности; ' +
    'uk: Організація Договору про колективну безпеку',
  'fifa = FIFA; en de fr es it pt nl pl: FIFA|Fifa; ru: ФИФА; uk: ФІФА',
  'uefa = UEFA; en de fr es it pt nl pl: UEFA|Uefa; ru uk: УЕФА',
  'ioc = International Olympic Committee; en de nl: IOC; en: International Olympic Committee; ' +
    'de: Internationales Olympisches Komitee; fr: Comité international olympique; ' +
    'es: Comité Olímpico Internacional; it: Comitato Olimpico Internazionale; ' +
    'pt: Comitê Olímpico Internacional|Comité Olímpico Internacional; ' +
    'nl: Internationaal Olympisch Comité; pl: Międzynarodowy Komitet Olimpijski|MKOl; ru uk: МОК; ' +
    'ru: Международный олимпийский комитет; uk: Міжнародний олімпійський комітет',
  // United States
  'white-house = White House; en: White House; de: Weißes Haus|Weißen Haus|Weißen Hauses; ' +
    'fr: Maison-Blanche|Maison Blanche; es: Casa Blanca; it: Casa Bianca; pt: Casa Branca; ' +
    'nl: Witte Huis; pl: Biały Dom|Białego Domu|Białym Domu|Białemu Domowi; ' +
    'ru: Белый дом|Белого дома|Белом доме|Белому дому|Белым домом; ' +
    'uk: Білий дім|Білого дому|Білому домі|Білим домом',
  'pentagon = Pentagon; en de nl pl: Pentagon; fr: Pentagone; es pt: Pentágono; it: Pentagono; ' +
    'pl: Pentagonu|Pentagonie; ru: Пентагон|Пентагона|Пентагоне|Пентагону; ' +
    'uk: Пентагон|Пентагону|Пентагоні',
  'state-department = US State Department; en de: State Department; ' +
    'en: US State Department|U.S. State Department|Department of State; de: US-Außenministerium; ' +
    'fr: Département d’État; es pt: Departamento de Estado; it: Dipartimento di Stato; ' +
    'pl: Departament Stanu|Departamentu Stanu; ' +
    'ru: Госдепартамент|Госдепартамента|Госдепартаменте|Госдеп|Госдепа|Государственный департамент; ' +
    'uk: Держдепартамент|Держдепартаменту|Держдеп|Державний департамент',
  'justice-department = US Justice Department; ' +
    'en: US Justice Department|Justice Department|Department of Justice|DOJ; de: US-Justizministerium; ' +
    'fr: Département de la Justice; es: Departamento de Justicia; it: Dipartimento di Giustizia; ' +
    'pt: Departamento de Justiça; pl: Departament Sprawiedliwości; ' +
    'ru: Министерство юстиции США|Минюст США; uk: Міністерство юстиції США|Мін’юст США',
  'us-congress = US Congress; en: US Congress|U.S. Congress|Congress; de: US-Kongress|US-Kongresses; ' +
    'fr: Congrès américain; es: Congreso de Estados Unidos; it: Congresso degli Stati Uniti; ' +
    'it pt: Congresso americano; pt: Congresso dos Estados Unidos; nl: Amerikaanse Congres; ' +
    'pl: Kongres USA|Kongresu USA|Kongres Stanów Zjednoczonych; ' +
    'ru: Конгресс США|Конгресса США|Конгрессе США; uk: Конгрес США|Конгресу США|Конгресі США',
  'us-senate = US Senate; en: US Senate|U.S. Senate|United States Senate; de: US-Senat|US-Senats; ' +
    'fr: Sénat américain; es: Senado de Estados Unidos; ' +
    'it: Senato degli Stati Uniti|Senato americano|Senato Usa; ' +
    'pt: Senado dos Estados Unidos|Senado americano; nl: Amerikaanse Senaat; pl: Senat USA|Senatu USA; ' +
    'ru: Сенат США|Сената США|Сенате США; uk: Сенат США|Сенату США|Сенаті США',
  'us-house = US House of Representatives; ' +
    'en: US House of Representatives|U.S. House of Representatives|House of Representatives; ' +
    'de: US-Repräsentantenhaus|Repräsentantenhaus|Repräsentantenhauses; fr: Chambre des représentants; ' +
    'es: Cámara de Representantes; it: Camera dei Rappresentanti; pt: Câmara dos Representantes; ' +
    'nl: Huis van Afgevaardigden; pl: Izba Reprezentantów|Izby Reprezentantów|Izbie Reprezentantów; ' +
    'ru: Палата представителей|Палаты представителей|Палате представителей; ' +
    'uk: Палата представників|Палати представників|Палаті представників',
  'us-supreme-court = US Supreme Court; ' +
    'en: US Supreme Court|U.S. Supreme Court|Supreme Court of the United States|SCOTUS; ' +
    'de: Oberster Gerichtshof der USA|Obersten Gerichtshof der USA|Obersten Gerichtshofs der USA; ' +
    'fr: Cour suprême des États-Unis; ' +
    'es: Corte Suprema de Estados Unidos|Tribunal Supremo de Estados Unidos; ' +
    'it: Corte Suprema degli Stati Uniti; ' +
    'pt: Suprema Corte dos Estados Unidos|Supremo Tribunal dos Estados Unidos; ' +
    'nl: Hooggerechtshof van de Verenigde Staten|Amerikaanse Hooggerechtshof; ' +
    'pl: Sąd Najwyższy USA|Sądu Najwyższego USA; ru: Верховный суд США|Верховного суда США; ' +
    'uk: Верховний суд США|Верховного суду США',
  'cia = CIA; all: CIA; en de: Central Intelligence Agency; ru uk: ЦРУ',
  'fbi = FBI; all: FBI; en de: Federal Bureau of Investigation; ru uk: ФБР',
  'nsa = NSA; all: NSA; en de: National Security Agency; ru uk: АНБ',
  'nasa = NASA; en de fr es it pt nl pl: NASA|Nasa; ru uk: НАСА',
  'fed = Federal Reserve; en de nl: Federal Reserve; en: Fed|US Federal Reserve; de: US-Notenbank; ' +
    'fr: Réserve fédérale; es pt: Reserva Federal; it: Riserva federale; ' +
    'pl: Rezerwa Federalna|Rezerwy Federalnej|Rezerwie Federalnej; ru uk: ФРС; ' +
    'ru: Федеральная резервная система; uk: Федеральна резервна система',
  'democratic-party = Democratic Party; en: Democratic Party; de: Demokratische Partei; ' +
    'fr: Parti démocrate; es: Partido Demócrata; pt: Partido Democrata; nl: Democratische Partij; ' +
    'pl: Partia Demokratyczna|Partii Demokratycznej; ' +
    'ru: Демократическая партия|Демократической партии; uk: Демократична партія|Демократичної партії',
  'republican-party = Republican Party; en: Republican Party|GOP; de: Republikanische Partei; ' +
    'fr: Parti républicain; es pt: Partido Republicano; it: Partito Repubblicano; ' +
    'nl: Republikeinse Partij; pl: Partia Republikańska|Partii Republikańskiej; ' +
    'ru: Республиканская партия|Республиканской партии; ' +
    'uk: Республіканська партія|Республіканської партії',
  // United Kingdom
  'downing-street = Downing Street; en de fr es it pt nl pl: Downing Street; ru: Даунинг-стрит; ' +
    'uk: Даунінг-стріт',
  'uk-parliament = UK Parliament; ' +
    'en: UK Parliament|British Parliament|Parliament of the United Kingdom; ' +
    'de: Parlament des Vereinigten Königreichs|Britisches Parlament; ' +
    'fr: Parlement du Royaume-Uni|Parlement britannique; ' +
    'es: Parlamento del Reino Unido|Parlamento británico; ' +
    'it: Parlamento del Regno Unito|Parlamento britannico; ' +
    'pt: Parlamento do Reino Unido|Parlamento britânico; nl: Parlement van het Verenigd Koninkrijk; ' +
    'pl: Parlament Wielkiej Brytanii; ru: Парламент Великобритании|Британский парламент; ' +
    'uk: Парламент Великої Британії|Британський парламент',
  'house-of-commons = House of Commons; en: House of Commons; ' +
    'de: Unterhaus|Unterhauses|Britisches Unterhaus; fr: Chambre des communes; ' +
    'es: Cámara de los Comunes; it: Camera dei Comuni; pt: Câmara dos Comuns; nl: Lagerhuis; ' +
    'pl: Izba Gmin|Izby Gmin|Izbie Gmin; ru: Палата общин|Палаты общин|Палате общин; ' +
    'uk: Палата громад|Палати громад|Палаті громад',
  'house-of-lords = House of Lords; en: House of Lords; de: Oberhaus|Oberhauses|Britisches Oberhaus; ' +
    'fr: Chambre des lords; es: Cámara de los Lores; it: Camera dei Lord|Camera dei Lords; ' +
    'pt: Câmara dos Lordes; nl: Hogerhuis; pl: Izba Lordów|Izby Lordów; ' +
    'ru: Палата лордов|Палаты лордов; uk: Палата лордів|Палати лордів',
  'labour = Labour Party; en de nl: Labour|Labour Party; de: Labour-Partei; fr: Parti travailliste; ' +
    'es: Partido Laborista; it: Partito laburista; pt: Partido Trabalhista; ' +
    'pl: Partia Pracy|Partii Pracy; ru: Лейбористская партия|Лейбористской партии; ' +
    'uk: Лейбористська партія|Лейбористської партії',
  'conservative-party = Conservative Party; en: Conservative Party|Tories|Tory Party; ' +
    'de: Konservative Partei|Tories; fr: Parti conservateur; es pt: Partido Conservador; ' +
    'it: Partito conservatore; nl: Conservatieve Partij; ' +
    'pl: Partia Konserwatywna|Partii Konserwatywnej; ru: Консервативная партия|Консервативной партии; ' +
    'uk: Консервативна партія|Консервативної партії',
  'liberal-democrats = Liberal Democrats; en de: Liberal Democrats|Lib Dems; de: Liberaldemokraten; ' +
    'fr: Libéraux-démocrates; pl: Liberalni Demokraci; ru: Либеральные демократы; ' +
    'uk: Ліберальні демократи',
  'reform-uk = Reform UK; all: Reform UK',
  'snp = Scottish National Party; en de: SNP; en: Scottish National Party; ' +
    'de: Schottische Nationalpartei; fr: Parti national écossais; es: Partido Nacional Escocés; ' +
    'it: Partito Nazionale Scozzese; pt: Partido Nacional Escocês; nl: Schotse Nationale Partij; ' +
    'pl: Szkocka Partia Narodowa; ru: Шотландская национальная партия; ' +
    'uk: Шотландська національна партія',
  'nhs = National Health Service; en de fr es it pt nl pl: NHS; en: National Health Service',
  'bank-of-england = Bank of England; en de nl pl: Bank of England|BoE; fr: Banque d’Angleterre; ' +
    'es pt: Banco de Inglaterra; it: Banca d’Inghilterra; pl: Bank Anglii; ru: Банк Англии; ' +
    'uk: Банк Англії',
  'mi6 = MI6; en de fr es it pt nl pl: MI6; en: Secret Intelligence Service; ru: МИ-6|МИ6; uk: МІ-6|МІ6',
  // France
  'elysee = Élysée Palace; en: Élysée Palace|Elysee Palace; en de fr nl: Élysée|Elysée|Elysee; ' +
    'de: Élysée-Palast|Elysée-Palast; fr: Palais de l’Élysée; es: Palacio del Elíseo|Elíseo; ' +
    'it: Palazzo dell’Eliseo|Eliseo; pt: Palácio do Eliseu|Eliseu; ' +
    'pl: Pałac Elizejski|Pałacu Elizejskim; ' +
    'ru: Елисейский дворец|Елисейского дворца|Елисейском дворце; ' +
    'uk: Єлисейський палац|Єлисейського палацу|Єлисейському палаці',
  'french-national-assembly = French National Assembly; en: French National Assembly; ' +
    'en de fr: Assemblée nationale; de: Französische Nationalversammlung; ' +
    'es: Asamblea Nacional francesa; it: Assemblea nazionale francese; ' +
    'pt: Assembleia Nacional francesa; ru: Национальное собрание Франции; uk: Національні збори Франції',
  'rassemblement-national = National Rally; en: National Rally; ' +
    'en de fr it nl pl: Rassemblement national; es: Agrupación Nacional; ru: Национальное объединение; ' +
    'uk: Національне об’єднання',
  'france-insoumise = France Unbowed; en: France Unbowed; en de fr es it: La France insoumise|LFI; ' +
    'ru: Непокорённая Франция; uk: Нескорена Франція',
  'les-republicains = Les Républicains; en de fr es it: Les Républicains',
  // Germany
  'bundestag = Bundestag; en de fr es it pt nl pl: Bundestag; ' +
    'de: Bundestags|Bundestages|Deutscher Bundestag|Deutschen Bundestag|Deutschen Bundestages; ' +
    'pl: Bundestagu; ru: Бундестаг|Бундестага|Бундестаге|Бундестагу; ' +
    'uk: Бундестаг|Бундестагу|Бундестазі',
  'bundesrat = Bundesrat; en de fr es it pt nl pl: Bundesrat; de: Bundesrats|Bundesrates; ' +
    'ru uk: Бундесрат; ru: Бундесрата|Бундесрате; uk: Бундесрату|Бундесраті',
  'german-government = German Federal Government; ' +
    'en: German Federal Government|Federal Government of Germany; de: Bundesregierung; ' +
    'fr: Gouvernement fédéral allemand; es: Gobierno federal alemán; it: Governo federale tedesco; ' +
    'pt: Governo federal alemão; ru: Федеральное правительство Германии|Правительство ФРГ; ' +
    'uk: Федеральний уряд Німеччини|Уряд ФРН',
  'german-chancellery = German Chancellery; en: German Chancellery; ' +
    'de: Bundeskanzleramt|Bundeskanzleramts|Kanzleramt|Kanzleramts; ru: Ведомство федерального канцлера',
  'german-foreign-office = German Foreign Office; en: German Foreign Office|Federal Foreign Office; ' +
    'de: Auswärtiges Amt|Auswärtigen Amt|Auswärtigen Amts|Auswärtigen Amtes; ru: МИД Германии|МИД ФРГ; ' +
    'uk: МЗС Німеччини',
  'bundeswehr = Bundeswehr; en de fr es it pt nl pl: Bundeswehr; ' +
    'ru: Бундесвер|Бундесвера|Бундесвере; uk: Бундесвер|Бундесверу',
  'federal-constitutional-court = Federal Constitutional Court; en: Federal Constitutional Court; ' +
    'de: Bundesverfassungsgericht|Bundesverfassungsgerichts|BVerfG; ' +
    'fr: Cour constitutionnelle fédérale; es pt: Tribunal Constitucional Federal; ' +
    'it: Corte costituzionale federale; pl: Federalny Trybunał Konstytucyjny; ' +
    'ru: Федеральный конституционный суд; uk: Федеральний конституційний суд',
  'bundesbank = Bundesbank; en de fr es it pt nl pl: Bundesbank|Deutsche Bundesbank; ru uk: Бундесбанк',
  'bnd = BND; en de fr es it pt nl pl: BND; en: Federal Intelligence Service; ' +
    'de: Bundesnachrichtendienst; ru uk: БНД',
  'cdu = CDU; en de fr es it pt nl pl: CDU; en: Christian Democratic Union; ' +
    'de: Christlich Demokratische Union|Christlich Demokratische Union Deutschlands; ' +
    'fr: Union chrétienne-démocrate; es: Unión Demócrata Cristiana; it: Unione Cristiano-Democratica; ' +
    'pt: União Democrata-Cristã; nl: Christen-Democratische Unie; ' +
    'pl: Unia Chrześcijańsko-Demokratyczna; ru: ХДС|Христианско-демократический союз; ' +
    'uk: ХДС|Християнсько-демократичний союз',
  'csu = CSU; en de fr es it pt nl pl: CSU; en: Christian Social Union; ' +
    'de: Christlich-Soziale Union|Christlich-Soziale Union in Bayern; fr: Union chrétienne-sociale; ' +
    'es: Unión Social Cristiana; it: Unione Cristiano-Sociale; pt: União Social-Cristã; ' +
    'pl: Unia Chrześcijańsko-Społeczna; ru: ХСС|Христианско-социальный союз; ' +
    'uk: ХСС|Християнсько-соціальний союз',
  'spd = SPD; en de fr es it pt nl pl: SPD; en: Social Democratic Party of Germany; ' +
    'de: Sozialdemokratische Partei Deutschlands; fr: Parti social-démocrate d’Allemagne; ' +
    'es: Partido Socialdemócrata de Alemania; it: Partito Socialdemocratico di Germania; ' +
    'pt: Partido Social-Democrata da Alemanha; nl: Sociaaldemocratische Partij van Duitsland; ' +
    'pl: Socjaldemokratyczna Partia Niemiec; ru: СДПГ|Социал-демократическая партия Германии; ' +
    'uk: СДПН|Соціал-демократична партія Німеччини',
  'fdp = FDP; en de fr es it pt nl pl: FDP; en: Free Democratic Party; ' +
    'de: Freie Demokratische Partei; es: Partido Democrático Libre; pl: Wolna Partia Demokratyczna; ' +
    'ru: СвДП|Свободная демократическая партия; uk: ВДП|Вільна демократична партія',
  'greens-germany = Alliance 90/The Greens; en: Alliance 90/The Greens|German Greens; ' +
    'de nl: Bündnis 90/Die Grünen; de: Die Grünen|Grünen|Grüne; fr: Alliance 90/Les Verts; ' +
    'es: Alianza 90/Los Verdes; it: Alleanza 90/I Verdi; pt: Aliança 90/Os Verdes; ' +
    'pl: Sojusz 90/Zieloni; ru: Союз 90/Зелёные; uk: Союз 90/Зелені',
  'afd = AfD; en de fr es it pt nl pl: AfD; en: Alternative for Germany; ' +
    'de: Alternative für Deutschland; fr: Alternative pour l’Allemagne; es: Alternativa para Alemania; ' +
    'it: Alternativa per la Germania; pt: Alternativa para a Alemanha; nl: Alternatief voor Duitsland; ' +
    'pl: Alternatywa dla Niemiec; ru: АдГ|Альтернатива для Германии; uk: АдН|Альтернатива для Німеччини',
  'die-linke = Die Linke; en de fr es it pt nl pl: Die Linke; de: Linkspartei; ' +
    'ru: Левая партия Германии; uk: Ліва партія Німеччини',
  'bsw = Sahra Wagenknecht Alliance; en de fr es it pt nl pl: BSW; en: Sahra Wagenknecht Alliance; ' +
    'de: Bündnis Sahra Wagenknecht; ru: Союз Сары Вагенкнехт; uk: Союз Сари Вагенкнехт',
  'deutsche-bahn = Deutsche Bahn; en de fr es it pt nl pl: Deutsche Bahn; de: Deutschen Bahn; ' +
    'ru uk: Дойче Бан',
  'volkswagen = Volkswagen; en de fr es it pt nl pl: Volkswagen|VW; ru uk: Фольксваген',
  'siemens = Siemens; en de fr es it pt nl pl: Siemens; ru: Сименс; uk: Сіменс',
  'rheinmetall = Rheinmetall; all: Rheinmetall; ru: Рейнметалл; uk: Райнметал',
  'dpa = dpa; en de fr es it pt nl pl: dpa|Deutsche Presse-Agentur',
  'der-spiegel = Der Spiegel; en de fr es it pt nl pl: Der Spiegel|Spiegel Online; ru: Шпигель; uk: Шпігель',
  'ard = ARD; en de: ARD',
  'zdf = ZDF; en de: ZDF',
  'deutsche-welle = Deutsche Welle; all: Deutsche Welle|DW; ru: Немецкая волна; uk: Німецька хвиля',
  // Russia
  'kremlin = Kremlin; en fr es it pt nl: Kremlin; de: Kreml|Kremls; pl: Kreml|Kremla|Kremlu|Kremlem; ' +
    'ru: Кремль|Кремля|Кремлю|Кремлем|Кремлём|Кремле; uk: Кремль|Кремля|Кремлю|Кремлем|Кремлі',
  'state-duma = State Duma; en de es it pt pl: Duma; en: State Duma; de: Staatsduma; ' +
    'fr: Douma d’État; es pt: Duma Estatal; it: Duma di Stato; nl: Doema|Staatsdoema; ' +
    'pl: Duma Państwowa|Dumy Państwowej; ' +
    'ru: Государственная дума|Государственной думы|Госдума|Госдумы|Госдуме|Госдуму|Госдумой; ' +
    'uk: Державна дума|Державної думи|Держдума|Держдуми|Держдумі',
  'federation-council = Federation Council; en: Federation Council; ' +
    'de: Föderationsrat|Föderationsrats; fr: Conseil de la Fédération; es: Consejo de la Federación; ' +
    'it: Consiglio della Federazione; pt: Conselho da Federação; nl: Federatieraad; ' +
    'pl: Rada Federacji|Rady Federacji; ru: Совет Федерации|Совета Федерации|Совфед|Совфеда|Совфеде; ' +
    'uk: Рада Федерації|Ради Федерації',
  'fsb = FSB; en de fr es it pt nl pl: FSB; en: Federal Security Service; ru uk: ФСБ; ' +
    'ru: Федеральная служба безопасности; uk: Федеральна служба безпеки',
  'svr = SVR; en de fr es it pt nl pl: SVR; ru uk: СВР',
  'gru = GRU; en de fr es it pt nl pl: GRU; ru uk: ГРУ',
  'russian-armed-forces = Russian Armed Forces; ' +
    'en: Russian Armed Forces|Armed Forces of the Russian Federation; ' +
    'de: Russische Streitkräfte|Streitkräfte Russlands; fr: Forces armées russes; ' +
    'es: Fuerzas Armadas de Rusia; it: Forze armate russe; pt: Forças Armadas da Rússia; ' +
    'pl: Siły Zbrojne Federacji Rosyjskiej|Rosyjskie Siły Zbrojne; ' +
    'ru: Вооружённые силы Российской Федерации|Вооруженные силы РФ|ВС РФ; ' +
    'uk: Збройні сили Російської Федерації|ЗС РФ',
  'wagner-group = Wagner Group; en: Wagner Group|PMC Wagner; ' +
    'de: Wagner-Gruppe|Gruppe Wagner|Söldnergruppe Wagner; fr: Groupe Wagner; es pt: Grupo Wagner; ' +
    'it: Gruppo Wagner; nl: Wagnergroep|Wagner-groep; pl: Grupa Wagnera|Grupy Wagnera; ' +
    'ru: ЧВК Вагнер|ЧВК «Вагнер»|Группа Вагнера; uk: ПВК Вагнер|ПВК «Вагнер»|Група Вагнера',
  'united-russia = United Russia; en: United Russia; de: Einiges Russland|Einigen Russland; ' +
    'fr: Russie unie; es: Rusia Unida; it: Russia Unita; pt: Rússia Unida; nl: Verenigd Rusland; ' +
    'pl: Jedna Rosja|Jednej Rosji; ru: Единая Россия|Единой России|Единую Россию; ' +
    'uk: Єдина Росія|Єдиної Росії',
  'kprf = Communist Party of the Russian Federation; en de: KPRF; ' +
    'en: Communist Party of the Russian Federation|CPRF; ' +
    'de: Kommunistische Partei der Russischen Föderation; ru uk: КПРФ',
  'russian-orthodox-church = Russian Orthodox Church; en: Russian Orthodox Church; ' +
    'de: Russisch-Orthodoxe Kirche; fr: Église orthodoxe russe; es: Iglesia ortodoxa rusa; ' +
    'it: Chiesa ortodossa russa; pt: Igreja Ortodoxa Russa; nl: Russisch-Orthodoxe Kerk; ' +
    'pl: Rosyjski Kościół Prawosławny; ru uk: РПЦ; ru: Русская православная церковь; ' +
    'uk: Російська православна церква',
  'bank-of-russia = Bank of Russia; en: Bank of Russia|Central Bank of Russia; ' +
    'de: Russische Zentralbank|Zentralbank Russlands; fr: Banque de Russie|Banque centrale russe; ' +
    'es: Banco de Rusia|Banco Central de Rusia; it: Banca di Russia|Banca centrale russa; ' +
    'pt: Banco da Rússia|Banco Central da Rússia; nl: Russische Centrale Bank; ' +
    'pl: Bank Rosji|Banku Rosji; ru: Банк России|Банка России|Центробанк|Центробанка|ЦБ РФ; ' +
    'uk: Банк Росії|Центробанк Росії',
  'roskomnadzor = Roskomnadzor; en de fr es it pt nl pl: Roskomnadzor; ' +
    'ru: Роскомнадзор|Роскомнадзора; uk: Роскомнагляд',
  'gazprom = Gazprom; en de fr es it pt nl pl: Gazprom; de: Gasprom; pl: Gazpromu; ' +
    'ru: Газпром|Газпрома|Газпрому|Газпроме|Газпромом; uk: Газпром|Газпрому|Газпромі',
  'rosatom = Rosatom; en de fr es it pt nl pl: Rosatom; pl: Rosatomu; ' +
    'ru: Росатом|Росатома|Росатому|Росатоме; uk: Росатом|Росатому',
  'roscosmos = Roscosmos; en fr es it pt nl: Roscosmos; de pl: Roskosmos; ' +
    'ru: Роскосмос|Роскосмоса|Роскосмосе; uk: Роскосмос|Роскосмосу',
  'rosneft = Rosneft; en de fr es it pt nl: Rosneft; pl: Rosnieft|Rosnieftu; ru: Роснефть|Роснефти; ' +
    'uk: Роснефть|Роснафта',
  'sberbank = Sberbank; all: Sberbank; ru: Сбербанк|Сбербанка|Сбербанку|Сбер; uk: Сбербанк',
  'lukoil = Lukoil; en de fr es it pt nl pl: Lukoil; ru: Лукойл|Лукойла; uk: Лукойл',
  'tass = TASS; en de fr es it pt nl pl: TASS|Tass; ru uk: ТАСС',
  'ria-novosti = RIA Novosti; en fr es it pt nl: RIA Novosti; de pl: RIA Nowosti; ru: РИА Новости; ' +
    'uk: РІА Новости',
  'interfax = Interfax; en de fr es it pt nl pl: Interfax; ru: Интерфакс; uk: Інтерфакс',
  'rt = RT; en de fr es it pt nl pl ru: RT|Russia Today',
  // Ukraine
  'verkhovna-rada = Verkhovna Rada; en fr es it pt nl: Verkhovna Rada; de pl: Werchowna Rada; ' +
    'pl: Rada Najwyższa|Rady Najwyższej|Radzie Najwyższej; ' +
    'ru: Верховная рада|Верховной рады|Верховной раде|Верховную раду; ' +
    'uk: Верховна Рада|Верховної Ради|Верховній Раді|Верховну Раду|Верховною Радою',
  'office-of-the-president-of-ukraine = Office of the President of Ukraine; ' +
    'en: Office of the President of Ukraine; de: Präsidialamt der Ukraine; ' +
    'ru: Офис президента Украины; ' +
    'uk: Офіс президента України|Офіс Президента|Офісу Президента|Офісі Президента',
  'sbu = SBU; en de fr es it pt nl pl: SBU; en: Security Service of Ukraine; ' +
    'de: Sicherheitsdienst der Ukraine; fr: Service de sécurité d’Ukraine; ' +
    'es: Servicio de Seguridad de Ucrania; it: Servizio di sicurezza dell’Ucraina; ' +
    'pt: Serviço de Segurança da Ucrânia; nl: Veiligheidsdienst van Oekraïne; ' +
    'pl: Służba Bezpieczeństwa Ukrainy; ru uk: СБУ; ru: Служба безопасности Украины; ' +
    'uk: Служба безпеки України|Служби безпеки України',
  'hur = Defence Intelligence of Ukraine; en de fr es it pt nl pl: HUR; ' +
    'en: Defence Intelligence of Ukraine; de: Militärgeheimdienst der Ukraine; ru uk: ГУР; ' +
    'uk: Головне управління розвідки|Головного управління розвідки',
  'ukrainian-armed-forces = Armed Forces of Ukraine; ' +
    'en: Armed Forces of Ukraine|Ukrainian Armed Forces; ' +
    'de: Streitkräfte der Ukraine|Ukrainische Streitkräfte; fr: Forces armées ukrainiennes; ' +
    'es: Fuerzas Armadas de Ucrania; it: Forze armate ucraine; pt: Forças Armadas da Ucrânia; ' +
    'pl: Siły Zbrojne Ukrainy|Sił Zbrojnych Ukrainy; ' +
    'ru: ВСУ|Вооружённые силы Украины|Вооруженные силы Украины; ' +
    'uk: ЗСУ|Збройні сили України|Збройних сил України',
  'national-bank-of-ukraine = National Bank of Ukraine; en: National Bank of Ukraine|NBU; ' +
    'de: Nationalbank der Ukraine|Ukrainische Nationalbank; pl: Narodowy Bank Ukrainy; ' +
    'ru: Национальный банк Украины|НБУ; uk: Національний банк України|Нацбанк|Нацбанку|НБУ',
  'servant-of-the-people = Servant of the People; en: Servant of the People; de: Diener des Volkes; ' +
    'fr: Serviteur du peuple; es: Servidor del Pueblo; it: Servitore del popolo; pt: Servo do Povo; ' +
    'nl: Dienaar van het Volk; pl: Sługa Narodu; ru: Слуга народа; uk: Слуга народу',
  'naftogaz = Naftogaz; en de fr es it pt nl pl: Naftogaz; ru: Нафтогаз; uk: Нафтогаз|Нафтогазу',
  'ukrenergo = Ukrenergo; en de fr es it pt nl pl: Ukrenergo; ru: Укрэнерго; uk: Укренерго',
  'energoatom = Energoatom; en de fr es it pt nl pl: Energoatom; ru: Энергоатом; uk: Енергоатом|Енергоатому',
  'ukrzaliznytsia = Ukrzaliznytsia; en: Ukrzaliznytsia|Ukrainian Railways; de: Ukrsalisnyzja; ' +
    'uk: Укрзалізниця|Укрзалізниці; ru: Укрзализныця',
  'ukrinform = Ukrinform; en de fr es it pt nl pl: Ukrinform; ru: Укринформ; uk: Укрінформ',
  // Poland
  'sejm = Sejm; en de fr es it pt nl pl: Sejm; pl: Sejmu|Sejmie|Sejmem; ru: Сейм Польши; uk: Сейм Польщі',
  'pis = Law and Justice; en de fr es it pt nl pl: PiS; en: Law and Justice; ' +
    'de: Recht und Gerechtigkeit; fr: Droit et justice; es: Ley y Justicia; it: Diritto e Giustizia; ' +
    'pt: Lei e Justiça; nl: Recht en Rechtvaardigheid; ' +
    'pl: Prawo i Sprawiedliwość|Prawa i Sprawiedliwości; ru: Право и справедливость|ПиС; ' +
    'uk: Право і справедливість|ПіС',
  'civic-coalition = Civic Coalition; en: Civic Coalition; de: Bürgerkoalition; ' +
    'fr: Coalition civique; it: Coalizione Civica; pl: Koalicja Obywatelska|Koalicji Obywatelskiej|KO; ' +
    'ru: Гражданская коалиция; uk: Громадянська коаліція',
  'civic-platform = Civic Platform; en: Civic Platform; de: Bürgerplattform; ' +
    'fr: Plate-forme civique; es pt: Plataforma Cívica; it: Piattaforma Civica; nl: Burgerplatform; ' +
    'pl: Platforma Obywatelska|Platformy Obywatelskiej; ru: Гражданская платформа; ' +
    'uk: Громадянська платформа',
  'national-bank-of-poland = National Bank of Poland; en de pl: NBP; en: National Bank of Poland; ' +
    'de: Polnische Nationalbank; pl: Narodowy Bank Polski|Narodowego Banku Polskiego',
  'orlen = Orlen; en de fr es it pt nl pl: Orlen|PKN Orlen; ru uk: Орлен',
  'pap = Polish Press Agency; en de fr es it pt nl pl: PAP; en: Polish Press Agency; ' +
    'de: Polnische Presseagentur; pl: Polska Agencja Prasowa|Polskiej Agencji Prasowej',
  // Other countries
  'fratelli-d-italia = Brothers of Italy; en: Brothers of Italy; ' +
    'en de fr es it pt nl pl: Fratelli d’Italia|FdI; de: Brüder Italiens; fr: Frères d’Italie; ' +
    'es: Hermanos de Italia; pt: Irmãos de Itália; nl: Broeders van Italië; pl: Bracia Włosi; ' +
    'ru: Братья Италии; uk: Брати Італії',
  'five-star-movement = Five Star Movement; en: Five Star Movement; en de fr es it pt nl pl: M5S; ' +
    'de: Fünf-Sterne-Bewegung; fr: Mouvement 5 étoiles; es: Movimiento 5 Estrellas; ' +
    'it: Movimento 5 Stelle; pt: Movimento 5 Estrelas; nl: Vijfsterrenbeweging; ' +
    'pl: Ruch Pięciu Gwiazd; ru: Движение пяти звёзд; uk: Рух п’яти зірок',
  'partito-democratico = Partito Democratico; en de fr es it pt nl pl: Partito Democratico; it: Pd',
  'pp-spain = Partido Popular; en de fr es it pt nl pl: Partido Popular; ' +
    'ru: Народная партия Испании; uk: Народна партія Іспанії',
  'psoe = PSOE; en de fr es it pt nl pl: PSOE; en: Spanish Socialist Workers’ Party; ' +
    'de: Spanische Sozialistische Arbeiterpartei; es: Partido Socialista Obrero Español; ' +
    'ru: ИСРП|Испанская социалистическая рабочая партия; ' +
    'uk: ІСРП|Іспанська соціалістична робітнича партія',
  'pvv = Party for Freedom; en de fr es it pt nl pl: PVV; en: Party for Freedom; ' +
    'de: Partei für die Freiheit; fr: Parti pour la liberté; es: Partido por la Libertad; ' +
    'it: Partito per la Libertà; pt: Partido para a Liberdade; nl: Partij voor de Vrijheid; ' +
    'ru: Партия свободы; uk: Партія свободи',
  'vvd = VVD; en de fr es it pt nl pl: VVD; en: People’s Party for Freedom and Democracy; ' +
    'de: Volkspartei für Freiheit und Demokratie; nl: Volkspartij voor Vrijheid en Democratie',
  'epp = European People’s Party; en: European People’s Party|EPP; de: Europäische Volkspartei; ' +
    'fr: Parti populaire européen; es: Partido Popular Europeo; it: Partito popolare europeo; ' +
    'pt: Partido Popular Europeu; nl: Europese Volkspartij; pl: Europejska Partia Ludowa; ' +
    'ru: Европейская народная партия|ЕНП; uk: Європейська народна партія|ЄНП',
  'fidesz = Fidesz; en de fr es it pt nl pl: Fidesz; ru: Фидес; uk: Фідес',
  'ccp = Chinese Communist Party; en: Chinese Communist Party|Communist Party of China|CCP|CPC; ' +
    'de pl: KPCh; de: Kommunistische Partei Chinas; fr: Parti communiste chinois; ' +
    'es: Partido Comunista de China|Partido Comunista Chino; it: Partito Comunista Cinese; ' +
    'pt: Partido Comunista Chinês|Partido Comunista da China; nl: Communistische Partij van China; ' +
    'pl: Komunistyczna Partia Chin; ru uk: КПК; ru: Коммунистическая партия Китая; ' +
    'uk: Комуністична партія Китаю',
  'bjp = BJP; en de fr es it pt nl pl: BJP|Bharatiya Janata Party; ru: БДП|Бхаратия джаната парти; ' +
    'uk: Бхаратія Джаната Парті',
  // Middle East
  'hamas = Hamas; en de fr it pt nl pl: Hamas; es: Hamás; pl: Hamasu|Hamasem; ru uk: ХАМАС|Хамас',
  'hezbollah = Hezbollah; en fr it pt nl pl: Hezbollah; de: Hisbollah; es: Hezbolá; pl: Hezbollahu; ' +
    'ru: Хезболла|Хезболлы|Хизбалла; uk: Хезболла|Хезболли',
  'houthis = Houthis; en fr pt: Houthis; en: Houthi|Ansar Allah; de: Huthi|Huthis|Huthi-Miliz; ' +
    'es: Hutíes; it: Houthi; nl: Houthi’s; pl: Huti; ru uk: Ансар Аллах',
  'islamic-state = Islamic State; en: Islamic State|ISIS|ISIL|Daesh; ' +
    'de: Islamischer Staat|Islamischen Staat|Islamischen Staates|IS-Miliz; fr: État islamique|Daech; ' +
    'es: Estado Islámico; it: Stato islamico|Isis; pt: Estado Islâmico; nl: Islamitische Staat; ' +
    'pl: Państwo Islamskie|Państwa Islamskiego; ' +
    'ru: Исламское государство|Исламского государства|ИГИЛ|ИГ; ' +
    'uk: Ісламська держава|Ісламської держави|ІДІЛ',
  'al-qaeda = al-Qaeda; en: al-Qaeda|Al-Qaeda|Al Qaeda; de nl: al-Qaida|Al-Qaida; fr: Al-Qaïda; ' +
    'es it: Al Qaeda; pt: Al-Qaeda; pl: Al-Kaida; ru: Аль-Каида|Аль-Каиды; uk: Аль-Каїда|Аль-Каїди',
  'taliban = Taliban; en de fr es it pt nl pl: Taliban; ru: Талибан|Талибана; uk: Талібан|Талібану',
  'idf = Israel Defense Forces; en de it: IDF; en: Israel Defense Forces|Israel Defence Forces; ' +
    'fr: Tsahal|Forces de défense d’Israël; es: Fuerzas de Defensa de Israel; ' +
    'it: Forze di difesa israeliane; pt: Forças de Defesa de Israel; nl: Israëlisch Defensieleger; ' +
    'pl: Siły Obronne Izraela|Cahal; ru: ЦАХАЛ|Армия обороны Израиля; uk: ЦАХАЛ|Армія оборони Ізраїлю',
  'mossad = Mossad; en de fr it pt nl pl: Mossad; es: Mosad; ru uk: Моссад',
  'knesset = Knesset; en de fr it pt nl: Knesset; es pl: Kneset; ru: Кнессет|Кнессета; uk: Кнесет|Кнесету',
  'likud = Likud; en de fr es it pt nl pl: Likud; ru: Ликуд; uk: Лікуд',
  'palestinian-authority = Palestinian Authority; en: Palestinian Authority; ' +
    'de: Palästinensische Autonomiebehörde; fr: Autorité palestinienne; ' +
    'es: Autoridad Palestina|Autoridad Nacional Palestina; ' +
    'it: Autorità nazionale palestinese|Autorità palestinese; ' +
    'pt: Autoridade Palestina|Autoridade Nacional Palestina; nl: Palestijnse Autoriteit; ' +
    'pl: Autonomia Palestyńska|Autonomii Palestyńskiej; ru uk: ПНА; ' +
    'ru: Палестинская национальная администрация; uk: Палестинська національна адміністрація',
  'fatah = Fatah; en de fr es it pt nl pl: Fatah; ru uk: ФАТХ',
  'irgc = Islamic Revolutionary Guard Corps; ' +
    'en: Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards; ' +
    'de: Revolutionsgarden|Revolutionsgarde; fr: Gardiens de la révolution; ' +
    'es: Guardia Revolucionaria; it pt: Pasdaran; it: Guardiani della rivoluzione; ' +
    'pt: Guarda Revolucionária; nl: Revolutionaire Garde; ' +
    'pl: Korpus Strażników Rewolucji Islamskiej|Strażnicy Rewolucji; ' +
    'ru: КСИР|Корпус стражей исламской революции; uk: КВІР|Корпус вартових ісламської революції',
  // Media
  'reuters = Reuters; all: Reuters; ru uk: Рейтер|Рейтерс',
  'associated-press = Associated Press; all: Associated Press|AP; ru: Ассошиэйтед Пресс; ' +
    'uk: Ассошіейтед Прес',
  'afp = AFP; all: AFP|Agence France-Presse; ru: Франс Пресс|Франс-Пресс; uk: Франс Прес|Франс-Прес',
  'bloomberg = Bloomberg; all: Bloomberg|Bloomberg News; ru uk: Блумберг',
  'ansa = ANSA; en de fr es it pt nl pl: ANSA|Ansa',
  'efe = EFE; en de fr es it pt nl pl: EFE|Agencia EFE',
  'bbc = BBC; all: BBC; en: British Broadcasting Corporation; ru: Би-би-си; uk: Бі-бі-сі',
  'cnn = CNN; all: CNN; ru: Си-эн-эн; uk: Сі-ен-ен',
  'fox-news = Fox News; all: Fox News; ru uk: Фокс Ньюс',
  'al-jazeera = Al Jazeera; en fr it nl: Al Jazeera|Al-Jazeera; de: Al-Dschasira|Al Jazeera; ' +
    'es: Al Yazira; pt: Al Jazira; pl: Al-Dżazira; ru: Аль-Джазира; uk: Аль-Джазіра',
  'new-york-times = New York Times; all: New York Times|The New York Times|NYT; ru uk: Нью-Йорк Таймс',
  'washington-post = Washington Post; all: Washington Post|The Washington Post; ru uk: Вашингтон пост',
  'wall-street-journal = Wall Street Journal; all: Wall Street Journal|The Wall Street Journal|WSJ; ' +
    'ru: Уолл-стрит джорнэл; uk: Волл-стріт джорнел',
  'guardian = The Guardian; all: The Guardian; ru: Гардиан; uk: Гардіан',
  'financial-times = Financial Times; all: Financial Times; ru: Файнэншл таймс; uk: Файненшл таймс',
  'economist = The Economist; all: The Economist',
  'le-monde = Le Monde; all: Le Monde; ru uk: Ле Монд',
  'radio-free-europe = Radio Free Europe/Radio Liberty; ' +
    'en: Radio Free Europe/Radio Liberty|Radio Free Europe|Radio Liberty|RFE/RL; ' +
    'de: Radio Free Europe; ru: Радио Свобода; uk: Радіо Свобода',
  // Companies
  'google = Google; all: Google; ru uk: Гугл',
  'apple = Apple; all: Apple; ru: Эппл; uk: Еппл',
  'microsoft = Microsoft; all: Microsoft; ru uk: Майкрософт',
  'meta = Meta; all: Meta|Meta Platforms',
  'facebook = Facebook; all: Facebook; ru uk: Фейсбук',
  'amazon = Amazon; all: Amazon; ru uk: Амазон',
  'tesla = Tesla; all: Tesla; ru uk: Тесла',
  'openai = OpenAI; all: OpenAI',
  'spacex = SpaceX; all: SpaceX',
  'nvidia = Nvidia; all: Nvidia',
  'twitter = Twitter; all: Twitter; ru: Твиттер; uk: Твіттер',
  'tiktok = TikTok; all: TikTok; ru: ТикТок; uk: ТікТок',
  'boeing = Boeing; all: Boeing; ru: Боинг; uk: Боїнг',
  'airbus = Airbus; all: Airbus; ru: Эйрбас; uk: Ербас',
  'lockheed-martin = Lockheed Martin; all: Lockheed Martin; ru: Локхид Мартин; uk: Локгід Мартін',
  'huawei = Huawei; all: Huawei; ru uk: Хуавей',
  'samsung = Samsung; all: Samsung; ru uk: Самсунг',
];

/** The organisations every language's news names most, with their forms in ten languages. */
export const ORGANISATIONS: readonly OrganisationEntry[] = DATA.map(_parse);

function _parse(line: string): OrganisationEntry {
  const [head = '', ...groups] = line.split(';');
  const [id = '', name = ''] = head.split('=').map((part) => part.trim());
  const forms: Record<string, string[]> = {};
  for (const group of groups) {
    const [codes = '', words = ''] = group.split(':');
    const languages = codes.trim() === 'all' ? LANGUAGES : codes.trim().split(/\s+/);
    for (const code of languages) forms[code] = [...new Set([...(forms[code] ?? []), ...list(words)])];
  }
  return { ref: `org:${id}`, name, names: [...new Set(Object.values(forms).flat())], forms };
}
