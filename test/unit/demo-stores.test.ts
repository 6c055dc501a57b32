import { describe, expect, it } from 'vitest';
import { createRefreshStore, createSessionStore } from '../../demo/stores.mjs';

describe('demo session store', () => {
  it('finds a user by session id until the session is destroyed', () => {
    const sessions = createSessionStore();
    const id = sessions.create('demo');
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessions.get(id)?.user).toBe('demo');
    expect(sessions.destroy(id)).toBe(true);
    expect(sessions.get(id)).toBeUndefined();
  });

  it('gives every login a different id', () => {
    const sessions = createSessionStore();
    expect(sessions.create('demo')).not.toBe(sessions.create('demo'));
    expect(sessions.size).toBe(2);
  });

  it('ignores a missing or unknown cookie', () => {
    const sessions = createSessionStore();
    expect(sessions.get(undefined)).toBeUndefined();
    expect(sessions.get('__proto__')).toBeUndefined();
    expect(sessions.destroy(undefined)).toBe(false);
  });
});

describe('demo refresh-token store', () => {
  it('security: rotates on use, so a replayed refresh token is refused', () => {
    const store = createRefreshStore({ ttlSeconds: 60 });
    const first = store.issue('demo');
    const rotated = store.rotate(first);
    expect(rotated).toMatchObject({ user: 'demo' });
    expect(rotated?.token).not.toBe(first);
    expect(store.rotate(first)).toBeNull();
    expect(store.rotate(rotated?.token)).not.toBeNull();
    expect(store.rotations).toBe(2);
  });

  it('refuses an expired refresh token', () => {
    const store = createRefreshStore({ ttlSeconds: 0 });
    expect(store.rotate(store.issue('demo'))).toBeNull();
  });

  it('refuses a revoked refresh token (logout)', () => {
    const store = createRefreshStore({ ttlSeconds: 60 });
    const token = store.issue('demo');
    expect(store.revoke(token)).toBe(true);
    expect(store.rotate(token)).toBeNull();
  });
});
