/**
 * Launching Chromium with the built extension, shared by the e2e harness and the tour so both
 * start the browser the same way (the flags and why each is there: `chromiumArgs` below).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.TOKKI_CHROMIUM ?? '/usr/bin/chromium';

/** True when the Chromium binary is there (we never download one). */
export function hasChromium() {
  return existsSync(CHROMIUM_PATH);
}

/**
 * The command-line flags that load one unpacked extension and keep Chromium quiet and offline:
 * `--no-sandbox` because tests and CI run as root; the background-networking, component-update and
 * sync flags because a machine with no network refuses Chromium's own calls home, many at a time.
 * @param {string} extensionPath absolute path of an unpacked build (e.g. .output/chrome-mv3)
 */
export function chromiumArgs(extensionPath) {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/**
 * Launches Chromium with the extension in a fresh temporary profile and waits for its service
 * worker. close() also deletes the profile.
 * @param {{ extensionPath: string, headless?: boolean, viewport?: { width: number, height: number } }} options
 */
export async function launchChromiumWithExtension({ extensionPath, headless = true, viewport }) {
  const profile = mkdtempSync(join(tmpdir(), 'tokki-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: chromiumArgs(extensionPath),
    ...(viewport ? { viewport } : {}),
  });
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    const close = async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    };
    return { context, serviceWorker, extensionId, profile, close };
  } catch (error) {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
