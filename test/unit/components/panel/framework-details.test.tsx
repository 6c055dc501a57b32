// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import flask from '../../../fixtures/frameworks/flask-values.json';
import node from '../../../fixtures/frameworks/node-values.json';
import { cookie, NOW, snap } from '../../engine/analyze/helpers';
import { renderPanel } from './helpers';

/** The engine's report over a real cookie, rendered in the panel's Tokens tab. */
function showCookies(cookies: { name: string; value: string }[]) {
  renderPanel(analyze(snap({ cookies: cookies.map((c) => cookie(c)) }), NOW), 'tokens');
}

describe('Tokens: a framework cookie format', () => {
  afterEach(cleanup);

  it("Flask: names the format and shows the session's data, masked until revealed", () => {
    showCookies([{ name: 'session', value: flask.plain.value }]);
    const card = screen.getByTestId('token');
    expect(card.getAttribute('data-token-kind')).toBe('session-data');
    const details = within(card).getByTestId('token-framework');
    expect(details.getAttribute('data-holds')).toBe('session-data');
    expect(details.textContent).toContain('Flask: signed session data');
    expect(details.textContent).toContain('The server keeps no state');
    expect(card.textContent).not.toContain('"role"');
    fireEvent.click(within(details).getByRole('button', { name: /^Reveal the value/ }));
    expect(details.textContent).toContain('"role": "admin"');
  });

  it('Flask: says a compressed payload was inflated', () => {
    showCookies([{ name: 'session', value: flask.compressed.value }]);
    expect(screen.getByTestId('token-framework').textContent).toContain('zlib-compressed');
  });

  it('iron-session: names the encryption and shows no data', () => {
    const seal = node['iron-session'].find((c) => c.name === 'iron_app')!;
    showCookies([seal]);
    const details = screen.getByTestId('token-framework');
    expect(details.textContent).toContain(
      "Session data encrypted by iron-session, unreadable without the server's secret",
    );
    expect(within(details).queryByTestId('masked-value')).toBeNull();
  });

  it('Korean: explains the framework value in Korean', () => {
    renderPanel(
      analyze(snap({ cookies: [cookie({ name: 'session', value: flask.plain.value })] }), NOW),
      'tokens',
      'ko',
    );
    expect(screen.getByTestId('token-framework').textContent).toContain('서명된 세션 데이터');
  });
});
