import type { Report } from '@/lib/engine/model/report';

/** Schemes no extension may read; the browser refuses them whatever Tokki asks. */
const RESTRICTED =
  /^(chrome|edge|brave|about|moz-extension|chrome-extension|view-source|devtools|resource|data):/i;
const STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com/i,
  /^https:\/\/addons\.mozilla\.org/i,
];

/** True when the browser keeps extensions out of this page. */
export function isRestrictedReport(report: Pick<Report, 'site' | 'unavailable'>): boolean {
  if (report.unavailable.some((u) => u.reason === 'restricted-page')) return true;
  const url = report.site.url;
  return RESTRICTED.test(url) || STORES.some((store) => store.test(url));
}

/** True when host access was withheld, so cookies and requests could not be read. */
export function isAccessWithheld(report: Pick<Report, 'unavailable'>): boolean {
  return report.unavailable.some(
    (u) => u.what === 'site-access' || u.reason === 'no-host-permission',
  );
}
