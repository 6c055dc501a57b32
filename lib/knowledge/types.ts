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
  return (value) => {
    const named = firstByName.get(value.toLowerCase());
    // A pattern row placed before the exact-name row wins, as it would in a linear scan.
    for (const i of patterned) {
      if (named !== undefined && i >= named) break;
      if (rows[i]!.pattern!.test(value)) return rows[i];
    }
    return named === undefined ? undefined : rows[named];
  };
}
