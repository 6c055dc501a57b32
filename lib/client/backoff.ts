/** Reconnect delays for the live port: quick at first, then slower, capped. Pure. */

export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  factor?: number;
}

/**
 * The delay before reconnect attempt `attempt` (0-based): initial × factor^attempt, capped.
 *
 * @example backoffDelay(0) // 100
 * @example backoffDelay(10) // 5000
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { initialMs = 100, maxMs = 5000, factor = 2 } = options;
  const safeAttempt = Math.max(0, Math.floor(Number.isFinite(attempt) ? attempt : 0));
  return Math.min(maxMs, initialMs * factor ** Math.min(safeAttempt, 30));
}
