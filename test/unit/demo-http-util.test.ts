import { describe, expect, it } from 'vitest';
import { escapeHtml, parseCookies, serializeCookie } from '../../demo/http-util.mjs';
import { html } from '../../demo/pages/html.mjs';

describe('demo HTTP helpers', () => {
  it('security: escapes markup in page text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&\'')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;',
    );
    const name = '<script>alert(1)</script>';
    expect(String(html`<p>${name}</p>`)).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    // Nested safe fragments are kept as markup, values inside them still escaped.
    expect(String(html`<div>${html`<b>${'<i>'}</b>`}</div>`)).toBe('<div><b>&lt;i&gt;</b></div>');
  });

  it('parses a Cookie header, first value of a name winning, without prototype keys', () => {
    const cookies = parseCookies('a=1; b=x=y; a=2; __proto__=evil; junk');
    expect(cookies.a).toBe('1');
    expect(cookies.b).toBe('x=y');
    expect(cookies.__proto__).toBe('evil');
    expect(Object.getPrototypeOf(cookies)).toBeNull();
    expect(parseCookies(undefined)).toEqual({});
  });

  it('writes Set-Cookie attributes in the order browsers show them', () => {
    expect(
      serializeCookie('sid', 'v', { httpOnly: true, secure: true, sameSite: 'Lax', maxAge: 60 }),
    ).toBe('sid=v; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=60');
    expect(serializeCookie('c', 'accepted')).toBe('c=accepted; Path=/');
  });
});
