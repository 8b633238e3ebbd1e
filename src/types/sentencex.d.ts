declare module 'sentencex' {
  export interface SentenceBoundary {
    start_index: number;
    end_index: number;
    text: string;
    boundary_symbol?: string | null;
    is_paragraph_break?: boolean;
  }
  export function segment(languageCode: string, text: string): string[];
  export function get_sentence_boundaries(languageCode: string, text: string): SentenceBoundary[];
}
