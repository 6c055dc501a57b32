/**
 * Values in a framework's own cookie format (Flask, cookie-session, express-session, iron-session,
 * Rails, Laravel, ASP.NET, Auth.js), pasted into the decoder: as `name=value`, a Cookie header,
 * a Set-Cookie line, or the bare value. Pure and never throws.
 */
import { readFrameworkValue } from '@/lib/engine/decode/frameworks';
import type { FrameworkValue } from '@/lib/engine/model/report';

export interface PastedCookie {
  name: string;
  value: string;
}

export interface FrameworkPaste {
  /** The cookie's name as pasted; absent for a bare value. */
  name?: string;
  value: string;
  framework: FrameworkValue;
  /**
   * The format is only told apart by its cookie's name and none was pasted: the reading assumes
   * the framework's session cookie (`laravel_session`, `_<app>_session`, cookie-session's pair).
   */
  assumedName?: string;
}

/** Cookie attributes of a Set-Cookie line: not cookies of their own. */
const ATTRIBUTE =
  /^(?:path|domain|expires|max-age|secure|httponly|samesite|partitioned|priority)$/i;
/** A cookie name as RFC 6265 §4.1.1 allows it (a token: no separators, spaces or controls). */
const PAIR = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)=(.*)$/s;
const MAX_PAIRS = 50;

/**
 * The cookies of a pasted `name=value`, Cookie header or Set-Cookie line; undefined when the text
 * is not one (a bare value, JSON, a URL).
 *
 * @example cookiePairs('Cookie: session=eyJ1IjoxfQ; session.sig=Zk9…')
 *   // [{ name: 'session', value: 'eyJ1IjoxfQ' }, { name: 'session.sig', value: 'Zk9…' }]
 */
export function cookiePairs(text: string): PastedCookie[] | undefined {
  const header = /^(set-)?cookie\s*:\s*/i.exec(text);
  const body = header ? text.slice(header[0].length) : text;
  const pieces = body.split(';').map((p) => p.trim());
  // A Set-Cookie line sets one cookie; the rest are its attributes.
  const wanted = header?.[1] ? pieces.slice(0, 1) : pieces;
  const pairs: PastedCookie[] = [];
  for (const piece of wanted) {
    if (piece === '' || ATTRIBUTE.test(piece)) continue;
    const match = PAIR.exec(piece);
    if (!match) return undefined;
    const [, name = '', value = ''] = match;
    if (ATTRIBUTE.test(name)) continue;
    pairs.push({ name, value: value.replace(/^"(.*)"$/s, '$1') });
    if (pairs.length >= MAX_PAIRS) break;
  }
  return pairs.length > 0 ? pairs : undefined;
}

/** A JWT header has `alg` (and a JWE `enc`): base64 JSON with them is a cut token, no session. */
function isJwtHeader(data: unknown): boolean {
  return typeof data === 'object' && data !== null && ('alg' in data || 'enc' in data);
}

/**
 * Formats that only their cookie's name tells apart, tried on a bare value with the name their
 * framework gives its session cookie. Anything else (Flask, Django, express-session, iron,
 * ASP.NET Core) is recognised by its shape alone.
 */
const NAMED_FORMATS: readonly { name: string; sibling?: string }[] = [
  { name: '_session_id' },
  { name: 'laravel_session' },
  { name: 'session', sibling: 'session.sig' },
];

/**
 * The pasted values that are in a framework's own format, read by the engine's own reader.
 * Empty when none is, so the caller decodes the paste as a token instead.
 *
 * @example frameworkPastes('s%3A3I2Vo-TVuNNK5g0HSooFlydQkDQVErfW.IBNc…')[0]?.framework.framework
 *   // 'express-session'
 */
export function frameworkPastes(text: string): FrameworkPaste[] {
  const pairs = cookiePairs(text);
  if (pairs) {
    const names = new Set(pairs.map((p) => p.name));
    const has = (name: string) => names.has(name);
    const found = pairs.flatMap(({ name, value }) => {
      const framework = readFrameworkValue(name, value, has);
      return framework ? [{ name, value, framework }] : [];
    });
    if (found.length > 0) return found;
  }
  const shaped = readFrameworkValue('', text, () => false);
  if (shaped) return [{ value: text, framework: shaped }];
  for (const { name, sibling } of NAMED_FORMATS) {
    const framework = readFrameworkValue(name, text, (n) => n === sibling);
    if (framework && !isJwtHeader(framework.data)) {
      return [{ value: text, framework, assumedName: name }];
    }
  }
  return [];
}
