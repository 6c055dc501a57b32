import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authSdks, findAuthSdk, type SdkPlace } from '@/lib/engine/knowledge/auth-sdks';
import {
  findNonCredentialCookie,
  nonCredentialCookies,
} from '@/lib/engine/knowledge/non-credential-cookies';
import { findSessionCookie, sessionCookies } from '@/lib/engine/knowledge/session-cookies';
import { matchesName, nameLookup, type NameRule } from '@/lib/engine/knowledge/types';

/** Names worth asking about: every table's own names in odd cases, and strings near them. */
function candidates(rows: readonly NameRule[]) {
  const known = rows.flatMap((r) => (r.name ? [r.name, r.name.toUpperCase(), `${r.name}_x`] : []));
  // Pieces of the tables' patterns, run together: names that match one row, two, or nearly.
  const piece = fc.constantFrom(
    '_ga',
    '_GA_',
    'x1',
    '_',
    '-',
    '.',
    ':',
    'sb-',
    '-auth-token',
    '.0',
    'firebase:authUser:',
    'msal.',
    'Cognito',
    'CognitoIdentityServiceProvider.',
    'a.b',
    '.accessToken',
    '-accesstoken-',
    '-IdToken-',
    'AWSALB',
    '__Secure-',
    'next-auth',
    '.session-token',
    '_session',
    'laravel',
    '0123456789abcdef0123456789abcdef',
    'SSESS',
    'wordpress_logged_in_',
    '@@auth0spajs@@',
  );
  return fc.oneof(
    fc.constantFrom(...known),
    fc.string(),
    fc.constantFrom('_ga', 'sid', 'JSESSIONID'),
    fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
  );
}

const PLACES: SdkPlace[] = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB'];

describe('table lookups give the same row as a linear scan', () => {
  it('session cookies, non-credential cookies and auth SDKs in every place', () => {
    fc.assert(
      fc.property(candidates([...sessionCookies, ...nonCredentialCookies, ...authSdks]), (name) => {
        expect(findSessionCookie(name)).toBe(sessionCookies.find((r) => matchesName(r, name)));
        expect(findNonCredentialCookie(name)).toBe(
          nonCredentialCookies.find((r) => matchesName(r, name)),
        );
        for (const where of PLACES) {
          expect(findAuthSdk(name, where)).toBe(
            authSdks.find((r) => r.where.includes(where) && matchesName(r, name)),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a pattern row listed before an exact name still wins, as in the table order', () => {
    const rows = [{ pattern: /^sess/ }, { name: 'SESSION' }, { name: 'other' }];
    const lookup = nameLookup(rows);
    expect(lookup('session')).toBe(rows[0]);
    expect(lookup('OTHER')).toBe(rows[2]);
    expect(lookup('none')).toBeUndefined();
  });

  it('a pattern that case changes would narrow is still asked on its own', () => {
    const rows = [{ pattern: /^[^a-z]+$/ }, { pattern: /^x$/ }];
    const lookup = nameLookup(rows);
    expect(lookup('ABC')).toBe(rows[0]);
    expect(lookup('x')).toBe(rows[1]);
    expect(lookup('abc')).toBeUndefined();
  });
});
