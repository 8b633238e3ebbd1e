import { describe, expect, test } from 'vitest';
import { isCredit } from './credits.js';

/** Whether the fragment of the text is a credit. */
function credited(text: string, fragment: string): boolean {
  const start = text.indexOf(fragment);
  return isCredit(text, start, start + fragment.length);
}

describe('telling credits from names in the text', () => {
  test('a name in a slash chain that ends its line is a photo credit', () => {
    const caption = 'The mayor opens the bridge. ACME/Jane Roe\nJane Roe wrote the book.';
    expect(credited(caption, 'ACME')).toBe(true);
    expect(credited(caption, 'Jane Roe')).toBe(true);
  });

  test('places joined by a slash inside a sentence are no credit', () => {
    expect(credited('The final of Spain/Portugal 2030 was announced.', 'Portugal')).toBe(false);
  });

  test('an agency ending its line or in brackets is a credit, one inside a sentence is not', () => {
    expect(credited('Crowds gathered at the gate. Reuters\nMore text.', 'Reuters')).toBe(true);
    expect(credited('Photo: AP', 'AP')).toBe(true);
    expect(credited('The ceremony ended.\n(with AFP)', 'AFP')).toBe(true);
    expect(credited('Reuters reported the deal on Monday.', 'Reuters')).toBe(false);
  });

  test('a bracketed tag before the dash of a dateline is a credit', () => {
    expect(credited('SOMECITY, Syria (Local Press) – Rescuers arrived.', 'Local Press')).toBe(true);
    expect(credited('He met the head of Acme Corp (Acme) in May.', 'Acme')).toBe(false);
  });
});
