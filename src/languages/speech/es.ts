import { list, NAME_PARTICLES, type SpeechVocabulary } from './vocabulary.js';

/** Spanish. */
export const es: SpeechVocabulary = {
  code: 'es',
  verbs: list(
    'dijo|dice|afirmó|afirma|declaró|declara|aseguró|asegura|señaló|señala|explicó|explica|añadió|añade|' +
      'agregó|agrega|subrayó|destacó|advirtió|indicó|manifestó|sostuvo|insistió|escribió|respondió|' +
      'ha dicho|ha afirmado|ha declarado|ha asegurado|ha señalado',
  ),
  sources: list('según|de acuerdo con'),
  roles: list(
    'presidente|presidenta|ministro|ministra|portavoz|canciller|secretario|secretaria|general|director|' +
      'directora|jefe|jefa|embajador|embajadora|asesor|asesora|alcalde|alcaldesa|diputado|diputada|senador|' +
      'senadora|comisario|comisaria|líder|papa|rey|reina|gobernador|gobernadora|vicepresidente|' +
      'vicepresidenta|primer|primera|señor|señora|sr|sra|don|doña|experto|experta|analista|juez|fiscal',
  ),
  roleSuffixes: [],
  determiners: list('el|la|los|las|un|una|su|sus|del|al'),
  notNames: list(
    'en|a|con|por|para|tras|ante|durante|desde|hasta|sobre|sin|pero|y|o|también|además|ayer|hoy|mañana|' +
      'luego|después|antes|entonces|lunes|martes|miércoles|jueves|viernes|sábado|domingo',
  ),
  particles: NAME_PARTICLES,
  pronouns: list('él|ella'),
  omitsPronouns: true,
  coordinators: list('y|pero|e'),
  continuers: list('añadiendo|agregando|y añadió|y agregó'),
};
