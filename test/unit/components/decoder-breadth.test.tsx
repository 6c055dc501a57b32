// @vitest-environment happy-dom
/**
 * The panel's Decoder on the tricky inputs of issue 20: each says what it is, in English and in
 * Korean, with `data-kind` on the result and look-alike characters marked where tests find them.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import { translate } from '@/lib/engine/i18n/translate';
import type { Msg } from '@/lib/engine/model/report';
import { noneReport } from '@/test/fixtures/engine-reports';
import {
  brancaToken,
  encryptAround,
  fernetToken,
  pasetoLocal,
  pasetoPublic,
  signAround,
  signedJwt,
} from '../engine/decoder/real-tokens';
import { renderPanel } from './panel/helpers';

function paste(value: string) {
  act(() => fireEvent.change(screen.getByTestId('decoder-input'), { target: { value } }));
  return screen.getByTestId('decoder-result');
}

const NOW_S = Math.floor(Date.now() / 1000);
const en = (msg: Msg) => translate(msg, 'en', catalogue);
const ko = (msg: Msg) => translate(msg, 'ko', catalogue);

describe('Decoder: what each tricky input is, on screen', () => {
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    tokens.inner = await signedJwt('alice', NOW_S);
    tokens.nested = await signAround(tokens.inner);
    tokens.jwe = await encryptAround(tokens.inner);
    tokens.public = await pasetoPublic(4, { sub: 'alice' }, '{"kid":"k1"}');
    tokens.local = await pasetoLocal(3);
    tokens.fernet = fernetToken('2025-12-31T23:00:00Z');
    tokens.branca = brancaToken(1_767_222_000);
  });
  afterEach(cleanup);

  it('a nested JWT: the outer card holds the inner token, its claims explained', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(tokens.nested!);
    expect(result.dataset.kind).toBe('nested-jwt');
    expect(result.dataset.status).toBe('ok');
    expect(screen.getByTestId('decoder-headline').textContent).toBe(
      en({ key: 'decode.kind.nested-jwt', params: { cty: 'JWT' } }),
    );
    const inner = screen.getByTestId('decoder-nested-inner');
    expect(inner.querySelector('[data-format="jws"] [data-claim="sub"]')?.textContent).toContain(
      'alice',
    );
  });

  it('a JWS inside a JWE: named as encrypted, a signed JWT inside', () => {
    renderPanel(noneReport, 'decoder');
    expect(paste(tokens.jwe!).dataset.kind).toBe('nested-jwe');
    expect(screen.getByTestId('decoder-headline').textContent).toBe(
      en({ key: 'decode.kind.nested-jwe' }),
    );
  });

  it('PASETO public in Korean: the headline, the claims and the signature length', () => {
    renderPanel(noneReport, 'decoder', 'ko');
    const result = paste(tokens.public!);
    expect(result.dataset.kind).toBe('paseto');
    expect(screen.getByTestId('decoder-headline').textContent).toBe(
      ko({ key: 'decode.kind.paseto.public', params: { version: 'v4', algorithm: 'Ed25519' } }),
    );
    expect(result.querySelector('[data-claim="sub"]')?.textContent).toContain('alice');
    expect(screen.getByTestId('paseto-signature').dataset.bytes).toBe('64');
  });

  it('PASETO local: encrypted, no claims', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(tokens.local!);
    expect(result.dataset.kind).toBe('paseto');
    expect(screen.getByTestId('paseto-encrypted')).toBeTruthy();
    expect(result.querySelector('[data-claim]')).toBeNull();
  });

  it.each(['fernet', 'branca'] as const)('%s: named, with the time it was issued', (format) => {
    renderPanel(noneReport, 'decoder');
    const result = paste(tokens[format]!);
    expect(result.dataset.kind).toBe(format);
    expect(screen.getByTestId('decoder-headline').textContent).toBe(
      en({ key: `decode.kind.${format}` }),
    );
    const time = screen.getByTestId('sealed-issued').querySelector('[data-time]');
    expect(Number(time?.getAttribute('data-time'))).toBe(
      format === 'fernet' ? Date.parse('2025-12-31T23:00:00Z') : 1_767_222_000_000,
    );
  });

  it('a Cyrillic first letter: marked with its position and name, and the JWT it would be', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste(`\u0435${tokens.inner!.slice(1)}`);
    expect(result.dataset.kind).toBe('lookalike');
    const marks = screen.getByTestId('decoder-lookalike');
    expect(marks.textContent).toContain(
      en({
        key: 'decode.lookalike.lookalike',
        params: { position: 1, codePoint: 'U+0435', name: 'CYRILLIC SMALL LETTER IE', ascii: 'e' },
      }),
    );
    const fixed = screen.getByTestId('decoder-fixed');
    expect(fixed.dataset.kind).toBe('jwt');
    expect(fixed.querySelector('[data-claim="sub"]')?.textContent).toContain('alice');
  });

  it.each([
    ['..', 'not-a-token', { key: 'decode.kind.punctuation' }],
    [
      'https://example.com/docs',
      'url',
      { key: 'decode.kind.url-none', params: { host: 'example.com' } },
    ],
    [
      'd41d8cd98f00b204e9800998ecf8427e',
      'hex-digest',
      { key: 'decode.kind.hex-digest', params: { bytes: 16, algorithm: 'MD5' } },
    ],
  ] as const)('%s is %s, said in words, never "0 bits of entropy"', (input, kind, msg) => {
    renderPanel(noneReport, 'decoder');
    const result = paste(input);
    expect(result.dataset.kind).toBe(kind);
    expect(screen.getByTestId('decoder-headline').textContent).toBe(en(msg as Msg));
    expect(result.textContent).not.toMatch(/entropy/);
  });

  it('whitespace only: the empty note and how much whitespace there was', () => {
    renderPanel(noneReport, 'decoder');
    const result = paste('   \n ');
    expect(result.dataset.kind).toBe('empty');
    expect(result.textContent).toContain(en({ key: 'panel.decoder.empty' }));
    expect(screen.getByTestId('decoder-headline').textContent).toBe(
      en({ key: 'decode.kind.empty.whitespace', params: { count: 5 } }),
    );
  });

  it('a UUID v4 and base64 of JSON say what they are; JSON is shown decoded', () => {
    renderPanel(noneReport, 'decoder');
    expect(paste('f47ac10b-58cc-4372-a567-0e02b2c3d479').dataset.kind).toBe('uuid');
    expect(screen.getByTestId('decoder-headline').textContent).toBe(
      en({ key: 'decode.kind.uuid', params: { version: 4, variant: 'RFC 9562' } }),
    );
    const result = paste(btoa(JSON.stringify([{ theme: 'dark' }])));
    expect(result.dataset.kind).toBe('base64-json');
    expect(screen.getByTestId('decoded-json').textContent).toContain('"theme": "dark"');
  });
});
