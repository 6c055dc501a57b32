import { createContext, useContext } from 'react';

/**
 * The panel's one ticking clock (ms since epoch), provided by the panel root so every countdown
 * moves together and tests can pin the time.
 */
export const NowContext = createContext<number>(0);

/** The current panel time. */
export function usePanelNow(): number {
  return useContext(NowContext);
}
