/**
 * The firebase stack's page script, bundled with the real Firebase JS SDK: signs in with e-mail
 * and password against the stand-in Auth emulator (default persistence: IndexedDB
 * `firebaseLocalStorageDb`), calls the API with the ID token, forces a refresh through securetoken
 * and calls the API again with the new ID token.
 */
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { callApi } from '../../client-kit.js';

export async function login() {
  const app = initializeApp({
    apiKey: 'tokki-lab-api-key',
    authDomain: location.host,
    projectId: 'tokki-lab',
  });
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://auth.${location.host}`, { disableWarnings: true });
  const { user } = await signInWithEmailAndPassword(auth, 'demo@example.com', 'demo');
  // The site's own API, on this origin.
  const first = await callApi(`Bearer ${await user.getIdToken()}`, '/api/me');
  const second = await callApi(`Bearer ${await user.getIdToken(true)}`, '/api/me');
  return `signed in as ${first.email}; after the refresh still ${second.email}`;
}
