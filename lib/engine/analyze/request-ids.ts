/** Finds a request of a snapshot by its id. */
export interface RequestIds {
  /** Index of the request with this id; the last of them when several share it. */
  indexOf(id: string): number | undefined;
  /** Some id is shared by several requests (a bad recording). */
  readonly shared: boolean;
}

/** Longest id read as a number: 15 digits stay exact in a double. */
const MAX_DIGITS = 15;

/**
 * Indexes the requests by id. Browsers number requests as they start them (Chrome and Firefox
 * both hand out increasing decimal ids), so in the usual snapshot the ids are increasing
 * integers: then no two are alike and an id is found by binary search over their values, which
 * spares a Map of thousands of entries on every analysis. Any other list of ids gets the Map.
 *
 * @example indexRequestIds([{ id: '7' }, { id: '12' }]).indexOf('12') // 1
 */
export function indexRequestIds(requests: readonly { id: string }[]): RequestIds {
  const values = new Float64Array(requests.length);
  let previous = -1;
  for (let i = 0; i < requests.length; i++) {
    const value = decimalValue(requests[i]!.id);
    if (value <= previous) return mapped(requests);
    values[i] = previous = value;
  }
  return {
    shared: false,
    indexOf(id) {
      const value = decimalValue(id);
      if (value < 0) return undefined;
      let low = 0;
      let high = values.length - 1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const at = values[mid]!;
        if (at === value) return mid;
        if (at < value) low = mid + 1;
        else high = mid - 1;
      }
      return undefined;
    },
  };
}

function mapped(requests: readonly { id: string }[]): RequestIds {
  const byId = new Map<string, number>();
  requests.forEach((r, i) => byId.set(r.id, i));
  return { shared: byId.size !== requests.length, indexOf: (id) => byId.get(id) };
}

/**
 * The value of a decimal id written the one way a number is (`7`, not `07` or `+7`), or -1.
 * One spelling per value is what makes distinct values mean distinct ids.
 */
function decimalValue(id: string): number {
  const length = id.length;
  if (length === 0 || length > MAX_DIGITS) return -1;
  if (length > 1 && id.charCodeAt(0) === 0x30) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = id.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
