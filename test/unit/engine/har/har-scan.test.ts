/**
 * The scanner hands over exactly the entries `JSON.parse` of the whole file finds, whatever the
 * layout, the chunk sizes, and the separators hidden in strings and nested lists that its fast
 * search between entries must not be fooled by.
 */
import { describe, expect, it } from 'vitest';
import { HarScanner } from '@/lib/engine/har/har-scan';

interface Read {
  entries: unknown[];
  pages: unknown[];
  fault: string | undefined;
}

function scan(text: string, chunk: number): Read {
  const read: Read = { entries: [], pages: [], fault: undefined };
  const scanner = new HarScanner({
    entry: (value) => read.entries.push(value),
    page: (value) => read.pages.push(value),
    meta: () => undefined,
  });
  for (let at = 0; at < text.length; at += chunk) scanner.push(text.slice(at, at + chunk));
  scanner.end();
  read.fault = scanner.fault;
  return read;
}

const header = (name: string, value: string) => ({ name, value });

/** An entry as a browser writes it; `first` decides which key it starts with. */
function entry(i: number, first: 'startedDateTime' | '_fromCache' = 'startedDateTime') {
  return {
    ...(first === '_fromCache' ? { _fromCache: 'memory' } : {}),
    startedDateTime: `2026-11-20T09:00:${String(i % 60).padStart(2, '0')}.000Z`,
    _initiator: {
      type: 'script',
      // Objects in a nested list, the second starting with an entry's first key: `},{"started…`.
      stack: { callFrames: [{ functionName: 'f' }, { startedDateTime: 'x', url: 'a.js' }] },
    },
    request: {
      method: 'GET',
      url: `https://api.example.com/items/${i}`,
      headers: [header('authorization', `Bearer t${i}`), header('accept', '*/*')],
      cookies: [],
    },
    response: {
      status: 200,
      headers: [header('content-type', 'application/json')],
      cookies: [],
      content: {
        mimeType: 'application/json',
        // The separators, in a string: quotes escaped, so never the real thing.
        text: `[{"a":${i}},{"startedDateTime":"fake"}]},{"startedDateTime": 1}`,
      },
    },
  };
}

function har(entries: unknown[], indent?: number): string {
  const pages = [{ id: 'page_1', title: 'https://app.example.com/' }];
  return JSON.stringify({ log: { version: '1.2', pages, entries } }, null, indent);
}

const mixed = Array.from({ length: 40 }, (_, i) =>
  entry(i, i % 7 === 3 ? '_fromCache' : undefined),
);

describe('HAR scanner', () => {
  it.each([
    ['minified', undefined],
    ['pretty-printed as Chrome and Firefox export (2 spaces)', 2],
    ['pretty-printed with 4 spaces', 4],
  ])('%s: every entry as JSON.parse reads it, in chunks of any size', (_, indent) => {
    const text = har(mixed, indent);
    const whole = (JSON.parse(text) as { log: { entries: unknown[] } }).log.entries;
    for (const chunk of [1, 7, 100, 997, 4096, text.length]) {
      const read = scan(text, chunk);
      expect(read.fault).toBeUndefined();
      expect(read.entries).toEqual(whole);
      expect(read.pages).toHaveLength(1);
    }
  });

  it('a tab-indented file with Windows line ends reads the same', () => {
    const text = har(mixed, 2).replace(/\n/g, '\r\n').replace(/ {2}/g, '\t');
    expect(scan(text, 1000).entries).toEqual(mixed);
  });

  it('an entry that is not JSON is handed over as undefined, the entries around it intact', () => {
    const text = har(mixed.slice(0, 6)).replace(
      '"url":"https://api.example.com/items/3"',
      '"url":x',
    );
    const read = scan(text, 512);
    expect(read.entries).toHaveLength(6);
    expect(read.entries[3]).toBeUndefined();
    expect(read.entries.filter((e) => e !== undefined)).toEqual(
      mixed.slice(0, 6).filter((_, i) => i !== 3),
    );
  });

  it('a file cut inside an entry is truncated, after the entries before the cut', () => {
    const text = har(mixed, 2);
    const cut = text.indexOf('items/30');
    const read = scan(text.slice(0, cut), 4096);
    expect(read.fault).toBe('truncated');
    expect(read.entries).toEqual(mixed.slice(0, 30));
  });
});
