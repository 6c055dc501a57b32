/**
 * Flow in real Chromium DevTools on the demo's bearer login, whose access tokens live 5 s and
 * which refreshes them itself: after a refresh the token stored now is `current` and the one it
 * took over from `replaced`, each credential has its own fingerprint (the SHA-256 of the value the
 * page really stores), the issuing `POST /login` is a step, steps carry increasing millisecond
 * times, and a step opens its request in Requests. Learn then starts with the access + refresh
 * lesson, told with this site's tokens.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, openRealDevToolsPanel, startDemo } from './harness';
import type { DemoServer } from './harness';
import { until, type PanelDriver } from './panel-scenarios';

let demo: DemoServer;
let extensionPath: string;

beforeAll(async () => {
  extensionPath = await buildExtension();
  demo = await startDemo({ accessTtlSeconds: 5 });
});

afterAll(async () => {
  await demo?.close();
});

interface Credential {
  kind: string;
  state: string;
  fingerprint: string;
  locations: string;
}
interface Step {
  step: string;
  time: number;
  text: string;
  requestId: string;
}

const CREDENTIALS = `[...document.querySelectorAll('[data-testid="flow-credential"]')].map((c) => ({
  kind: c.dataset.tokenKind, state: c.dataset.state, fingerprint: c.dataset.fingerprint,
  locations: c.dataset.locations }))`;
const STEPS = `[...document.querySelector('[data-testid="flow-sequence"]').querySelectorAll('[data-testid="flow-step"]')].map((s) => ({
  step: s.dataset.step, time: Number(s.dataset.time), text: s.textContent, requestId: s.dataset.requestId }))`;

/** Waits until the panel's timeline holds the access token the page stores at that moment. */
async function panelCatchesUpWithStorage(panel: PanelDriver, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last = { stored: '', shown: [] as string[] };
  while (Date.now() < deadline) {
    const stored = await panel.pageStorage('access_token');
    const storedFp = createHash('sha256')
      .update(stored ?? '')
      .digest('hex')
      .slice(0, 8);
    const shown = (await panel.evaluate<Credential[]>(CREDENTIALS)).map((c) => c.fingerprint);
    if (shown.includes(storedFp)) return { caughtUp: true };
    last = { stored: storedFp, shown };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { caughtUp: false, ...last };
}

describe('Flow in real Chromium DevTools', () => {
  it('after a refresh: the stored token current, the old one replaced, one ordered sequence', async () => {
    const dt = await openRealDevToolsPanel({ extensionPath, url: demo.urls.bearer.home });
    try {
      const panel: PanelDriver = {
        evaluate: <T>(expression: string) => dt.panel.evaluate(expression) as Promise<T>,
        type: (selector, text) => dt.panel.type(selector, text),
        pageStorage: (key) => dt.page.evaluate((k) => localStorage.getItem(k), key),
      };
      await until(panel, `document.querySelector('[data-testid="verdict"]') !== null`);
      // The login's response body is seen only while DevTools is open: open it on the site first,
      // then go to the page that logs in as it loads, as a user who opens DevTools first would.
      await dt.page.goto(demo.urls.bearer.auto);
      await panel.evaluate(`document.querySelector('[data-tab="flow"]')?.click()`);
      await until(
        panel,
        `document.querySelector('[data-testid="flow-credential"][data-token-kind="access"][data-state="replaced"]') !== null`,
        60_000,
      );

      const credentials = await panel.evaluate<Credential[]>(CREDENTIALS);
      const access = credentials.filter((c) => c.kind === 'access');
      const current = access.filter((c) => c.state === 'current');
      expect(current).toHaveLength(1);
      expect(access.filter((c) => c.state === 'replaced').length).toBeGreaterThan(0);
      // Each credential apart by its fingerprint; the current one is what the page stores now
      // (or its successor, if the page refreshed again in between).
      const fingerprints = credentials.map((c) => c.fingerprint);
      expect(new Set(fingerprints).size).toBe(fingerprints.length);
      for (const fp of fingerprints) expect(fp).toMatch(/^[0-9a-f]{8}$/);
      expect(current[0]!.locations.split(' ')).toContain('localStorage');
      // The page keeps refreshing: what it stores now must reach the panel's timeline within a few
      // seconds, whichever refresh happens between reading the page and reading the panel.
      expect(await panelCatchesUpWithStorage(panel)).toEqual({ caughtUp: true });
      expect(credentials.some((c) => c.kind === 'refresh' && c.state === 'current')).toBe(true);

      const steps = await panel.evaluate<Step[]>(STEPS);
      const times = steps.map((s) => s.time);
      expect(times.every((t) => Number.isFinite(t) && t > 1e12)).toBe(true);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(steps[0]).toMatchObject({ step: 'issue' });
      expect(steps[0]!.text).toContain('POST /login');
      for (const kind of ['issue', 'store', 'send', 'refresh', 'replace']) {
        expect(steps.map((s) => s.step)).toContain(kind);
      }
      // Millisecond times: not every step on a whole second.
      expect(times.some((t) => t % 1000 !== 0)).toBe(true);

      // A step opens its request in Requests.
      const refresh = steps.find((s) => s.step === 'refresh')!;
      await panel.evaluate(
        `document.querySelector('[data-testid="flow-step"][data-step="refresh"] button')?.click()`,
      );
      await until(
        panel,
        `document.querySelector('[role="tab"][aria-selected="true"]')?.dataset.tab === 'requests'`,
      );
      expect(refresh.requestId).not.toBe('');

      // Learn starts with the lesson on how this site logs in, told with its own tokens.
      await panel.evaluate(`document.querySelector('[data-tab="learn"]')?.click()`);
      await until(panel, `document.querySelector('[data-testid="learn-topic"]') !== null`);
      const lead = await panel.evaluate<{ topic?: string; lead?: string; source?: string }>(
        `(() => { const t = document.querySelector('[data-testid="learn-topic"]');
          return { topic: t?.dataset.topic, lead: t?.dataset.lead,
            source: t?.querySelector('[data-testid="learn-example"]')?.dataset.source }; })()`,
      );
      expect(lead).toEqual({ topic: 'access-refresh', lead: 'true', source: 'site' });
    } finally {
      await dt.close();
    }
  }, 180_000);
});
