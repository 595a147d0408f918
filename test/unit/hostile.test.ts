/**
 * The probe's hostile files through the validator the CLI uses (bytes in, as `npm run validate`
 * reads them), each with the message it must give and a bound on the time it takes; then a few
 * through the CLI itself, so the command and the import page agree on encodings and limits.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRegionBytes } from '../../src/data/validate';
import { HOSTILE, hostile } from '../hostile/inputs';
import { fixtureText } from './fixture';

describe('hostile files through the validator', () => {
  for (const file of HOSTILE) {
    it(`${file.name}: ${file.expect === 'ok' ? 'accepted' : 'refused with its reason'}`, () => {
      const bytes = file.bytes();
      const started = performance.now();
      const result = validateRegionBytes(bytes, file.name);
      const ms = performance.now() - started;
      if (file.expect === 'ok') {
        expect(result.issues).toEqual([]);
        expect(result.ok).toBe(true);
      } else {
        expect(result.ok).toBe(false);
        expect(result.issues[0]?.message).toMatch(file.expect);
        expect(result.issues[0]?.path).toBe(file.path);
      }
      // F4: the 60,000-step flow took 95 s in the worker and 25.8 s in the CLI (20,000 steps).
      // Generous for a shared 2-core machine; measured well under a second each when idle.
      expect(ms).toBeLessThan(5000);
    });
  }
});

describe('the CLI and the import page treat text alike', () => {
  it('npm run validate accepts a UTF-8 BOM and refuses UTF-16, bad UTF-8 and a too-long flow, by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    const names = ['h37-utf16.json', 'h35-bad-utf8.json', 'h44-flow-20000-steps.json'];
    for (const name of names) writeFileSync(join(dir, name), hostile(name).bytes());
    // A region whose quotes are in data/sources, with a UTF-8 byte-order mark (h36).
    names.push('minimal.json');
    writeFileSync(
      join(dir, 'minimal.json'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixtureText())]),
    );
    let out = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/validate.ts', ...names.map((n) => join(dir, n))], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { stdout: string; stderr: string; status: number };
      expect(e.status).toBe(1);
      out = e.stdout + e.stderr;
    }
    expect(out).toMatch(/ok .*minimal\.json: 1 tipe unit/);
    expect(out).toMatch(/h37-utf16\.json: \$: berkas berkode UTF-16/);
    expect(out).toMatch(
      /h35-bad-utf8\.json: \$: bukan teks UTF-8 yang sah: urutan bita tidak sah di bita \d+/,
    );
    expect(out).toMatch(
      /h44-flow-20000-steps\.json: \$\.flows\[0\]\.steps: terlalu banyak langkah dalam satu alur: 20\.000; batas 1\.000/,
    );
  }, 60_000);
});
