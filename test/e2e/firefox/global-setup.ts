/**
 * Builds the Firefox add-on once before any Firefox e2e file runs, then tells the test workers
 * (which inherit the environment) not to build again.
 */
import { buildFirefoxAddon } from './harness';

export default function setup(): void {
  buildFirefoxAddon();
  process.env.TOKKI_SKIP_BUILD = '1';
}
