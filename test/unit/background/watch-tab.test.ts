import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchTab } from '@/lib/client/watch-tab';
import type { LiveEvent } from '@/lib/platform/live-port';

type Listener = (...args: unknown[]) => void;

/** A runtime.Port stand-in: the test plays the background. */
class FakePort {
  readonly messages: Listener[] = [];
  readonly disconnects: Listener[] = [];
  disconnected = false;
  constructor(readonly name: string) {}
  onMessage = { addListener: (fn: Listener) => this.messages.push(fn) };
  onDisconnect = { addListener: (fn: Listener) => this.disconnects.push(fn) };
  postMessage() {}
  disconnect() {
    this.disconnected = true;
  }
  /** The background sends something. */
  push(message: unknown) {
    this.messages.forEach((fn) => fn(message));
  }
  /** The service worker died. */
  drop() {
    this.disconnects.forEach((fn) => fn(this));
  }
}

let ports: FakePort[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  ports = [];
  (fakeBrowser.runtime as unknown as { connect: (info: { name: string }) => FakePort }).connect = ({
    name,
  }) => {
    const port = new FakePort(name);
    ports.push(port);
    return port;
  };
});

afterEach(() => {
  vi.useRealTimers();
});

describe('watchTab', () => {
  it('listens on the port named by the tab and passes on only that tab’s events', () => {
    const events: LiveEvent[] = [];
    watchTab(5, (event) => events.push(event));
    expect(ports.map((p) => p.name)).toEqual(['tokki-live:5']);
    ports[0]?.push({ type: 'capture-added', tabId: 5 });
    ports[0]?.push({ type: 'capture-added', tabId: 6 });
    ports[0]?.push({ type: 'rm -rf', tabId: 5 });
    ports[0]?.push('<img onerror=alert(1)>');
    expect(events).toEqual([{ type: 'capture-added', tabId: 5 }]);
  });

  it('reconnects after the background restarts and says so, so the page refetches', () => {
    const events: LiveEvent[] = [];
    watchTab(5, (event) => events.push(event));
    ports[0]?.drop();
    expect(ports).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(ports).toHaveLength(2);
    expect(events).toEqual([{ type: 'reconnected', tabId: 5 }]);
    ports[1]?.push({ type: 'cookies-changed', tabId: 5 });
    expect(events.at(-1)).toEqual({ type: 'cookies-changed', tabId: 5 });
  });

  it('backs off while the background keeps failing', () => {
    watchTab(5, () => undefined);
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      ports.at(-1)?.drop();
      const before = ports.length;
      let waited = 0;
      while (ports.length === before) {
        vi.advanceTimersByTime(50);
        waited += 50;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([100, 200, 400, 800]);
  });

  it('stops for good when asked', () => {
    const stop = watchTab(5, () => undefined);
    stop();
    expect(ports[0]?.disconnected).toBe(true);
    ports[0]?.drop();
    vi.advanceTimersByTime(10_000);
    expect(ports).toHaveLength(1);
  });
});
