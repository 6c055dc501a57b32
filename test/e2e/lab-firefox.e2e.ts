/**
 * The lab of real auth stacks in real Firefox ESR: the stacks marked `firefox: true` log in
 * through their real library in a new tab, and the Firefox build must give the same answers the
 * Chromium lab test wants (lab.e2e.ts): verdict, tokens with kind and place, no non-credential
 * named, every credential-carrying request in the Requests tab. One Firefox for all of them.
 * `TOKKI_LAB_ONLY=id1,id2` runs some; `TOKKI_LAB_RECORD=1` also writes their snapshots to
 * test/fixtures/lab/<id>.firefox.json.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabView } from '../lab/check';
import { loadStacks, onlyFromEnv, startLab } from '../lab/lab.mjs';
import type { RunningLab, RunningStack } from '../lab/lab.mjs';
import { buildFirefoxAddon, getSnapshotFrom, launchFirefoxWithAddon } from './firefox/harness';
import type { AddonFrame, FirefoxWithAddon } from './firefox/harness';
import { recordLab, recordingLab } from './lab-record';
import {
  READ_PANEL_SCRIPT,
  READ_POPUP_SCRIPT,
  untilLabRight,
  type PanelPart,
  type PopupPart,
} from './lab-view';

const stacks = (await loadStacks(onlyFromEnv())).filter((s) => s.firefox);

let lab: RunningLab;
let ff: FirefoxWithAddon;

beforeAll(async () => {
  const only = stacks.map((s) => s.id);
  [lab, ff] = await Promise.all([
    startLab({ only }),
    launchFirefoxWithAddon({ addonPath: buildFirefoxAddon() }),
  ]);
  // Both languages, so the explanation is checked in Korean and in English.
  await ff.setStoredLang('both');
}, 180_000);

afterAll(async () => {
  await ff?.close();
  await lab?.close();
});

/** Waits for the stack's page to say its login is done; throws with its reason otherwise. */
async function waitForLab(page: Page): Promise<void> {
  const ended = await page.waitForFunction(() => document.documentElement.dataset.tokkiLab, {
    polling: 100,
    timeout: 30_000,
  });
  const state = await ended.jsonValue();
  if (state !== 'done') throw new Error(`${page.url()} ended in "${state}"`);
}

async function readView(popup: AddonFrame, panel: AddonFrame): Promise<LabView> {
  const popupPart = await ff.evaluate<PopupPart>(popup, READ_POPUP_SCRIPT);
  const panelPart = await ff.evaluate<PanelPart>(panel, READ_PANEL_SCRIPT);
  return { ...popupPart, ...panelPart };
}

async function checkStack(running: RunningStack): Promise<void> {
  const page = await ff.browser.newPage();
  try {
    await page.goto(running.url);
    await waitForLab(page);
    const tabId = await ff.tabIdOf(running.url);
    const popup = await ff.openExtensionPage('popup.html', tabId);
    const panel = await ff.openExtensionPage('devtools-panel.html', tabId);
    const failure = await untilLabRight(() => readView(popup, panel), running, 'firefox');
    // Recorded even when Tokki is wrong: the engine's unit test then fails the same way.
    if (recordingLab()) recordLab(running, 'firefox', await getSnapshotFrom(ff, popup, tabId));
    if (failure) throw failure;
  } finally {
    await page.close().catch(() => undefined);
    await ff.closeAddonTabs();
  }
}

describe('lab: real auth stacks in Firefox', () => {
  it('runs at least four stacks in Firefox', () => {
    // Unless TOKKI_LAB_ONLY picks fewer: the issue wants a real subset, not one token stack.
    if (!onlyFromEnv()) expect(stacks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(stacks.map((s) => [s.id, s.expect.verdict, s.library] as const))(
    '%s: logs in through the real library, Tokki says "%s" (%s)',
    (id) => checkStack(lab.started(id)),
    90_000,
  );
});
