/**
 * The lab of real auth stacks: finds every test/lab/stacks/<id>/stack.mjs and starts them.
 *
 * ```js
 * const lab = await startLab({ only: ['flask'] });
 * for (const s of lab.stacks) console.log(s.stack.id, s.url);
 * await lab.close();
 * ```
 * `node test/lab/lab.mjs [id…]` starts them and prints each page's URL until Ctrl-C.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const STACKS_DIR = join(import.meta.dirname, 'stacks');

/** Ids of every stack in test/lab/stacks, sorted. */
export function stackIds() {
  return readdirSync(STACKS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(STACKS_DIR, d.name, 'stack.mjs')))
    .map((d) => d.name)
    .sort();
}

/**
 * Imports the stacks (all, or those named in `only`) without starting them.
 * @param {string[]} [only]
 * @returns {Promise<import('./types').LabStack[]>}
 */
export async function loadStacks(only) {
  const wanted = only?.length ? new Set(only) : undefined;
  const ids = stackIds().filter((id) => !wanted || wanted.has(id));
  const unknown = [...(wanted ?? [])].filter((id) => !ids.includes(id));
  if (unknown.length) throw new Error(`No lab stack called ${unknown.join(', ')}`);
  return Promise.all(
    ids.map(async (id) => {
      const module = await import(pathToFileURL(join(STACKS_DIR, id, 'stack.mjs')).href);
      /** @type {import('./types').LabStack} */
      const stack = module.default;
      if (stack?.id !== id)
        throw new Error(`stacks/${id}/stack.mjs must export a stack with id ${id}`);
      return stack;
    }),
  );
}

/**
 * The stacks named by `TOKKI_LAB_ONLY=id1,id2`, or undefined for all of them.
 * @returns {string[] | undefined}
 */
export function onlyFromEnv() {
  const only = process.env.TOKKI_LAB_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return only?.length ? only : undefined;
}

/**
 * Starts the stacks, one after another (the CI machine has two cores). A stack that fails to
 * start is still listed, with `error` set and no URL, so only its own test fails.
 * @param {{ only?: string[] }} [options]
 * @returns {Promise<import('./types').RunningLab>}
 */
export async function startLab(options = {}) {
  const stacks = await loadStacks(options.only);
  /** @type {import('./types').RunningStack[]} */
  const running = [];
  for (const stack of stacks) {
    try {
      running.push({ stack, ...(await stack.start()) });
    } catch (error) {
      running.push({
        stack,
        url: '',
        error: error instanceof Error ? error.message : String(error),
        close: async () => undefined,
        credentialRequests: () => [],
      });
    }
  }
  return {
    stacks: running,
    started(id) {
      const stack = running.find((s) => s.stack.id === id);
      if (!stack) throw new Error(`${id} was not started`);
      if (stack.error) throw new Error(`${id} did not start: ${stack.error}`);
      return stack;
    },
    close: async () => {
      await Promise.all(running.map((s) => s.close().catch(() => undefined)));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lab = await startLab({ only: process.argv.slice(2) });
  for (const s of lab.stacks) {
    console.log(`${s.stack.id.padEnd(16)} ${s.error ? `failed: ${s.error}` : s.url}`);
  }
  process.once('SIGINT', () => void lab.close().then(() => process.exit(0)));
}
