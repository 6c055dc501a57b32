import { describe, expect, it } from 'vitest';
import { tokenFormFields } from '@/lib/background/form-fields';
import { MAX_BODY_BYTES } from '@/lib/background/constants';

const bytes = (text: string) => ({ bytes: new TextEncoder().encode(text).buffer as ArrayBuffer });

describe('tokenFormFields', () => {
  it('keeps the fields of a refresh grant from parsed form data', () => {
    expect(
      tokenFormFields({
        formData: { grant_type: ['refresh_token'], refresh_token: ['r1'], client_id: ['web'] },
      }),
    ).toEqual({ grant_type: ['refresh_token'], refresh_token: ['r1'], client_id: ['web'] });
  });

  it('security: drops passwords and every other field', () => {
    expect(
      tokenFormFields({ formData: { username: ['kim'], password: ['hunter2'], remember: ['1'] } }),
    ).toBeUndefined();
  });

  it('reads a JSON body and a urlencoded raw body', () => {
    expect(tokenFormFields({ raw: [bytes('{"refresh_token":"r2","password":"x"}')] })).toEqual({
      refresh_token: ['r2'],
    });
    expect(
      tokenFormFields({ raw: [bytes('grant_type=authorization_code&code=c&code_verifier=v')] }),
    ).toEqual({
      grant_type: ['authorization_code'],
      code: ['c'],
      code_verifier: ['v'],
    });
  });

  it('skips bodies too large, not UTF-8, or not JSON', () => {
    expect(
      tokenFormFields({ raw: [bytes('refresh_token='.padEnd(MAX_BODY_BYTES + 1, 'x'))] }),
    ).toBeUndefined();
    expect(
      tokenFormFields({ raw: [{ bytes: new Uint8Array([0xc3, 0x28]).buffer }] }),
    ).toBeUndefined();
    expect(tokenFormFields({ raw: [bytes('{not json')] })).toBeUndefined();
    expect(tokenFormFields(null)).toBeUndefined();
  });

  it('security: a field named __proto__ stays data', () => {
    const fields = tokenFormFields({ raw: [bytes('{"__proto__":{"polluted":1},"token":"t"}')] });
    expect(fields).toEqual({ token: ['t'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
