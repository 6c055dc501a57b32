/**
 * HAR import rows (issue 20): a generated HAR of 100,000 entries, import → Overview painted,
 * heap and the longest main-thread task. Filled in by the HAR import work.
 * @returns {Promise<import('../run.mjs').Row[]>}
 */
export async function benchHar() {
  return [];
}
