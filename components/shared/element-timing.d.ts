/**
 * `elementtiming` marks an element whose first paint the browser records for
 * PerformanceObserver({ type: 'element' }) (Element Timing API, Chromium). React passes the
 * attribute through; its types do not list it yet.
 */
import 'react';

declare module 'react' {
  // Merging with React's declaration needs its type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
