import { describe, expect, test } from 'vitest';
import type { RemovalReason } from '../core/types.js';
import { en } from './en.js';
import { allBoilerplateRules } from './index.js';

const ownReason = (line: string) => en.boilerplate.find((rule) => rule.pattern.test(line))?.reason ?? null;
const anyReason = (line: string) =>
  allBoilerplateRules().find((rule) => rule.pattern.test(line))?.reason ?? null;
const opensBlock = (line: string) =>
  en.boilerplate.find((rule) => rule.pattern.test(line))?.opensBlock === true;

const boilerplate: Record<string, RemovalReason> = {
  Home: 'navigation',
  'Home › World › Europe': 'navigation',
  'News | World | Business | Sport': 'navigation',
  'Latest news': 'navigation',
  'Skip to main content': 'navigation',
  'Read also': 'related_links',
  'Read more:': 'related_links',
  'Read more: Why the ceasefire talks collapsed': 'related_links',
  'Related:': 'related_links',
  'Related articles': 'related_links',
  'You may also like': 'related_links',
  'See all →': 'related_links',
  Advertisement: 'advertisement',
  'ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT': 'advertisement',
  'Story continues below advertisement': 'advertisement',
  Share: 'share_widget',
  'Share on Facebook': 'share_widget',
  'Share this article': 'share_widget',
  Tweet: 'share_widget',
  'Facebook Twitter WhatsApp Email': 'share_widget',
  'Comments (12)': 'comments_widget',
  '12 Comments': 'comments_widget',
  'Most Commented': 'comments_widget',
  'Your email address will not be published. Required fields are marked *': 'comments_widget',
  'Most read': 'comments_widget',
  'Photo: Reuters': 'photo_credit',
  'Photograph: Jane Smith/AP': 'photo_credit',
  '© AFP': 'photo_credit',
  'AFP via Getty Images': 'photo_credit',
  '(Photo by Chip Somodevilla/Getty Images)': 'photo_credit',
  'Image source, Getty Images': 'photo_credit',
  'Sign up for our morning newsletter': 'newsletter',
  'Support our journalism': 'donation',
  'Donate now': 'donation',
  'We use cookies to improve your experience on our site.': 'cookie_notice',
  'Accept all cookies': 'cookie_notice',
  'All rights reserved': 'legal',
  '© 2024 Reuters. All rights reserved.': 'legal',
  'Copyright © 2024 The Example Times': 'legal',
  'Privacy Policy': 'legal',
  'June 13, 2024': 'dateline',
  'June 13, 2024 6:30 PM': 'dateline',
  'Thursday 13 June 2024 18.30 BST': 'dateline',
  'Published: June 13, 2024': 'dateline',
  'Updated 2 hours ago': 'dateline',
  'Jun 13, 2024 at 6:30 p.m. EDT': 'dateline',
  '13.06.2024, 18:30': 'dateline',
  '2024-06-13T18:30:00Z': 'dateline',
  '5 min read': 'dateline',
  'By Ingrid Aasen and Tomas Vik': 'byline',
  'By Marta Oliver, Europe correspondent': 'byline',
  'By Sean O’Neill in Kyiv': 'byline',
  '(Reporting by Lena Marsh; Editing by Omar Haddad)': 'byline',
  'Additional reporting by Kestrel Wire': 'byline',
  'Share: Facebook | X | Email': 'share_widget',
  'Share: Facebook | LinkedIn | Copy link': 'share_widget',
  '© 2025 Harbour Gazette Ltd | Privacy | Terms': 'legal',
  'Sign up for the Morning Digest – the day’s headlines in your inbox.': 'newsletter',
  'Enjoyed this article? Support independent journalism from £1 a month.': 'donation',
  'Subscribe now for just $1 a week.': 'donation',
  'Quality journalism costs money.': 'donation',
  'Pic: Reuters': 'photo_credit',
};

const body = [
  'Share prices fell sharply on Monday.',
  'Read also the full statement, the minister said.',
  'Related talks will resume next week.',
  'Home secretary James Cleverly said the plan would work.',
  'Advertisement spending rose 5% last year.',
  'Comments from the minister sparked outrage.',
  'Photo evidence was presented in court.',
  'Most read the report as a warning.',
  'We use cookies, the company admitted in a statement.',
  'Support our troops, the president said.',
  'Follow us on this journey, she told supporters.',
  'The talks resumed on June 13.',
  'June 13, 2024 was the hottest day on record.',
  'Reuters reported that the talks had failed.',
  'Copyright law is changing.',
  'Latest figures show inflation at 2%.',
  'Donate blood, the hospital urged.',
  'By Tuesday, all passengers had been rescued.',
  'By Popular Demand',
  'By Monday Evening the talks had collapsed.',
  'Supporters of the deal signed up for a briefing on Monday.',
  'Sign up for the marathon before Friday, organisers said.',
  'Become a member of the gym from £20 a month, the ad said.',
  'Subscribe now, the streamer told fans, for just $5 a month.',
  'Support for the plan is growing among journalism students.',
  'Share: prices fell on Monday',
  'Text messages show the minister knew.',
  'Journalism costs money, the publisher argued in court.',
  '---',
  '| |',
];

describe('English boilerplate rules', () => {
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
    const lines = ['Read also', 'Related articles', 'Read more: Why talks collapsed', 'See all', 'Most read'];
    expect(lines.map(opensBlock)).toEqual([true, true, false, false, false]);
  });
});
