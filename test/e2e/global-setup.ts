/**
 * Builds the extension once before any e2e file runs, then tells the test workers (which inherit
 * the environment) not to build again.
 */
import { buildExtension } from './harness';

export default async function setup(): Promise<void> {
  await buildExtension();
  process.env.TOKKI_SKIP_BUILD = '1';
}
