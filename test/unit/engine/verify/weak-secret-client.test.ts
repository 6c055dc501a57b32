// @vitest-environment happy-dom
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { weakSecretHandler } from '@/lib/client/weak-secret-handler';
import type { WeakSecretEvent, WeakSecretRequest } from '@/lib/client/weak-secret-protocol';

const words = Array.from({ length: 20_000 }, (_, i) => `word-${i}`);

/** Stands in for the module worker: runs the real handler in-process over a small list. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | undefined;
  readonly requests: WeakSecretRequest[] = [];
  terminated = false;
  private readonly handle = weakSecretHandler(words, (data: WeakSecretEvent) => {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
  });
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(request: WeakSecretRequest) {
    this.requests.push(request);
    void this.handle(request);
  }
  terminate() {
    this.terminated = true;
  }
}

function hs256(secret: string): string {
  const head = Buffer.from('{"alg":"HS256"}').toString('base64url');
  const body = Buffer.from('{"sub":"1"}').toString('base64url');
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

async function start() {
  vi.stubGlobal('Worker', FakeWorker);
  return import('@/lib/client/weak-secret-search');
}

afterEach(() => vi.unstubAllGlobals());

describe('startWeakSecretSearch', () => {
  it('reports progress, then the found secret, and ends the worker', async () => {
    const { startWeakSecretSearch } = await start();
    const progress: number[] = [];
    const done = await new Promise<unknown>((resolve) =>
      startWeakSecretSearch(hs256('word-9000'), undefined, {
        onProgress: (tried) => progress.push(tried),
        onDone: (outcome) => resolve(outcome),
      }),
    );
    expect(done).toMatchObject({ status: 'found', secret: 'word-9000' });
    expect(progress.length).toBeGreaterThan(0);
    expect(FakeWorker.last?.terminated).toBe(true);
  });

  it('cancel() tells the worker, ends it, and reports nothing more', async () => {
    const { startWeakSecretSearch } = await start();
    const onDone = vi.fn();
    const search = startWeakSecretSearch(hs256('not in the list'), undefined, { onDone });
    search.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(FakeWorker.last?.requests.map((r) => r.type)).toEqual(['start', 'cancel']);
    expect(FakeWorker.last?.terminated).toBe(true);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('reports a worker that fails', async () => {
    const { startWeakSecretSearch } = await start();
    const onError = vi.fn();
    startWeakSecretSearch(hs256('x'), undefined, { onDone: vi.fn(), onError });
    FakeWorker.last!.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
    expect(onError).toHaveBeenCalledWith('boom');
  });
});
