// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePanel } from '@/components/panel/panel-store';
import {
  BEARER,
  bearerReport,
  labReport,
  noneReport,
  tokenIdOf,
} from '@/test/fixtures/engine-reports';
import { renderPanel } from './helpers';

const live = tokenIdOf(bearerReport, BEARER.access);
const refresh = tokenIdOf(bearerReport, BEARER.refresh);
const replaced = tokenIdOf(bearerReport, BEARER.replaced);

const credentials = () =>
  screen
    .getAllByTestId('flow-credential')
    .map((c) => [
      c.getAttribute('data-token-id'),
      c.getAttribute('data-token-kind'),
      c.getAttribute('data-state'),
      c.getAttribute('data-locations'),
    ]);

describe('Flow', () => {
  afterEach(cleanup);

  it('lists the login’s credentials with which is live: the stored token current, the old one replaced', () => {
    renderPanel(bearerReport, 'flow');
    expect(credentials()).toEqual([
      [refresh, 'refresh', 'current', 'cookie-httponly'],
      [live, 'access', 'current', 'header localStorage response-body'],
      [replaced, 'access', 'replaced', 'header'],
    ]);
    const fingerprints = screen
      .getAllByTestId('flow-credential')
      .map((c) => c.getAttribute('data-fingerprint'));
    expect(new Set(fingerprints).size).toBe(3);
    for (const fp of fingerprints) expect(fp).toMatch(/^[0-9a-f]{8}$/);
  });

  it('numbers the steps in time order, each with its time in milliseconds', () => {
    renderPanel(bearerReport, 'flow');
    const steps = screen.getAllByTestId('flow-step');
    expect(steps.map((s) => s.getAttribute('data-step'))).toEqual([
      'issue',
      'issue',
      'send',
      'refresh',
      'issue',
      'store',
      'store',
      'replace',
      'send',
      'expire',
      'expire',
    ]);
    const times = steps.map((s) => Number(s.getAttribute('data-time')));
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(steps[0]!.textContent).toContain('POST /login');
  });

  it('opens a step’s request in the Requests tab', () => {
    renderPanel(bearerReport, 'flow');
    const refreshStep = document.querySelector<HTMLElement>(
      '[data-testid="flow-step"][data-step="refresh"] button',
    )!;
    act(() => fireEvent.click(refreshStep));
    expect(usePanel.getState()).toMatchObject({ tab: 'requests', selectedRequest: '1006' });
  });

  it('says a token seen only in headers is held in script memory', () => {
    renderPanel(labReport('auth0-memory'), 'flow');
    const memory = document.querySelectorAll(
      '[data-testid="flow-credential"][data-memory-only="true"]',
    );
    expect(memory.length).toBe(2);
    expect(screen.getAllByText(/holds it in memory/).length).toBeGreaterThan(0);
  });

  it('says when there is nothing to follow', () => {
    renderPanel(noneReport, 'flow');
    expect(screen.getByTestId('flow-empty')).toBeTruthy();
  });
});
