/**
 * What the DevTools panel must show on the demo logins, written once and run in real Chromium
 * DevTools (panel.e2e.ts) and real Firefox DevTools (panel-firefox.e2e.ts), so the two browsers
 * are held to the same checks. A {@link PanelDriver} is all a browser's test has to supply.
 */
import { expect } from 'vitest';

/** How a test reaches the panel page inside its browser's DevTools. */
export interface PanelDriver {
  /** Evaluates source text in the panel page and returns its value (plain data). */
  evaluate<T>(expression: string): Promise<T>;
  /** Types `text` into the field matched by `selector`, as a user would. */
  type(selector: string, text: string): Promise<void>;
  /** `localStorage[key]` of the inspected page itself. */
  pageStorage(key: string): Promise<string | null>;
}

/** A driver for checks that only read the panel: it neither types nor reads the page. */
export function readOnlyPanel(evaluate: PanelDriver['evaluate']): PanelDriver {
  const refuse = () => Promise.reject(new Error('This check only reads the panel'));
  return { evaluate, type: refuse, pageStorage: refuse };
}

/** Polls `expression` (source text) in the panel until it is truthy. */
export async function until(panel: PanelDriver, expression: string, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (!(await panel.evaluate<boolean>(`Boolean(${expression})`).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out in the panel waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Shows each of the panel's tabs in turn, as a click on it does, and calls `visit` there. */
export async function forEachTab(
  panel: PanelDriver,
  visit: (tab: string) => Promise<void>,
): Promise<string[]> {
  const tabs = await panel.evaluate<string[]>(
    `[...document.querySelectorAll('[role="tab"][data-tab]')].map((t) => t.dataset.tab)`,
  );
  for (const tab of tabs) {
    await showTab(panel, tab);
    await visit(tab);
  }
  return tabs;
}

async function showTab(panel: PanelDriver, tab: string): Promise<void> {
  await panel.evaluate(`document.querySelector(${JSON.stringify(`[data-tab="${tab}"]`)})?.click()`);
  await until(
    panel,
    `document.querySelector('[role="tab"][aria-selected="true"]')?.dataset.tab === ${JSON.stringify(tab)}`,
  );
}

const attr = (panel: PanelDriver, selector: string, name: string) =>
  panel.evaluate<string | null>(
    `document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`,
  );

const verdictIs = (kind: string) =>
  `document.querySelector('[data-testid="verdict"]')?.dataset.verdict === ${JSON.stringify(kind)}`;

/** Session login: the verdict, the session cookie in the table, its token card. */
export async function sessionLoginScenario(panel: PanelDriver): Promise<void> {
  await until(panel, verdictIs('session'));
  await showTab(panel, 'cookies');
  await until(
    panel,
    `document.querySelector('[data-testid="cookie-row"][data-cookie="sessionid"]') !== null`,
  );
  expect(await attr(panel, '[data-cookie="sessionid"] [data-credential]', 'data-credential')).toBe(
    'session-id',
  );
  await showTab(panel, 'tokens');
  expect(await attr(panel, '[data-testid="token"]', 'data-location')).toBe('cookie-httponly');
}

/**
 * Bearer login (demo with short-lived access tokens): token verdict, the refresh token in a
 * cookie, one refresh seen live in the flow, the token-issuing `/refresh` body seen through the
 * browser's devtools.network, and an export that does not contain the live access token.
 */
export async function bearerLoginScenario(panel: PanelDriver): Promise<void> {
  await until(panel, verdictIs('token'));

  await showTab(panel, 'tokens');
  await until(
    panel,
    `[...document.querySelectorAll('[data-testid="token"]')].some((t) => t.dataset.tokenKind === 'access')`,
  );
  const kinds = await panel.evaluate<string[]>(
    `[...document.querySelectorAll('[data-testid="token"]')].map(
      (t) => t.getAttribute('data-token-kind') + '@' + t.getAttribute('data-location'))`,
  );
  expect(kinds).toContain('refresh@cookie-httponly');

  // One refresh seen live: the new access token current, the one it took over from replaced.
  await showTab(panel, 'flow');
  await until(
    panel,
    `document.querySelector('[data-testid="flow-credential"][data-token-kind="access"][data-state="replaced"]') && document.querySelector('[data-testid="flow-credential"][data-token-kind="access"][data-state="current"]')`,
    45_000,
  );
  const refreshSteps = await panel.evaluate<number>(
    `document.querySelectorAll('[data-testid="flow-step"][data-step="refresh"]').length`,
  );
  expect(refreshSteps).toBeGreaterThan(0);

  // devtools.network saw POST /refresh answer with a new access token.
  await showTab(panel, 'requests');
  await until(
    panel,
    `document.querySelectorAll('[data-testid="issuing-body"]').length > 0`,
    45_000,
  );
  const bodies = await panel.evaluate<string[]>(
    `[...document.querySelectorAll('[data-testid="issuing-body"]')].map((b) => b.textContent ?? '')`,
  );
  expect(bodies.some((b) => b.includes('/refresh'))).toBe(true);
  const rows = await panel.evaluate<number>(
    `document.querySelectorAll('[data-testid="request-row"]').length`,
  );
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThanOrEqual(100);

  // The export is masked: the live access token (read from the page itself) is not in it.
  await showTab(panel, 'export');
  await until(
    panel,
    `document.querySelector('[data-testid="export-preview"]')?.dataset.masked === 'true'`,
  );
  const token = await panel.pageStorage('access_token');
  expect(token).toMatch(/^eyJ/);
  const preview = await panel.evaluate<string>(
    `document.querySelector('[data-testid="export-preview"]')?.textContent ?? ''`,
  );
  expect(preview).toContain('Tokki');
  expect(preview).not.toContain(token!);
  expect(preview).not.toContain(token!.split('.')[2]!);
}

/** Decoder: a pasted truncated token shows the engine's error code. */
export async function decoderScenario(panel: PanelDriver): Promise<void> {
  await showTab(panel, 'decoder');
  await panel.type('[data-testid="decoder-input"]', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx');
  await until(
    panel,
    `document.querySelector('[data-testid="decoder-result"]')?.dataset.status === 'error'`,
  );
  expect(await attr(panel, '[data-testid="decoder-result"]', 'data-error-code')).toBe(
    'ERR_TRUNCATED',
  );
}
