/** Types for chromium.mjs. */
import type { BrowserContext, Worker } from 'playwright-core';

export const CHROMIUM_PATH: string;
export function hasChromium(): boolean;
export function chromiumArgs(extensionPath: string): string[];

export interface LaunchedChromium {
  context: BrowserContext;
  /** The extension's background service worker; `evaluate` runs code with `chrome.*` there. */
  serviceWorker: Worker;
  extensionId: string;
  /** The temporary profile directory (deleted by close). */
  profile: string;
  close(): Promise<void>;
}

export function launchChromiumWithExtension(options: {
  extensionPath: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<LaunchedChromium>;
