/**
 * Side panel rows (issue 20): tab switch → new verdict painted, as a ratio to the popup's open
 * time in the same run. Filled in by the side panel work.
 * @returns {Promise<import('./run.mjs').Row[]>}
 */
export async function benchSidePanel() {
  return [];
}
