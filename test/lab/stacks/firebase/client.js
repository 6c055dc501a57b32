/**
 * The firebase stack's page script, bundled with the real Firebase JS SDK: signs in with e-mail
 * and password against the stand-in Auth emulator (default persistence: IndexedDB
 * `firebaseLocalStorageDb`), calls the API with the ID token, forces a refresh through securetoken
 * and calls the API again with the new ID token.
 */
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';

export async function login() {
  const app = initializeApp({
    apiKey: 'tokki-lab-api-key',
    authDomain: location.host,
    projectId: 'tokki-lab',
  });
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://auth.${location.host}`, { disableWarnings: true });
  const { user } = await signInWithEmailAndPassword(auth, 'demo@example.com', 'demo');
  const callApi = async (idToken) => {
    const response = await fetch('/api/me', { headers: { Authorization: `Bearer ${idToken}` } });
    if (!response.ok) throw new Error(`GET /api/me answered ${response.status}`);
    return response.json();
  };
  const first = await callApi(await user.getIdToken());
  const second = await callApi(await user.getIdToken(true));
  return `signed in as ${first.email}; after the refresh still ${second.email}`;
}
