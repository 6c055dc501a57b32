/** Types of generate-har.mjs, for the unit test that reads a small generated HAR. */
export function writeHar(path: string, n: number, seed?: number): Promise<number>;
