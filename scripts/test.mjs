/**
 * `npm test`: every check, in order, stopping at the first that fails. Each stage's time is
 * printed at the end beside the whole run's target, and kept in test-results/test-run.json
 * for `npm run bench` to print beside the other figures.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The whole run's target on a 2-core machine, in seconds. */
const TARGET_S = 6 * 60;
const RECORD = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'test-run.json');

/** Each stage: what it is called, and the command. */
const STAGES = [
  ['type check and lint', 'node scripts/together.mjs typecheck lint'],
  ['unit tests', 'npm run --silent test:unit'],
  ['build', 'npm run --silent build'],
  ['end-to-end in Chromium', 'npm run --silent test:e2e'],
  ['screenshots checked', 'node scripts/screenshots.mjs --check'],
  ['Firefox build and web-ext lint', 'npm run --silent build:firefox && npm run --silent lint:firefox'],
  ['end-to-end in Firefox', 'npm run --silent test:e2e:firefox'],
];

/** @param {string} command @returns {Promise<number>} the exit code */
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** @type {{ stage: string, seconds: number }[]} */
const times = [];
let failed = '';
for (const [stage, command] of STAGES) {
  const started = performance.now();
  const code = await run(command);
  times.push({ stage, seconds: (performance.now() - started) / 1000 });
  if (code !== 0) {
    failed = stage;
    break;
  }
}

const total = times.reduce((sum, { seconds }) => sum + seconds, 0);
console.log(`\nnpm test ${failed ? `failed in: ${failed}` : 'passed'}, stage by stage:`);
for (const { stage, seconds } of times) console.log(`  ${stage.padEnd(34)} ${seconds.toFixed(1).padStart(7)} s`);
console.log(`  ${'the whole run'.padEnd(34)} ${total.toFixed(1).padStart(7)} s   target ${TARGET_S} s`);
if (!failed) {
  await mkdir(path.dirname(RECORD), { recursive: true });
  await writeFile(
    RECORD,
    `${JSON.stringify({ at: new Date().toISOString(), cores: os.availableParallelism(), total, target: TARGET_S, stages: times }, null, 2)}\n`,
  );
}
process.exit(failed ? 1 : 0);
