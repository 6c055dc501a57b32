/**
 * Persists each tab's capture log in storage.session, in batches. The service worker can die at
 * any moment, so the log lives in storage (memory only caches it) and is read back on demand.
 *
 * Between batches, changes wait in memory; a worker stopped then would lose them. So every change
 * is also written at once, small and on its own, to a journal key; a batch that reaches storage
 * deletes the journal it covers, and a new worker replays what an old one left behind.
 *
 * Requests in flight are journaled too (`open`), at once like any change, so that a new worker
 * can count as dropped those whose end never reaches it: a start held back for a later write
 * would be lost uncounted if the worker stopped in that moment. These writes, two per request,
 * are the largest part of the worker's own work under a flood: each storage.session.set costs a
 * round trip whatever its size, and gathering them for 20 ms halved the worker's busy time on the
 * 1,000-fetch page (bench/capture-profile.mjs). They are the price of losing nothing when a worker
 * is stopped.
 */
import {
  listSessionKeys,
  readSessionItem,
  readSessionKeys,
  removeSessionItem,
  removeSessionKeys,
  writeSessionItem,
  writeSessionKeys,
  type SessionKey,
} from '@/lib/platform/session-storage';
import { FLUSH_DELAY_MS, MAX_FLUSH_DELAY_MS } from './constants';
import type { TabOp } from './in-flight';
import {
  applyOps,
  fromStoredText,
  isAfterMark,
  reviveTabLog,
  settleOrphans,
  trimmedCopy,
  type JournalMark,
  type LogOp,
  type TabLog,
} from './tab-log';

/** Storage key of one tab's log. */
export function logKey(tabId: number): SessionKey {
  return `session:tokki.capture.${tabId}`;
}

/** Prefix of journal keys: `tokki.journal.<tabId>.<worker start>.<sequence>`. */
const JOURNAL_PREFIX = 'tokki.journal.';

interface JournalKey extends JournalMark {
  key: string;
  tabId: number;
}

/** Parses a journal key; undefined for any other key. */
function parseJournalKey(key: string): JournalKey | undefined {
  const match = /^tokki\.journal\.(\d+)\.(\d+)\.(\d+)$/.exec(key);
  if (!match) return undefined;
  return { key, tabId: Number(match[1]), boot: Number(match[2]), seq: Number(match[3]) };
}

/** A journal entry an earlier worker left behind. */
interface Orphan {
  key: string;
  at: JournalMark;
  ops: LogOp[];
}

/**
 * A tab's log as storage.session holds it: JSON text. Chrome converts a string to its storage
 * value far faster than an object tree of a thousand requests, and every batch rewrites the log:
 * a 1.4 MB log took 215–477 ms to write as text against 599–1,016 ms as objects, and 69–121 ms
 * to read and parse against 674 ms (Chromium 156 on the shared 2-core machine, in the extension's
 * worker, whose time the page's requests wait for). Chrome counts the text's escaped quotes too:
 * about a tenth more bytes.
 */
function logText(log: object): string {
  return JSON.stringify(log);
}

/** Tab ids that have a log, so logs of tabs closed while the worker slept can be freed. */
const LOGGED_TABS_KEY: SessionKey = 'session:tokki.capture.tabs';

async function loggedTabs(): Promise<number[]> {
  return (await readSessionItem<number[]>(LOGGED_TABS_KEY)) ?? [];
}

