/** The toolbar popup in real Chromium on each demo login: verdict, language switch, masking. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExtension,
  launchWithExtension,
  openToolbarPopup,
  setStoredLang,
  startDemo,
  tabIdOf,
  verdictOf,
  waitForDemoDone,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';

let demo: DemoServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  demo = await startDemo();
  browser = await launchWithExtension({ extensionPath });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Opens a demo page, lets its script log in, and returns the page and its tab id. */
async function visit(url: string, waitForScript = true) {
  const page = await browser.context.newPage();
  await page.goto(url);
  if (waitForScript) await waitForDemoDone(page);
  return { page, tabId: await tabIdOf(browser.serviceWorker, url) };
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await browser.openExtensionPage('popup.html', tabId);
  await popup.waitForSelector('[data-testid="popup"]');
  return popup;
}

const tokensOf = (popup: Page) =>
  popup
    .locator('[data-testid="token"]')
    .evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-token-kind')}@${r.getAttribute('data-location')}`),
    );

describe('popup on the demo logins', () => {
  it('session login: verdict "session", the session id in an HttpOnly cookie', async () => {
    await setStoredLang(browser, 'en');
    const { tabId } = await visit(demo.urls.session.auto);
    const popup = await popupFor(tabId);
    expect(await verdictOf(popup)).toBe('session');
    expect(await tokensOf(popup)).toContain('session-id@cookie-httponly');
    expect(await popup.locator('[data-testid="counts"]').innerText()).toMatch(/Cookies\s*1/);
  });

  it('bearer login: verdict "token", the access JWT and the refresh token in a cookie', async () => {
    const { tabId } = await visit(demo.urls.bearer.auto);
    const popup = await popupFor(tabId);
    expect(await verdictOf(popup)).toBe('token');
    const tokens = await tokensOf(popup);
    expect(tokens.some((t) => t.startsWith('access@'))).toBe(true);
    expect(tokens).toContain('refresh@cookie-httponly');
    // The access token lives two minutes: the soonest expiry counts it down.
    const countdown = popup.locator('[data-testid="soonest-expiry"] [role="timer"]');
    const first = await countdown.innerText();
    await popup.waitForFunction(
      (before) =>
        document.querySelector('[data-testid="soonest-expiry"] [role="timer"]')?.textContent !==
        before,
      await countdown.textContent(),
      { timeout: 5_000 },
    );
    expect(first).toMatch(/expires in \d+m \d+s|expires in \d+s/);
  });

  it('JWT-in-cookie login: verdict "token-in-cookie", a JWT in an HttpOnly cookie', async () => {
    const { tabId } = await visit(demo.urls.jwtCookie.auto);
    const popup = await popupFor(tabId);
    expect(await verdictOf(popup)).toBe('token-in-cookie');
    expect((await tokensOf(popup)).some((t) => t.endsWith('@cookie-httponly'))).toBe(true);
  });

  it('no login: verdict "none", with what to try', async () => {
    const { tabId } = await visit(demo.urls.plain.home, false);
    const popup = await popupFor(tabId);
    expect(await verdictOf(popup)).toBe('none');
    expect(await popup.locator('[data-testid="state-none"]').innerText()).toContain('Log in');
  });

  it('switches language in one click and remembers it', async () => {
    await setStoredLang(browser, 'en');
    const { tabId } = await visit(demo.urls.session.auto);
    const popup = await popupFor(tabId);
    const heading = popup.locator('[data-testid="verdict"] h2');
    await expect.poll(() => heading.innerText()).toBe('Server-side session');

    await popup.getByRole('button', { name: '한국어' }).click();
    await expect.poll(() => heading.innerText()).toBe('서버 세션 방식');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ko');

    const again = await popupFor(tabId);
    await expect
      .poll(() => again.locator('[data-testid="verdict"] h2').innerText())
      .toBe('서버 세션 방식');

    await again.locator('[data-lang="both"]').click();
    await expect
      .poll(() => again.locator('[data-testid="verdict"] h2').innerText())
      .toMatch(/서버 세션 방식\s*Server-side session/);
    await setStoredLang(browser, 'en');
  });

  it('security: masks token values until each one is revealed', async () => {
    await setStoredLang(browser, 'en');
    const { page, tabId } = await visit(demo.urls.bearer.auto);
    const accessToken = await page.evaluate(() => localStorage.getItem('access_token'));
    expect(accessToken).toMatch(/^eyJ/);
    const popup = await popupFor(tabId);
    await popup.waitForSelector('[data-testid="token"]');
    const body = () => popup.evaluate(() => document.body.textContent ?? '');
    expect(await body()).not.toContain(accessToken!.slice(0, 24));

    const row = popup.locator('[data-testid="token"][data-token-kind="access"]').first();
    await row.getByRole('button', { name: /Reveal the value/ }).click();
    const shown = await row.locator('code').innerText();
    expect(accessToken!.startsWith(shown.replace(/…$/, ''))).toBe(true);
    // Only that one: every other value stays hidden.
    expect(await popup.locator('[data-testid="masked-value"][data-revealed="true"]').count()).toBe(
      1,
    );
    expect(
      await popup.locator('[data-testid="masked-value"][data-revealed="false"]').count(),
    ).toBeGreaterThan(0);
  });

  it('works by keyboard alone: switch language and reveal a value', async () => {
    await setStoredLang(browser, 'en');
    const { tabId } = await visit(demo.urls.session.auto);
    const popup = await popupFor(tabId);
    await popup.waitForSelector('[data-testid="token"]');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-lang'))).toBe(
      'ko',
    );
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.locator('[data-testid="verdict"] h2').innerText())
      .toBe('서버 세션 방식');
    // Tab on to the first reveal button, then Space.
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      const pressed = await popup.evaluate(() =>
        document.activeElement?.getAttribute('aria-pressed'),
      );
      const inMasked = await popup.evaluate(
        () => !!document.activeElement?.closest('[data-testid="masked-value"]'),
      );
      if (pressed === 'false' && inMasked) break;
    }
    await popup.keyboard.press('Space');
    expect(await popup.locator('[data-testid="masked-value"][data-revealed="true"]').count()).toBe(
      1,
    );
    await setStoredLang(browser, 'en');
  });

  it('opens the inspector in its own tab for the same tab id', async () => {
    const { tabId } = await visit(demo.urls.session.auto);
    const popup = await popupFor(tabId);
    const opened = browser.context.waitForEvent('page');
    await popup.getByTestId('open-inspector-button').click();
    const inspector = await opened;
    await inspector.waitForLoadState();
    expect(inspector.url()).toBe(
      `chrome-extension://${browser.extensionId}/devtools-panel.html?tabId=${tabId}`,
    );
  });

  it('stays a summary on a site with 300 cookies', async () => {
    const { page, tabId } = await visit(demo.urls.session.auto);
    const url = new URL(page.url());
    await browser.context.addCookies(
      Array.from({ length: 300 }, (_, i) => ({
        name: `_pref_${i}`,
        value: `v${i}`,
        domain: url.hostname,
        path: '/',
        ...(i % 2 ? { expires: Math.floor(Date.now() / 1000) + 86_400 } : {}),
      })),
    );
    const popup = await popupFor(tabId);
    expect(await verdictOf(popup)).toBe('session');
    // Chromium keeps at most 180 cookies per host (it evicts the oldest), so not all 300 stay.
    const note = await popup.getByTestId('state-many-cookies').innerText();
    expect(Number(/(\d+) cookies/.exec(note)?.[1])).toBeGreaterThanOrEqual(150);
    expect(await popup.locator('[data-testid="token"]').count()).toBeLessThanOrEqual(3);
  });

  it('explains a restricted page instead of showing an empty verdict', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version/');
    const tabId = await tabIdOf(browser.serviceWorker, 'chrome://version/');
    const popup = await popupFor(tabId);
    await popup.waitForSelector('[data-testid="state-restricted"]', { timeout: 15_000 });
    expect(await popup.locator('[data-testid="verdict"]').count()).toBe(0);
  });
});

