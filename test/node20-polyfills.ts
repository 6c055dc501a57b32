/**
 * vitest 5 prints failed tests with `Map.groupBy` (Node >= 21); on Node 20 its reporter crashes and
 * hides the failure. Import this from a vitest config (it runs in vitest's main process).
 */
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: function groupBy<K, T>(items: Iterable<T>, key: (item: T, index: number) => K) {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}
export {};