function saveLoggedTabs(tabs: number[]): Promise<void> {
  return writeSessionItem(LOGGED_TABS_KEY, tabs);
}

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
  /** This worker's journal keys not yet covered by a batch in storage, per tab, oldest first. */
  private readonly journaled = new Map<number, string[]>();
  /** Identifies this worker's journal keys; a restarted worker starts later. */
  private readonly boot: number;
  private seq = 0;
  /** Tabs with a journal write storage refused since their last good batch: it has gaps. */
  private readonly journalGaps = new Set<number>();
  /** Journals an earlier worker left behind, per tab, read once when this one starts. */
  private readonly orphans: Promise<Map<number, Orphan[]>>;

  constructor(private readonly options: CaptureStoreOptions = {}) {
    this.flushDelayMs = options.flushDelayMs ?? FLUSH_DELAY_MS;
    this.now = options.now ?? Date.now;
    // Later workers get larger numbers; the random part tells apart two started in one millisecond.
    this.boot = Date.now() * 1000 + Math.floor(Math.random() * 1000);
    this.orphans = readJournals(this.boot);
  }

  /** Queues changes; cheap enough for the webRequest hot path. */
  enqueue(ops: readonly TabOp[]): void {
    if (ops.length === 0) return;
    const byTab = new Map<number, LogOp[]>();
    let shown = false;
    for (const { tabId, change } of ops) {
      // Requests of a closing tab can finish after onRemoved; they must not bring its log back.
      if (this.closed.has(tabId)) continue;
      let journal = byTab.get(tabId);
      if (!journal) {
        journal = [];
        byTab.set(tabId, journal);
      }
      this.push(tabId, journal, change);
      if (change.op !== 'open') shown = true;
    }
    if (byTab.size === 0) return;
    this.journal(byTab);
    // A start changes nothing on screen: it waits for the next batch without asking for one.
    if (!shown) return;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.nextDelay());
  }

  /** Queues one change for the next batch and adds it to the journal write being made. */
  private push(tabId: number, journal: LogOp[], change: LogOp): void {
    journal.push(change);
    const list = this.queue.get(tabId);
    if (list) list.push(change);
    else this.queue.set(tabId, [change]);
  }

  /**
   * Writes changes to small keys of their own right away, one key per tab, all in one call: it
   * leaves this worker now, so a worker stopped before the next batch loses nothing. A refused
   * write (quota) changes nothing: the batch still comes, and says when storage is full.
   */
  private journal(byTab: ReadonlyMap<number, LogOp[]>): void {
    const items: Record<string, string> = {};
    for (const [tabId, changes] of byTab) {
      const key = `${JOURNAL_PREFIX}${tabId}.${this.boot}.${(this.seq += 1)}`;
      const keys = this.journaled.get(tabId);
      if (keys) keys.push(key);
      else this.journaled.set(tabId, [key]);
      // As JSON text: Chrome converts a string to its storage value far faster than an object
      // tree, and this runs once per request event (see journalOps).
      items[key] = JSON.stringify(changes);
    }
    try {
      void writeSessionKeys(items).catch(() => {
        for (const tabId of byTab.keys()) this.journalGaps.add(tabId);
      });
    } catch {
      // No storage.session (an old browser): batches alone carry the log.
    }
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
    const journals = new Map<number, string[]>();
    for (const tabId of batch.keys()) {
      journals.set(tabId, this.journaled.get(tabId) ?? []);
      this.journaled.delete(tabId);
    }
    this.chain = this.chain.then(() => this.write(batch, journals)).catch(() => undefined);
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
    const journal = this.journaled.get(tabId) ?? [];
    this.journaled.delete(tabId);
    await this.flush();
    this.chain = this.chain
      .then(async () => {
        this.cache.delete(tabId);
        const orphans = (await this.orphans).get(tabId) ?? [];
        (await this.orphans).delete(tabId);
        const keys = [...journal, ...orphans.map((o) => o.key)];
        // A journal left behind is harmless (pruned at the next start); the log must still go.
        if (keys.length > 0) await removeSessionKeys(keys).catch(() => undefined);
        await removeSessionItem(logKey(tabId));
        const tabs = await loggedTabs();
        if (tabs.includes(tabId)) await saveLoggedTabs(tabs.filter((id) => id !== tabId));
      })
      .catch(() => undefined);
    return this.chain;
  }

  /** Frees the logs of every tab that is no longer open (run at startup). */
  async prune(openTabIds: ReadonlySet<number>): Promise<void> {
    const tabs = await loggedTabs();
    // A tab can have a journal and no log yet (its first batch never came).
    const journaledTabs = [...(await this.orphans).keys()];
    const gone = new Set([...tabs, ...journaledTabs].filter((id) => !openTabIds.has(id)));
    await Promise.all([...gone].map((id) => this.remove(id)));
  }

  /** Tabs whose log is in memory now, with the URL they were captured for. */
  knownTabs(): { tabId: number; url: string }[] {
    return [...this.cache.values()].map((log) => ({ tabId: log.tabId, url: log.url }));
  }

  private async load(tabId: number): Promise<TabLog | undefined> {
    const cached = this.cache.get(tabId);
    if (cached) return cached;
    let stored = reviveTabLog(await readSessionItem(logKey(tabId)), tabId, this.now());
    const orphans = await this.orphans;
    const left = orphans.get(tabId);
    let changed = false;
    if (left && !this.cache.has(tabId)) {
      // Changes an earlier worker journaled but never wrote in a batch: they come after its log.
      orphans.delete(tabId);
      // The old worker may have written a batch and died before deleting its journal.
      const mark = stored?.journalMark;
      const fresh = left.filter((o) => isAfterMark(o.at, mark));
      stored = applyOps(
        stored,
        tabId,
        fresh.flatMap((o) => o.ops),
        this.now(),
      );
      // Written with this worker's next batch for the tab, and their keys deleted then.
      this.journaled.set(tabId, [...left.map((o) => o.key), ...(this.journaled.get(tabId) ?? [])]);
      changed = true;
    }
    // What is still open here started under an earlier worker (this one has not touched this log
    // yet) and its details died with it. This worker's changes for the tab, queued meanwhile,
    // apply after this: an end that did reach it replaces the drop instead of adding one.
    if (stored && !this.cache.has(tabId) && settleOrphans(stored) > 0) changed = true;
    if (changed) {
      if (!this.queue.has(tabId)) this.queue.set(tabId, []);
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, this.flushDelayMs);
    }
    const racing = this.cache.get(tabId);
    if (racing) return racing;
    if (stored) this.cache.set(tabId, stored);
    return stored;
  }

  private async write(batch: Map<number, LogOp[]>, journals: Map<number, string[]>): Promise<void> {
    if (batch.size === 0) return;
    const started = Date.now();
    const results: FlushResult[] = [];
    const newTabs: number[] = [];
    await Promise.all(
      [...batch].map(async ([tabId, ops]) => {
        const before = await this.load(tabId);
        const after = applyOps(before, tabId, ops, this.now());
        const covered = journals.get(tabId) ?? [];
        const mark = newestMark(covered);
        if (mark && isAfterMark(mark, after.journalMark)) after.journalMark = mark;
        this.cache.set(tabId, after);
        if (!before) newTabs.push(tabId);
        try {
          const { quotaExceeded: _ignored, ...stored } = after;
          await writeSessionItem(logKey(tabId), logText(stored));
          delete after.quotaExceeded;
          this.journalGaps.delete(tabId);
          if (covered.length > 0) await removeSessionKeys(covered).catch(() => {});
        } catch {
          // storage.session is capped (10 MB in Chrome); keep serving the log from memory and say so.
          after.quotaExceeded = true;
          if (!this.journalGaps.has(tabId)) {
            // The journal holds every change since the last good batch: a restarted worker
            // replays it in full. Keep it; a later batch deletes it.
            this.journaled.set(tabId, [...covered, ...(this.journaled.get(tabId) ?? [])]);
          } else if (await writeTrimmed(after)) {
            // The journal has gaps, so store a smaller log whose counters hold what it cannot.
            this.journalGaps.delete(tabId);
            if (covered.length > 0) await removeSessionKeys(covered).catch(() => {});
          } else {
            this.journaled.set(tabId, [...covered, ...(this.journaled.get(tabId) ?? [])]);
          }
        }
        // Starts alone change nothing on screen: no live update, no badge.
        if (ops.length > 0 && ops.every((op) => op.op === 'open')) return;
        results.push({
          tabId,
          appended: ops.filter((op) => op.op === 'append').length,
          navigated: before !== undefined && before !== after,
        });
      }),
    );
    this.lastWriteMs = Date.now() - started;
    if (newTabs.length > 0) {
      const tabs = await loggedTabs();
      await saveLoggedTabs([...new Set([...tabs, ...newTabs])]);
    }
    this.options.onFlushed?.(results);
  }
}

