/**
 * The readable forms of a cookie or storage value the user may want to see: URL-decoded,
 * base64-decoded (when that yields text). Never throws; caps work on huge values.
 */
export interface ValueDecoding {
  kind: 'url' | 'base64' | 'json';
  text: string;
}

const MAX = 64 * 1024;

function printable(text: string): boolean {
  // Mostly printable characters: binary base64 "decodes" to noise, which helps nobody.
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad += 1;
  }
  return text.length > 0 && bad / text.length < 0.05;
}

function base64Decode(value: string): string | undefined {
  const normal = value.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(normal) || normal.length < 8) return undefined;
  try {
    const padded = normal + '='.repeat((4 - (normal.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return printable(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Lists the decodings that change something, in the order they apply. */
export function valueDecodings(raw: string): ValueDecoding[] {
  const value = raw.length > MAX ? raw.slice(0, MAX) : raw;
  const out: ValueDecoding[] = [];
  let current = value;
  if (/%[0-9A-Fa-f]{2}/.test(current)) {
    try {
      const decoded = decodeURIComponent(current.replace(/\+/g, ' '));
      if (decoded !== current) {
        out.push({ kind: 'url', text: decoded });
        current = decoded;
      }
    } catch {
      // A lone % is common in page values; keep the raw text.
    }
  }
  const b64 = base64Decode(current);
  if (b64 !== undefined) {
    out.push({ kind: 'base64', text: b64 });
    current = b64;
  }
  const trimmed = current.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      out.push({ kind: 'json', text: JSON.stringify(JSON.parse(trimmed), null, 2) });
    } catch {
      // Not JSON after all: the text form above is what there is.
    }
  }
  return out;
}
