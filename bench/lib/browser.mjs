/**
 * Launching Chromium for the bench: the same launch as the e2e harness (demo/chromium.mjs), plus
 * an identical browser without the extension for the overhead comparison, and the page scripts
 * the bench injects to time extension pages from the inside.
 */
/* global chrome -- functions passed to serviceWorker.evaluate run inside the extension */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs, launchChromiumWithExtension } from '../../demo/chromium.mjs';

export { CHROMIUM_PATH };

/** Chromium with the extension; see demo/chromium.mjs. */
export function launchWith(extensionPath) {
  return launchChromiumWithExtension({ extensionPath });
}

/** The same Chromium, same flags, no extension: the baseline of the overhead figure. */
export async function launchWithout() {
  const profile = mkdtempSync(join(tmpdir(), 'tokki-bench-profile-'));
  const args = chromiumArgs('/nonexistent').filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing a URL starting with `url`, asked from the service worker. */
export async function tabIdOf(serviceWorker, url, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const id = await serviceWorker.evaluate(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url?.startsWith(wanted))?.id ?? null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`No tab shows ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Script for `addInitScript`: records (in `window.__bench`) the page-relative time at which an
 * element matching each selector is first in the DOM with a non-empty box.
 */
export function firstSeenScript(selectors) {
  return `(() => {
    const wanted = ${JSON.stringify(selectors)};
    const seen = (window.__bench = {});
    const check = () => {
      for (const s of wanted) {
        if (seen[s] !== undefined) continue;
        const el = document.querySelector(s);
        if (el && el.getBoundingClientRect().height > 0) seen[s] = performance.now();
      }
      if (wanted.every((s) => seen[s] !== undefined)) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

/**
 * Script for `addInitScript` in an extension page: records in `window.__benchMsg` when each
 * runtime message was sent and answered (page-relative ms), to split "open → verdict" into
 * page start, the background's answer, and analyse + render.
 */
export const messageTimingScript = `(() => {
  const log = (window.__benchMsg = []);
  const runtime = chrome.runtime;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (message, ...rest) => {
    const cb = rest[rest.length - 1];
    if (typeof cb !== 'function') return send(message, ...rest);
    const entry = { type: message && message.type, sent: performance.now() };
    log.push(entry);
    return send(message, ...rest.slice(0, -1), (answer) => {
      entry.answered = performance.now();
      cb(answer);
    });
  };
})();`;

/** The first getSnapshot's timing from {@link messageTimingScript}, or undefined. */
export async function snapshotTiming(page) {
  return page.evaluate(() => window.__benchMsg?.find((m) => m.type === 'getSnapshot'));
}

const SEEN = '__tokki_bench_seen__';

/**
 * Script for `addInitScript`: the page-relative time at which `selector` is first in the DOM
 * with a non-empty box, sent as a console message (CDP delivers it without touching the page).
 */
function reportFirstSeenScript(selector) {
  return `(() => {
    const wanted = ${JSON.stringify(selector)};
    const observer = new MutationObserver(() => {
      const el = document.querySelector(wanted);
      if (!el || el.getBoundingClientRect().height === 0) return;
      observer.disconnect();
      console.debug(${JSON.stringify(SEEN)}, String(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

/**
 * Opens `url` in a new 420×600 tab of `context` and returns the page and the page-relative time
 * at which `selector` first had a box. Nothing touches the page until then: Playwright's
 * waitForFunction (and locators) first evaluate Playwright's own injected script in the page,
 * which a CDP trace showed taking the main thread for 50-180 ms in the middle of the open.
 */
export async function openTimed(context, url, selector, initScripts = []) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.addInitScript(reportFirstSeenScript(selector));
  for (const script of initScripts) await page.addInitScript(script);
  const seen = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith(SEEN),
    timeout: 30_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  const at = Number((await seen).text().slice(SEEN.length).trim());
  return { page, at };
}
