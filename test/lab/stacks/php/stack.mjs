/**
 * PHP native sessions: session_start() keeps the session in a file on the server and the browser
 * holds its id in PHPSESSID. PHP's defaults leave that cookie readable by scripts
 * (session.cookie_httponly is off), so the id lives in a script-readable cookie. Runs Debian's
 * php-cli built-in server (`/usr/bin/php -S`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PHP, freePort, jsonLoginScript, phpVersion, startChildSite } from '../../kit.mjs';

const TITLE = 'PHP native sessions (session_start)';

/** @type {import('../../types').LabStack} */
export default {
  id: 'php',
  title: TITLE,
  library: `PHP ${phpVersion()} sessions (Debian php-cli)`,
  firefox: true,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-id', location: 'cookie-script', name: 'PHPSESSID' }],
    explains: ['PHPSESSID'],
  },
  async start() {
    // Session files of this run only, removed on close.
    const sessions = mkdtempSync(join(tmpdir(), 'tokki-lab-php-'));
    const removeSessions = () => rmSync(sessions, { recursive: true, force: true });
    // php -S cannot be told "port 0": it is given a free one.
    const port = await freePort();
    const site = await startChildSite({
      id: 'php',
      command: PHP,
      args: [
        '-d',
        `session.save_path=${sessions}`,
        '-S',
        `127.0.0.1:${port}`,
        join(import.meta.dirname, 'index.php'),
      ],
      port,
      title: TITLE,
      script: jsonLoginScript(),
    }).catch((error) => {
      removeSessions();
      throw error;
    });
    return { ...site, close: () => site.close().then(removeSessions) };
  },
};
