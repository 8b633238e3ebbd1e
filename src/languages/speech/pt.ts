import { list, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

/** Portuguese. */
export const pt: SpeechVocabulary = {
  code: 'pt',
  verbs: list(
    'disse|diz|afirmou|afirma|declarou|declara|garantiu|garante|acrescentou|acrescenta|explicou|explica|' +
      'sublinhou|destacou|ressaltou|salientou|frisou|escreveu|respondeu|advertiu|alertou|tem dito',
  ),
  sources: list('segundo|de acordo com|conforme'),
  roles: list(
    'presidente|presidenta|ministro|ministra|porta-voz|chanceler|secretário|secretária|general|diretor|' +
      'diretora|chefe|embaixador|embaixadora|assessor|prefeito|prefeita|deputado|deputada|senador|senadora|' +
      'comissário|líder|papa|rei|rainha|governador|governadora|vice-presidente|primeiro-ministro|' +
      'primeira-ministra|senhor|senhora|sr|sra|especialista|analista|juiz|procurador',
  ),
  roleSuffixes: [],
  determiners: list('o|a|os|as|um|uma|seu|sua|do|no|na'),
  notNames: list(
    'em|com|por|para|após|depois|antes|durante|desde|sobre|mas|e|ou|também|ontem|hoje|amanhã|então|' +
      'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo',
  ),
  particles: NAME_PARTICLES,
  pronouns: list('ele|ela'),
  omitsPronouns: true,
  coordinators: list('e|mas'),
  continuers: list('acrescentando|adicionando|e acrescentou'),
};
