import { designators, type EntityVocabulary, list } from './vocabulary.js';

/**
 * Portuguese. Articles and the prepositions that join them stay out of notNames because they open
 * names ("O Globo", "A Bola", "Das", "Dos Santos"). "Costa", "serra" and "vale" are no place words
 * (António Costa, José Serra, the mining company Vale), "estado" neither (Estado Islâmico).
 */
export const pt: EntityVocabulary = {
  code: 'pt',
  capitalizesNouns: false,
  organizationWords: list(
    'ministério|conselho|comissão|comitê|comité|agência|autoridade|administração|gabinete|serviço|' +
      'serviços|secretaria|governo|parlamento|assembleia|senado|congresso|câmara|tribunal|procuradoria|' +
      'partido|união|aliança|coligação|coalizão|liga|confederação|associação|organização|movimento|' +
      'frente|fundação|instituto|universidade|academia|hospital|museu|banco|fundo|grupo|companhia|' +
      'sociedade|corporação|holding|exército|marinha|forças|força|guarda|brigada|batalhão|regimento|' +
      'divisão|polícia|igreja|clube|jornal|diário|rádio|televisão|notícias|imprensa|sindicato|milícia|' +
      'milícias|cartel|embaixada|consulado',
  ),
  organizationEndings: [],
  placeWords: list(
    'oblast|região|província|distrito|condado|município|concelho|cantão|território|república|reino|' +
      'emirado|ilha|ilhas|península|estreito|golfo|baía|mar|oceano|lago|rio|canal|cabo|monte|montanha|' +
      'montanhas|planalto|deserto|floresta|delta|abadia|catedral|basílica|mesquita|templo|sinagoga|' +
      'mosteiro|palácio|castelo|fortaleza|torre|praça|rua|avenida|ponte|túnel|barragem|aeroporto|porto|' +
      'estação|estádio|parque|jardim|faixa|corredor|cidade|bairro',
  ),
  // "para" and "a" are left out: people follow them as often as places ("carta para Lula").
  placePrepositions: list('em|desde|rumo'),
  notNames: list(
    'estado|país|em|no|na|nos|nas|num|numa|ao|aos|à|às|pelo|pela|pelos|pelas|com|por|para|sem|sob|sobre|entre|' +
      'contra|desde|até|após|durante|perante|segundo|conforme|ontem|hoje|amanhã|agora|então|depois|' +
      'antes|ainda|já|também|além|assim|porém|contudo|entretanto|todavia|mas|e|ou|nem|porque|pois|' +
      'quando|enquanto|onde|como|se|embora|caso|apesar|enfim|finalmente|inclusive|aliás|logo|portanto|' +
      'eu|tu|ele|ela|nós|eles|elas|você|vocês|este|esta|estes|estas|esse|essa|esses|essas|aquele|' +
      'aquela|isto|isso|aquilo|seu|sua|seus|suas|meu|minha|nosso|nossa|quem|que|qual|quais|cada|todo|' +
      'toda|todos|todas|vários|várias|alguns|algumas|nenhum|nenhuma|nada|ninguém|outro|outra|outros|' +
      'outras|um|uma|sim|não|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|segunda|' +
      'terça|quarta|quinta|sexta|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|' +
      'setembro|outubro|novembro|dezembro|vídeo|vídeos|fotos|exclusivo|análise|opinião|editorial|' +
      'entrevista|crônica|crónica|reportagem|podcast|urgente',
  ),
  nameEndings: [],
  adjectiveEndings: [],
  aliasWords: list('apelido|apelidado|apelidada|alcunha|alias|pseudônimo|pseudónimo|vulgo'),
  adverbEndings: list('mente'),
  ordinalDot: false,
  placeConnectors: list('do|da'),
  nameConnectors: list('de|do|da|dos|das|para'),
  regionWords: list('região|província|oblast|distrito|rio|lago'),
  designators: designators({
    region: 'região|província|oblast|distrito',
    river: 'rio',
    abbey: 'abadia',
    palace: 'palácio',
    castle: 'castelo',
    dam: 'barragem|represa',
  }),
};
