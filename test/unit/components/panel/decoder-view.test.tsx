// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { BEARER, FIXTURE_NOW, LATER, noneReport } from '@/test/fixtures/engine-reports';
import { ALG_NONE, BROKEN, JWE } from '@/test/fixtures/staged-snapshots';
import { renderPanel } from './helpers';

function paste(value: string) {
  act(() => fireEvent.change(screen.getByTestId('decoder-input'), { target: { value } }));
  return screen.getByTestId('decoder-result');
}

describe('Decoder', () => {
  afterEach(cleanup);

  it('decodes a pasted JWT, with explained claims', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(BEARER.access);
    expect(result.getAttribute('data-status')).toBe('ok');
    expect(result.querySelector('[data-format="jws"]')).not.toBeNull();
    expect(result.querySelector('[data-claim="sub"]')?.textContent).toContain('alice');
  });

  it('reports a broken token with the engine’s stable error code', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(BROKEN);
    expect(result.getAttribute('data-status')).toBe('error');
    expect(result.getAttribute('data-error-code')).toBe('ERR_TRUNCATED');
  });

  it('shows a JWE as encrypted', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(JWE);
    expect(result.getAttribute('data-status')).toBe('ok');
    expect(result.querySelector('[data-format="jwe"]')).not.toBeNull();
  });

  it('reads an Authorization header value, and hides a Basic password until revealed', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(`Basic ${btoa('minji:s3cret-pw')}`);
    expect(result.getAttribute('data-status')).toBe('ok');
    expect(result.textContent).toContain('minji');
    expect(result.textContent).not.toContain('s3cret-pw');
  });

  it('finds tokens inside a pasted JSON value', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(JSON.stringify({ session: { access_token: BEARER.access } }));
    expect(result.getAttribute('data-status')).toBe('ok');
    expect(result.textContent).toContain('$.session.access_token');
  });

  it('decodeInput: empty input is ERR_EMPTY, an unsigned token decodes, expiry follows now', () => {
    expect(decodeInput('   ', FIXTURE_NOW)).toMatchObject({
      status: 'error',
      errorCode: 'ERR_EMPTY',
    });
    expect(decodeInput(ALG_NONE, FIXTURE_NOW).items[0]?.decoded.jws?.header).toEqual({
      alg: 'none',
    });
    expect(decodeInput(BEARER.access, FIXTURE_NOW).items[0]?.expiry.state).toBe('expiring-soon');
    expect(decodeInput(BEARER.access, LATER).items[0]?.expiry.state).toBe('expired');
  });

  it('decodeInput: never throws on hostile input', () => {
    for (const input of [
      'eyJ' + 'A'.repeat(300_000),
      '{"__proto__":{"x":1}}',
      'Bearer ',
      '%E0%A4%A',
      'e.e.e.e.e.e',
    ]) {
      expect(() => decodeInput(input, FIXTURE_NOW)).not.toThrow();
    }
  });
});

describe('Decoder: the engine’s analysis of a pasted token', () => {
  afterEach(cleanup);

  it('flags an unsigned token as the panel would on a site', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(ALG_NONE);
    const ids = [...result.querySelectorAll('[data-finding-id]')].map((f) =>
      f.getAttribute('data-finding-id'),
    );
    expect(ids).toContain('jwt.alg-none');
  });

  it('keeps only findings about the token, not about the made-up place it was pasted from', () => {
    const ids = decodeInput(BEARER.access, FIXTURE_NOW).items[0]!.findings.map((f) => f.id);
    expect(ids.every((id) => id.startsWith('jwt.'))).toBe(true);
  });
});
