/** HTTP Basic authentication in real Chromium: the popup's verdict and the user in the panel. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpAuthSite, type HttpAuthSite } from './http-auth-site.mjs';
import {
  buildExtension,
  launchWithExtension,
  setStoredLang,
  verdictOf,
  type ChromeApi,
  type ExtensionBrowser,
} from './harness';

declare const chrome: ChromeApi;

let site: HttpAuthSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  site = await startHttpAuthSite({ password: 's3cret' });
  browser = await launchWithExtension({ extensionPath });
  await setStoredLang(browser, 'en');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The id of the tab on `host`, whatever the browser keeps of the URL's user info. */
async function tabOnHost(host: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const id = await browser.serviceWorker.evaluate(async (h: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url && new URL(t.url).hostname === h)?.id ?? null;
    }, host);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`No tab on ${host}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The tab's toolbar badge once it reads `wanted` (or what it reads after 10 s). */
async function badgeOf(tabId: number, wanted: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  let badge = '';
  while (badge !== wanted && Date.now() < deadline) {
    badge = await browser.serviceWorker.evaluate(
      (id: number) => chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    if (badge !== wanted) await new Promise((r) => setTimeout(r, 200));
  }
  return badge;
}

describe('HTTP Basic authentication', () => {
  it('the popup says http-auth, the panel names the user, never the password', async () => {
    const host = 'basic.localhost';
    const page = await browser.context.newPage();
    const url = new URL(site.url(host));
    url.username = site.user;
    url.password = site.password;
    // Credentials in the URL answer the first 401, as the browser's sign-in dialog does; the
    // browser caches them, and the page opened again without them (a page whose URL holds
    // credentials cannot fetch) gets them from that cache.
    await page.goto(url.href);
    await page.goto(site.url(host));
    await page.waitForFunction(() => document.documentElement.dataset.httpAuth !== undefined);
    expect(await page.evaluate(() => document.documentElement.dataset.httpAuth)).toBe('done');
    // The browser itself sent the credentials with the page, its stylesheet and the API call.
    expect(site.seen.map((s) => s.path)).toEqual(
      expect.arrayContaining(['/', '/site.css', '/api/me']),
    );

    const tabId = await tabOnHost(host);
    const popup = await browser.openExtensionPage('popup.html', tabId);
    const verdict = await verdictOf(popup);
    expect(verdict).toBe('http-auth');
    const popupText = await popup.locator('[data-testid="popup"]').innerText();
    expect(popupText).toContain('HTTP authentication');
    expect(popupText).not.toContain(site.password);

    expect(await badgeOf(tabId, 'HTTP')).toBe('HTTP');

    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    expect(await verdictOf(panel)).toBe('http-auth');
    const evidence = await panel.locator('[data-testid="evidence"]').allInnerTexts();
    expect(evidence.join('\n')).toContain(`the user "${site.user}"`);
    expect(await panel.locator('body').innerText()).not.toContain(site.password);
    // security: the password given in the address is not even kept in the capture log.
    const session = await browser.serviceWorker.evaluate(() => chrome.storage.session.get(null));
    expect(JSON.stringify(session)).toContain(`${site.user}@${host}`);
    expect(JSON.stringify(session)).not.toContain(site.password);
  });

  it('security: a password typed in the address never reaches storage.session, not even for a moment', async () => {
    const host = 'typed.localhost';
    // Every write to storage.session from now on, as it happens: the capture journal's small
    // keys live only until the next batch, so reading storage once at the end would miss them.
    await browser.serviceWorker.evaluate(() => {
      const record = globalThis as unknown as { tokkiE2eWrites?: string[] };
      record.tokkiE2eWrites = [];
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'session') record.tokkiE2eWrites?.push(JSON.stringify(changes));
      });
    });
    const page = await browser.context.newPage();
    const url = new URL(site.url(host));
    url.username = site.user;
    url.password = site.password;
    // The tab stays on the address as typed, password and all.
    await page.goto(url.href);
    expect(site.seen.some((s) => s.path === '/')).toBe(true);
    const tabId = await tabOnHost(host);
    // The popup and the panel ask for the tab's snapshot, which can move its log to the tab's URL.
    const popup = await browser.openExtensionPage('popup.html', tabId);
    expect(await verdictOf(popup)).toBe('http-auth');
    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    expect(await verdictOf(panel)).toBe('http-auth');
    expect(await panel.locator('body').innerText()).not.toContain(site.password);
    await page.reload();
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const { writes, session } = await browser.serviceWorker.evaluate(async () => ({
      writes: (globalThis as unknown as { tokkiE2eWrites?: string[] }).tokkiE2eWrites ?? [],
      session: JSON.stringify(await chrome.storage.session.get(null)),
    }));
    const everything = [...writes, session].join('\n');
    expect(writes.some((w) => w.includes('tokki.journal.'))).toBe(true);
    // The user is kept (the evidence names them): what was stored is this visit.
    expect(everything).toContain(`${site.user}@${host}`);
    expect(everything).not.toContain(site.password);
    await Promise.all([popup.close(), panel.close(), page.close()]);
  });

  it('signed in through the browser’s own sign-in, the challenge is the evidence', async () => {
    const host = 'dialog.localhost';
    // Answers the 401 outside the page, where the browser's dialog would (over the DevTools
    // protocol): the page and its URL never hold the credentials.
    await browser.context.setHTTPCredentials({ username: site.user, password: site.password });
    const page = await browser.context.newPage();
    await page.goto(site.url(host));
    await page.waitForFunction(() => document.documentElement.dataset.httpAuth === 'done');
    expect(site.seen.filter((s) => s.path === '/api/me')).toHaveLength(2);

    const tabId = await tabOnHost(host);
    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    expect(await verdictOf(panel)).toBe('http-auth');
    const evidence = (await panel.locator('[data-testid="evidence"]').allInnerTexts()).join('\n');
    expect(evidence).toContain('asked for HTTP Basic authentication (realm "Tokki staff")');
    expect(evidence).toContain('does not show extensions the credentials');
    const popup = await browser.openExtensionPage('popup.html', tabId);
    expect(await verdictOf(popup)).toBe('http-auth');
  });

  it('an open page whose script signs in to its API: the API’s challenge is the evidence', async () => {
    const host = 'api.localhost';
    const page = await browser.context.newPage();
    await page.goto(`${site.url(host)}public`);
    await page.waitForFunction(() => document.documentElement.dataset.httpAuth === 'done');
    const popup = await browser.openExtensionPage('popup.html', await tabOnHost(host));
    expect(await verdictOf(popup)).toBe('http-auth');
    expect(await popup.locator('[data-testid="popup"]').innerText()).toContain(
      'asked for HTTP Basic authentication',
    );
  });
});
