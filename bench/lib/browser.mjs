/**
 * Launching Chromium for the bench: the same launch as the e2e harness (demo/chromium.mjs), plus
 * an identical browser without the extension for the overhead comparison, and the page script
 * the bench injects to time extension pages from the inside. The popup is timed with no
 * debugger on it at all: bench/lib/bare-chromium.mjs.
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
