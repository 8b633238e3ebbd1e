/** English names of languages, to tell known codes from unknown ones. */
const names = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** Tags repeat (every article asks for its profile): answers are remembered, within a bound. */
const codes = new Map<string, string>();
const MAX_CODES = 1_000;

/** The code Parallax keys profiles by: the canonical primary language subtag, or 'und'. */
export function languageCode(tag: string): string {
  let code = codes.get(tag);
  if (code === undefined) {
    code = _canonical(tag);
    if (codes.size >= MAX_CODES) codes.clear();
    codes.set(tag, code);
  }
  return code;
}

function _canonical(tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'));
    const code = canonical ? new Intl.Locale(canonical).language : 'und';
    return names.of(code) === undefined ? 'und' : code;
  } catch {
    return 'und';
  }
}

/** English name of a language code ("de" → "German"), or undefined for unknown codes. */
export function languageName(code: string): string | undefined {
  return names.of(code);
}
