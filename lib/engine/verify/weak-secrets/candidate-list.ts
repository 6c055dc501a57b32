/**
 * Candidate secrets as one UTF-8 buffer with offsets: encoded once per search, so trying a
 * candidate reads bytes in place instead of encoding a string each time.
 */
export interface CandidateList {
  readonly words: readonly string[];
  readonly bytes: Uint8Array;
  /** `starts[i]` … `starts[i + 1]` is candidate `i` in `bytes`. */
  readonly starts: Uint32Array;
}

/** Encodes `words` (in order) for {@link searchBatch}. */
export function encodeCandidates(words: readonly string[]): CandidateList {
  const encoder = new TextEncoder();
  const parts = words.map((word) => encoder.encode(word));
  const starts = new Uint32Array(words.length + 1);
  let total = 0;
  parts.forEach((part, i) => {
    starts[i] = total;
    total += part.length;
  });
  starts[words.length] = total;
  const bytes = new Uint8Array(total);
  parts.forEach((part, i) => bytes.set(part, starts[i]));
  return { words, bytes, starts };
}

/** Keeps the first occurrence of each word and drops empty ones (HMAC needs a key). */
export function uniqueWords(lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const word of list) {
      if (word === '' || seen.has(word)) continue;
      seen.add(word);
      out.push(word);
    }
  }
  return out;
}