/**
 * Reads every journal key other workers left in storage.session (they were stopped), grouped by
 * tab, oldest first. Never rejects: unreadable storage means nothing to replay.
 */
async function readJournals(ownBoot: number): Promise<Map<number, Orphan[]>> {
  const byTab = new Map<number, Orphan[]>();
  try {
    const keys = await listSessionKeys();
    // This worker's own keys may already be there: they are not left behind.
    const journal = keys
      .map(parseJournalKey)
      .filter((k): k is JournalKey => k !== undefined && k.boot !== ownBoot);
    if (journal.length === 0) return byTab;
    const values = await readSessionKeys(journal.map((k) => k.key));
    for (const { key, tabId, boot, seq } of journal) {
      const ops = journalOps(values[key]);
      if (!ops) continue;
      const list = byTab.get(tabId) ?? [];
      list.push({ key, at: { boot, seq }, ops });
      byTab.set(tabId, list);
    }
  } catch {
    return new Map();
  }
  for (const list of byTab.values()) {
    list.sort((a, b) => (isAfterMark(a.at, b.at) ? 1 : -1));
  }
  return byTab;
}

/**
 * The changes of one journal key. They are stored as JSON text: 2,000 writes of a request's
 * change took 277 ms of the worker's time as text and 685 ms as objects (Chromium 156, measured
 * in the extension's worker), and the page's requests wait while it works.
 */
function journalOps(value: unknown): LogOp[] | undefined {
  const ops = fromStoredText(value);
  return Array.isArray(ops) ? (ops as LogOp[]) : undefined;
}

/** The newest position among journal keys. */
function newestMark(keys: readonly string[]): JournalMark | undefined {
  let newest: JournalMark | undefined;
  for (const key of keys) {
    const at = parseJournalKey(key);
    if (at && isAfterMark(at, newest)) newest = { boot: at.boot, seq: at.seq };
  }
  return newest;
}

/**
 * When storage.session refuses a tab's whole log and its journal has gaps, writes a smaller copy (the newest quarter of
 * its entries, else counters alone) whose dropped counter includes the rest: a worker restarted
 * later then shows the losses instead of silently missing them. Resolves whether one fitted.
 */
async function writeTrimmed(log: TabLog): Promise<boolean> {
  for (const keep of [Math.floor(log.entries.length / 4), 0]) {
    try {
      await writeSessionItem(logKey(log.tabId), logText(trimmedCopy(log, keep)));
      return true;
    } catch {
      // Still too big: try with fewer entries, or give up and keep the journal.
    }
  }
  return false;
}
