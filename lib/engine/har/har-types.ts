/**
 * Reading the parts of a HAR 1.2 file (http://www.softwareishard.com/blog/har-12-spec/) that
 * Tokki uses, as Chrome, Firefox and Safari write them. Every field is untrusted input: each is
 * checked before use, so a malformed entry is skipped, never a crash.
 */

export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarPage {
  id: string;
  title?: string;
  startedDateTime?: string;
}

/** A plain object, or undefined: what every reader checks a parsed value with first. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A string field, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The `{ name, value }` pairs of a list, skipping anything else. */
export function nameValues(value: unknown): HarNameValue[] {
  if (!Array.isArray(value)) return [];
  const pairs: HarNameValue[] = [];
  for (const item of value) {
    const r = record(item);
    if (r && typeof r.name === 'string') {
      pairs.push({
        name: r.name,
        value: typeof r.value === 'string' ? r.value : String(r.value ?? ''),
      });
    }
  }
  return pairs;
}
