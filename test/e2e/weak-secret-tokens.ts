/** Tokens and a worker run shared by the Chromium and Firefox WebAssembly search tests. */
import { createHmac } from 'node:crypto';

const NODE_HASH = { HS384: 'sha384', HS512: 'sha512' } as const;

/** A JWT of `alg` signed by Node with `secret`. */
export function hmacToken(alg: keyof typeof NODE_HASH, secret: string): string {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${b64({ alg, typ: 'JWT' })}.${b64({ sub: 'minji', iat: 1_760_000_000 })}`;
  return `${input}.${createHmac(NODE_HASH[alg], secret).update(input).digest('base64url')}`;
}

/**
 * Runs in an extension page: starts the built weak-secret worker at `url` on `token` and resolves
 * with its `done` event (which names the engine that searched).
 */
export function runBuiltWorker({ url, token }: { url: string; token: string }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.onmessage = ({ data }: MessageEvent<{ type: string }>) => {
      if (data.type !== 'done') return;
      worker.terminate();
      resolve(data);
    };
    worker.postMessage({ type: 'start', token });
  });
}
