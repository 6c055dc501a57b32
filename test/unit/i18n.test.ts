import { describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/i18n/catalogue';
import { translate } from '@/lib/i18n/translate';

describe('message catalogue', () => {
  it.each(Object.entries(catalogue))('%s has non-empty ko and en text', (_key, entry) => {
    expect(entry.ko.trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
  });

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
    expect(translate({ key: 'x.left', params: { n: 4 } }, 'ko', messages)).toBe('4분 남음');
    expect(translate({ key: 'x.left', params: { n: 4 } }, 'en', messages)).toBe('4 min left');
  });

  it('shows an unknown key as itself rather than nothing', () => {
    expect(translate({ key: 'x.missing' }, 'en', messages)).toBe('x.missing');
  });

  it('security: does not resolve keys from the prototype chain', () => {
    expect(translate({ key: '__proto__' }, 'en', messages)).toBe('__proto__');
    expect(translate({ key: 'constructor' }, 'ko', messages)).toBe('constructor');
  });
});
