/**
 * Prints bench/results.json as a Markdown table (for bench/README.md).
 *
 *   node bench/table.mjs [bench/results.json]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const file = resolve(process.argv[2] ?? resolve(import.meta.dirname, 'results.json'));
const { generatedAt, durationS, machine, rows } = JSON.parse(readFileSync(file, 'utf8'));
const cell = (s) => String(s).replaceAll('|', '\\|');
console.log(
  `Measured ${generatedAt.slice(0, 16).replace('T', ' ')} UTC in ${durationS} s on ${machine.cpus} cores, ` +
    `${machine.chromium}, Node ${machine.node}; load average ${machine.loadAverageBefore[0]} → ${machine.loadAverageAfter[0]}.\n`,
);
console.log('| figure | goal | measured | pass |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${cell(r.figure)} | ${cell(r.goal)} | ${cell(r.measured)} | ${r.pass ? 'yes' : '**no**'} |`,
  );
}
