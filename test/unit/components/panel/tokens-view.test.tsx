// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BEARER,
  bearerReport,
  edgeReport,
  labReport,
  noneReport,
  tokenIdOf,
} from '@/test/fixtures/engine-reports';
import { BROKEN, HOSTILE_UNSIGNED, JWE } from '@/test/fixtures/staged-snapshots';
import { renderPanel } from './helpers';

const live = tokenIdOf(bearerReport, BEARER.access);
const refresh = tokenIdOf(bearerReport, BEARER.refresh);
const replaced = tokenIdOf(bearerReport, BEARER.replaced);

const card = (id: string) =>
  document.querySelector<HTMLElement>(`[data-testid="token"][data-token-id="${id}"]`)!;

describe('Tokens', () => {
  afterEach(cleanup);

  it('shows one card per token with its kind and where it lives, live tokens first', () => {
    renderPanel(bearerReport, 'tokens');
    const cards = screen.getAllByTestId('token');
    const attrs = ['data-token-id', 'data-token-kind', 'data-location'];
    expect(cards.map((c) => attrs.map((a) => c.getAttribute(a)))).toEqual([
      [live, 'access', 'localStorage'],
      [refresh, 'refresh', 'cookie-httponly'],
      [replaced, 'access', 'header'],
    ]);
    const places = [...card(live).querySelectorAll('.tp-places [data-location]')].map((p) =>
      p.getAttribute('data-location'),
    );
    expect(places).toEqual(['localStorage', 'response-body', 'header']);
  });

  it('names an SDK store by its name, its raw key beside it', () => {
    renderPanel(labReport('firebase'), 'tokens');
    const stored = document.querySelector('.tp-places li[data-location="indexedDB"]')!;
    expect(stored.querySelector('[data-store-name]')?.textContent).toBe('Firebase auth user');
    expect(stored.querySelector('.tp-mono')?.textContent).toContain('firebaseLocalStorageDb/');
  });

  it('security: keeps the raw token masked until revealed', () => {
    renderPanel(bearerReport, 'tokens');
    expect(document.body.textContent).not.toContain(BEARER.access);
    fireEvent.click(within(card(live)).getByRole('button', { name: /^Reveal the value/ }));
    expect(card(live).textContent).toContain(BEARER.access.slice(0, 100));
  });

  it('explains each claim on focus, and flags personal data', () => {
    // Supabase's access token carries the user's email and phone.
    const report = labReport('supabase');
    const id = report.tokens.find((t) => t.claims.some((c) => c.name === 'email'))!.id;
    renderPanel(report, 'tokens');
    const exp = card(id).querySelector<HTMLElement>('[data-claim="exp"] [data-testid="claim"]')!;
    expect(exp.getAttribute('tabindex')).toBe('0');
    const tip = document.getElementById(exp.getAttribute('aria-describedby')!);
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(card(id).querySelector('[data-claim="email"] .tp-badge--warn')).not.toBeNull();
  });

  it('shows expiry as state, date, relative time and a countdown while in the future', () => {
    renderPanel(bearerReport, 'tokens');
    const expired = card(replaced).querySelector('[data-testid="token-expiry"]')!;
    expect(expired.getAttribute('data-expiry')).toBe('expired');
    expect(expired.querySelector('[data-testid="countdown"]')).toBeNull();
    const valid = card(live).querySelector('[data-testid="token-expiry"]')!;
    expect(valid.querySelector('[data-testid="countdown"]')?.textContent).toBe('01:20');
  });

  it('shows a JWE as encrypted with its header, and a broken token with its exact reason', () => {
    renderPanel(edgeReport, 'tokens');
    const jwe = card(tokenIdOf(edgeReport, JWE));
    expect(within(jwe).getByTestId('token-encrypted')).toBeTruthy();
    expect(jwe.querySelector('[data-claim="enc"]')).not.toBeNull();
    expect(jwe.querySelector('figcaption')?.textContent).toBe('Header');
    expect(
      card(tokenIdOf(edgeReport, BROKEN))
        .querySelector('[data-testid="token-error"]')
        ?.getAttribute('data-error-code'),
    ).toBe('ERR_TRUNCATED');
  });

  it('security: renders hostile claim names and values as text', () => {
    renderPanel(edgeReport, 'tokens');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    const unsigned = card(tokenIdOf(edgeReport, HOSTILE_UNSIGNED));
    expect(unsigned.textContent).toContain('<script>alert(1)</script>');
    expect(within(unsigned).getByText('The signature is empty')).toBeTruthy();
  });

  it('says so when there is no token', () => {
    renderPanel(noneReport, 'tokens');
    expect(screen.getByTestId('tokens-empty')).toBeTruthy();
  });
});
