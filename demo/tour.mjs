#!/usr/bin/env node
// `npm run demo`: start the demo site, open Chromium with Tokki, walk through every login, print
// what Tokki shows for each and save popup/panel screenshots under demo-output/, plus the store's
// screenshots (1280×800, one language each) of the bearer flow under demo-output/store/.
/* global chrome -- code passed to serviceWorker.evaluate runs inside the extension */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, hasChromium, launchChromiumWithExtension } from './chromium.mjs';
import { startDemo } from './site.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'demo-output');
const EXTENSION = resolve(ROOT, process.env.TOKKI_OUT_DIR ?? '.output', 'chrome-mv3');
const POPUP_VIEWPORT = { width: 420, height: 600 };
const PANEL_VIEWPORT = { width: 1200, height: 800 };
// The size the Chrome Web Store asks for (AMO takes it too).
const STORE_VIEWPORT = { width: 1280, height: 800 };
const STORE_DIR = join(OUT_DIR, 'store');
const STORE_CAPTION = {
  ko: '토끼: 이 사이트가 로그인을 유지하는 방식',
  en: 'Tokki: how this site keeps you logged in',
};
// The tour must end on its own, even if a page hangs.
const TOUR_TIMEOUT_MS = 180_000;

if (!hasChromium()) {
  console.error(
    `Tokki's demo needs Chromium at ${CHROMIUM_PATH}; install it with: sudo apt-get install -y chromium`,
  );
  process.exit(1);
}

/**
 * Builds the extension (about 3 s) so the tour never shows a stale build left in .output;
 * TOKKI_SKIP_BUILD=1 reuses an existing one.
 */
function ensureBuilt() {
  if (process.env.TOKKI_SKIP_BUILD === '1' && existsSync(join(EXTENSION, 'manifest.json'))) return;
  console.log(`Building the extension into ${EXTENSION} …`);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The extension build failed; see the output above.');
    process.exit(1);
  }
}

