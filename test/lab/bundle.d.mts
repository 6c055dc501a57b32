/** Types for bundle.mjs. */
export const BUILD_DIR: string;
export function bundleForBrowser(entry: string, outFile: string): Promise<string>;
