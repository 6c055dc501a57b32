/**
 * Persists each tab's capture log in storage.session, in batches. The service worker can die at
 * any moment, so the log lives in storage (memory only caches it) and is read back on demand.
 */
import { storage } from 'wxt/utils/storage';
import { FLUSH_DELAY_MS, MAX_FLUSH_DELAY_MS } from './constants';
import type { TabOp } from './in-flight';
import { applyOps, reviveTabLog, type LogOp, type TabLog } from './tab-log';

type LogKey = `session:${string}`;

/** Storage key of one tab's log. */
export function logKey(tabId: number): LogKey {
  return `session:tokki.capture.${tabId}`;
}

/** Tab ids that have a log, so logs of tabs closed while the worker slept can be freed. */
const loggedTabs = storage.defineItem<number[]>('session:tokki.capture.tabs', { fallback: [] });

/** What a flush changed for one tab, for live updates and the badge. */
export interface FlushResult {
  tabId: number;
  appended: number;
  /** The tab moved to another site and its log started afresh. */
  navigated: boolean;
}

export interface CaptureStoreOptions {
  flushDelayMs?: number;
  onFlushed?: (results: FlushResult[]) => void;
  now?: () => number;
}

/** The per-tab logs: queue changes on the hot path, write them in one batch a moment later. */
export class CaptureStore {
  private readonly cache = new Map<number, TabLog>();
  private readonly queue = new Map<number, LogOp[]>();
  private readonly closed = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Writes run one after another, so a slow write never races a newer one. */
  private chain: Promise<void> = Promise.resolve();
  private readonly flushDelayMs: number;
  private readonly now: () => number;
  /** How long the last batch took to write. */
  private lastWriteMs = 0;

  constructor(private readonly options: CaptureStoreOptions = {}) {
    this.flushDelayMs = options.flushDelayMs ?? FLUSH_DELAY_MS;
    this.now = options.now ?? Date.now;
  }

  /** Queues changes; cheap enough for the webRequest hot path. */
  enqueue(ops: readonly TabOp[]): void {
    if (ops.length === 0) return;
    for (const { tabId, change } of ops) {
      // Requests of a closing tab can finish after onRemoved; they must not bring its log back.
      if (this.closed.has(tabId)) continue;
      const list = this.queue.get(tabId);
      if (list) list.push(change);
      else this.queue.set(tabId, [change]);
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.nextDelay());
  }

  /**
   * Writing a full log costs time in the browser process, which also carries the page's requests:
   * under a flood, space writes out so they take at most a fifth of the time (measured 1,000
   * requests: 17 s with a write every 250 ms, 10 s without). A quiet tab still flushes in 250 ms.
   */
  private nextDelay(): number {
    return Math.max(this.flushDelayMs, Math.min(MAX_FLUSH_DELAY_MS, this.lastWriteMs * 4));
  }

  /** Writes everything queued so far; resolves when it is in storage.session. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const batch = new Map(this.queue);
    this.queue.clear();
    this.chain = this.chain.then(() => this.write(batch)).catch(() => undefined);
    return this.chain;
  }

  /** The log of a tab after every queued change, or undefined when none was ever kept. */
  async read(tabId: number): Promise<TabLog | undefined> {
    await this.flush();
    return this.load(tabId);
  }

  /** Applies changes now (not batched) and returns the log, e.g. a site change seen by getSnapshot. */
  async apply(tabId: number, ops: readonly LogOp[]): Promise<TabLog> {
    this.enqueue(ops.map((change) => ({ tabId, change })));
    await this.flush();
    return (await this.load(tabId)) ?? applyOps(undefined, tabId, [], this.now());
  }

  /** Frees a tab's log (the tab closed). */
  async remove(tabId: number): Promise<void> {
    // Tab ids are not reused within a browser session; remember a bounded number of closed ones.
    this.closed.add(tabId);
    if (this.closed.size > 1000) this.closed.delete(this.closed.values().next().value as number);
    this.queue.delete(tabId);
    await this.flush();
    this.chain = this.chain
      .then(async () => {
        this.cache.delete(tabId);
        await storage.removeItem(logKey(tabId));
        const tabs = await loggedTabs.getValue();
        if (tabs.includes(tabId)) await loggedTabs.setValue(tabs.filter((id) => id !== tabId));
      })
      .catch(() => undefined);
    return this.chain;
  }

  /** Frees the logs of every tab that is no longer open (run at startup). */
  async prune(openTabIds: ReadonlySet<number>): Promise<void> {
    const tabs = await loggedTabs.getValue();
    await Promise.all(tabs.filter((id) => !openTabIds.has(id)).map((id) => this.remove(id)));
  }

  /** Tabs whose log is in memory now, with the URL they were captured for. */
  knownTabs(): { tabId: number; url: string }[] {
    return [...this.cache.values()].map((log) => ({ tabId: log.tabId, url: log.url }));
  }

  private async load(tabId: number): Promise<TabLog | undefined> {
    const cached = this.cache.get(tabId);
    if (cached) return cached;
    const stored = reviveTabLog(await storage.getItem(logKey(tabId)), tabId, this.now());
    if (stored) this.cache.set(tabId, stored);
    return stored;
  }

  private async write(batch: Map<number, LogOp[]>): Promise<void> {
    if (batch.size === 0) return;
    const started = Date.now();
    const results: FlushResult[] = [];
    const newTabs: number[] = [];
    await Promise.all(
      [...batch].map(async ([tabId, ops]) => {
        const before = await this.load(tabId);
        const after = applyOps(before, tabId, ops, this.now());
        this.cache.set(tabId, after);
        if (!before) newTabs.push(tabId);
        try {
          const { quotaExceeded: _ignored, ...stored } = after;
          await storage.setItem(logKey(tabId), stored);
          delete after.quotaExceeded;
        } catch {
          // storage.session is capped (10 MB in Chrome); keep serving the log from memory and say so.
          after.quotaExceeded = true;
        }
        results.push({
          tabId,
          appended: ops.filter((op) => op.op === 'append').length,
          navigated: before !== undefined && before !== after,
        });
      }),
    );
    this.lastWriteMs = Date.now() - started;
    if (newTabs.length > 0) {
      const tabs = await loggedTabs.getValue();
      await loggedTabs.setValue([...new Set([...tabs, ...newTabs])]);
    }
    this.options.onFlushed?.(results);
  }
}
