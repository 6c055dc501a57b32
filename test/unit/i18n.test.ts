import { describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import { translate } from '@/lib/engine/i18n/translate';

describe('message catalogue', () => {
  it.each(Object.entries(catalogue))('%s has non-empty ko and en text', (_key, entry) => {
    expect(entry.ko.trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
  });

  it.each(Object.entries(catalogue))(
    '%s says a number of things in English without "(s)"',
    (_key, entry) => {
      expect(entry.en).not.toMatch(/\w\((s|es)\)/);
    },
  );

  it.each(Object.entries(catalogue))(
    '%s picks word forms only by numbers the Korean text also shows',
    (_key, entry) => {
      const shown = new Set([...entry.ko.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      for (const [, name] of entry.en.matchAll(/\{(\w+)\|[^|{}]*\|[^|{}]*\}/g)) {
        expect(shown).toContain(name);
      }
    },
  );

  it.each(Object.entries(catalogue))(
    '%s uses the same placeholders in both languages',
    (_key, entry) => {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(entry.ko)).toEqual(names(entry.en));
    },
  );
});

describe('translate', () => {
  const messages = { 'x.left': { ko: '{n}분 남음', en: '{n} min left' } };

  it('fills parameters in the chosen language', () => {
    expect(translate<string>({ key: 'x.left', params: { n: 4 } }, 'ko', messages)).toBe('4분 남음');
    expect(translate<string>({ key: 'x.left', params: { n: 4 } }, 'en', messages)).toBe(
      '4 min left',
    );
  });

  it('says one thing and many things in their own English word form', () => {
    const sent = { 'x.sent': { ko: '요청 {n}건', en: '{n} {n|request|requests}' } };
    const en = (n: number | string) =>
      translate<string>({ key: 'x.sent', params: { n } }, 'en', sent);
    expect(en(1)).toBe('1 request');
    expect(en(2)).toBe('2 requests');
    expect(en(0)).toBe('0 requests');
    expect(en(1.5)).toBe('1.5 requests');
    expect(en('1')).toBe('1 request');
    expect(translate<string>({ key: 'x.sent', params: { n: 1 } }, 'ko', sent)).toBe('요청 1건');
  });

  it('falls back to the many form for a count that is not a number, and shows a missing one', () => {
    const msgs = { 'x.was': { ko: '{n}', en: '{n} {n|was|were} refused' } };
    expect(translate<string>({ key: 'x.was', params: { n: 'some' } }, 'en', msgs)).toBe(
      'some were refused',
    );
    expect(translate<string>({ key: 'x.was', params: {} }, 'en', msgs)).toBe(
      '{n} {n|was|were} refused',
    );
  });

  it('shows an unknown key as itself rather than nothing', () => {
    expect(translate<string>({ key: 'x.missing' }, 'en', messages)).toBe('x.missing');
  });

  it('security: does not resolve keys from the prototype chain', () => {
    expect(translate<string>({ key: '__proto__' }, 'en', messages)).toBe('__proto__');
    expect(translate<string>({ key: 'constructor' }, 'ko', messages)).toBe('constructor');
  });
});