/** The ids of the tab showing `url`, as the extension sees it. */
async function tabIdOf(serviceWorker, url) {
  for (let i = 0; i < 50; i++) {
    const id = await serviceWorker.evaluate(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === wanted || t.url?.startsWith(wanted))?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab shows ${url}`);
}

/** Cookies the background can read for `url`, one short line each. */
async function cookieLines(serviceWorker, url) {
  const cookies = await serviceWorker.evaluate((u) => chrome.cookies.getAll({ url: u }), url);
  return cookies.map((c) => {
    const flags = [
      c.httpOnly ? 'HttpOnly' : 'script-readable',
      c.secure ? 'Secure' : null,
      `SameSite=${c.sameSite}`,
      c.session ? 'session cookie' : `expires ${new Date(c.expirationDate * 1000).toISOString()}`,
    ].filter(Boolean);
    return `${c.name} (${flags.join(', ')})`;
  });
}

/** The popup's verdict once it has rendered one, else null (UI still loading or not built yet). */
async function readVerdict(popup) {
  const verdict = popup.locator('[data-testid=verdict]');
  try {
    await verdict.first().waitFor({ state: 'visible', timeout: 8_000 });
  } catch {
    return null;
  }
  const clean = (text) => text.replace(/\s+/g, ' ').trim();
  // The tour shows both languages (see main); read each one's sentence on its own line.
  const inLang = async (lang) => {
    const part = verdict.first().locator(`[lang=${lang}]`).first();
    return (await part.count()) ? clean(await part.innerText()) : '';
  };
  return {
    kind: await verdict.first().getAttribute('data-verdict'),
    text: clean(await verdict.first().innerText()),
    ko: await inLang('ko'),
    en: await inLang('en'),
  };
}

/**
 * The raw credential values of a demo page: every cookie (HttpOnly included) and each
 * token-shaped run of its web storage. The screenshots must show none of them (values stay
 * masked until revealed, and the tour reveals nothing).
 */
async function rawValues(serviceWorker, page, url) {
  const cookies = await serviceWorker.evaluate(
    async (u) => (await chrome.cookies.getAll({ url: u })).map((c) => c.value),
    url,
  );
  const stored = await page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((area) =>
      Object.keys(area).map((k) => area.getItem(k) ?? ''),
    ),
  );
  const runs = stored.flatMap((v) => v.match(/[\w.~+/=-]{16,}/g) ?? []);
  // Shorter values are masked whole (no prefix) and could match ordinary words.
  return [...new Set([...cookies, ...runs])].filter((v) => v.length >= 16);
}

/** Names the raw values visible on an extension page (empty when everything is masked). */
async function unmaskedOn(tab, values) {
  const text = await tab.evaluate(() => document.body.innerText);
  return values.filter((v) => text.includes(v.slice(0, 100)) || text.includes(v.slice(-16)));
}

async function openExtensionPage(context, extensionId, page, tabId, viewport) {
  const tab = await context.newPage();
  await tab.setViewportSize(viewport);
  await tab.goto(`chrome-extension://${extensionId}/${page}?tabId=${tabId}`);
  await tab
    .locator('[data-testid=popup], [data-testid=panel]')
    .first()
    .waitFor({ timeout: 10_000 });
  return tab;
}

/** Shows Tokki in one language, as the popup's language switch would. */
async function setLang(serviceWorker, lang) {
  await serviceWorker.evaluate((l) => chrome.storage.local.set({ settings: { lang: l } }), lang);
}

/**
 * The store's screenshots of one tab in one language: the popup, centered on a 1280×800 canvas
 * under a caption (a popup is too small to fill one), and the panel at 1280×800. Returns the raw
 * values seen unmasked.
 */
async function storeShots(browser, tabId, name, lang, secrets) {
  const { context, serviceWorker, extensionId } = browser;
  await setLang(serviceWorker, lang);
  const popup = await openExtensionPage(context, extensionId, 'popup.html', tabId, POPUP_VIEWPORT);
  await readVerdict(popup);
  const leaks = await unmaskedOn(popup, secrets);
  const shot = (await popup.screenshot()).toString('base64');
  await popup.close();
  const canvas = await context.newPage();
  await canvas.setViewportSize(STORE_VIEWPORT);
  await canvas.setContent(
    `<body style="margin:0;height:100vh;display:flex;flex-direction:column;align-items:center;` +
      `justify-content:center;gap:28px;background:#eef2f7;font:600 30px system-ui,sans-serif;` +
      `color:#1f2937"><div lang="${lang}">${STORE_CAPTION[lang]}</div>` +
      `<img alt="" style="box-shadow:0 8px 30px #0003;border-radius:8px" ` +
      `src="data:image/png;base64,${shot}"></body>`,
  );
  await canvas.locator('img').evaluate((img) => img.decode());
  await canvas.screenshot({ path: join(STORE_DIR, `${name}-popup-${lang}.png`) });
  await canvas.close();
  const panel = await openExtensionPage(
    context,
    extensionId,
    'devtools-panel.html',
    tabId,
    STORE_VIEWPORT,
  );
  await readVerdict(panel);
  leaks.push(...(await unmaskedOn(panel, secrets)));
  await panel.screenshot({ path: join(STORE_DIR, `${name}-panel-${lang}.png`) });
  await panel.close();
  await setLang(serviceWorker, 'both');
  return leaks;
}

async function visit(browser, stop) {
  const { context, serviceWorker, extensionId } = browser;
  const page = await context.newPage();
  await page.goto(stop.url);
  await page.waitForFunction(() => document.documentElement.dataset.tokkiDemo, null, {
    timeout: 20_000,
  });
  const state = await page.evaluate(() => document.documentElement.dataset.tokkiDemo);
  const tabId = await tabIdOf(serviceWorker, stop.url);

  console.log(`\n■ ${stop.title}\n  ${stop.url} (tab ${tabId}, page: ${state})`);
  const popup = await openExtensionPage(context, extensionId, 'popup.html', tabId, POPUP_VIEWPORT);
  const verdict = await readVerdict(popup);
  if (verdict) {
    console.log(`  Tokki verdict: ${verdict.kind}`);
    if (verdict.ko || verdict.en) console.log(`    ko: ${verdict.ko}\n    en: ${verdict.en}`);
    else console.log(`    ${verdict.text}`);
  }
  const cookies = await cookieLines(serviceWorker, stop.url);
  console.log(
    `  ${verdict ? 'Cookies' : 'Cookies the extension reads (no verdict shown yet)'}:` +
      (cookies.length ? cookies.map((l) => `\n    - ${l}`).join('') : ' none'),
  );
  const secrets = await rawValues(serviceWorker, page, stop.url);
  const leaks = await unmaskedOn(popup, secrets);
  const popupShot = join(OUT_DIR, `${stop.name}-popup.png`);
  await popup.screenshot({ path: popupShot });
  await popup.close();

  const panel = await openExtensionPage(
    context,
    extensionId,
    'devtools-panel.html',
    tabId,
    PANEL_VIEWPORT,
  );
  // Once the popup shows a verdict the panel can too: wait for its report before the screenshot.
  if (verdict) await readVerdict(panel);
  leaks.push(...(await unmaskedOn(panel, secrets)));
  const panelShot = join(OUT_DIR, `${stop.name}-panel.png`);
  await panel.screenshot({ path: panelShot });
  await panel.close();
  console.log(`  Screenshots: ${popupShot}\n               ${panelShot}`);
  if (stop.store && verdict) {
    for (const lang of ['ko', 'en']) {
      leaks.push(...(await storeShots(browser, tabId, stop.name, lang, secrets)));
    }
    console.log(`  Store screenshots (1280×800, ko and en): ${STORE_DIR}`);
  }
  await page.close();
  if (leaks.length) {
    console.error(
      `  A raw value is on screen unmasked (${leaks.length}): the screenshots leak it.`,
    );
  } else {
    console.log(`  Masked: none of the ${secrets.length} raw cookie/token values is on screen.`);
  }
  return { name: stop.name, verdict: verdict?.kind ?? null, ok: state === 'done' && !leaks.length };
}

async function main() {
  ensureBuilt();
  mkdirSync(STORE_DIR, { recursive: true });
  const demo = await startDemo();
  const headless = !process.env.DISPLAY;
  console.log(`Demo site on ${demo.urls.index} · Chromium ${headless ? 'headless' : 'headed'}`);
  const browser = await launchChromiumWithExtension({ extensionPath: EXTENSION, headless });
  // Korean and English side by side, so the screenshots and the printout carry both (the same
  // setting the popup's language switch saves in storage.local).
  await browser.serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { lang: 'both' } }),
  );
  const stops = [
    { name: 'session', title: 'Server-side session (세션 ID 쿠키)', url: demo.urls.session.auto },
    {
      name: 'bearer',
      title: 'Bearer JWT, access + refresh (액세스·리프레시 토큰)',
      url: demo.urls.bearer.auto,
      store: true,
    },
    { name: 'jwt-cookie', title: 'JWT in a cookie (쿠키 속 JWT)', url: demo.urls.jwtCookie.auto },
    { name: 'plain', title: 'No login (로그인 없음)', url: demo.urls.plain.home },
    { name: 'verify', title: 'Tokens to verify (서명 검증)', url: demo.urls.verify.auto },
  ];
  const results = [];
  try {
    for (const stop of stops) results.push(await visit(browser, stop));
  } finally {
    await browser.close();
    await demo.close();
  }
  const failed = results.filter((r) => !r.ok);
  console.log(
    `\nTour finished: ${results.length - failed.length}/${stops.length} demo flows done; ` +
      `verdicts: ${results.map((r) => `${r.name}=${r.verdict ?? '—'}`).join(', ')}; ` +
      `screenshots in ${OUT_DIR}`,
  );
  return failed.length ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.error(`The tour took longer than ${TOUR_TIMEOUT_MS / 1000}s and was stopped.`);
  process.exit(1);
}, TOUR_TIMEOUT_MS);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`The tour failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
