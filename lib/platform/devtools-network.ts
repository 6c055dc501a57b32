/**
 * The one place the panel listens to `devtools.network`: while DevTools is open, it keeps the JSON
 * response bodies the caller accepts (lib/client/token-bodies.ts keeps those that issued tokens).
 * Bodies stay in this page's memory only; nothing is stored.
 */
import { browser } from 'wxt/browser';
import type { ResponseBody } from '../engine/model/snapshot';

/** The part of a HAR entry we read; Chrome and Firefox both give these. */
interface HarEntry {
  startedDateTime?: string;
  request?: { url?: string };
  response?: { status?: number; content?: { mimeType?: string; size?: number } };
  getContent(callback?: (content: string | null, encoding: string) => void): unknown;
}

export interface TokenBodyCollector {
  /** Bodies seen so far, oldest first. */
  bodies(): ResponseBody[];
  /** Calls `onChange` after each new issuing body; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
  stop(): void;
}

function decodeContent(content: string, encoding: string): string | undefined {
  if (encoding !== 'base64') return content;
  try {
    const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Reads a HAR entry's body. Chrome passes it to a callback; Firefox returns a Promise of
 * `[content, mimeType]` (MDN: devtools.network.onRequestFinished). Both are handled, once.
 */
function readContent(entry: HarEntry): Promise<string | undefined> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: string | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    try {
      const result = entry.getContent((content, encoding) =>
        finish(content == null ? undefined : decodeContent(content, encoding)),
      );
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          (value) => {
            const content = Array.isArray(value) ? value[0] : value;
            finish(typeof content === 'string' ? content : undefined);
          },
          () => finish(undefined),
        );
      }
    } catch {
      finish(undefined);
    }
  });
}

/** Which finished responses a collector keeps, and how many. */
export interface BodyPolicy {
  /** Larger bodies are not read at all. */
  maxBytes: number;
  accepts(body: string, mimeType: string): boolean;
  /** The kept list with `body` added (and the oldest dropped past a bound). */
  keep(list: readonly ResponseBody[], body: ResponseBody): ResponseBody[];
}

/**
 * Starts collecting the JSON bodies `policy` accepts from the inspected tab. Returns a no-op
 * collector where `devtools.network` is missing (the panel opened as a normal tab with `?tabId=N`).
 */
export function collectResponseBodies(policy: BodyPolicy): TokenBodyCollector {
  let kept: ResponseBody[] = [];
  const listeners = new Set<() => void>();
  const network = (
    browser as unknown as { devtools?: { network?: typeof browser.devtools.network } }
  ).devtools?.network;
  if (!network?.onRequestFinished) {
    return { bodies: () => kept, subscribe: () => () => undefined, stop: () => undefined };
  }

  const onFinished = (raw: unknown) => {
    const entry = raw as HarEntry;
    const mimeType = entry.response?.content?.mimeType ?? '';
    const size = entry.response?.content?.size ?? 0;
    if (size > policy.maxBytes || !mimeType.toLowerCase().includes('json')) return;
    void readContent(entry).then((body) => {
      if (body === undefined || !policy.accepts(body, mimeType)) return;
      const started = Date.parse(entry.startedDateTime ?? '');
      kept = policy.keep(kept, {
        url: entry.request?.url ?? '',
        time: Number.isFinite(started) ? started : Date.now(),
        mimeType,
        body,
      });
      for (const listener of listeners) listener();
    });
  };
  network.onRequestFinished.addListener(onFinished);
  return {
    bodies: () => kept,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    stop() {
      network.onRequestFinished.removeListener(onFinished);
      listeners.clear();
    },
  };
}
