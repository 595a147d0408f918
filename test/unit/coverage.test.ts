import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageMarkdown, readRegions } from '../../scripts/coverage';

describe('docs/coverage.md', () => {
  it('is up to date with the data (run `npm run coverage`)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'coverage.md'), 'utf8');
    expect(onDisk).toBe(coverageMarkdown(readRegions()));
  });
});
