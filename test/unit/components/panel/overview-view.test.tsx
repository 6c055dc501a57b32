// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePanel } from '@/components/panel/panel-store';
import { translate } from '@/lib/engine/i18n/translate';
import {
  BEARER,
  bearerReport,
  labReport,
  recordedSnapshot,
  reportOf,
  sessionReport,
  tokenIdOf,
} from '@/test/fixtures/engine-reports';
import { renderPanel } from './helpers';

const SEVERITY_ORDER = ['high', 'medium', 'low', 'info'];

describe('Overview', () => {
  afterEach(cleanup);

  it('follows a piece of evidence to its cookie row', () => {
    renderPanel(sessionReport);
    // The first line names the stack (Django): it points at nothing to open.
    const evidence = screen
      .getAllByTestId('evidence')
      .find((e) => within(e).queryByRole('button'))!;
    act(() => fireEvent.click(within(evidence).getByRole('button')));
    expect(usePanel.getState().tab).toBe('cookies');
    expect(screen.getByTestId('cookie-details').getAttribute('data-cookie')).toBe('sessionid');
  });

  it('follows a grouped piece of evidence to the live token, not the one a refresh replaced', () => {
    // The engine says "sent as Bearer" once per access token; the two lines are one group.
    renderPanel(bearerReport);
    const line = screen
      .getAllByTestId('evidence')
      .find((e) => e.getAttribute('data-count') === '2')!;
    act(() => fireEvent.click(within(line).getByRole('button')));
    expect(usePanel.getState().tab).toBe('tokens');
    const selected = document.querySelector('.tp-card--selected');
    expect(selected?.getAttribute('data-token-id')).toBe(tokenIdOf(bearerReport, BEARER.access));
  });

  it('counts credentials per storage location in the risk matrix', () => {
    renderPanel(bearerReport);
    const matrix = screen.getByTestId('risk-matrix');
    const row = (location: string) => matrix.querySelector(`tr[data-location="${location}"]`);
    expect(row('localStorage')?.querySelector('.tp-num')?.textContent).toBe('1');
    expect(row('cookie-httponly')?.querySelector('.tp-num')?.textContent).toBe('1');
    expect(row('indexedDB')?.querySelector('.tp-num')?.textContent).toBe('0');
    expect(row('localStorage')?.querySelector('[data-value]')?.getAttribute('data-value')).toBe(
      'true',
    );
  });

  it('groups findings by token, most severe first, one per token and rule, each group named', () => {
    // Cognito keeps three JWTs; two carry personal claims: the same sentence, about two tokens.
    const report = labReport('cognito');
    renderPanel(report);
    const groups = screen.getAllByTestId('finding-group');
    const rank = groups.map((g) => SEVERITY_ORDER.indexOf(g.getAttribute('data-severity-group')!));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    for (const group of groups) {
      const ids = [...group.querySelectorAll('[data-finding-id]')].map((f) =>
        f.getAttribute('data-finding-id'),
      );
      expect(new Set(ids).size).toBe(ids.length);
      const kind = report.tokens.find((t) => t.id === group.getAttribute('data-token-id'))?.kind;
      const heading = within(group).getByTestId('finding-group-heading').textContent;
      if (kind) expect(heading).toContain(translate({ key: `ui.kind.${kind}` }, 'en'));
    }
    const personal = groups.filter((g) =>
      g.querySelector('[data-finding-id="jwt.sensitive-payload"]'),
    );
    expect(personal.length).toBe(
      report.findings.filter((f) => f.id === 'jwt.sensitive-payload').length,
    );
    expect(new Set(personal.map((g) => g.getAttribute('data-token-id'))).size).toBe(
      personal.length,
    );
  });

  it('says what could not be read', () => {
    // The panel opened in a tab, outside DevTools, cannot read response bodies.
    const snapshot = recordedSnapshot('plain-localhost');
    snapshot.unavailable = [{ what: 'bodies', reason: 'devtools-only' }];
    renderPanel(reportOf(snapshot));
    expect(document.querySelector('[data-unavailable="bodies"]')).not.toBeNull();
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('none');
    expect(screen.getByText('No findings.')).toBeTruthy();
  });
});
