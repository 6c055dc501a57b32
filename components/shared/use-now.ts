import { createContext, useContext } from 'react';

/**
 * The page's clock (ms since epoch). The report hook (`useReportWith`) ticks it once a second and
 * the page provides it here, so every countdown moves on the same tick and tests can pin the time.
 */
export const NowContext = createContext<number>(0);

/** The page's current time, from the nearest `NowContext` provider. */
export function useNow(): number {
  return useContext(NowContext);
}
