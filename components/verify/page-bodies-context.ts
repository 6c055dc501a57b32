import { createContext } from 'react';
import type { ResponseBody } from '@/lib/engine/model/snapshot';

/**
 * The response bodies the page fetched, as the panel saw them through devtools.network (only
 * while DevTools is open). The Verify block reads them for a JWKS it can use offline; outside
 * the panel there are none.
 */
export const PageBodiesContext = createContext<() => readonly ResponseBody[]>(() => []);
