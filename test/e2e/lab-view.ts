/**
 * Reads what the lab checks from the rendered panel page (source text, so the Chromium and the
 * Firefox lab tests evaluate the same reader in their own way): token cards with their places,
 * the cookie table's Credential column and the Requests tab's rows, clicking each tab as a user
 * does. The popup's reader gives the verdict and its explanation.
 */
import { expect } from 'vitest';
import { expectationsIn, labMismatches, type LabView } from '../lab/check';
import type { LabBrowser, RunningStack } from '../lab/types';

/** The panel's part of a {@link LabView}. */
export type PanelPart = Pick<LabView, 'panelVerdict' | 'tokens' | 'cookies' | 'requests'>;

export const READ_PANEL_SCRIPT = `(async () => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const show = async (tab) => {
    document.querySelector('[role="tab"][data-tab="' + tab + '"]')?.click();
    for (let i = 0; i < 50; i++) {
      if (document.querySelector('[role="tab"][aria-selected="true"]')?.dataset.tab === tab) break;
      await sleep(20);
    }
    await sleep(50);
  };
  const text = (el) => (el?.textContent ?? '').trim();
  await show('overview');
  const panelVerdict =
    document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict') ?? null;
  await show('tokens');
  const tokens = [...document.querySelectorAll('[data-testid="token"]')].map((card) => ({
    kind: card.dataset.tokenKind ?? '',
    places: [...card.querySelectorAll('.tp-places li[data-location]')].map((li) => ({
      location: li.dataset.location,
      label: text(li.querySelector('.tp-mono')),
    })),
  }));
  await show('cookies');
  const cookies = [...document.querySelectorAll('[data-testid="cookie-row"]')].map((row) => ({
    name: row.dataset.cookie ?? '',
    credential: row.querySelector('[data-credential]')?.getAttribute('data-credential') ?? 'no',
  }));
  await show('requests');
  const requests = [...document.querySelectorAll('[data-testid="request-row"]')].map((row) => ({
    method: text(row.querySelector('.tp-req__method')),
    url: row.querySelector('.tp-req__url')?.getAttribute('title') ?? '',
  }));
  return { panelVerdict, tokens, cookies, requests };
})()`;

/** The popup's part of a {@link LabView}. */
export type PopupPart = Pick<LabView, 'verdict' | 'explanation'>;

/**
 * The popup's verdict (null while it has none) and its explanation (summary and evidence) in
 * each language; the popup must show both languages (`lang: 'both'`), each part in its own
 * `lang` element.
 */
export const READ_POPUP_SCRIPT = `(() => {
  const verdict = document.querySelector('[data-testid="verdict"]');
  const parts = [
    ...document.querySelectorAll('[data-testid="verdict"] .tk-verdict__summary'),
    ...document.querySelectorAll('[data-testid="evidence"] li'),
  ];
  const read = (lang) =>
    parts
      .map((p) => [...p.querySelectorAll('[lang="' + lang + '"]')].map((e) => e.textContent).join(' '))
      .join('\\n');
  return {
    verdict: verdict?.getAttribute('data-verdict') ?? null,
    explanation: { en: read('en'), ko: read('ko') },
  };
})()`;

/**
 * Polls what Tokki shows (`read`) until it meets the stack's expectations in `browser`, for up to
 * 15 s: captures reach the popup and panel a moment after the requests. Resolves to the failed
 * assertion (listing every mismatch) rather than throwing, so the caller can record first.
 */
export function untilLabRight(
  read: () => Promise<LabView>,
  running: RunningStack,
  browser: LabBrowser,
): Promise<unknown> {
  return expect
    .poll(
      async () => {
        const wanted = expectationsIn(running.stack, browser, running.credentialRequests());
        return labMismatches(await read(), wanted.expect, wanted.credentialRequests);
      },
      { timeout: 15_000, interval: 500 },
    )
    .toEqual([])
    .then(
      () => undefined,
      (error: unknown) => error,
    );
}
