import { describe, expect, it } from 'vitest';
import {
  isCredentialHeaderName,
  parseAuthorization,
} from '@/lib/engine/decode/parse-authorization';
import { authorizationHeaders } from '@/test/fixtures/tokens';

describe('parseAuthorization', () => {
  it.each(authorizationHeaders)(
    '$header',
    ({ header, scheme, schemeKind, credentials, basic, errorCode }) => {
      const parsed = parseAuthorization(header);
      expect(parsed.scheme).toBe(scheme);
      expect(parsed.schemeKind).toBe(schemeKind);
      expect(parsed.credentials).toBe(credentials);
      expect(parsed.basic).toEqual(basic);
      expect(parsed.error?.code).toBe(errorCode);
    },
  );

  it('reads Digest parameters, quoted commas included', () => {
    const parsed = parseAuthorization(
      'Digest username="to,kki", realm="api", uri="/a?b=1", qop=auth',
    );
    expect(parsed.params).toEqual(
      Object.assign(Object.create(null), {
        username: 'to,kki',
        realm: 'api',
        uri: '/a?b=1',
        qop: 'auth',
      }),
    );
  });

  it('security: a __proto__ Digest parameter stays data', () => {
    const parsed = parseAuthorization('Digest __proto__="x", polluted="y"');
    expect(parsed.params?.['__proto__']).toBe('x');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decodes Basic credentials sent by an old client in ISO-8859-1', () => {
    const latin1 = Buffer.from('jos\u00e9:caf\u00e9', 'latin1').toString('base64');
    expect(parseAuthorization(`Basic ${latin1}`).basic).toEqual({
      user: 'jos\u00e9',
      password: 'caf\u00e9',
    });
  });

  it.each(['', '   ', '\t\n'])('an empty value %j is ERR_EMPTY', (value) => {
    expect(parseAuthorization(value).error?.code).toBe('ERR_EMPTY');
  });

  it('security: refuses a header over 64 KB', () => {
    expect(parseAuthorization(`Bearer ${'a'.repeat(70_000)}`).error?.code).toBe('ERR_TOO_LARGE');
  });
});

describe('isCredentialHeaderName', () => {
  it.each([
    'Authorization',
    'authorization',
    'Proxy-Authorization',
    'X-Auth-Token',
    'x-access-token',
    'X-API-Key',
    'api-key',
    'X-Amz-Security-Token',
    'X-Goog-IAP-JWT-Assertion',
    'X-MyApp-Token',
    'X-Session-Id',
    'Private-Token',
    'access-token',
    'X-Functions-Key',
    'Ocp-Apim-Subscription-Key',
    'X-Appwrite-Key',
    'X-Hasura-Admin-Secret',
  ])('%s carries a credential', (name) => {
    expect(isCredentialHeaderName(name)).toBe(true);
  });

  it.each([
    'X-CSRF-Token',
    'X-XSRF-TOKEN',
    'Content-Type',
    'Accept',
    'X-Requested-With',
    'Cookie',
    '',
  ])('%s does not', (name) => {
    expect(isCredentialHeaderName(name)).toBe(false);
  });
});
