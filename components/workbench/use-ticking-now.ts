import { useEffect, useState } from 'react';

/**
 * The page's clock for the Decoder's countdowns, ticking once a second; `pinned` stops it at a
 * given time (tests).
 */
export function useTickingNow(pinned?: number): number {
  const [now, setNow] = useState(() => pinned ?? Date.now());
  useEffect(() => {
    if (pinned !== undefined) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [pinned]);
  return pinned ?? now;
}
