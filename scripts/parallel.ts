/**
 * Runs shell commands side by side and fails when any fails (`npm test` and `npm run check` use
 * it: on a 2-core machine ESLint, svelte-check and the build each keep one core busy). Each
 * command's output is held and printed whole when it ends, under its name, so logs do not
 * interleave.
 *
 *   tsx scripts/parallel.ts "eslint ." "prettier --check ."
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: tsx scripts/parallel.ts "<command>" ["<command>" …]');
  process.exit(2);
}

function run(command: string): Promise<{ command: string; code: number; ms: number }> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) => {
      const ms = Date.now() - start;
      const status = code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`;
      process.stdout.write(`\n── ${command} — ${status}, ${(ms / 1000).toFixed(1)} s\n`);
      process.stdout.write(Buffer.concat(chunks));
      resolve({ command, code: code ?? 1, ms });
    });
  });
}

const results = await Promise.all(commands.map(run));
const failed = results.filter((r) => r.code !== 0);
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.map((f) => f.command).join('; ')}`);
  process.exit(1);
}
