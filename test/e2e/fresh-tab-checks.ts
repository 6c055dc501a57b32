/**
 * What the fresh-tab tests read in the extension's own pages, shared by Chromium and Firefox: the
 * Requests tab and the evidence of `devtools-panel.html?tabId=N`, and the popup's verdict and
 * notes. Each reading is source text evaluated in the page (Playwright and the Firefox debugger
 * both take that), so both browsers are judged by the same lines.
 */

/** Which page of fresh-tab-site.mjs a run opened. */
export type FreshVariant = 'login' | 'spa';

/** What the panel shows for one tab. */
export interface PanelReading {
  verdict: string | null;
  /** `METHOD url` of each row of the Requests tab. */
  rows: string[];
  /** "5 shown · 5 requests in this tab · 0 old entries dropped". */
  count: string;
  evidence: string[];
}

/** What the popup shows for one tab. */
export interface PopupReading {
  verdict: string | null;
  /** `data-reason` of each "could not read" note. */
  notes: string[];
}

/** Requests of each page that carry a credential: every one must be in the Requests tab. */
export function expectedRequests(variant: FreshVariant, page: string, api: string): string[] {
  if (variant === 'login') {
    return [
      `GET ${page}`,
      `POST ${page}login`,
      `GET ${page}api/me`,
      `POST ${page}refresh`,
      `GET ${page}api/me`,
    ];
  }
  return [`POST ${api}/token`, `GET ${api}/me`, `POST ${api}/token`, `GET ${api}/me`];
}

const POLL = `
  const until = async (test, ms) => {
    const end = Date.now() + ms;
    for (;;) {
      const value = test();
      if (value || Date.now() > end) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
  };`;

/**
 * Source text that, in the panel page, waits for the verdict, shows the Requests tab as a click
 * does, waits up to 5 s for `want` rows (captures reach the panel in batches) and reads it all.
 */
export function readPanelScript(want: number): string {
  return `(async () => {${POLL}
    await until(() => document.querySelector('[data-testid="verdict"]'), 15000);
    document.querySelector('[data-tab="requests"]').click();
    const rows = () => document.querySelectorAll('[data-testid="request-row"]');
    await until(() => rows().length >= ${want}, 5000);
    const read = (el, sel) => el.querySelector(sel)?.getAttribute('title') ?? el.querySelector(sel)?.textContent ?? '';
    const result = {
      rows: [...rows()].map((r) => read(r, '.tp-req__method') + ' ' + read(r, '.tp-req__url')),
      count: document.querySelector('[data-testid="request-count"]')?.textContent ?? '',
    };
    document.querySelector('[data-tab="overview"]').click();
    await until(() => document.querySelector('[data-testid="verdict"]'), 5000);
    return {
      ...result,
      verdict: document.querySelector('[data-testid="verdict"]')?.dataset.verdict ?? null,
      evidence: [...document.querySelectorAll('[data-testid="evidence"]')].map((e) => e.textContent),
    };
  })()`;
}

/** Source text that, in the popup page, waits for the verdict and reads it with the notes. */
export const READ_POPUP_SCRIPT = `(async () => {${POLL}
  // The notes come with the popup's second render, after the verdict.
  await until(() => document.querySelector('[data-testid="counts"]'), 15000);
  return {
    verdict: document.querySelector('[data-testid="verdict"]')?.dataset.verdict ?? null,
    notes: [...document.querySelectorAll('[data-reason]')].map((n) => n.dataset.reason),
  };
})()`;

/** The reasons the popup gives when capture began after the page started loading. */
export const MISSED_START_NOTES = ['started-mid-page', 'seen-partly', 'not-captured-yet'];

/** The number of old entries the panel's Requests tab says were dropped ("… · 2 old entries dropped"). */
export function droppedOf(panel: PanelReading): string | undefined {
  return /(\d+) old entr/.exec(panel.count)?.[1];
}

/**
 * What is wrong with one run as the user sees it, in words (empty when nothing is): a request
 * missing from the Requests tab, drops, the refresh not counted, the wrong verdict.
 */
export function problemsOf(
  variant: FreshVariant,
  expected: string[],
  panel: PanelReading,
  popup: PopupReading,
): string[] {
  const problems: string[] = [];
  const rows = [...panel.rows];
  const missing = expected.filter((want) => {
    const at = rows.indexOf(want);
    if (at >= 0) rows.splice(at, 1);
    return at < 0;
  });
  if (missing.length > 0) problems.push(`missing ${missing.join(', ')} (panel: ${panel.count})`);
  if (droppedOf(panel) !== '0') problems.push(`dropped: "${panel.count}"`);
  if (
    variant === 'login' &&
    !panel.evidence.some((e) => /Saw 1 request to a token refresh endpoint/.test(e))
  ) {
    problems.push(`refresh not counted once: ${JSON.stringify(panel.evidence)}`);
  }
  if (variant === 'spa' && popup.verdict !== 'token')
    problems.push(`popup verdict ${popup.verdict}`);
  if (popup.verdict === 'none') problems.push('popup says no credential seen');
  if (panel.verdict !== popup.verdict)
    problems.push(`panel ${panel.verdict} ≠ popup ${popup.verdict}`);
  return problems;
}

/**
 * Fifteen fresh runs: six one after another, then three at a time (the race is intermittent, and
 * tabs opening side by side make it likelier). `afterBatch` tidies up between batches.
 * @returns each failing run's problems, one line per run, and how many runs there were
 */
export async function fifteenRuns(
  run: () => Promise<string[]>,
  afterBatch?: () => Promise<void>,
): Promise<{ lost: string[]; total: number }> {
  const batches = [1, 1, 1, 1, 1, 1, 3, 3, 3];
  const lost: string[] = [];
  for (const size of batches) {
    const results = await Promise.all(Array.from({ length: size }, run));
    for (const problems of results) if (problems.length > 0) lost.push(problems.join('; '));
    await afterBatch?.();
  }
  return { lost, total: batches.reduce((a, b) => a + b, 0) };
}
