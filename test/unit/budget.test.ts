/** The first view ships at most 60 KB of gzipped JS (bytes are stable; times are left to the bench). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewBytes } from '../../scripts/firstView';
import { distIsCurrent } from '../../scripts/buildCache';

const dist = join(import.meta.dirname, '..', '..', 'dist');

describe('bundle budget', () => {
  it('reads a dist/ built from this code (a stale build would pass for it)', () => {
    const current = distIsCurrent();
    expect(current.ok, current.why).toBe(true);
  });

  it.each(['home', 'region'] as const)(
    'first view of %s: JS ≤ 60 KB gzip, no ELK, no valibot, no d3',
    (view) => {
      expect(existsSync(join(dist, 'index.html')), 'run `npm run build` first (npm test does)').toBe(true);
      const { js, files } = firstViewBytes(dist, view);
      expect(files.length).toBeGreaterThan(0);
      expect(files.some((f) => /elk/i.test(f))).toBe(false);
      const code = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
      // valibot's strict-object check, d3-zoom's wheel handler: both load only when needed.
      expect(code).not.toMatch(/strict_object/);
      expect(code).not.toMatch(/wheelDelta/);
      expect(js).toBeLessThanOrEqual(60 * 1024);
    },
  );

  it('the chart pages load pan and zoom and the position panel after the first view', () => {
    const unit = firstViewBytes(dist, 'unit');
    const code = unit.files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    expect(code).not.toMatch(/wheelDelta/);
    expect(unit.files.some((f) => /PositionPanel/.test(f))).toBe(false);
  });
});
