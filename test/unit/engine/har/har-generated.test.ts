/**
 * The bench's generated HAR (bench/har/generate-har.mjs), small: every request belongs to the site
 * of its page, as a reading of the raw JSON says independently of the reader, and each of the two
 * sites it visits keeps its own login.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessRegistrableDomain } from '@/lib/engine/analyze/site';
import { harSites } from '@/lib/engine/har/har-sites';
import { writeHar } from '../../../../bench/har/generate-har.mjs';
import { importHarText } from './import-har-text';

/** Six pages: the sixth is the second site's (shop.example.org). */
const ENTRIES = 6_000;

interface RawEntry {
  pageref?: string;
  _resourceType?: string;
  request: { url: string };
}

let dir = '';
let text = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tokki-har-'));
  await writeHar(join(dir, 'small.har'), ENTRIES);
  text = readFileSync(join(dir, 'small.har'), 'utf8');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each entry's site read straight from the JSON: its page's first document's domain. */
function expectedSites(): string[] {
  const entries = (JSON.parse(text) as { log: { entries: RawEntry[] } }).log.entries;
  const pageUrl = new Map<string, string>();
  for (const e of entries) {
    if (e.pageref && e._resourceType === 'document' && !pageUrl.has(e.pageref))
      pageUrl.set(e.pageref, e.request.url);
  }
  return entries.map((e) => guessRegistrableDomain(new URL(pageUrl.get(e.pageref!)!).hostname));
}

describe('the generated HAR of the bench, small', () => {
  it('puts every request on the site of its page', () => {
    const { contents } = importHarText(text);
    const sites = harSites(contents);
    const read = Array.from(sites.siteOf, (at) => sites.all[at]?.domain);
    const expected = expectedSites();
    expect(read).toHaveLength(ENTRIES);
    expect(new Set(expected)).toEqual(new Set(['example.com', 'example.org']));
    expect(read).toEqual(expected);
  });

  it('gives each site its own login: the app’s session cookie and bearer, the shop’s cookie', () => {
    const main = importHarText(text);
    expect(main.sites).toEqual(['example.com', 'example.org']);
    expect(main.report.verdict.kind).toBe('hybrid');
    expect(main.snapshot.cookies.map((c) => c.name)).toContain('sid');
    const shop = importHarText(text, 'example.org');
    const session = shop.snapshot.cookies.find((c) => c.name === 'shop_session');
    expect(session?.httpOnly).toBe(true);
    expect(shop.snapshot.cookies.map((c) => c.name)).not.toContain('sid');
  });
});
