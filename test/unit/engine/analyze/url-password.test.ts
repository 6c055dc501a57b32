import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { withoutUrlPassword } from '@/lib/engine/analyze/url-password';
import { NOW, snap } from './helpers';

describe('withoutUrlPassword', () => {
  it.each([
    [
      'http://alice:wonderland@intranet.example.com:8080/a?b=c',
      'http://alice@intranet.example.com:8080/a?b=c',
    ],
    ['http://:pw@host/', 'http://@host/'],
    ['https://alice@host/', 'https://alice@host/'],
    ['https://host/p?next=a:b@c', 'https://host/p?next=a:b@c'],
    ['https://host:8443/x', 'https://host:8443/x'],
  ])('%s → %s', (url, expected) => {
    expect(withoutUrlPassword(url)).toBe(expected);
  });

  it('security: a password typed in the address never reaches the report', () => {
    const url = 'http://alice:wonderland@intranet.example.com/';
    const report = analyze({ ...snap(), site: { url } }, NOW);
    expect(report.site.url).toBe('http://alice@intranet.example.com/');
    expect(JSON.stringify(report)).not.toContain('wonderland');
  });
});
