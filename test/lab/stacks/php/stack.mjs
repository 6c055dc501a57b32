/**
 * PHP native sessions: session_start() keeps the session in a file on the server and the browser
 * holds its id in PHPSESSID. PHP's defaults leave that cookie readable by scripts
 * (session.cookie_httponly is off), so the id lives in a script-readable cookie. Runs Debian's
 * php-cli built-in server (`/usr/bin/php -S`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  JSON_LOGIN_SCRIPT,
  PHP,
  autoLoginPage,
  credentialLog,
  freePort,
  startChild,
} from '../../kit.mjs';

const TITLE = 'PHP native sessions (session_start)';

function phpVersion() {
  try {
    return execFileSync(PHP, ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

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
    const credentials = credentialLog();
    // Session files of this run only, removed on close.
    const sessions = mkdtempSync(join(tmpdir(), 'tokki-lab-php-'));
    const port = await freePort();
    const child = await startChild(
      PHP,
      [
        '-d',
        `session.save_path=${sessions}`,
        '-S',
        `127.0.0.1:${port}`,
        join(import.meta.dirname, 'index.php'),
      ],
      {
        port,
        env: { LAB_PAGE: autoLoginPage({ title: TITLE, script: JSON_LOGIN_SCRIPT }) },
        onCredential: credentials.add,
      },
    ).catch((error) => {
      rmSync(sessions, { recursive: true, force: true });
      throw error;
    });
    return {
      url: `http://php.localhost:${port}/`,
      close: async () => {
        await child.close();
        rmSync(sessions, { recursive: true, force: true });
      },
      credentialRequests: credentials.all,
    };
  },
};
