import type { ArticleAnalysis, EntityType, QuantityKind, Span } from '../core/types.js';

/** A span of the article's cleaned text (UTF-16 offsets). */
export interface SpanView {
  start: number;
  end: number;
  text: string;
}

export interface EntityMentionView extends SpanView {
  type: EntityType;
  /** The name in its base form. */
  name: string;
  /** Id of the entity across the archive (see EntityView), null when not linked. */
  entity: string | null;
  ref: string | null;
}

export interface DateMentionView extends SpanView {
  /** ISO date at its grain: "2024-06-13", "2024-06", "2024"; "--06-13" for a day whose year neither the text nor a publication date gives. */
  value: string;
  /** Last day of a range, else null. */
  until: string | null;
  grain: 'day' | 'month' | 'year';
  relative: boolean;
}

export interface QuantityMentionView extends SpanView {
  value: number;
  kind: QuantityKind;
  unit: string | null;
  counted: string | null;
}

export interface QuoteMentionView extends SpanView {
  quote: string;
  speaker: SpanView | null;
}

/** What the analysis found in an article, as the JSON views show it. */
export interface AnalysisView {
  entities: EntityMentionView[];
  dates: DateMentionView[];
  quantities: QuantityMentionView[];
  quotes: QuoteMentionView[];
}

export function toAnalysisView(analysis: ArticleAnalysis): AnalysisView {
  return {
    entities: analysis.entities.map((m) => ({
      ...toSpanView(m),
      type: m.type,
      name: m.name,
      entity: m.entity,
      ref: m.ref,
    })),
    dates: analysis.dates.map((m) => ({
      ...toSpanView(m),
      value: m.value,
      until: m.until ?? null,
      grain: m.grain,
      relative: m.relative,
    })),
    quantities: analysis.quantities.map((m) => ({
      ...toSpanView(m),
      value: m.value,
      kind: m.kind,
      unit: m.unit,
      counted: m.counted,
    })),
    quotes: analysis.quotes.map((m) => ({
      ...toSpanView(m),
      quote: m.quote,
      speaker: m.speaker && toSpanView(m.speaker),
    })),
  };
}

function toSpanView({ start, end, text }: Span): SpanView {
  return { start, end, text };
}
