import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { es } from './es.js';
import { allBoilerplateRules } from './index.js';

const ownReason = (line: string) => es.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  es.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Inicio: 'navigation',
  'Portada > Internacional > Europa': 'navigation',
  'Últimas noticias': 'navigation',
  'Ir al contenido principal': 'navigation',
  'Lea también': 'related_links',
  'Leer más:': 'related_links',
  'LEA TAMBIÉN: El Gobierno aprueba los presupuestos': 'related_links',
  'Te puede interesar': 'related_links',
  'Noticias relacionadas': 'related_links',
  'Ver más': 'related_links',
  Publicidad: 'advertisement',
  'Contenido patrocinado': 'advertisement',
  Compartir: 'share_widget',
  'Compartir en Twitter': 'share_widget',
  'Copiar enlace': 'share_widget',
  Comentarios: 'comments_widget',
  '5 comentarios': 'comments_widget',
  'Lo más leído': 'comments_widget',
  'Foto: EFE': 'photo_credit',
  'EFE/Juan Carlos Hidalgo': 'photo_credit',
  'Imagen de archivo': 'photo_credit',
  'Suscríbete a nuestro boletín diario': 'newsletter',
  Suscríbete: 'newsletter',
  'Haz una donación': 'donation',
  Apóyanos: 'donation',
  'Utilizamos cookies propias y de terceros para mejorar tu experiencia de navegación.': 'cookie_notice',
  'Aceptar todas': 'cookie_notice',
  'Todos los derechos reservados': 'legal',
  'Aviso legal': 'legal',
  '13 de junio de 2024': 'dateline',
  'jueves, 13 de junio de 2024, 18:30': 'dateline',
  'Actualizado: 13/06/2024 18:30': 'dateline',
  'Publicado el 13 jun 2024 a las 18:30 h': 'dateline',
  'hace 2 horas': 'dateline',
  '13 jun 2024 - 18:30 CEST': 'dateline',
  'Tiempo de lectura: 3 min': 'dateline',
  'Por María López García': 'byline',
  'Por Lucía Ferrandis, enviada especial a Kiev': 'byline',
  '(Con información de EFE y Reuters)': 'byline',
  'Texto: Marta Oliver': 'byline',
  'Compartir: Facebook | X | WhatsApp | Correo': 'share_widget',
  'Aviso legal | Política de privacidad | © 2025 Diario del Sur': 'legal',
  '© Diario del Sur 2025. Prohibida su reproducción.': 'legal',
  '¿Te ha gustado este artículo? Apoya el periodismo independiente: suscríbete por 1 € al mes.': 'donation',
  'El periodismo de calidad cuesta dinero.': 'donation',
  'Recibe cada mañana las claves del día en tu bandeja de entrada.': 'newsletter',
};

const body = [
  'Lea también el informe completo, pidió la ministra.',
  'Compartir gastos es cada vez más habitual entre jóvenes.',
  'La publicidad de apuestas se restringirá en 2025.',
  'Los comentarios del presidente provocaron críticas.',
  'Foto tras foto, el fotógrafo documentó la guerra.',
  'Inicio de curso: los colegios abren sus puertas.',
  'El 13 de junio de 2024 se firmó el acuerdo.',
  'Utilizamos cookies, admitió la empresa en un comunicado.',
  'Más de 2.000 personas se manifestaron el sábado.',
  'Suscríbete a la idea de que todo cambiará, dijo.',
  'Por la tarde, los manifestantes se dispersaron.',
  'POR ESO INFORMAR ES',
  'Con información de la policía, los vecinos reaccionaron.',
  'Hazte socio del Real Madrid por 150 euros al año.',
  'El periodismo de calidad cuesta dinero, dijo la directora.',
  'Compartir: una forma de vida',
];

describe('Spanish boilerplate rules', () => {
  test('name the reason for typical boilerplate lines', () => {
    const lines = Object.keys(boilerplate);
    expect(Object.fromEntries(lines.map((line) => [line, ownReason(line)]))).toEqual(boilerplate);
  });

  test('keep those reasons when the rules of every language run together', () => {
    const lines = Object.keys(boilerplate);
    expect(Object.fromEntries(lines.map((line) => [line, anyReason(line)]))).toEqual(boilerplate);
  });

  test('leave body sentences with the same words alone', () => {
    expect(body.filter((line) => anyReason(line) !== null)).toEqual([]);
  });

  test('open a teaser block only after a related-links heading', () => {
    const lines = [
      'Lea también',
      'Noticias relacionadas',
      'Leer más: El Gobierno aprueba',
      'Ver más',
      'Lo más leído',
    ];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
