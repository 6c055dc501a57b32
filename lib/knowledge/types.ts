/** Every row of every knowledge table says where the fact comes from, so it can be checked. */
export interface Sourced {
  /** Documentation or source code that states the fact. */
  source: string;
}

/** Matches a name exactly (case-insensitive) or by pattern. */
export interface NameRule {
  name?: string;
  pattern?: RegExp;
}

/** True when `value` matches the rule. */
export function matchesName(rule: NameRule, value: string): boolean {
  if (rule.name !== undefined && rule.name.toLowerCase() === value.toLowerCase()) return true;
  return rule.pattern !== undefined && rule.pattern.test(value);
}
