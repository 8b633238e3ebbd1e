import type { LanguageModel } from '../core/analyze/language.js';

let loading: Promise<LanguageModel> | undefined;

/** The default language-identification model (eld, 60 languages), loaded once per process. */
export function loadLanguageModel(): Promise<LanguageModel> {
  loading ??= import('eld/small').then(({ eld }) => eld);
  return loading;
}
