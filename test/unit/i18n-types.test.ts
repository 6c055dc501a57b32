/**
 * Message keys and finding ids are literal unions taken from their catalogues, so a typo is a
 * compile error rather than a raw key on screen. `npx tsc --noEmit` checks this file: each
 * `@ts-expect-error` line fails the build if its misspelling ever compiles.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { FINDING_IDS, makeFinding, type FindingId } from '@/lib/engine/findings/catalogue';
import { catalogue, type KeySuffix, type MessageKey } from '@/lib/engine/i18n/catalogue';
import { translate } from '@/lib/engine/i18n/translate';
import type { SharedKey } from '@/lib/engine/i18n/shared-catalogue';
import type { Evidence, Finding, Msg, Verdict, VerdictKind } from '@/lib/engine/model/report';

describe('a message key', () => {
  it('is one of the catalogue’s keys, and a misspelled one does not compile', () => {
    const good: Msg = { key: 'ui.appName' };
    // @ts-expect-error: 'ui.appNmae' is not a key of the catalogue.
    const typo: Msg = { key: 'ui.appNmae' };
    expect(translate(good, 'ko', catalogue)).toBe('토끼');
    // At run time a key the catalogue lacks still shows as itself, never as nothing.
    expect(translate(typo, 'en', catalogue)).toBe('ui.appNmae');
    // @ts-expect-error: translate takes catalogue keys too.
    expect(translate({ key: 'verdict.summary.sesion' }, 'en')).toBe('verdict.summary.sesion');
  });

  it('built from a prefix and a union is checked for every member of the union', () => {
    const badge = (kind: VerdictKind): Msg => ({ key: `capture.badge.${kind}` });
    // @ts-expect-error: 'capture.badges.' is no prefix in the catalogue.
    const misspelt = (kind: VerdictKind): Msg => ({ key: `capture.badges.${kind}` });
    // @ts-expect-error: a key cannot be built from any string.
    const anyName = (name: string): Msg => ({ key: `capture.badge.${name}` });
    expect(translate(badge('session'), 'en', catalogue)).not.toBe('capture.badge.session');
    expect([misspelt, anyName]).toHaveLength(2);
  });

  it('of the inspector alone needs the inspector’s catalogue to be translated', () => {
    // @ts-expect-error: translate's default is the shared catalogue, which lacks 'claim.exp'.
    expect(translate({ key: 'claim.exp' }, 'en')).toBe('claim.exp');
    expect(translate({ key: 'claim.exp' }, 'en', catalogue)).toMatch(/^Expiration time/);
    // What the popup shows is typed to the shared catalogue, so its default is enough.
    expectTypeOf<Verdict['summary']['key']>().toExtend<SharedKey>();
    expectTypeOf<Evidence['message']['key']>().toExtend<SharedKey>();
    expectTypeOf<Finding['message']['key']>().toExtend<SharedKey>();
  });

  it('can name what follows a prefix, for code that builds keys from names', () => {
    expectTypeOf<KeySuffix<'capture.badge.'>>().toExtend<string>();
    expectTypeOf<'title'>().toExtend<KeySuffix<'capture.badge.'>>();
    // @ts-expect-error: 'titel' follows no 'capture.badge.' key.
    expectTypeOf<'titel'>().toExtend<KeySuffix<'capture.badge.'>>();
  });
});

describe('a finding id', () => {
  it('is one of the findings catalogue’s ids, and a misspelled one does not compile', () => {
    expectTypeOf<Finding['id']>().toEqualTypeOf<FindingId>();
    const finding = makeFinding('jwt.alg-none', { tokenId: 't1' });
    // @ts-expect-error: 'jwt.alg-nnoe' is not a finding id.
    const typo = () => makeFinding('jwt.alg-nnoe', { tokenId: 't1' });
    // @ts-expect-error: a Finding carries a catalogue id.
    const built: Finding['id'] = 'cookie.samesite-mising';
    expect(finding.severity).toBe('high');
    // Were it to compile, the misspelt finding would have no severity to take.
    expect(typo).toThrow(TypeError);
    expect(FINDING_IDS).not.toContain(built);
  });

  it('has its sentence in the message catalogue, which the compiler checks', () => {
    expectTypeOf<`finding.${FindingId}`>().toExtend<MessageKey>();
    for (const id of FINDING_IDS) expect(Object.hasOwn(catalogue, `finding.${id}`), id).toBe(true);
  });
});
