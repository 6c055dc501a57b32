/** Copies text to the clipboard; resolves false instead of throwing when the page may not. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Pretty JSON for the "copy decoded" button. Never throws: cyclic or exotic values become a
 * string, since decoded token parts come from the page.
 */
export function toPrettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
