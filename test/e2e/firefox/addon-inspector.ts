/**
 * Evaluates code inside a temporary add-on's own pages (background page, popup.html, …) over
 * Firefox's remote debugging protocol: `listAddons` → the add-on's watcher → `watchTargets('frame')`
 * → each page's console actor → `evaluateJSAsync`.
 */
import type { RdpClient, RdpPacket } from './rdp-client';

/** One extension page the debugger reports (its URL and the actor that evaluates code in it). */
export interface AddonFrame {
  url: string;
  actor: string;
  consoleActor: string;
}

/** A value grip as the console actor returns it (primitives come as themselves). */
type Grip =
  | string
  | number
  | boolean
  | null
  | { type: 'undefined' | 'null' | 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { type: 'longString'; actor: string; length: number; initial: string }
  | { type: 'object'; class?: string; actor?: string };

/** Watches one add-on's pages and evaluates code in them. */
export class AddonInspector {
  private readonly frames = new Map<string, AddonFrame>();

  private constructor(
    private readonly client: RdpClient,
    readonly addonId: string,
  ) {
    client.on((packet) => this.onEvent(packet));
  }

  /**
   * Attaches to the add-on with `addonId` (its `browser_specific_settings.gecko.id`), watching every
   * page it has now and opens later.
   */
  static async attach(
    client: RdpClient,
    addonId: string,
    timeout = 15_000,
  ): Promise<AddonInspector> {
    const inspector = new AddonInspector(client, addonId);
    const deadline = Date.now() + timeout;
    let descriptor: string | undefined;
    while (!descriptor) {
      const { addons } = (await client.request('root', 'listAddons')) as {
        addons?: { id: string; actor: string }[];
      };
      descriptor = addons?.find((a) => a.id === addonId)?.actor;
      if (!descriptor) {
        if (Date.now() > deadline) throw new Error(`Firefox does not list the add-on ${addonId}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const watcher = (await client.request(descriptor, 'getWatcher')) as { actor?: string };
    if (!watcher.actor) throw new Error('The add-on descriptor gave no watcher');
    await client.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
    return inspector;
  }

  /** The pages seen so far (background page, extension tabs). */
  pages(): AddonFrame[] {
    return [...this.frames.values()];
  }

  /** Waits for a page that satisfies `match` (e.g. the background page, a popup tab). */
  async waitForPage(match: (frame: AddonFrame) => boolean, timeout = 15_000): Promise<AddonFrame> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = this.pages().find(match);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.pages().map((f) => f.url);
        throw new Error(`No add-on page matched in ${timeout} ms; seen: ${seen.join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Evaluates `expression` (source text; may use `await` at top level) in `frame` and returns its
   * value as JSON: the expression is wrapped in `JSON.stringify`, so return plain data.
   * Rejects with the page's own error message when the code throws.
   */
  async evaluate<T>(frame: AddonFrame, expression: string, timeout = 15_000): Promise<T> {
    const text = `(async () => JSON.stringify(await (async () => (${expression}))() ?? null))()`;
    const result = await this.evaluateRaw(frame, text, timeout);
    if (typeof result !== 'string')
      throw new Error(`Unexpected evaluation result ${JSON.stringify(result)}`);
    return JSON.parse(result) as T;
  }

  private async evaluateRaw(frame: AddonFrame, text: string, timeout: number): Promise<unknown> {
    let resultId: string | undefined;
    const early: RdpPacket[] = [];
    let settle: ((packet: RdpPacket) => void) | undefined;
    // The result event can arrive in the same chunk as the reply that names its id: keep it.
    const stop = this.client.on((packet) => {
      if (packet.from !== frame.consoleActor || packet.type !== 'evaluationResult') return;
      if (resultId === undefined) early.push(packet);
      else if (packet.resultID === resultId) settle?.(packet);
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const reply = await this.client.request(frame.consoleActor, 'evaluateJSAsync', {
        text,
        mapped: { await: true },
      });
      resultId = String(reply.resultID);
      const packet =
        early.find((p) => p.resultID === resultId) ??
        (await new Promise<RdpPacket>((resolve, reject) => {
          settle = resolve;
          timer = setTimeout(
            () => reject(new Error(`No evaluation result in ${timeout} ms from ${frame.url}`)),
            timeout,
          );
        }));
      if (packet.exceptionMessage || packet.exception !== undefined) {
        throw new Error(`In ${frame.url}: ${String(packet.exceptionMessage ?? 'exception')}`);
      }
      return this.fullValue(packet.result as Grip);
    } finally {
      clearTimeout(timer);
      stop();
    }
  }

  /** Strings over the protocol's inline limit come as a long-string actor: fetch the rest. */
  private async fullValue(grip: Grip): Promise<unknown> {
    if (grip === null || typeof grip !== 'object') return grip;
    if (grip.type === 'longString') {
      const { substring } = (await this.client.request(grip.actor, 'substring', {
        start: 0,
        end: grip.length,
      })) as { substring: string };
      return substring;
    }
    if (grip.type === 'undefined' || grip.type === 'null') return null;
    return grip;
  }

  private onEvent(packet: RdpPacket): void {
    if (packet.type === 'target-available-form') {
      const target = packet.target as { actor: string; url?: string; consoleActor?: string };
      if (target.consoleActor) {
        this.frames.set(target.actor, {
          actor: target.actor,
          url: target.url ?? '',
          consoleActor: target.consoleActor,
        });
      }
    } else if (packet.type === 'target-destroyed-form') {
      const target = packet.target as { actor: string };
      this.frames.delete(target.actor);
    } else if (packet.type === 'frameUpdate' || packet.type === 'tabNavigated') {
      const frame = packet.from ? this.frames.get(packet.from) : undefined;
      if (frame && typeof packet.url === 'string') frame.url = packet.url;
    }
  }
}
