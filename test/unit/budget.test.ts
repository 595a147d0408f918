/** The first view ships at most 60 KB of gzipped JS (bytes are stable; times are left to the bench). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewBytes } from '../../scripts/firstView';

const dist = join(import.meta.dirname, '..', '..', 'dist');

describe('bundle budget', () => {
  it('first-view JS ≤ 60 KB gzip, and ELK is not in it', () => {
    expect(existsSync(join(dist, 'index.html')), 'run `npm run build` first (npm test does)').toBe(true);
    const { js, files } = firstViewBytes(dist);
    expect(files.length).toBeGreaterThan(0);
    expect(files.some((f) => /elk/i.test(f))).toBe(false);
    expect(js).toBeLessThanOrEqual(60 * 1024);
  });
});
