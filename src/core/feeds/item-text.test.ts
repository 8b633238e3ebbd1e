import { describe, expect, test } from 'vitest';
import { feedDate, plainLine, textLines } from './item-text.js';

describe('textLines', () => {
  test('turns HTML into one line per block, dropping scripts and collapsing whitespace', () => {
    expect(
      textLines(
        '<div><h2>Update</h2><p>First   line<br>second line</p><script>x()</script><ul><li>a</li><li>b</li></ul></div>',
      ),
    ).toEqual(['Update', 'First line', 'second line', 'a', 'b']);
  });

  test('keeps plain text as its non-blank lines, unless told it is HTML', () => {
    expect(textLines('One.\n\n  Two  words.\r\n')).toEqual(['One.', 'Two words.']);
    expect(textLines('Fish &amp; chips')).toEqual(['Fish & chips']);
    expect(textLines('a < b and c > d', 'text')).toEqual(['a < b and c > d']);
    expect([textLines(undefined), textLines('  ')]).toEqual([[], []]);
  });

  test('reads 20,000 nested elements without overflowing the stack (regression: a hostile item killed watch)', () => {
    const deep = `${'<div>'.repeat(20_000)}Deep text<br>next line${'</div>'.repeat(20_000)}<p>After.</p>`;
    expect(textLines(deep)).toEqual(['Deep text', 'next line', 'After.']);
  });

  test('plainLine gives a title as one line without markup', () => {
    expect(plainLine('<b>Ferry</b> safe')).toBe('Ferry safe');
    expect(plainLine(' ')).toBeUndefined();
  });
});

describe('feedDate', () => {
  test('writes RFC 822 dates as ISO 8601 with their own offset, so the publisher’s day survives', () => {
    expect(feedDate('Thu, 13 Jun 2024 23:30:00 +0200')).toBe('2024-06-13T23:30:00+02:00');
    expect(feedDate('Thu, 13 Jun 2024 08:00:00 GMT')).toBe('2024-06-13T08:00:00Z');
    expect(feedDate('13 Jun 2024 08:00 EDT')).toBe('2024-06-13T08:00:00-04:00');
    expect(feedDate('Mon, 3 June 24 7:05:09 -0000')).toBe('2024-06-03T07:05:09Z');
  });

  test('keeps ISO dates and anything it cannot read as written', () => {
    expect(feedDate(' 2024-06-13T08:00:00+03:00 ')).toBe('2024-06-13T08:00:00+03:00');
    expect(feedDate('gestern')).toBe('gestern');
    expect(feedDate('Thu, 13 Foo 2024 08:00:00 GMT')).toBe('Thu, 13 Foo 2024 08:00:00 GMT');
    expect(feedDate('')).toBeUndefined();
  });
});
