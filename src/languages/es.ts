import { appealRules } from './appeal.js';
import { bylineRule } from './byline.js';
import { createProfile } from './create-profile.js';
import { datelineRule } from './dateline.js';
import {
  breadcrumb,
  creditPrefix,
  rightsTail,
  rule,
  SOCIAL,
  shareBar,
  teaserPrefix,
  wholeLine,
} from './rules.js';

/** Spanish. */
export const es = createProfile({
  code: 'es',
  name: 'Spanish',
  boilerplate: [
    wholeLine('navigation', [
      'inicio|portada|menú|buscar|búsqueda|cerrar|(?:ir|saltar) al contenido(?: principal)?|(?:volver|ir) arriba',
      'subir|volver|últimas noticias|lo último|última hora|noticias|secciones|temas|etiquetas|iniciar sesión',
      'acceder|entrar|cerrar sesión|registrarse|regístrate|mi cuenta|(?:noticia )?(?:siguiente|anterior)',
      'más|contacto|contáctanos|quiénes somos|mapa del sitio|en directo|en vivo',
    ]),
    breadcrumb(['inicio|portada']),
    wholeLine(
      'related_links',
      [
        'le(?:a|e|er) también|(?:también )?(?:te|le) puede interesar|puede interesarte|te recomendamos',
        '(?:noticias|artículos|contenidos?) relacionad[oa]s|relacionad[oa]s?|recomendad[oa]s(?: para ti)?',
        'más noticias|más (?:sobre|de) (?:este|el) tema|ver también|no te lo pierdas',
      ],
      { opensBlock: true },
    ),
    wholeLine('related_links', [
      'leer más|ver (?:más|todo|todos|todas)|(?:sigue|seguir|continuar) leyendo|más información|cargar más',
      'leer la noticia(?: completa)?',
    ]),
    teaserPrefix('related_links', [
      'le(?:a|e|er) (?:también|más)|leer más|(?:también )?(?:te|le) puede interesar|relacionad[oa]s?',
      'más información|ver también',
    ]),
    wholeLine('advertisement', [
      'publicidad|anuncio|contenido (?:patrocinado|de marca)|patrocinado|publirreportaje',
      '(?:la noticia |el artículo )?(?:continúa|sigue) (?:después|tras) (?:de )?la publicidad',
    ]),
    wholeLine(
      'share_widget',
      [
        `compart(?:ir|e)|compartir (?:esta noticia|este artículo)|compart(?:ir|e) (?:en|por|vía) (?:${SOCIAL})`,
        'enviar por (?:e-?mail|correo)|imprimir|copiar (?:el )?enlace|enlace copiado|guardar',
        `escuchar (?:la noticia|el artículo)|síguenos(?: en (?:${SOCIAL}))?`,
      ],
      { counted: true },
    ),
    shareBar(
      'compart(?:ir|e)|compartir (?:esta noticia|este artículo)',
      'copiar (?:el )?enlace|imprimir|correo(?: electrónico)?',
    ),
    wholeLine(
      'comments_widget',
      [
        String.raw`comentarios|comentario(?=\s*[(\[]?\d)|(?:ver|mostrar|leer) (?:los )?comentarios`,
        'deja (?:un|tu) comentario|comentar|lo más (?:leído|visto|comentado|compartido)',
        'más (?:leíd[oa]s|vist[oa]s|comentad[oa]s)|responder',
      ],
      { counted: true },
    ),
    creditPrefix(['fotos?|fotografía|imagen(?:es)?|créditos?|ilustración']),
    wholeLine('photo_credit', ['(?:foto|imagen) (?:de archivo|ilustrativa)']),
    bylineRule({
      labels: 'por',
      colonLabels: 'textos?|autora?|redacción|por',
      agencyLabels: 'con información de|con|fuente',
      joiners: 'y|e|con',
      roles: 'enviad[oa] especial|corresponsal|periodista|redactora?',
      at: 'en|a|desde',
      agencies: 'agencias',
      notNames: 'el|la|los|las|una?|del|al|este|esta|lunes|martes|miércoles|jueves|viernes|sábado|domingo',
    }),
    wholeLine('newsletter', [
      'newsletters?|boletín(?: de noticias)?|boletines|suscríbe(?:te|se)|suscribirse|date de alta',
      'tu (?:correo electrónico|e-?mail)|introduce tu (?:correo|e-?mail)',
    ]),
    wholeLine('donation', [
      '(?:haz|hacer) una donación|dona(?: ahora)?|donar|apóyanos|apoya (?:nuestro|el) periodismo',
      'hazte (?:socio|miembro)',
    ]),
    ...appealRules({
      asked: '¿?(?:te|le) ha (?:gustado|interesado) (?:este artículo|esta noticia)',
      support: 'apóyanos|apoya|colabora con|hazte (?:socia?|miembro)',
      subscribe: 'suscríbete|suscríbase|hazte suscriptora?',
      cause: 'periodismo|información (?:independiente|libre|de calidad)|nuestra redacción|suscripción',
      price: String.raw`\d+(?:,\d+)? ?euros?|primer mes|al mes`,
      slogans:
        '(?:el )?periodismo(?: independiente| libre| de calidad)? (?:cuesta dinero|no es gratis|tiene un (?:coste|costo|precio))',
      signUp: 'suscríbete|suscríbase|recibe|apúntate|regístrate',
      newsletter: 'newsletters?|boletín|boletines|bandeja de entrada',
      label: 'newsletter|boletín',
    }),
    wholeLine('cookie_notice', [
      'aceptar(?: todas?| todo| cookies| y (?:cerrar|continuar))?|rechazar(?: todas?| todo| cookies)?',
      'configurar cookies|configuración de cookies|gestionar (?:cookies|preferencias)|política de cookies',
    ]),
    rule(
      'cookie_notice',
      '^(?:utilizamos cookies|usamos cookies|este (?:sitio(?: web)?|portal|web) utiliza cookies)(?=.{0,240}(?:experiencia|consentimiento|acept|rechaz|configur|privacidad|política|personaliz|análisis|navegación))',
    ),
    wholeLine('legal', [
      String.raw`(?:(?:©|\(c\)) ?)?todos los derechos reservados|aviso legal|nota legal|política de privacidad`,
      'privacidad|términos y condiciones|(?:condiciones|términos) de uso|prohibida su reproducción(?: total o parcial)?',
    ]),
    rightsTail('todos los derechos reservados|prohibida su reproducción'),
    datelineRule({
      months:
        'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic',
      weekdays: 'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo',
      days: 'hoy|ayer|anteayer',
      relative: String.raw`hace (?:\d+|una?) (?:segundos?|minutos?|min|horas?|h|días?|dias|semanas?|mes(?:es)?|años?)`,
      labels: 'actualizado(?: el| a las)?|publicado(?: el)?|modificado(?: el)?|el',
      ordinal: 'º|°',
      joiner: 'de',
      timePrefix: 'a las?',
      timeSuffix: 'h|hs|horas?',
    }),
    rule(
      'dateline',
      String.raw`^(?:(?:tiempo de )?lectura:?\s*\d+\s*min(?:utos?)?|\d+\s*min(?:utos?)? de lectura)$`,
    ),
  ],
});
