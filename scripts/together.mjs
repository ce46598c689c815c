/**
 * Runs npm scripts side by side and fails if any fails: `node scripts/together.mjs typecheck lint`.
 * The type check and the lint each keep one core busy for most of a minute, so on two
 * cores they take the time of the longer one, not of both. Each one's output is printed
 * whole when it ends, so the two never interleave.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Name the npm scripts to run together, e.g. `node scripts/together.mjs typecheck lint`.');
  process.exit(2);
}

/** @param {string} name @returns {Promise<number>} */
function run(name) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString();
      console.log(`── npm run ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}${text.trim() ? `\n${text.trimEnd()}` : ''}`);
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(names.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
