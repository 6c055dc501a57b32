// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFrameScans } from '@/lib/background/frame-scans';
import { scanFrame } from '@/lib/background/page-scan';
import { KNOWN_IDB_STORES } from '@/lib/background/known-idb-stores';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('scanFrame (runs inside the page)', () => {
  it('reads localStorage and sessionStorage, cutting long values', async () => {
    localStorage.setItem('access_token', 'eyJhbGciOiJub25lIn0.e30.');
    sessionStorage.setItem('big', 'x'.repeat(50));
    const scan = await scanFrame(15, KNOWN_IDB_STORES, 10);
    expect(scan.localStorage).toEqual([['access_token', 'eyJhbGciOiJub25…[truncated]']]);
    expect(scan.sessionStorage).toEqual([['big', `${'x'.repeat(15)}…[truncated]`]]);
    expect(scan.errors).toEqual([]);
  });

  it('is self-contained, so executeScript can serialise it', () => {
    // The function is sent as source text; a reference to a module import would break in the page.
    const source = scanFrame.toString();
    expect(source).not.toMatch(/\b(import|require)\s*\(/);
    expect(source).not.toMatch(/__vite|_constants|MAX_[A-Z_]+/);
  });
});

describe('collectFrameScans', () => {
  const frame = (origin: string, local: [string, string][] = [], errors: string[] = []) => ({
    frameId: 0,
    result: { origin, localStorage: local, sessionStorage: [], indexedDB: [], errors },
  });

  it('keeps each origin’s entries once although several frames share them', () => {
    const { storage } = collectFrameScans([
      frame('https://app.example.com', [['k', 'v']]),
      frame('https://app.example.com', [['k', 'v']]),
      frame('https://widget.example.net', [['k', 'w']]),
    ]);
    expect(storage.map((e) => `${e.origin} ${e.key}=${e.value}`)).toEqual([
      'https://app.example.com k=v',
      'https://widget.example.net k=w',
    ]);
  });

  it('turns frames that could not be read into unavailable entries', () => {
    const { unavailable } = collectFrameScans([
      { frameId: 3, error: 'Missing host permission for the tab or frames' },
      frame('null', [], ['localStorage: SecurityError: sandboxed']),
    ]);
    expect(unavailable.map((u) => [u.what, u.reason])).toEqual([
      ['storage', 'frame-blocked'],
      ['storage', 'frame-blocked'],
    ]);
  });

  it('ignores results of the wrong shape', () => {
    expect(collectFrameScans([{ result: 42 }, { result: { origin: 1 } }, {}])).toEqual({
      storage: [],
      indexedDB: [],
      unavailable: [],
    });
  });
});
