/**
 * The HAR worker's handler (lib/client/har-handler.ts), driven directly: a file too large is
 * refused before a byte is read, a sanitized export is said to be one, and another site of the
 * same file is answered without reading it again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harHandler, type LookUpDomains } from '@/lib/client/har-handler';
import type { HarEvent } from '@/lib/client/har-protocol';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/har');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The handler's events for `requests`, domains looked up with `lookUp` when given. */
async function run(
  requests: Parameters<ReturnType<typeof harHandler>>[0][],
  lookUp?: LookUpDomains,
): Promise<HarEvent[]> {
  const events: HarEvent[] = [];
  const handle = harHandler((e) => events.push(e), undefined, lookUp);
  for (const request of requests) await handle(request);
  return events;
}

const lastOf = (events: HarEvent[]) => events[events.length - 1]!;

describe('HAR worker handler', () => {
  it('refuses a 200 MB file as too-large without reading it', async () => {
    const huge = {
      size: 200 * 1024 * 1024,
      slice: () => {
        throw new Error('read a file it should have refused');
      },
    } as unknown as Blob;
    expect(await run([{ type: 'import', file: huge }])).toEqual([
      { type: 'error', reason: 'too-large' },
    ]);
  });

  it('an empty file is empty', async () => {
    expect(lastOf(await run([{ type: 'import', file: new Blob([]) }]))).toEqual({
      type: 'error',
      reason: 'empty',
    });
  });

  it('reports progress, then the report of the main site', async () => {
    const events = await run([
      { type: 'import', file: new Blob([fixture('chromium-session.har')]) },
    ]);
    expect(events[0]).toMatchObject({ type: 'progress', entries: expect.any(Number) });
    const last = lastOf(events);
    expect(last.type === 'report' && last.report.verdict.kind).toBe('session');
    expect(last.type === 'report' && last.summary).toMatchObject({
      site: 'session.localhost',
      sanitized: false,
      creator: expect.stringContaining('Playwright'),
    });
  });

  it('says a HAR without any Cookie, Set-Cookie or Authorization header was sanitized', async () => {
    const har = JSON.parse(fixture('chromium-session.har')) as {
      log: {
        entries: {
          request: { headers: { name: string }[]; cookies: unknown[] };
          response: { headers: { name: string }[]; cookies: unknown[] };
        }[];
      };
    };
    // What Chrome's default "Export HAR (sanitized)" leaves out.
    const sensitive = /^(cookie|set-cookie|authorization)$/i;
    for (const e of har.log.entries) {
      e.request.headers = e.request.headers.filter((h) => !sensitive.test(h.name));
      e.response.headers = e.response.headers.filter((h) => !sensitive.test(h.name));
      e.request.cookies = [];
      e.response.cookies = [];
    }
    const last = lastOf(await run([{ type: 'import', file: new Blob([JSON.stringify(har)]) }]));
    expect(last.type === 'report' && last.summary.sanitized).toBe(true);
    expect(last.type === 'report' && last.report.verdict.kind).toBe('none');
  });

  it('reads a file of several slices in order, a character split between two slices whole', async () => {
    const SLICE = 4 * 1024 * 1024;
    const NOTE = '토끼'.repeat(50);
    const entry = (n: number, pad = '') => ({
      startedDateTime: '2026-11-20T09:00:00Z',
      request: {
        method: 'GET',
        url: `https://app.example.com/api/${n}${pad}`,
        headers: [{ name: 'Cookie', value: `PHPSESSID=abcdefghijklmnopqrstuvwxyz; note=${NOTE}` }],
      },
      response: { status: 200, headers: [] },
    });
    const entries = Array.from({ length: 30_000 }, (_, n) => entry(n));
    const encode = () => new TextEncoder().encode(JSON.stringify({ log: { entries } }));
    // '토' and '끼' are three bytes each in UTF-8. Padding the first entry moves the text until
    // the first slice ends inside one of them: the decoder has to carry it into the next slice.
    const plain = encode();
    const inCharacter = (b: number) => b >= 0x80 && b < 0xc0;
    let pad = 1;
    while (!inCharacter(plain[SLICE - pad]!)) pad++;
    entries[0] = entry(0, '?'.padEnd(pad, 'x'));
    const bytes = encode();
    expect(inCharacter(bytes[SLICE]!)).toBe(true);
    expect(bytes.length).toBeGreaterThan(3 * SLICE);
    const events = await run([{ type: 'import', file: new Blob([bytes]) }]);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(4);
    const read = progress.map((p) => p.read);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ read: bytes.length, total: bytes.length });
    const last = lastOf(events);
    expect(last.type === 'report' && last.summary).toMatchObject({ entries: 30_000, skipped: 0 });
    expect(last.type === 'report' && last.report.verdict.kind).toBe('session');
    const shown = JSON.stringify(last.type === 'report' && last.report);
    expect(shown).toContain(NOTE);
    expect(shown).not.toContain('\uFFFD');
  });

  it('reads a file saved with a BOM, CRLF line ends, tabs or minified as it reads the export', async () => {
    const readings = async (name: string) => {
      const exported = fixture(name);
      const har: unknown = JSON.parse(exported);
      const saved = {
        exported,
        bom: `\uFEFF${exported}`,
        crlf: JSON.stringify(har, null, 2).replace(/\n/g, '\r\n'),
        tabs: JSON.stringify(har, null, '\t'),
        minified: JSON.stringify(har),
      };
      const read: Record<string, string> = {};
      for (const [how, text] of Object.entries(saved)) {
        const last = lastOf(await run([{ type: 'import', file: new Blob([text]) }]));
        read[how] =
          last.type === 'report'
            ? `${last.report.verdict.kind}, ${last.summary.entries} entries`
            : `error ${last.type === 'error' ? last.reason : last.type}`;
      }
      return read;
    };
    const every = (reading: string) =>
      Object.fromEntries(['exported', 'bom', 'crlf', 'tabs', 'minified'].map((h) => [h, reading]));
    expect(await readings('chromium-session.har')).toEqual(every('session, 12 entries'));
    expect(await readings('firefox-bearer.har')).toEqual(every('token, 10 entries'));
  });

  it('answers for another site of the file it read', async () => {
    const page = (id: string, url: string, cookie: string) => ({
      pageref: id,
      startedDateTime: '2026-11-20T09:00:00Z',
      request: { method: 'GET', url, headers: [{ name: 'Cookie', value: cookie }] },
      response: { status: 200, headers: [] },
    });
    const har = JSON.stringify({
      log: {
        pages: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ],
        entries: [
          page('a', 'https://a.example.com/', 'PHPSESSID=abcdefghijklmnopqrstuvwxyz'),
          page('b', 'https://b.example.org/', 'PHPSESSID=zyxwvutsrqponmlkjihgfedcba'),
        ],
      },
    });
    const events = await run([
      { type: 'import', file: new Blob([har]) },
      { type: 'site', domain: 'example.org' },
    ]);
    const reports = events.filter((e) => e.type === 'report');
    expect(reports.map((r) => r.summary.site)).toEqual(['example.com', 'example.org']);
    expect(reports[1]?.report.site.origin).toBe('https://b.example.org');
    expect(reports[0]?.summary.sites.map((s) => s.domain)).toEqual(['example.com', 'example.org']);
  });
});

