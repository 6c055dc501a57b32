/** Types for stores.mjs. */
export function randomId(): string;

export interface SessionStore {
  create(user: string): string;
  get(id: string | undefined): { user: string; createdAt: number } | undefined;
  destroy(id: string | undefined): boolean;
  readonly size: number;
}
export function createSessionStore(): SessionStore;

export interface RefreshStore {
  issue(user: string): string;
  rotate(token: string | undefined): { user: string; token: string } | null;
  revoke(token: string | undefined): boolean;
  readonly size: number;
  readonly rotations: number;
}
export function createRefreshStore(options: { ttlSeconds: number }): RefreshStore;
