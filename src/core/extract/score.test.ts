import { describe, expect, test } from 'vitest';
import { extractArticle } from './index.js';

describe('findContent', () => {
  test('does not score a short label repeated on every gallery slide as prose', () => {
    const slide = (n: number) =>
      `<div class="slide"><div class="meta">${n}/8</div><div class="rate">Log in and rate this image now.</div></div>`;
    const step = 'Beat the butter, sugar and salt until pale, then fold in the flour, the eggs and the milk.';
    const html = `<html lang="en"><body>
      <div class="recipe-image"><div class="lightbox-content">${[1, 2, 3, 4, 5, 6, 7, 8].map(slide).join('')}
        <div>We have many more pictures of this recipe on the overview page.</div></div></div>
      <div class="steps"><p>${step}</p><p>${step}</p></div>
    </body></html>`;
    expect(extractArticle(html).text).toBe(`${step}\n${step}`);
  });
});
