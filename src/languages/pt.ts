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

/** Portuguese (European and Brazilian). */
export const pt = createProfile({
  code: 'pt',
  name: 'Portuguese',
  boilerplate: [
    wholeLine('navigation', [
      'início|inicio|página inicial|home|menu|pesquisar|busca|fechar|(?:ir|saltar|pular) para o conteúdo(?: principal)?',
      'voltar ao topo|topo|voltar|últimas(?: notícias)?|notícias|secç?ões|editorias|temas|tópicos|tags',
      'entrar|iniciar sessão|sair|cadastre-se|regist(?:r)?ar|(?:a )?minha conta|(?:próxima|anterior) notícia',
      'próxim[ao]|anterior|mais|conta(?:c)?to|contactos|fale conosco|quem somos|mapa do site|ao vivo|em direto',
    ]),
    breadcrumb(['início|inicio|home|página inicial']),
    wholeLine(
      'related_links',
      [
        'leia (?:também|mais)|veja (?:também|mais)|ver também|leia a seguir',
        '(?:notícias|matérias|artigos|conteúdos) relacionad[oa]s|relacionad[oa]s|recomendad[oa]s(?: para você)?',
        '(?:você )?pode (?:também )?(?:gostar|interessar)(?: também)?|mais notícias|mais sobre o (?:tema|assunto)',
        'não perca',
      ],
      { opensBlock: true },
    ),
    wholeLine('related_links', [
      'ver (?:mais|todos|todas|tudo)|continu(?:e|ar) lendo|carregar mais|saiba mais',
      'leia a (?:matéria|notícia) completa',
    ]),
    teaserPrefix('related_links', [
      'leia (?:também|mais)|veja (?:também|mais)|saiba mais|relacionad[oa]s?|leia a seguir|ver também',
    ]),
    wholeLine('advertisement', [
      'publicidade|anúncio|(?:conteúdo )?patrocinado|conteúdo (?:de marca|publicitário)|publieditorial',
      'informe publicitário|(?:(?:a )?(?:matéria|reportagem|notícia|artigo) )?continua (?:após a|depois da) publicidade',
      'continua após (?:o )?anúncio',
    ]),
    wholeLine(
      'share_widget',
      [
        'compartilh(?:ar|e)|partilh(?:ar|e)|enviar por e-?mail|imprimir|copiar (?:o )?link|link copiado|salvar|guardar',
        `(?:compartilh|partilh)(?:ar|e) (?:no|na|pelo|pela|via|em|por) (?:${SOCIAL})`,
        `siga-nos(?: (?:no|na|em) (?:${SOCIAL}))?|ouvir (?:a )?(?:matéria|notícia|artigo)`,
      ],
      { counted: true },
    ),
    shareBar('compartilh(?:ar|e)|partilh(?:ar|e)', 'copiar (?:o )?link|imprimir|e-?mail'),
    wholeLine(
      'comments_widget',
      [
        String.raw`comentários|comentário(?=\s*[(\[]?\d)|(?:ver|mostrar|ler) (?:os )?comentários`,
        'deixe (?:um|seu|o seu) comentário|comentar|responder',
        '(?:as |os )?mais (?:lid[oa]s|vist[oa]s|comentad[oa]s|partilhad[oa]s|compartilhad[oa]s)',
      ],
      { counted: true },
    ),
    creditPrefix(['fotos?|fotografia|image(?:m|ns)|créditos?|ilustração']),
    wholeLine('photo_credit', ['(?:foto|imagem) (?:de arquivo|ilustrativa)|reprodução|divulgação']),
    bylineRule({
      labels: 'por',
      colonLabels: 'texto|autora?|reportagem|por',
      agencyLabels: 'com informações d[aoe]s?|com|fonte',
      joiners: 'e|com',
      roles: 'enviad[oa] especial|correspondente|repórter|jornalista',
      at: 'em|no|na|de',
      agencies: 'agências',
      notNames: 'os?|as?|uma?|do|da|este|esta|segunda|terça|quarta|quinta|sexta|sábado|domingo',
    }),
    wholeLine('newsletter', [
      'newsletters?|assine(?: já| agora)?|assinar|inscreva-se|receba (?:as )?notícias',
      '(?:digite )?(?:o )?seu e-?mail',
    ]),
    wholeLine('donation', [
      'faça uma doação|doe(?: agora)?|doar|apoie(?: o| nosso)? jornalismo(?: independente)?|apoie-nos|apoie',
      'contribua|seja (?:membro|apoiador)',
    ]),
    ...appealRules({
      asked: 'gostou (?:deste|desta|do|da) (?:artigo|matéria|reportagem|notícia|texto)',
      support: 'apoie|contribua com|(?:seja|torne-se) (?:membro|apoiador(?:a)?)',
      subscribe: 'assine|(?:seja|torne-se) assinante',
      cause: 'jornalismo|informação (?:independente|livre|de qualidade)|(?:a )?nossa redação|assinatura',
      price: String.raw`\d+(?:,\d+)? ?(?:euros?|reais)|primeiro mês|por mês`,
      slogans:
        '(?:o )?jornalismo(?: independente| profissional| de qualidade)? (?:custa (?:caro|dinheiro)|não é de graça|tem um (?:custo|preço))',
      signUp: 'assine|inscreva-se|receba|cadastre-se|subscreva',
      newsletter: 'newsletters?|boletim|caixa de (?:entrada|e-?mail|correio)',
      label: 'newsletter|boletim',
    }),
    wholeLine('cookie_notice', [
      'aceitar(?: todos| tudo| cookies| e (?:fechar|continuar))?|(?:rejeitar|recusar)(?: todos| tudo| cookies)?',
      '(?:configurar|gerenciar|gerir) (?:cookies|preferências)|(?:configurações|definições) de cookies',
      'política de cookies',
    ]),
    rule(
      'cookie_notice',
      '^(?:(?:nós )?(?:utilizamos|usamos) cookies|este (?:site|sítio|portal) (?:utiliza|usa) cookies)(?=.{0,240}(?:experiência|consentimento|aceit|concord|configur|privacidade|política|personaliz|navegação))',
    ),
    wholeLine('legal', [
      String.raw`(?:(?:©|\(c\)) ?)?todos os direitos reservados|política de privacidade|privacidade`,
      'termos (?:de uso|e condições|de utilização)|aviso legal|estatuto editorial|ficha técnica|expediente',
    ]),
    rightsTail('todos os direitos reservados'),
    datelineRule({
      months:
        'janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez',
      weekdays: '(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|sabado|domingo',
      days: 'hoje|ontem|anteontem',
      relative: String.raw`há (?:\d+|uma?) (?:segundos?|minutos?|min|horas?|h|dias?|semanas?|m[eê]s(?:es)?|anos?)|(?:\d+|uma?) (?:segundos?|minutos?|min|horas?|h|dias?|semanas?|m[eê]s(?:es)?|anos?) atrás|agora mesmo`,
      labels: 'a(?:c)?tualizad[oa](?: em| às)?|publicad[oa](?: em| às)?|modificad[oa] em',
      ordinal: 'º|°',
      joiner: 'de',
      timePrefix: 'às|as',
      timeSuffix: 'h|hs',
    }),
    rule(
      'dateline',
      String.raw`^(?:(?:tempo de )?leitura:?\s*\d+\s*min(?:utos?)?|\d+\s*min(?:utos?)? de leitura)$`,
    ),
  ],
});
