/**
 * Firefox ⇄ Chromium parity (issue 7, "done when"): the same demo logins, run in real Chromium
 * (chrome-mv3) and real Firefox ESR (firefox-mv2) side by side, must give the popup the same
 * verdict, the same tokens (kind and location), the same evidence and the same counts, and the
 * snapshot the same cookies in the same scope. Nothing here says what the answer is: the two
 * browsers must agree, and neither may say "none" for a login.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../lib/engine/model/snapshot';
import { buildFirefoxAddon, launchFirefoxWithAddon } from './firefox/harness';
import type { FirefoxWithAddon } from './firefox/harness';
import { POPUP_VIEW_SCRIPT, readPopup } from './firefox/popup-reader';
import type { PopupView } from './firefox/popup-reader';
import {
  buildExtension,
  launchWithExtension,
  startDemo,
  tabIdOf,
  waitForDemoDone,
  setStoredLang,
} from './harness';
import type { DemoServer, ExtensionBrowser } from './harness';
import { getSnapshot, openMessagingPage } from './snapshot-helper';

let demo: DemoServer;
let firefox: FirefoxWithAddon;
let chromium: ExtensionBrowser;

beforeAll(async () => {
  const chromePath = await buildExtension();
  demo = await startDemo();
  // One at a time: both starting together on two cores only slows each down.
  chromium = await launchWithExtension({ extensionPath: chromePath });
  firefox = await launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() });
  await setStoredLang(chromium, 'en');
  await firefox.setStoredLang('en');
}, 240_000);

afterAll(async () => {
  await firefox?.close();
  await chromium?.close();
  await demo?.close();
});

afterEach(async () => {
  for (const page of chromium.context.pages().slice(1)) await page.close().catch(() => undefined);
  for (const page of (await firefox.browser.pages()).slice(1))
    await page.close().catch(() => undefined);
  await firefox.closeAddonTabs();
});

/** What must match between the browsers: the popup, and the cookies the snapshot holds. */
interface Seen {
  popup: Omit<PopupView, 'text' | 'counts'> & { counts: string };
  cookies: string[];
}

/** Cookie identity and flags, not values (each browser logs in with its own session). */
const cookieLines = (snapshot: Snapshot) =>
  snapshot.cookies
    .map(
      (c) =>
        `${c.name} ${c.scope} httpOnly=${c.httpOnly} secure=${c.secure} session=${c.session} sameSite=${c.sameSite}`,
    )
    .sort();

/** The view without time- and value-dependent text: counts' words and numbers only. */
const comparable = (view: PopupView): Seen['popup'] => ({
  verdict: view.verdict,
  heading: view.heading,
  tokens: [...view.tokens].sort(),
  // Firefox also loads the page's icon in the tab (webRequest type "image", with the site's
  // cookies); headless Chromium does not, so "sent with N requests" may differ by that one.
  evidence: view.evidence.map((line) => line.replace(/\b\d+ requests?\b/g, 'N requests')),
  counts: view.counts.replace(/\s+/g, ' ').trim(),
});

/** A login's view is ready once it has a verdict and token rows (a plain site's: a verdict). */
const ready = (login: boolean) => (view: PopupView) =>
  view.verdict !== null && (!login || view.tokens.length > 0);

/**
 * Reads the popup until it is ready and two reads 400 ms apart agree (tokens arrive from several
 * sources: cookies, captures, the storage scan), returning the last read either way.
 */
async function stableView(
  read: () => Promise<PopupView>,
  accept: (view: PopupView) => boolean,
  timeout = 15_000,
): Promise<PopupView> {
  const deadline = Date.now() + timeout;
  let last: Seen['popup'] | undefined;
  for (;;) {
    const view = await read();
    const now = comparable(view);
    if (accept(view) && JSON.stringify(now) === JSON.stringify(last)) return view;
    if (Date.now() > deadline) return view;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

async function inChromium(url: string, login: boolean): Promise<Seen> {
  const page = await chromium.context.newPage();
  await page.goto(url);
  if (login) await waitForDemoDone(page);
  const tabId = await tabIdOf(chromium.serviceWorker, url);
  const popup = await chromium.openExtensionPage('popup.html', tabId);
  await popup.waitForSelector('[data-testid="popup"]');
  const view = await stableView(
    async () => (await popup.evaluate(POPUP_VIEW_SCRIPT)) as PopupView,
    ready(login),
  );
  const messenger = await openMessagingPage(chromium.context, chromium.extensionId);
  const snapshot = await getSnapshot(messenger, tabId);
  return { popup: comparable(view), cookies: cookieLines(snapshot) };
}

async function inFirefox(url: string, login: boolean): Promise<Seen> {
  const page = await firefox.browser.newPage();
  await page.goto(url);
  if (login) {
    await page.waitForFunction(() => document.documentElement.dataset.tokkiDemo === 'done', {
      polling: 100,
      timeout: 20_000,
    });
  }
  const tabId = await firefox.tabIdOf(url);
  const popup = await firefox.openExtensionPage('popup.html', tabId);
  const view = await stableView(() => readPopup(firefox, popup), ready(login));
  const reply = await firefox.evaluate<{ res?: Snapshot } | null>(
    popup,
    `browser.runtime.sendMessage({ id: 1, type: 'getSnapshot', data: { tabId: ${tabId} }, timestamp: Date.now() })`,
  );
  if (!reply?.res) throw new Error('getSnapshot failed in Firefox');
  return { popup: comparable(view), cookies: cookieLines(reply.res) };
}

describe('the demo logins: Firefox shows what Chromium shows', () => {
  it.each([
    ['session', (d: DemoServer) => d.urls.session.auto, true],
    ['bearer', (d: DemoServer) => d.urls.bearer.auto, true],
    ['JWT in a cookie', (d: DemoServer) => d.urls.jwtCookie.auto, true],
    ['no login', (d: DemoServer) => d.urls.plain.home, false],
  ] as const)('%s', { timeout: 150_000 }, async (_name, urlOf, login) => {
    const url = urlOf(demo);
    const fromChromium = await inChromium(url, login);
    const fromFirefox = await inFirefox(url, login);
    expect(fromFirefox).toEqual(fromChromium);
    if (login) expect(fromFirefox.popup.verdict).not.toBe('none');
    else expect(fromFirefox.popup.verdict).toBe('none');
  });
});