describe('popup answers are never stale', () => {
  const COOKIE_COUNT = '[data-testid="counts"] [data-count="cookies"] strong';

  /** The cookie count a fresh popup shows for the tab. */
  async function cookieCount(tabId: number): Promise<number> {
    const popup = await popupFor(tabId);
    await verdictOf(popup);
    const count = await popup.locator(COOKIE_COUNT).innerText();
    await popup.close();
    return Number(count);
  }

  it('a cookie the page sets or deletes between two opens shows in the next one', async () => {
    await setStoredLang(browser, 'en');
    const { page, tabId } = await visit(demo.urls.jwtCookie.auto);
    const before = await cookieCount(tabId);
    expect(before).toBeGreaterThan(0);
    // The second open of an unchanged site is answered from the background's memory…
    expect(await cookieCount(tabId)).toBe(before);
    // …which a change must clear at once: no waiting between the change and the open.
    await page.evaluate(() => (document.cookie = 'tokki_fresh=1; path=/; max-age=3600'));
    expect(await cookieCount(tabId)).toBe(before + 1);
    await page.evaluate(() => (document.cookie = 'tokki_fresh=; path=/; max-age=0'));
    expect(await cookieCount(tabId)).toBe(before);
  });

  it('a cookie that expires between two opens is gone from the next one', async () => {
    const { page, tabId } = await visit(demo.urls.plain.home, false);
    await page.evaluate(() => (document.cookie = 'tokki_brief=1; path=/; max-age=2'));
    const before = await cookieCount(tabId);
    await page.waitForTimeout(2500);
    expect(await cookieCount(tabId)).toBe(before - 1);
  });

  it('an open popup follows a cookie the page sets', async () => {
    const { page, tabId } = await visit(demo.urls.plain.home, false);
    const popup = await popupFor(tabId);
    await verdictOf(popup);
    const counts = popup.locator(COOKIE_COUNT);
    const before = Number(await counts.innerText());
    await page.evaluate(() => (document.cookie = 'tokki_live=1; path=/; max-age=3600'));
    await expect
      .poll(async () => Number(await counts.innerText()), {
        timeout: 10_000,
      })
      .toBe(before + 1);
  });
});

