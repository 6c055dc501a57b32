import { findAuthSdk, type SdkPlace } from '../knowledge/auth-sdks';
import type { SharedKey } from '../i18n/shared-catalogue';
import type { Artifact, Msg } from '../model/report';

/** What each SDK calls the entry it keeps its tokens in, as its documentation names it. */
const STORE_BY_SDK: Readonly<Record<string, SharedKey>> = {
  'MSAL.js (Microsoft)': 'ui.store.msal-cache',
  'Firebase Auth': 'ui.store.firebase-user',
  'oidc-client-ts': 'ui.store.oidc-user',
  'Amazon Cognito / Amplify': 'ui.store.cognito-tokens',
  'Auth0 SPA SDK': 'ui.store.auth0-cache',
  'Supabase Auth': 'ui.store.supabase-session',
  'Okta Auth JS': 'ui.store.okta-tokens',
};

/** The storage places an SDK's entry can be recognised in, by the artifact's location. */
function sdkPlaceOf(location: Artifact['location']): SdkPlace | undefined {
  if (location === 'localStorage' || location === 'sessionStorage') return location;
  if (location === 'indexedDB') return 'indexedDB';
  return undefined;
}

/**
 * The recognised name of a storage entry an auth SDK keeps ("MSAL token cache", "Firebase auth
 * user"), or undefined where no knowledge table knows it. The SDKs' keys run to a hundred
 * characters of ids; the name says what the entry is, and the raw key stays one hover away.
 *
 * @example storeName({ location: 'indexedDB', name: 'firebaseLocalStorageDb/firebaseLocalStorage/"firebase:authUser:k:[DEFAULT]"' }) // { key: 'ui.store.firebase-user' }
 */
export function storeName(
  artifact: Pick<Artifact, 'location' | 'name'>,
): Msg<SharedKey> | undefined {
  const place = sdkPlaceOf(artifact.location);
  if (!place) return undefined;
  // IndexedDB entries are named `database/store/key`; the table knows the database.
  const name = place === 'indexedDB' ? artifact.name.split('/')[0]! : artifact.name;
  const row = findAuthSdk(name, place);
  if (!row || row.notCredential) return undefined;
  const key = STORE_BY_SDK[row.sdk];
  return key ? { key } : { key: 'ui.store.sdk-entry', params: { sdk: row.sdk } };
}
