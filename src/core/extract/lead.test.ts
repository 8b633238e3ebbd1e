import { describe, expect, test } from 'vitest';
import { extractArticle } from './index.js';

const body = (n: number) =>
  `<p>Paragraph ${n} of the report explains, in some detail, what the harbour authority decided on Monday and why.</p>`;

describe('article lead', () => {
  test('keeps a standfirst that stands in the article head, before the chosen body', () => {
    const html = `<html lang="en"><body><article>
      <div class="article-head"><h1>Harbour gets a new ferry</h1>
        <p class="article-intro">The electric ferry starts on Thursday and cuts the crossing to 25 minutes.</p></div>
      <div class="article-body">${body(1)}${body(2)}${body(3)}</div>
    </article></body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      'The electric ferry starts on Thursday and cuts the crossing to 25 minutes.',
      expect.stringMatching(/^Paragraph 1 /u),
      expect.stringMatching(/^Paragraph 2 /u),
      expect.stringMatching(/^Paragraph 3 /u),
    ]);
  });

  test('keeps the subheadline after the headline once, but not the byline', () => {
    const html = `<html lang="en"><body>
      <article><div class="head"><h1>Harbour gets a new ferry</h1>
        <h2>The electric ferry starts on Thursday and cuts the crossing to 25 minutes.</h2>
        <h2 class="subtitle">The electric ferry starts on Thursday and cuts the crossing to 25 minutes.</h2>
        <p class="byline">By Mara Ufer, Thursday</p></div>
      <div class="article-body">${body(1)}${body(2)}${body(3)}</div></article>
    </body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      'The electric ferry starts on Thursday and cuts the crossing to 25 minutes.',
      expect.stringMatching(/^Paragraph 1 /u),
      expect.stringMatching(/^Paragraph 2 /u),
      expect.stringMatching(/^Paragraph 3 /u),
    ]);
  });

  test('takes the line under a linked site logo for a tagline, not for a lead', () => {
    const html = `<html lang="en"><body><div id="page">
      <div id="site"><h1><a href="/">Harbour Daily</a></h1><h2>The news of the harbour and the town around it</h2></div>
      <div id="main">${body(1)}${body(2)}${body(3)}</div>
    </div></body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      expect.stringMatching(/^Paragraph 1 /u),
      expect.stringMatching(/^Paragraph 2 /u),
      expect.stringMatching(/^Paragraph 3 /u),
    ]);
  });
});

describe('rendered and pruned bodies', () => {
  test('reads an article body that a script renders from an HTML template, but not a template with placeholders', () => {
    const html = `<html lang="en"><body><div class="post">
      <div class="post-content" itemprop="articleBody"><script type="text/template">${body(1)}${body(2)}</script></div>
      <div class="gallery"><script type="text/template"><p>{{caption}} of the slide, with its credit and its link</p></script></div>
    </div></body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      expect.stringMatching(/^Paragraph 1 /u),
      expect.stringMatching(/^Paragraph 2 /u),
    ]);
  });

  test('keeps a found container whole when pruning would leave nothing of it (a link roll)', () => {
    const link = (n: number) =>
      `<li><p><a href="https://example.org/${n}">Linked story number ${n} about the harbour and its new ferry</a></p><p>via Example</p></li>`;
    const html = `<html lang="en"><body><nav><a href="/">Home</a></nav><article><div class="entry-content"><ul>${link(1)}${link(2)}${link(3)}</ul></div></article></body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      'Linked story number 1 about the harbour and its new ferry',
      'via Example',
      'Linked story number 2 about the harbour and its new ferry',
      'via Example',
      'Linked story number 3 about the harbour and its new ferry',
      'via Example',
    ]);
  });

  test('drops a prefixed teaser line of another language than the page declares ("Lea también: …")', () => {
    const html = `<html lang="en"><body><div class="story">${body(1)}<p><strong>Lea también: Otro reportaje sobre el puerto</strong></p>${body(2)}</div></body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      expect.stringMatching(/^Paragraph 1 /u),
      expect.stringMatching(/^Paragraph 2 /u),
    ]);
  });
});
