// @vitest-environment happy-dom
import { createHmac } from 'node:crypto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogueContext } from '@/components/shared/catalogue-context';
import { useSettings } from '@/components/shared/use-settings';
import { WeakSecretCheck } from '@/components/verify/weak-secret-check';
import type { WeakSecretEvent, WeakSecretRequest } from '@/lib/client/weak-secret-protocol';
import { catalogue } from '@/lib/engine/i18n/catalogue';

/** A worker the test drives by hand: it answers only what the test posts. */
class HandWorker extends EventTarget {
  static last: HandWorker | undefined;
  readonly requests: WeakSecretRequest[] = [];
  terminated = false;
  constructor() {
    super();
    HandWorker.last = this;
  }
  postMessage(request: WeakSecretRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  send(data: WeakSecretEvent) {
    act(() => void this.dispatchEvent(new MessageEvent('message', { data })));
  }
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const input = `${b64({ alg: 'HS256' })}.${b64({ sub: 'minji' })}`;
const token = `${input}.${createHmac('sha256', 'secret').update(input).digest('base64url')}`;

function renderCheck() {
  vi.stubGlobal('Worker', HandWorker);
  useSettings.setState({ lang: 'en', loaded: true });
  render(
    <CatalogueContext value={catalogue}>
      <WeakSecretCheck token={token} site={{ url: 'https://shop.example/' }} />
    </CatalogueContext>,
  );
  fireEvent.click(screen.getByTestId('weak-secret-run'));
  return HandWorker.last!;
}

describe('guessable-secret check', () => {
  afterEach(cleanup);

  it('shows progress while the worker runs, and stopping it ends the worker', () => {
    const worker = renderCheck();
    expect(worker.requests[0]).toEqual({
      type: 'start',
      token,
      site: { url: 'https://shop.example/' },
    });
    worker.send({ type: 'progress', tried: 500, total: 2000 });
    const result = screen.getByTestId('weak-secret-result');
    expect(result.getAttribute('data-status')).toBe('running');
    expect(screen.getByTestId('weak-secret-progress').getAttribute('value')).toBe('500');
    expect(screen.getByTestId('weak-secret-run').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('weak-secret-cancel'));
    expect(worker.terminated).toBe(true);
    expect(screen.getByTestId('weak-secret-result').getAttribute('data-status')).toBe('cancelled');
    expect(screen.queryByTestId('weak-secret-progress')).toBeNull();
  });

  it('security: a found secret is critical and masked until revealed', () => {
    const worker = renderCheck();
    worker.send({
      type: 'done',
      outcome: { status: 'found', secret: 'secret', index: 3, tried: 4 },
      total: 2000,
      elapsedMs: 5,
    });
    const result = screen.getByTestId('weak-secret-result');
    expect(result.getAttribute('data-status')).toBe('found');
    expect(result.getAttribute('data-secret')).toBe('secret');
    expect(result.getAttribute('data-severity')).toBe('critical');
    expect(result.textContent).toContain('guessable secret, "••••••••" (candidate 4 of 2000)');
    expect(result.textContent).not.toContain('"secret"');
    expect(screen.getByTestId('masked-value').getAttribute('data-revealed')).toBe('false');
  });

  it('a worker that fails says so instead of spinning', () => {
    const worker = renderCheck();
    act(() => void worker.dispatchEvent(new ErrorEvent('error', { message: 'boom' })));
    const result = screen.getByTestId('weak-secret-result');
    expect(result.getAttribute('data-status')).toBe('error');
    expect(result.textContent).toContain('boom');
  });
});
