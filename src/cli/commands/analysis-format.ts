import type { ArticleAnalysis, QuantityMention, Span } from '../../core/types.js';
import { pad, truncate } from '../format.js';

const QUOTE_WIDTH = 80;
/** Widest a column is padded to; a longer cell pushes its row's offsets right. */
const COLUMN_WIDTH = 40;

/** The sections of `parallax show` listing what the analysis found: one line per item, offsets last. */
export function formatAnalysis(analysis: ArticleAnalysis): string[] {
  return [
    ..._section(
      'entities',
      _columns(analysis.entities, (m) => [m.name, `→ ${m.entity ?? '(not linked)'}`, m.type]),
    ),
    ..._section(
      'dates',
      _columns(analysis.dates, (m) => [
        m.until ? `${m.value} – ${m.until}` : m.value,
        `"${m.text}"${m.relative ? ' (relative)' : ''}`,
      ]),
    ),
    ..._section(
      'numbers',
      _columns(analysis.quantities, (m) => [_amount(m), m.kind, `"${m.text}"`]),
    ),
    ..._section(
      'quotes',
      _columns(analysis.quotes, (m) => [
        `"${truncate(m.quote, QUOTE_WIDTH)}"`,
        `— ${m.speaker?.text ?? '(no speaker)'}`,
      ]),
    ),
  ];
}

/** `[start–end]`: where a span stands in the cleaned text. */
function _offsets({ start, end }: Pick<Span, 'start' | 'end'>): string {
  return `[${start}–${end}]`;
}

function _section(title: string, lines: readonly string[]): string[] {
  return ['', `── ${title} (${lines.length}) ──`, ...lines];
}

/** One line per span: the cells padded to their column's widest, then the offsets. */
function _columns<T extends Span>(spans: readonly T[], cells: (span: T) => string[]): string[] {
  const rows = spans.map((span) => ({ span, cells: cells(span) }));
  const widths = rows.reduce<number[]>(
    (max, row) => row.cells.map((cell, i) => Math.min(COLUMN_WIDTH, Math.max(max[i] ?? 0, cell.length))),
    [],
  );
  return rows.map((row) =>
    [...row.cells.map((cell, i) => pad(cell, widths[i] ?? 0)), _offsets(row.span)].join('  '),
  );
}

function _amount(m: QuantityMention): string {
  const value = m.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return [value, m.unit, m.counted].filter((part) => part !== null).join(' ');
}