/** Two users' sites on github.io, each logging in with its own session cookie. */
const githubPagesHar = () => new Blob([fixture('github-pages.har')]);

describe('HAR worker handler: sites by the Public Suffix List', () => {
  const sitesOf = (events: HarEvent[]) => {
    const last = lastOf(events);
    return last.type === 'report' ? last.summary.sites.map((s) => s.domain) : last;
  };

  it('groups sites by the domains it is given for the page hosts it asks about', async () => {
    const asked: string[][] = [];
    const events = await run([{ type: 'import', file: githubPagesHar() }], async (hosts) => {
      asked.push(hosts);
      // What the background's list answers: github.io is a public suffix.
      return Object.fromEntries(hosts.map((h) => [h, h]));
    });
    expect(asked).toEqual([['kim.github.io', 'lee.github.io']]);
    expect(sitesOf(events)).toEqual(['kim.github.io', 'lee.github.io']);
    const last = lastOf(events);
    // The cookie of the other user's site is not this site's.
    expect(last.type === 'report' && last.report.cookies.map((c) => c.domain)).toEqual([
      'kim.github.io',
    ]);
  });

  it('without an answer (no lookup, a failed one, none) it groups them by the guess', async () => {
    expect(sitesOf(await run([{ type: 'import', file: githubPagesHar() }]))).toEqual(['github.io']);
    for (const lookUp of [async () => undefined, () => Promise.reject(new Error('gone'))]) {
      expect(sitesOf(await run([{ type: 'import', file: githubPagesHar() }], lookUp))).toEqual([
        'github.io',
      ]);
    }
  });

  it("names a partitioned cookie's partition by the site of the page whose request set it", async () => {
    const entry = (pageref: string, url: string, type: string, setCookie: string) => ({
      pageref,
      startedDateTime: '2026-11-20T09:00:01.000Z',
      _resourceType: type,
      request: { method: 'GET', url, headers: [] },
      response: { status: 200, headers: [{ name: 'Set-Cookie', value: setCookie }] },
    });
    const har = JSON.stringify({
      log: {
        pages: [
          { id: 'p0', title: 'https://kim.github.io/' },
          { id: 'p1', title: 'https://news.example.com/' },
        ],
        entries: [
          entry(
            'p0',
            'https://kim.github.io/',
            'document',
            'own=abcdefghijklmnop; Secure; Partitioned',
          ),
          entry('p1', 'https://news.example.com/', 'document', 'n=1; Secure'),
          // kim.github.io's widget inside news.example.com: its cookie lives in news's partition.
          entry(
            'p1',
            'https://kim.github.io/widget',
            'iframe',
            'w=qrstuvwxyzabcdef; Secure; SameSite=None; Partitioned',
          ),
        ],
      },
    });
    const partitions = async (lookUp?: LookUpDomains) => {
      const last = lastOf(await run([{ type: 'import', file: new Blob([har]) }], lookUp));
      return (
        last.type === 'report' &&
        Object.fromEntries(last.report.cookies.map((c) => [c.name, c.partition]))
      );
    };
    expect(
      await partitions(async (hosts) =>
        Object.fromEntries(hosts.map((h) => [h, h === 'news.example.com' ? 'example.com' : h])),
      ),
    ).toEqual({
      own: 'https://kim.github.io',
      w: 'https://example.com',
    });
    // Without the Public Suffix List, github.io is taken for a site, as the sites are.
    expect(await partitions()).toEqual({ own: 'https://github.io', w: 'https://example.com' });
  });
});
