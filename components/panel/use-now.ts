import { useEffect, useState } from 'react';

/**
 * The current time, ticking every `intervalMs` while the component is mounted, so countdowns move
 * without re-running the analysis. `start` pins the first value (tests, fixtures).
 */
export function useNow(start: number, intervalMs = 1000, live = true): number {
  const [now, setNow] = useState(start);
  useEffect(() => {
    if (!live) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs, live]);
  return now;
}
