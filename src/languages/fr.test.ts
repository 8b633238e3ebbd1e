import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { fr } from './fr.js';
import { allBoilerplateRules } from './index.js';

const ownReason = (line: string) => fr.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  fr.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Accueil: 'navigation',
  'Accueil › International › Europe': 'navigation',
  'À la une': 'navigation',
  'Dernières actualités': 'navigation',
  'Aller au contenu principal': 'navigation',
  'Lire aussi': 'related_links',
  'À lire aussi :': 'related_links',
  'Lire aussi : La réforme des retraites adoptée au Sénat': 'related_links',
  'LIRE AUSSI. Ce que contient le nouveau budget': 'related_links',
  'Sur le même sujet': 'related_links',
  'Voir tout': 'related_links',
  'En savoir plus': 'related_links',
  Publicité: 'advertisement',
  'La suite après cette publicité': 'advertisement',
  'Contenu sponsorisé': 'advertisement',
  Partager: 'share_widget',
  'Partager sur Facebook': 'share_widget',
  'Partager l’article': 'share_widget',
  'Copier le lien': 'share_widget',
  Commentaires: 'comments_widget',
  'Commentaires (34)': 'comments_widget',
  'Les plus lus': 'comments_widget',
  Réagir: 'comments_widget',
  'Photo : AFP': 'photo_credit',
  'Crédit photo : Ludovic Marin/AFP': 'photo_credit',
  "Photo d'illustration": 'photo_credit',
  '© Reuters': 'photo_credit',
  'Inscrivez-vous à notre newsletter quotidienne': 'newsletter',
  'Abonnez-vous': 'newsletter',
  'Faire un don': 'donation',
  'Soutenez notre journalisme': 'donation',
  'Nous utilisons des cookies pour améliorer votre expérience de navigation.': 'cookie_notice',
  'Tout accepter': 'cookie_notice',
  'Continuer sans accepter': 'cookie_notice',
  'Tous droits réservés': 'legal',
  '© Le Journal – Tous droits réservés': 'legal',
  'Mentions légales': 'legal',
  '13 juin 2024': 'dateline',
  'jeudi 13 juin 2024 à 18h30': 'dateline',
  'Publié le 13 juin 2024 à 18h30, modifié le 14 juin 2024 à 08h12': 'dateline',
  'Mis à jour le 13/06/2024 à 18:30': 'dateline',
  "Publié aujourd'hui à 18h30": 'dateline',
  'Il y a 2 heures': 'dateline',
  'Le 1er juin 2024': 'dateline',
  'Temps de lecture : 4 min': 'dateline',
  'Par Hélène Varin, avec AFP': 'byline',
  'Par Paul-Henri Morel, envoyé spécial à Odessa': 'byline',
  '(Rédigé par Lucie Perrot, édité par Marc Aubry)': 'byline',
  'Avec AFP et Reuters': 'byline',
  'Partager : Facebook | X | Courriel': 'share_widget',
  'Mentions légales • Confidentialité • © Le Courrier du Val 2025': 'legal',
  '© Le Courrier du Val 2025. Reproduction interdite.': 'legal',
  'Cet article vous a plu ? Soutenez notre rédaction : abonnez-vous dès 1 € par mois.': 'donation',
  "L'information a un coût.": 'donation',
  'Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.': 'newsletter',
  'Visuel : AFP': 'photo_credit',
};

const body = [
  'Lire aussi le rapport complet, a conseillé le ministre.',
  'Partager les richesses reste la priorité du gouvernement.',
  'La publicité pour le tabac est interdite depuis 1991.',
  'Les commentaires du président ont choqué l’opposition.',
  'Photo à l’appui, le député a dénoncé la situation.',
  'Accueil chaleureux pour le président à Marseille.',
  'Le 13 juin 2024, les deux pays ont signé un accord.',
  'Nous utilisons des cookies, reconnaît l’entreprise.',
  'Faire un don de sang sauve des vies, rappelle l’hôpital.',
  'À la une de tous les journaux, la crise politique.',
  'Plus de 2 000 personnes ont manifesté samedi.',
  'Par ailleurs, le gouvernement a annoncé une réforme.',
  'Par Air France ou par le train, les voyageurs ont rejoint Lyon.',
  'Soutenez les commerçants locaux, a lancé la maire.',
  'Abonnez-vous à Netflix pour 5 € par mois ? Les prix augmentent.',
  "L'information a un coût, rappelle le syndicat.",
  'Avec AFP, Reuters et l’AP, les agences couvrent la guerre.',
];

describe('French boilerplate rules', () => {
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
      'Lire aussi',
      'À lire aussi :',
      'Lire aussi : La réforme adoptée',
      'Voir tout',
      'Les plus lus',
    ];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
