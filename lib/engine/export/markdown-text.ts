/** Text helpers that keep page data from breaking a Markdown report. */

/** Page data inside a table cell: no pipes, newlines or markup that would break the table. */
export function cell(text: unknown): string {
  const s = typeof text === 'string' ? text : (JSON.stringify(text) ?? String(text));
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([`*_<>[\]])/g, '\\$1');
}

/** A value as an inline code span: shown literally, with only the table's pipe escaped. */
export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return flat === '' ? '—' : `${ticks} ${flat} ${ticks}`;
}

/** A fenced block whose fence is longer than any backtick run inside, so content cannot close it. */
export function fenced(lang: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** A time as ISO 8601, or a dash when there is none. */
export function iso(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  try {
    return new Date(ms).toISOString();
  } catch {
    return '—';
  }
}
