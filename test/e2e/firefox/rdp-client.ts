/**
 * A small client for Firefox's remote debugging protocol (the one `--start-debugger-server` opens):
 * TCP, each packet framed as `<byte length>:<json>`. Puppeteer's WebDriver BiDi cannot enter
 * `moz-extension://` pages, so this is how the e2e tests evaluate code inside the add-on.
 *
 * Protocol notes (https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html):
 * - every request goes `to` an actor and that actor answers requests in order;
 * - events come `from` the same actor with a `type` naming the event, possibly in the same TCP chunk
 *   as a reply, so listeners are registered before a request is written.
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';

/** One protocol packet (request, reply or event). */
export type RdpPacket = { from?: string; to?: string; type?: string; error?: string } & Record<
  string,
  unknown
>;

type Pending = { resolve: (packet: RdpPacket) => void; reject: (error: Error) => void };
type Listener = (packet: RdpPacket) => void;

/** A connected protocol client: `request` for request/reply, `on` for events. */
export class RdpClient {
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<string, Pending[]>();
  private readonly listeners = new Set<Listener>();
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('close', () => this.failAll(new Error('Firefox debugger connection closed')));
    socket.on('error', (error) => this.failAll(error));
  }

  /**
   * Connects to `127.0.0.1:port`, retrying until Firefox listens (it opens the port a moment
   * after start), and waits for the root actor's greeting.
   */
  static async connect(port: number, timeout = 15_000): Promise<RdpClient> {
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        return await RdpClient.connectOnce(port);
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private static connectOnce(port: number): Promise<RdpClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const client = new RdpClient(socket);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error('No greeting from the Firefox debugger'));
      }, 5_000);
      // The root actor speaks first; its greeting proves the server is ready.
      client.pending.set('root', [
        {
          resolve: () => {
            clearTimeout(timer);
            resolve(client);
          },
          reject: (error) => {
            clearTimeout(timer);
            socket.destroy();
            reject(error);
          },
        },
      ]);
    });
  }

  /** Sends `{ to, type, ...params }` and resolves with the actor's reply (rejects on `error`). */
  request(to: string, type: string, params: Record<string, unknown> = {}): Promise<RdpPacket> {
    if (this.closed) return Promise.reject(new Error('Firefox debugger connection closed'));
    return new Promise((resolve, reject) => {
      const queue = this.pending.get(to) ?? [];
      queue.push({
        resolve: (packet) =>
          packet.error
            ? reject(new Error(`${type} → ${packet.error}: ${String(packet.message ?? '')}`))
            : resolve(packet),
        reject,
      });
      this.pending.set(to, queue);
      const body = Buffer.from(JSON.stringify({ to, type, ...params }), 'utf8');
      this.socket.write(`${body.length}:`);
      this.socket.write(body);
    });
  }

  /** Listens to every event packet; returns the function that stops listening. */
  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the socket so it cannot keep the node process alive. */
  close(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length)) {
        this.failAll(new Error('Unframed data from the Firefox debugger'));
        return;
      }
      if (this.buffer.length < colon + 1 + length) return;
      const body = this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8');
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(JSON.parse(body) as RdpPacket);
    }
  }

  private dispatch(packet: RdpPacket): void {
    // Events carry a `type` (except the root greeting's `applicationType`); replies do not, or
    // carry one the request did not name. Unsolicited packets go to listeners only.
    const from = packet.from ?? '';
    const isEvent = typeof packet.type === 'string' && !(from === 'root' && packet.applicationType);
    if (isEvent) {
      for (const listener of this.listeners) listener(packet);
      return;
    }
    const queue = this.pending.get(from);
    const next = queue?.shift();
    if (next) next.resolve(packet);
    else for (const listener of this.listeners) listener(packet);
  }

  private failAll(error: Error): void {
    this.closed = true;
    for (const queue of this.pending.values()) for (const p of queue) p.reject(error);
    this.pending.clear();
  }
}
