import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { allBoilerplateRules } from './index.js';
import { pt } from './pt.js';

const ownReason = (line: string) => pt.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  pt.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Início: 'navigation',
  'Início › Política › Mundo': 'navigation',
  'Últimas notícias': 'navigation',
  'Ir para o conteúdo principal': 'navigation',
  'Leia também': 'related_links',
  'LEIA MAIS: Governo anuncia novo pacote fiscal': 'related_links',
  'Veja também:': 'related_links',
  'Notícias relacionadas': 'related_links',
  'Ver todos': 'related_links',
  Publicidade: 'advertisement',
  'Continua após a publicidade': 'advertisement',
  'Conteúdo patrocinado': 'advertisement',
  Compartilhar: 'share_widget',
  'Compartilhe no WhatsApp': 'share_widget',
  Partilhar: 'share_widget',
  Comentários: 'comments_widget',
  'Mais lidas': 'comments_widget',
  'Foto: Reprodução/Instagram': 'photo_credit',
  Divulgação: 'photo_credit',
  'Imagem ilustrativa': 'photo_credit',
  'Assine a nossa newsletter': 'newsletter',
  'Inscreva-se': 'newsletter',
  'Faça uma doação': 'donation',
  'Apoie o jornalismo independente': 'donation',
  'Utilizamos cookies para melhorar a sua experiência de navegação.': 'cookie_notice',
  'Aceitar todos': 'cookie_notice',
  'Todos os direitos reservados': 'legal',
  'Política de privacidade': 'legal',
  '13 de junho de 2024': 'dateline',
  'quinta-feira, 13 de junho de 2024': 'dateline',
  'Atualizado em 13/06/2024 às 18h30': 'dateline',
  '13/06/2024 18h30': 'dateline',
  'há 2 horas': 'dateline',
  'Atualizado há 2 horas': 'dateline',
  'Tempo de leitura: 3 min': 'dateline',
  'Por João Silva, correspondente em Lisboa': 'byline',
  'Com informações da Reuters': 'byline',
  'Texto: Ana Costa e Rui Matos': 'byline',
  'Compartilhe: Facebook | X | WhatsApp': 'share_widget',
  'Partilhar: Facebook | X | E-mail': 'share_widget',
  '© 2025 Jornal do Porto | Privacidade | Contactos': 'legal',
  'Gostou desta matéria? Apoie o jornalismo independente: assine por R$ 1,90 no primeiro mês.': 'donation',
  'O jornalismo de qualidade custa caro.': 'donation',
  'Receba as principais notícias do dia na sua caixa de entrada.': 'newsletter',
};

const body = [
  'Leia também o relatório completo, pediu o ministro.',
  'Compartilhar dados pessoais exige consentimento.',
  'A publicidade de apostas será restringida em 2025.',
  'Os comentários do presidente geraram polémica.',
  'Foto e vídeo mostram a explosão.',
  'Início das aulas foi adiado em São Paulo.',
  'Em 13 de junho de 2024 os dois países assinaram o acordo.',
  'Utilizamos cookies, admitiu a empresa.',
  'Mais de 2 mil pessoas protestaram no sábado.',
  'Por Lula e Bolsonaro, o país se divide.',
  'Com informações da polícia, a imprensa noticiou o caso.',
  'Assine o abaixo-assinado pela escola.',
  'Seja membro do clube por 10 euros por mês, diz o cartaz.',
  'O jornalismo custa caro, disse o diretor.',
];

describe('Portuguese boilerplate rules', () => {
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
      'Leia também',
      'Notícias relacionadas',
      'Leia também: Governo anuncia pacote',
      'Ver todos',
      'Mais lidas',
    ];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
