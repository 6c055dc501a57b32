// @vitest-environment happy-dom
/**
 * security: the popup and every panel tab render a report built from a hostile page (markup,
 * javascript: URLs, a right-to-left override, zero-width twins, huge values, invalid UTF-8) as
 * text: no element is created from page data, no bidi control reaches the screen unmarked,
 * look-alike names differ on screen, long values are cut with a working "show all", and invalid
 * UTF-8 shows U+FFFD with its reason.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PopupView } from '@/components/popup/popup-view';
import { PANEL_TABS, usePanel } from '@/components/panel/panel-store';
import { useSettings } from '@/components/shared/use-settings';
import { analyze } from '@/lib/engine/analyze/analyze';
import type { Report } from '@/lib/engine/model/report';
import { HOSTILE, hostileSnapshot } from '@/test/fixtures/malformed/hostile-values';
import { renderPanel } from '../panel/helpers';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const SITE = 'https://hostile.example/';
/** Characters that must never reach the screen as themselves (they are shown as ⟨U+…⟩ marks). */
const RAW_INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u3164\uFEFF]/;
const INJECTED = 'img, script, iframe, object, embed, b, a[href^="javascript:"], [onerror]';

let report: Report;

beforeAll(() => {
  report = analyze(hostileSnapshot(SITE, NOW), NOW);
});

function expectSafe(root: HTMLElement): void {
  expect(root.querySelector(INJECTED)).toBeNull();
  expect(RAW_INVISIBLE.test(root.textContent ?? '')).toBe(false);
}

describe('security: hostile values in the popup', () => {
  beforeEach(() => useSettings.setState({ lang: 'en', loaded: true }));
  afterEach(cleanup);

  it('shows page-made labels as text, with nothing injected and no raw bidi control', () => {
    const { container } = render(
      <PopupView report={report} now={NOW} onRequestAccess={async () => true} />,
    );
    expectSafe(container);
    // The stored token's place names the key as the page wrote it, tags and all, as text.
    expect(container.textContent).toContain(HOSTILE.bold);
    // Revealing a token keeps it text too.
    for (const button of screen.getAllByRole('button', { name: /Reveal/ })) fireEvent.click(button);
    expectSafe(container);
  });

  it('in Korean and English side by side as well', () => {
    useSettings.setState({ lang: 'both', loaded: true });
    const { container } = render(
      <PopupView report={report} now={NOW} onRequestAccess={async () => true} />,
    );
    expectSafe(container);
  });
});

describe('security: hostile values in every panel tab', () => {
  afterEach(cleanup);

  it.each(PANEL_TABS.map((t) => [t]))('%s: text only, nothing injected', (tab) => {
    const { container } = renderPanel(report, tab);
    expectSafe(container);
  });

  it('cookies: look-alike names differ on screen, the override is a visible mark', () => {
    renderPanel(report, 'cookies');
    const names = screen
      .getAllByTestId('cookie-row')
      .map((row) => row.querySelector('td')?.textContent ?? '');
    expect(names).toContain('sid');
    expect(names).toContain('s⟨U+200B⟩id');
    expect(names).toContain('gpj.⟨U+202E⟩exe.session');
    expect(names).toContain(HOSTILE.script);
    const mark = document.querySelector('[data-invisible="U+202E"]');
    expect(mark?.closest('bdi')).not.toBeNull();
  });

  it('cookies: a 4 KB value is cut after reveal, and "show all" shows the rest', () => {
    const { container } = renderPanel(report, 'cookies');
    const row = screen
      .getAllByTestId('cookie-row')
      .find((r) => r.getAttribute('data-cookie') === 'big_session')!;
    fireEvent.click(row);
    const details = screen.getByTestId('cookie-details');
    fireEvent.click(within(details).getByRole('button', { name: /Reveal/ }));
    const shown = () => details.querySelector('[data-testid="masked-value-text"]')?.textContent;
    expect(shown()?.length).toBeLessThan(200);
    fireEvent.click(within(details).getByRole('button', { name: /Show all/ }));
    expect(shown()).toBe(`S${'x'.repeat(4000)}`);
    expectSafe(container);
  });

  it('security: a cookie value’s decoded forms stay hidden until the value is revealed', () => {
    renderPanel(report, 'cookies');
    const row = screen
      .getAllByTestId('cookie-row')
      .find((r) => r.getAttribute('data-cookie') === HOSTILE.rlo)!;
    fireEvent.click(row);
    const details = screen.getByTestId('cookie-details');
    expect(details.textContent).not.toContain(HOSTILE.jsUrl);
    fireEvent.click(within(details).getByRole('button', { name: /Reveal/ }));
    expect(details.textContent).toContain(HOSTILE.jsUrl);
    expect(details.querySelector('a')).toBeNull();
  });

  it('tokens: claims are text, a huge claim is cut with "show all", bad UTF-8 shows U+FFFD and why', () => {
    const { container } = renderPanel(report, 'tokens');
    const claim = container.querySelector('[data-claim="big"] .tp-json__value')!;
    const value = claim.querySelector('[data-testid="value-text"]')!;
    expect(value.getAttribute('data-truncated')).toBe('true');
    expect(claim.textContent).not.toContain('END');
    act(() => fireEvent.click(within(claim as HTMLElement).getByTestId('value-show-all')));
    expect(claim.textContent).toContain(`${HOSTILE.longClaim}"`);
    expect(container.querySelector('[data-claim="website"]')?.textContent).toContain(HOSTILE.jsUrl);
    expect(container.querySelector('[data-claim="sub"]')?.textContent).toContain(HOSTILE.markup);

    const broken = [...container.querySelectorAll('[data-testid="token-error"]')].find(
      (e) => e.getAttribute('data-error-code') === 'ERR_BAD_UTF8',
    );
    expect(broken).toBeDefined();
    expect(broken?.textContent).toMatch(/UTF-8/);
    const card = broken!.closest('[data-testid="token"]')!;
    expect(card.textContent).toContain('\uFFFD');
    expectSafe(container);
  });

  it('requests: a URL with markup and a javascript: parameter is text', () => {
    const { container } = renderPanel(report, 'requests');
    // Rows are virtualised (no layout here): the selected request's details name its URL.
    act(() => usePanel.setState({ selectedRequest: report.requests[0]?.id }));
    expect(screen.getByTestId('request-details').textContent).toContain(
      'next=javascript:alert(document.domain)',
    );
    expectSafe(container);
  });

  it('security: prototype keys in a pasted token are shown as claims and pollute nothing', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    const payload =
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":1,"sub":"x"}';
    const { container } = renderPanel(report, 'decoder');
    act(() =>
      fireEvent.change(screen.getByTestId('decoder-input'), {
        target: { value: `${b64('{"alg":"HS256"}')}.${b64(payload)}.c2ln` },
      }),
    );
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(container.querySelector(`[data-claim="${key}"]`)?.textContent).toContain(key);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('export: the page data is in the preview as text', () => {
    const { container } = renderPanel(report, 'export');
    act(() => usePanel.setState({ exportUnmasked: true }));
    fireEvent.click(container.querySelector('[data-format="json"]')!);
    expect(screen.getByTestId('export-preview').textContent).toContain(HOSTILE.bold);
    expectSafe(container);
  });
});
