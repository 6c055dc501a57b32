/** Finds a request of a snapshot by its id. */
export interface RequestIds {
  /** Index of the request with this id; the last of them when several share it. */
  indexOf(id: string): number | undefined;
  /** Some id is shared by several requests (a bad recording). */
  readonly shared: boolean;
}

/**
 * Indexes the requests by id; when several share an id, it stands for the last of them.
 *
 * @example indexRequestIds([{ id: '7' }, { id: '12' }]).indexOf('12') // 1
 */
export function indexRequestIds(requests: readonly { id: string }[]): RequestIds {
  const byId = new Map<string, number>();
  requests.forEach((r, i) => byId.set(r.id, i));
  return { shared: byId.size !== requests.length, indexOf: (id) => byId.get(id) };
}
