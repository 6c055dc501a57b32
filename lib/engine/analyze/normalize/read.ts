/** Readers of untrusted JSON-ish values: each gives a well-typed value or says it cannot. */

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
export const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
export const optionalNumber = (v: unknown): boolean => v === undefined || num(v) !== undefined;

/**
 * Keeps the entries of a list that convert, and counts the rest per kind (`cookies`, `headers`,
 * …) in the order the first of each kind is dropped.
 */
export class EntryKeeper {
  readonly dropped: Record<string, number> = {};

  keep<T>(
    what: string,
    items: unknown,
    convert: (item: Record<string, unknown>) => T | undefined,
  ): T[] {
    const out: T[] = [];
    for (const item of list(items)) {
      const converted = isObject(item) ? convert(item) : undefined;
      if (converted === undefined) this.dropped[what] = (this.dropped[what] ?? 0) + 1;
      else out.push(converted);
    }
    return out;
  }
}
