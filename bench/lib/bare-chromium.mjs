/**
 * Chromium with the extension, driven over the DevTools protocol (a pipe) so that the pages the
 * bench times have no debugger on them while they open, as a user's popup has none.
 *
 * Playwright attaches to every page it opens before the page starts: it enables its domains
 * there, adds its scripts and watches each request. Timed that way the popup measured 38 and 43 ms
 * slower than the same build opened with nothing attached (15 opens each, alternating). Here a
 * page is created without a session; the bench attaches only afterwards, to read what the page
 * recorded itself: User Timing marks and the Element Timing entry of the painted verdict.
 *
 * Pages are opened as the real toolbar popup (`chrome.action.openPopup()`), not in a tab: a new
 * tab keeps the browser's main thread busy with the tab itself while its page loads (an empty
 * page painted at 90–104 ms in a tab, 72–80 ms as a popup, same machine and hour), and only
 * the real popup goes through what Chrome does before a popup is seen (sizing it to its content).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from '../../demo/chromium.mjs';

/** A protocol connection over Chromium's --remote-debugging-pipe (fd 3 in, fd 4 out, NUL-framed). */
function pipeConnection(toChrome, fromChrome) {
  let nextId = 1;
  let buffered = '';
  const pending = new Map();
  // A string decoder: a character split between two chunks stays whole.
  fromChrome.setEncoding('utf8');
  fromChrome.on('data', (chunk) => {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiter = message.id !== undefined && pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
  });
  // Chromium gone (crashed, or closed): every question still open fails instead of waiting forever.
  let closed = false;
  const fail = () => {
    closed = true;
    for (const waiter of pending.values())
      waiter.reject(new Error(`${waiter.method}: Chromium closed the pipe`));
    pending.clear();
  };
  fromChrome.on('close', fail);
  toChrome.on('error', fail);
  return {
    /** @returns {Promise<any>} */
    send(method, params = {}, sessionId) {
      if (closed) return Promise.reject(new Error(`${method}: Chromium closed the pipe`));
      const id = nextId++;
      toChrome.write(
        `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
      return new Promise((resolve, reject) => pending.set(id, { method, resolve, reject }));
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Launches Chromium with the extension in a fresh profile and waits for its service worker.
 * @param {string} extensionPath
 */
export async function launchBare(extensionPath) {
  const profile = mkdtempSync(join(tmpdir(), 'tokki-bench-bare-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...chromiumArgs(extensionPath),
      '--headless=new',
      '--remote-debugging-pipe',
      // A desktop-sized screen and window: Chrome fits a popup inside both, and on headless's
      // default 800×600 screen it cuts the popup to 510 px high instead of its 600 px maximum.
      '--screen-info={1600x1200}',
      '--window-size=1280,1000',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const cdp = pipeConnection(child.stdio[3], child.stdio[4]);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    cdp.send('Browser.close').catch(() => undefined);
    await Promise.race([exited, sleep(5000)]);
    child.kill('SIGKILL');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };

  /** Evaluates `expression` (awaiting a promise) in a target, attached only for that. */
  async function evaluate(targetId, expression) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    try {
      const { result, exceptionDetails } = await cdp.send(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'evaluate');
      return result.value;
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  try {
    let worker;
    for (const deadline = Date.now() + 20_000; !worker; await sleep(100)) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      worker = targetInfos.find(
        (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
      );
      if (!worker && Date.now() > deadline) throw new Error('The extension did not start.');
    }
    const extensionId = new URL(worker.url).host;
    return {
      extensionId,
      /** Evaluates in the extension's service worker. */
      inWorker: (expression) => evaluate(worker.targetId, expression),
      evaluate,
      /**
       * Opens `url` in a new tab, which becomes the active one; nothing is attached to it.
       */
      async open(url) {
        const { targetId } = await cdp.send('Target.createTarget', { url });
        return targetId;
      },
      /**
       * Opens the toolbar popup on `page` over the active tab, as a click on the extension's
       * button does, and returns the popup's target. The worker asks for the popup 50 ms after
       * this call has detached from it, so no debugger is on the worker while it answers.
       */
      async openPopup(page) {
        const url = `chrome-extension://${extensionId}/${page}`;
        const open = async () =>
          (await cdp.send('Target.getTargets')).targetInfos
            .filter((t) => t.type === 'page' && t.url.startsWith(url))
            .map((t) => t.targetId);
        const before = new Set(await open());
        await evaluate(
          worker.targetId,
          `chrome.action.setPopup({ popup: ${JSON.stringify(page)} }).then(() => {
            globalThis.benchPopupError = undefined;
            setTimeout(() => chrome.action.openPopup().catch((e) => {
              globalThis.benchPopupError = String(e?.message ?? e);
            }), 50);
          })`,
        );
        // Not asked while the popup loads: each question is work for the browser's main thread.
        await sleep(300);
        for (const deadline = Date.now() + 10_000; ; await sleep(100)) {
          const popup = (await open()).find((id) => !before.has(id));
          if (popup) return popup;
          if (Date.now() > deadline) {
            const why = await evaluate(worker.targetId, 'globalThis.benchPopupError');
            throw new Error(`The popup ${page} did not open: ${why ?? 'no page appeared'}.`);
          }
        }
      },
      closeTarget: (targetId) => cdp.send('Target.closeTarget', { targetId }),
      /** The service worker's target, for a session of one's own (a CPU profile of it). */
      workerTargetId: worker.targetId,
      /** A raw protocol call (`sessionId` from `Target.attachToTarget` with `flatten: true`). */
      send: cdp.send,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * An expression for a page that marks an element with elementtiming="verdict": resolves, once it
 * is painted, to the paint time and the page's User Timing marks (page-relative ms), and the
 * element's data-verdict. Resolves to { painted: undefined } after 30 s without it.
 */
export const READ_PAINT = `new Promise((resolve) => {
  const done = (entry) => resolve({
    painted: entry?.renderTime || entry?.loadTime || undefined,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    verdict: document.querySelector('[data-testid=verdict]')?.dataset.verdict ?? '',
    viewport: innerWidth + '×' + innerHeight,
  });
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((e) => e.identifier === 'verdict');
    if (entry) { observer.disconnect(); done(entry); }
  }).observe({ type: 'element', buffered: true });
  setTimeout(() => done(undefined), 30000);
})`;

/**
 * Opens the toolbar popup on `page`, leaves it alone while it loads, then reads
 * {@link READ_PAINT} and closes it. `extra` is evaluated in the popup afterwards (for instance to
 * fetch its snapshot) and returned too.
 */
export async function openPopupAndReadPaint(bare, page, { settleMs = 1000, extra } = {}) {
  const target = await bare.openPopup(page);
  await sleep(settleMs);
  try {
    const read = await bare.evaluate(target, READ_PAINT);
    return extra ? { ...read, extra: await bare.evaluate(target, extra) } : read;
  } finally {
    await bare.closeTarget(target).catch(() => undefined);
    // A pause before the next open, so the closing popup's teardown is not timed with it.
    await sleep(300);
  }
}
