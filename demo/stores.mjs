/**
 * Server-side state of the demo: the session store (what "the server keeps the session" means)
 * and the refresh-token store (what lets the server revoke a long-lived token).
 * Both are plain Maps that die with the process, which is all a demo needs.
 */
import { randomBytes } from 'node:crypto';

/** A fresh unguessable id: 32 random bytes, base64url. */
export function randomId() {
  return randomBytes(32).toString('base64url');
}

/** Sessions: id → { user, createdAt }. */
export function createSessionStore() {
  const sessions = new Map();
  return {
    /** @param {string} user */
    create(user) {
      const id = randomId();
      sessions.set(id, { user, createdAt: Date.now() });
      return id;
    },
    /** @param {string | undefined} id */
    get(id) {
      return id === undefined ? undefined : sessions.get(id);
    },
    /** @param {string | undefined} id */
    destroy(id) {
      return id === undefined ? false : sessions.delete(id);
    },
    get size() {
      return sessions.size;
    },
  };
}

/**
 * Refresh tokens: token → { user, expiresAt }. Each use rotates the token, so a stolen copy
 * stops working as soon as the real client refreshes.
 * @param {{ ttlSeconds: number }} options
 */
export function createRefreshStore({ ttlSeconds }) {
  const tokens = new Map();
  let rotations = 0;
  return {
    /** @param {string} user */
    issue(user) {
      const token = randomId();
      tokens.set(token, { user, expiresAt: Date.now() + ttlSeconds * 1000 });
      return token;
    },
    /**
     * Exchanges a refresh token for a new one. Returns `{ user, token }`, or null when the token
     * is unknown, already used or expired.
     * @param {string | undefined} token
     */
    rotate(token) {
      if (token === undefined) return null;
      const entry = tokens.get(token);
      if (!entry) return null;
      tokens.delete(token);
      if (entry.expiresAt <= Date.now()) return null;
      rotations += 1;
      return { user: entry.user, token: this.issue(entry.user) };
    },
    /** @param {string | undefined} token */
    revoke(token) {
      return token === undefined ? false : tokens.delete(token);
    },
    get size() {
      return tokens.size;
    },
    /** How many refreshes succeeded, so tests can see the page refresh by itself. */
    get rotations() {
      return rotations;
    },
  };
}
