/**
 * Profiles the HAR import's engine work in plain Node (not a bench row): bundles
 * bench/har/import.profile.ts, writes the generated HAR if missing, and runs the import, or the
 * floors, in a clean process; with --cpu-prof, a profile to read with bench/profile-summary.mjs.
 *
 *   node bench/har/profile-import.mjs [entries=100000] [floor] [--cpu-prof]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from '../lib/node-bundle.mjs';
import { writeHar } from './generate-har.mjs';

const args = process.argv.slice(2);
const entries = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const floor = args.includes('floor');
const prof = args.includes('--cpu-prof');
const dir = join(process.env.TOKKI_BENCH_OUT ?? '/tmp/tokki-bench-out', 'har-profile');
mkdirSync(dir, { recursive: true });
const har = join(dir, `har-${entries}.har`);
if (!existsSync(har)) await writeHar(har, entries);
const file = await bundleForNode('bench/har/import.profile.ts', join(dir, 'bundle'), false);
const nodeArgs = [
  '--max-old-space-size=4096',
  ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${dir}/prof`] : []),
  file,
  har,
  ...(floor ? ['floor'] : []),
];
process.stdout.write(execFileSync(process.execPath, nodeArgs, { encoding: 'utf8' }));
if (prof) console.log(`profile in ${dir}/prof`);