describe('the real toolbar popup (chrome.action.openPopup, no ?tabId)', () => {
  /** Opens the popup over the active tab and reads what it shows, then closes it. */
  async function popupOverActiveTab() {
    const { popup, close } = await openToolbarPopup(browser);
    try {
      return await popup.evaluate(() => ({
        verdict: document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict'),
        restricted: document.querySelector('[data-testid="state-restricted"]') !== null,
        site: document.querySelector('[data-testid="site"]')?.textContent ?? '',
        overflowsSideways: document.documentElement.scrollWidth > innerWidth,
        width: innerWidth,
      }));
    } finally {
      await close();
    }
  }

  it('inspects the tab in front, and follows when another tab comes to the front', async () => {
    await setStoredLang(browser, 'en');
    const bearer = await visit(demo.urls.bearer.auto);
    const shown = await popupOverActiveTab();
    expect(shown.verdict).toBe('token');
    expect(shown.site).toContain(new URL(bearer.page.url()).host);
    // All of its 400 px fit: nothing is cut off at the side of Chrome's popup frame.
    expect(shown.width).toBeGreaterThanOrEqual(400);
    expect(shown.overflowsSideways).toBe(false);

    const session = await visit(demo.urls.session.auto);
    expect((await popupOverActiveTab()).verdict).toBe('session');

    await bearer.page.bringToFront();
    expect((await popupOverActiveTab()).verdict).toBe('token');
    await session.page.close();
    await bearer.page.close();
  });

  it('over a browser page, explains that it cannot look inside', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version/');
    const shown = await popupOverActiveTab();
    expect(shown.restricted).toBe(true);
    expect(shown.verdict).toBeUndefined();
    await page.close();
  });
});
