import { describe, expect, it } from 'vitest';
import { storeName } from '@/lib/engine/display/store-name';

describe('storeName', () => {
  it.each([
    [
      'sessionStorage',
      'msal.3|f45ad77e-b1c3|login.example|accesstoken|7d9c6b2e|tokki-lab|api://x/read|',
      'ui.store.msal-cache',
    ],
    [
      'indexedDB',
      'firebaseLocalStorageDb/firebaseLocalStorage/"firebase:authUser:key:[DEFAULT]"',
      'ui.store.firebase-user',
    ],
    ['localStorage', 'firebase:authUser:key:[DEFAULT]', 'ui.store.firebase-user'],
    ['sessionStorage', 'oidc.user:https://id.example:spa', 'ui.store.oidc-user'],
    ['localStorage', 'sb-abcd-auth-token', 'ui.store.supabase-session'],
  ] as const)('names a %s entry an SDK keeps', (location, name, key) => {
    expect(storeName({ location, name })?.key).toBe(key);
  });

  it.each([
    ['localStorage', 'access_token'],
    // The SDK's own entry that proves nothing (a sign-in under way) is not named as a store.
    ['sessionStorage', 'oidc.6f1c2a'],
    ['header', 'Authorization'],
    ['cookie-httponly', 'authjs.session-token'],
  ] as const)('leaves %s "%s" to its own label', (location, name) => {
    expect(storeName({ location, name })).toBeUndefined();
  });
});
