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

/**
 * The first row of `rows` that `value` matches, as `rows.find((r) => matchesName(r, value))`
 * gives it, but with the names lowercased once: the engine asks this of every cookie and
 * storage key on a page, against every table row.
 *
 * @example nameLookup([{ name: 'SID' }])('sid') // { name: 'SID' }
 */
export function nameLookup<T extends NameRule>(
  rows: readonly T[],
): (value: string) => T | undefined {
  const firstByName = new Map<string, number>();
  const patterned: number[] = [];
  rows.forEach((row, i) => {
    const key = row.name?.toLowerCase();
    if (key !== undefined && !firstByName.has(key)) firstByName.set(key, i);
    if (row.pattern) patterned.push(i);
  });
  const anyPattern = unionOf(patterned.map((i) => rows[i]!.pattern!));
  return (value) => {
    const named = firstByName.get(value.toLowerCase());
    // Most names (a page's own cookies) match no row: one test of the union says so at once.
    if (named === undefined && anyPattern && !anyPattern.test(value)) return undefined;
    // A pattern row placed before the exact-name row wins, as it would in a linear scan.
    for (const i of patterned) {
      if (named !== undefined && i >= named) break;
      if (rows[i]!.pattern!.test(value)) return rows[i];
    }
    return named === undefined ? undefined : rows[named];
  };
}

/**
 * One regex that matches whatever any of `patterns` matches (and maybe more): their sources as
 * alternatives, case-insensitive. Only built when dropping case can only widen each pattern: no
 * flag but `i` (`m`, `s`, `u`, `g`, `y` change what a source means) and no negated class naming
 * a letter (`[^a-z]` without `i` takes `A`; with it, not).
 */
const NEGATED_CLASS_WITH_LETTER = /\[\^[^\]]*[A-Za-z]/;

function unionOf(patterns: readonly RegExp[]): RegExp | undefined {
  const widens = (p: RegExp) =>
    (p.flags === '' || p.flags === 'i') && !NEGATED_CLASS_WITH_LETTER.test(p.source);
  if (patterns.length < 2 || !patterns.every(widens)) return undefined;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'i');
}
