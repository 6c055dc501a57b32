/**
 * The lab of real auth stacks (test/lab) in real Chromium: every stack's page logs in through its
 * real library in a fresh tab, then the popup must give the stack's verdict and the panel must
 * show each expected token with its kind and place, name no non-credential as a credential, and
 * list every request the stack's server received with a credential. One browser for all stacks,
 * each stack started once. `TOKKI_LAB_ONLY=id1,id2` runs some; `TOKKI_LAB_RECORD=1` also writes
 * their snapshots to test/fixtures/lab/ (see lab-snapshots.test.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { LabView } from '../lab/check';
import { loadStacks, onlyFromEnv, startLab } from '../lab/lab.mjs';
import type { RunningLab, RunningStack } from '../lab/lab.mjs';
import { buildExtension, launchWithExtension, setStoredLang, tabIdOf } from './harness';
import type { ExtensionBrowser } from './harness';
import {
  READ_PANEL_SCRIPT,
  READ_POPUP_SCRIPT,
  untilLabRight,
  type PanelPart,
  type PopupPart,
} from './lab-view';
import { recordLab, recordingLab } from './lab-record';
import { getSnapshot } from './snapshot-helper';
import { LAYOUT_SCRIPT, expectLaidOut, type LayoutReport } from './layout-script';

const only = onlyFromEnv();
const stacks = await loadStacks(only);

let lab: RunningLab;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const extensionPath = await buildExtension();
  [lab, browser] = await Promise.all([startLab({ only }), launchWithExtension({ extensionPath })]);
  // Both languages, so the explanation is checked in Korean and in English.
  await setStoredLang(browser, 'both');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await lab?.close();
});

/** Waits for the stack's page to say its login is done; throws with its reason otherwise. */
async function waitForLab(page: Page): Promise<void> {
  const ended = await page.waitForFunction(() => document.documentElement.dataset.tokkiLab, null, {
    timeout: 30_000,
  });
  const state = await ended.jsonValue();
  if (state !== 'done') throw new Error(`${page.url()} ended in "${state}"`);
}

async function readView(popup: Page, panel: Page): Promise<LabView> {
  const popupPart = (await popup.evaluate(READ_POPUP_SCRIPT)) as PopupPart;
  const panelPart = (await panel.evaluate(READ_PANEL_SCRIPT)) as PanelPart;
  return { ...popupPart, ...panelPart };
}

async function checkStack(running: RunningStack): Promise<void> {
  const page = await browser.context.newPage();
  const opened: Page[] = [page];
  try {
    await page.goto(running.url);
    await waitForLab(page);
    const tabId = await tabIdOf(browser.serviceWorker, running.url);
    const popup = await browser.openExtensionPage('popup.html', tabId);
    const panel = await browser.openExtensionPage('devtools-panel.html', tabId);
    opened.push(popup, panel);
    const failure = await untilLabRight(() => readView(popup, panel), running, 'chrome');
    // Recorded even when Tokki is wrong: the engine's unit test then fails the same way.
    if (recordingLab()) recordLab(running, 'chrome', await getSnapshot(popup, tabId));
    if (failure) throw failure;
    // Real stacks keep tokens under long keys (MSAL, Cognito, Firebase): none may widen the popup.
    expectLaidOut(
      (await popup.evaluate(LAYOUT_SCRIPT)) as LayoutReport,
      `popup, ${running.stack.id}`,
    );
  } finally {
    await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
  }
}

describe('lab: real auth stacks in Chromium', () => {
  it.each(stacks.map((s) => [s.id, s.expect.verdict, s.library] as const))(
    '%s: logs in through the real library, Tokki says "%s" (%s)',
    (id) => checkStack(lab.started(id)),
    60_000,
  );
});
