import type { BoilerplateRule, LanguageProfile } from '../../languages/profile.js';

/** Lines longer than this are article prose: no whole-line boilerplate rule is tried on them. */
const MAX_RULE_LINE = 240;

export interface RuleSet {
  match(line: string): BoilerplateRule | null;
}

/** All boilerplate rules of the given profiles (rules shared by profiles once), tried in profile order. */
export function compileRules(profiles: readonly LanguageProfile[]): RuleSet {
  const rules = [...new Set(profiles.flatMap((profile) => profile.boilerplate))];
  return {
    match(line) {
      if (line.length > MAX_RULE_LINE) return null;
      return rules.find((rule) => applies(rule, line) && rule.pattern.test(line)) ?? null;
    },
  };
}

function applies(rule: BoilerplateRule, line: string): boolean {
  return (rule.maxLength === undefined || line.length <= rule.maxLength) && (rule.guard?.(line) ?? true);
}
