// @vitest-environment happy-dom
import { createHmac } from 'node:crypto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelApp } from '@/components/panel/panel-app';
import { resetPanel, usePanel } from '@/components/panel/panel-store';
import { useSettings } from '@/components/shared/use-settings';
import { PageBodiesContext } from '@/components/verify/page-bodies-context';
import type { ResponseBody } from '@/lib/engine/model/snapshot';
import { noneReport } from '@/test/fixtures/engine-reports';
import { renderPanel } from '../panel/helpers';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function hs256(secret: string | Buffer, payload: unknown = { sub: 'minji' }): string {
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

function paste(value: string) {
  act(() => fireEvent.change(screen.getByTestId('decoder-input'), { target: { value } }));
  return screen.getByTestId('decoder-result');
}

function verifyWith(key: string) {
  fireEvent.change(screen.getByTestId('verify-key'), { target: { value: key } });
  fireEvent.click(screen.getByTestId('verify-run'));
  return screen.findByTestId('verify-result');
}

describe('Verify block in the Decoder', () => {
  afterEach(cleanup);

  it('says valid for the right secret and invalid for another', async () => {
    renderPanel(noneReport, 'decoder');
    paste(hs256('correct horse battery staple'));
    const valid = await verifyWith('correct horse battery staple');
    expect(valid.getAttribute('data-status')).toBe('valid');
    expect(valid.textContent).toContain('RFC 8725');
    fireEvent.change(screen.getByTestId('verify-key'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByTestId('verify-run'));
    await waitFor(() =>
      expect(screen.getByTestId('verify-result').getAttribute('data-status')).toBe('invalid'),
    );
  });

  it('reads a base64url secret when told so', async () => {
    renderPanel(noneReport, 'decoder');
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 7, 8]);
    paste(hs256(bytes));
    fireEvent.click(screen.getByRole('radio', { name: /base64url/ }));
    const result = await verifyWith(bytes.toString('base64url'));
    expect(result.getAttribute('data-status')).toBe('valid');
  });

  it('security: an HS256 token signed with a public key PEM is a critical finding, never a tick', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    renderPanel(noneReport, 'decoder');
    paste(hs256(pem));
    const result = await verifyWith(pem);
    expect(result.getAttribute('data-status')).toBe('error');
    expect(result.getAttribute('data-error-code')).toBe('ERR_KEY_ALG_MISMATCH');
    expect(result.getAttribute('data-severity')).toBe('critical');
    expect(result.textContent).toContain('algorithm confusion');
  });

  it('a key that does not parse is a reason, and the decoded token stays on screen', async () => {
    renderPanel(noneReport, 'decoder');
    paste(hs256('s'));
    const result = await verifyWith('{"kty":');
    expect(result.getAttribute('data-status')).toBe('error');
    expect(screen.getByTestId('decoded-item')).toBeTruthy();
  });

  it('security: fetches nothing until the user confirms the shown address, then only discovery and its jwks_uri', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const issuer = 'https://issuer.example';
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] };
    const token = await new SignJWT({ sub: 'minji' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1', jku: 'https://evil.example/jwks' })
      .setIssuer(issuer)
      .sign(privateKey);
    const fetched: string[] = [];
    const fake = vi.fn(async (url: string) => {
      fetched.push(url);
      const body = url.endsWith('openid-configuration')
        ? { issuer, jwks_uri: `${issuer}/keys` }
        : jwks;
      return new Response(JSON.stringify(body), { status: 200 });
    });
    vi.stubGlobal('fetch', fake);
    renderPanel(noneReport, 'decoder');
    paste(token);
    fireEvent.click(screen.getByTestId('verify-fetch-issuer'));
    const plan = screen.getByTestId('verify-fetch-plan');
    expect(plan.textContent).toContain(`${issuer}/.well-known/openid-configuration`);
    expect(fetched).toEqual([]);
    fireEvent.click(within(plan).getByTestId('verify-fetch-confirm'));
    const result = await screen.findByTestId('verify-result');
    expect(result.getAttribute('data-status')).toBe('valid');
    expect(result.getAttribute('data-key-from')).toBe('issuer');
    expect(result.textContent).toContain(`${issuer}/keys`);
    expect(fetched).toEqual([`${issuer}/.well-known/openid-configuration`, `${issuer}/keys`]);
  });

  it('offers the JWKS the page fetched and verifies with it offline, saying where it came from', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] };
    const token = await new SignJWT({ sub: 'minji' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .sign(privateKey);
    const url = 'https://app.example/.well-known/jwks.json';
    const bodies: ResponseBody[] = [
      { url, time: 1, mimeType: 'application/json', body: JSON.stringify(jwks) },
    ];
    const fake = vi.fn();
    vi.stubGlobal('fetch', fake);
    resetPanel();
    useSettings.setState({ lang: 'en', loaded: true });
    usePanel.setState({ tab: 'decoder' });
    render(
      <PageBodiesContext value={() => bodies}>
        <PanelApp data={{ status: 'ready', report: noneReport }} tabId={7} live={false} />
      </PageBodiesContext>,
    );
    paste(token);
    const use = screen.getByTestId('verify-page-jwks');
    expect(use.getAttribute('data-url')).toBe(url);
    fireEvent.click(use);
    const result = await screen.findByTestId('verify-result');
    expect(result.getAttribute('data-status')).toBe('valid');
    expect(result.getAttribute('data-key-from')).toBe('page-body');
    expect(result.textContent).toContain(url);
    expect(fake).not.toHaveBeenCalled();
  });

  it('security: alg none is never valid, and offers no fetch of keys that could not verify it', async () => {
    renderPanel(noneReport, 'decoder');
    const none = `${b64({ alg: 'none' })}.${b64({ sub: 'admin', iss: 'https://issuer.example' })}.`;
    paste(none);
    expect(screen.queryByTestId('verify-fetch-issuer')).toBeNull();
    expect(screen.queryByTestId('weak-secret-run')).toBeNull();
    const result = await verifyWith('anything');
    expect(result.getAttribute('data-status')).toBe('error');
    expect(result.getAttribute('data-error-code')).toBe('ERR_ALG_NONE');
  });
});
