// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bearerReport, edgeReport, noneReport } from '@/test/fixtures/panel-reports';
import { ACCESS_2 } from '@/test/fixtures/panel-reports/bearer';
import { renderPanel } from './helpers';

const card = (id: string) =>
  document.querySelector<HTMLElement>(`[data-testid="token"][data-token-id="${id}"]`)!;

describe('Tokens', () => {
  afterEach(cleanup);

  it('shows one card per token with its kind and where it lives, live tokens first', () => {
    renderPanel(bearerReport, 'tokens');
    const cards = screen.getAllByTestId('token');
    const attrs = ['data-token-id', 'data-token-kind', 'data-location'];
    expect(cards.map((c) => attrs.map((a) => c.getAttribute(a)))).toEqual([
      ['t-access-2', 'access', 'localStorage'],
      ['t-refresh', 'refresh', 'cookie-httponly'],
      ['t-access-1', 'access', 'localStorage'],
    ]);
    const places = [...card('t-access-2').querySelectorAll('.tp-places [data-location]')].map((p) =>
      p.getAttribute('data-location'),
    );
    expect(places).toEqual(['response-body', 'localStorage', 'header']);
  });

  it('security: keeps the raw token masked until revealed', () => {
    renderPanel(bearerReport, 'tokens');
    expect(document.body.textContent).not.toContain(ACCESS_2);
    fireEvent.click(within(card('t-access-2')).getByRole('button', { name: /^Reveal the value/ }));
    expect(card('t-access-2').textContent).toContain(ACCESS_2.slice(0, 100));
  });

  it('explains each claim on focus, and flags personal data', () => {
    renderPanel(bearerReport, 'tokens');
    const exp = card('t-access-2').querySelector<HTMLElement>(
      '[data-claim="exp"] [data-testid="claim"]',
    )!;
    expect(exp.getAttribute('tabindex')).toBe('0');
    const tip = document.getElementById(exp.getAttribute('aria-describedby')!);
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(card('t-access-2').querySelector('[data-claim="email"] .tp-badge--warn')).not.toBeNull();
  });

  it('shows expiry as state, date, relative time and a countdown while in the future', () => {
    renderPanel(bearerReport, 'tokens');
    const expired = card('t-access-1').querySelector('[data-testid="token-expiry"]')!;
    expect(expired.getAttribute('data-expiry')).toBe('expired');
    expect(expired.querySelector('[data-testid="countdown"]')).toBeNull();
    const valid = card('t-access-2').querySelector('[data-testid="token-expiry"]')!;
    expect(valid.querySelector('[data-testid="countdown"]')?.textContent).toBe('10:00');
  });

  it('shows a JWE as encrypted with its header, and a broken token with its exact reason', () => {
    renderPanel(edgeReport, 'tokens');
    const jwe = card('t-jwe');
    expect(within(jwe).getByTestId('token-encrypted')).toBeTruthy();
    expect(jwe.querySelector('[data-claim="enc"]')).not.toBeNull();
    expect(jwe.querySelector('figcaption')?.textContent).toBe('Header');
    expect(
      card('t-broken')
        .querySelector('[data-testid="token-error"]')
        ?.getAttribute('data-error-code'),
    ).toBe('ERR_TRUNCATED');
  });

  it('security: renders hostile claim names and values as text', () => {
    renderPanel(edgeReport, 'tokens');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(card('t-none').textContent).toContain('<script>alert(1)</script>');
    expect(within(card('t-none')).getByText('The signature is empty')).toBeTruthy();
  });

  it('says so when there is no token', () => {
    renderPanel(noneReport, 'tokens');
    expect(screen.getByTestId('tokens-empty')).toBeTruthy();
  });
});
