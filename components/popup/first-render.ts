/**
 * How long the popup, once its code has loaded, waits for the background's first answer before
 * it shows a loading state instead. Usually the answer is already there or arrives within a few
 * milliseconds, and mounting with it makes the first render the verdict itself; a loading state
 * shown for that short a time would only flash. A slow answer (a stopped worker waking up, a busy
 * page) still gets its loading state after this long.
 */
export const FIRST_ANSWER_GRACE_MS = 100;

/** Resolves when `promise` settles or after `ms`, whichever comes first; never rejects. */
export function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
