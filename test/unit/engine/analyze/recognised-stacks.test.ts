import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { recognisedStacks } from '@/lib/engine/analyze/recognised-stacks';
import flask from '../../../fixtures/frameworks/flask-values.json';
import { cookie, goodClaims, jwt, NOW, SEC, SITE, snap, stored } from './helpers';

const stacksOf = (parts: Parameters<typeof snap>[0]) => {
  const report = analyze(snap(parts), NOW);
  return recognisedStacks(report.cookies, report.tokens);
};

describe('recognised stacks', () => {
  it('names a framework from its cookie format', () => {
    expect(stacksOf({ cookies: [cookie({ name: 'session', value: flask.plain.value })] })).toEqual([
      'Flask',
    ]);
  });

  it("names an SDK from a flag cookie that is not a credential (Auth0's is.authenticated)", () => {
    const names = stacksOf({
      cookies: [cookie({ name: 'auth0.cid.is.authenticated', value: 'true', httpOnly: false })],
    });
    expect(names).toEqual(['Auth0 SPA SDK']);
  });

  it('names the SDK keeping a token and the issuer that signed it', () => {
    const idToken = jwt({ ...goodClaims(), iss: 'https://securetoken.google.com/demo' });
    const names = stacksOf({
      indexedDB: [
        {
          origin: SITE,
          database: 'firebaseLocalStorageDb',
          store: 'firebaseLocalStorage',
          key: 'k',
          value: JSON.stringify({
            value: { stsTokenManager: { accessToken: idToken, expirationTime: SEC } },
          }),
        },
      ],
    });
    expect(names).toEqual(['Firebase Auth']);
  });

  it('names no stack for analytics, consent or plain tokens', () => {
    expect(
      stacksOf({
        cookies: [
          cookie({ name: '_ga', value: 'GA1.1.123.456' }),
          cookie({ name: 'cookie_consent', value: 'yes' }),
        ],
        storage: [stored('token', jwt(goodClaims()))],
      }),
    ).toEqual([]);
  });
});
