import { describe, expect, test } from 'vitest';
import { extractArticle } from './index.js';
import { MAX_DEPTH, parsePage } from './parse.js';

const PARAGRAPH =
  '<p>The harbour authority approved the new ferry timetable on Monday, after two years of talks with the operators.</p>';
const TEXT =
  'The harbour authority approved the new ferry timetable on Monday, after two years of talks with the operators.';

describe('pathological pages stay bounded', () => {
  test('100,000 nested elements: nesting stops at MAX_DEPTH, the text is kept, deep_nesting is reported', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}${PARAGRAPH}${'</div>'.repeat(depth)}</body></html>`;
    const result = extractArticle(html);
    expect(result.text).toBe(TEXT);
    expect(result.issues).toEqual(['deep_nesting', 'short_text']);
  });

  test('the parser never nests deeper than MAX_DEPTH, whatever the markup', () => {
    const page = parsePage(`${'<b><i>'.repeat(50_000)}x`);
    let depth = 0;
    for (let node = page.root; node.children.length > 0; depth++) {
      const last = node.children[node.children.length - 1];
      if (typeof last === 'string' || last === undefined) break;
      node = last;
    }
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH);
    expect(page.tooDeep).toBeGreaterThan(0);
  });

  test('a 20 MB inline script is skipped in one scan and its content never reaches the text', () => {
    const script = `<script>var data = "${'x<div>'.repeat(3_500_000)}";</script>`;
    const result = extractArticle(
      `<html><head>${script}</head><body><article>${PARAGRAPH}</article></body></html>`,
      {
        maxChars: 30_000_000,
      },
    );
    expect(result.text).toBe(TEXT);
    expect(result.issues).toEqual(['short_text']);
  });

  test('templates nested in templates are read one level deep: 20,000 of them do not overflow the stack', () => {
    const opening = '<div itemprop="articleBody"><script type="text/template">';
    const html = `<html><body>${opening.repeat(20_000)}${PARAGRAPH}</body></html>`;
    const result = extractArticle(html);
    // the first script is never closed, so, as in a browser, nothing after it is page text
    expect(result).toMatchObject({ text: '', issues: ['body_fallback', 'no_text'] });
  });

  test('input beyond maxChars is cut off and reported as input_truncated', () => {
    const html = `<html><body><article>${PARAGRAPH.repeat(20)}</article></body></html>`;
    const result = extractArticle(html, { maxChars: 1000 });
    expect(result.issues).toEqual(['input_truncated']);
    expect(result.text.split('\n').length).toBeLessThan(10);
  });

  test('unclosed comments, stray "<" and unterminated tags do not lose the text before them', () => {
    expect(
      extractArticle(`<body><article>${PARAGRAPH}<p>a < b and 3<4</p><!-- never closed <p>gone`).text,
    ).toBe(`${TEXT}\na < b and 3<4`);
  });
});

describe('parsing', () => {
  test('decodes named and numeric character references in text and attributes', () => {
    const page = parsePage(
      '<p title="a &amp; b">caf&eacute; &#8364;5 &#x2014; &copy 2024 &unknown; &amp;amp;</p>',
    );
    expect(page.root.children).toEqual([
      {
        tag: 'p',
        attrs: { title: 'a & b' },
        children: ['café €5 — © 2024 &unknown; &amp;'],
        parent: page.root,
      },
    ]);
  });

  test('closes paragraphs, list items and table cells the way browsers do', () => {
    const page = parsePage('<p>one<p>two<div>three</div><ul><li>a<li>b</ul>');
    const tags = page.root.children.map((child) => (typeof child === 'string' ? child : child.tag));
    expect(tags).toEqual(['p', 'p', 'div', 'ul']);
  });
});
