import { describe, expect, test } from 'vitest';
import { extractArticle } from './index.js';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report explains, in some detail, what the institute found and why it matters.</p>`;

describe('dropPhraseBlocks', () => {
  test('ends the article at a trailing "Weitere Informationen" / "Kontakt" box', () => {
    const html = `<html lang="de"><body><div class="story">
      ${paragraph(1)}${paragraph(2)}${paragraph(3)}
      <p><strong>Weitere Informationen:</strong></p>
      <p><strong>Kontakt:</strong></p>
      <p>Dr. Erika Muster<br>E-Mail: presse@example.org</p>
    </div></body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      expect.stringMatching(/^Paragraph 1 /u),
      expect.stringMatching(/^Paragraph 2 /u),
      expect.stringMatching(/^Paragraph 3 /u),
    ]);
  });

  test('drops a closing subscribe prompt and what follows it, and a stray one mid-article', () => {
    const html = `<html lang="en"><body><div class="story">
      ${paragraph(1)}
      <p>Subscribe now to our weekly edition, delivered every Friday.</p>
      ${paragraph(2)}${paragraph(3)}
      <p>To view the full story, please subscribe to the Harbour Daily.</p>
      <p>First-time subscribers also receive a welcome gift from our shop!</p>
    </div></body></html>`;
    expect(extractArticle(html).text.split('\n')).toEqual([
      expect.stringMatching(/^Paragraph 1 /u),
      expect.stringMatching(/^Paragraph 2 /u),
      expect.stringMatching(/^Paragraph 3 /u),
    ]);
  });
});
