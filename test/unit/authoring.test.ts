/** The authoring guide's worked example and the starter template are valid region files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRegionText } from '../../src/data/validate';
import { formatIssue } from '../../src/data/issues';
import { DATA_DIR, readSources } from '../../scripts/sources';

const sources = readSources();
const root = join(DATA_DIR, '..');

describe('authoring', () => {
  it('data/template.json validates, citations included', () => {
    const result = validateRegionText(
      readFileSync(join(DATA_DIR, 'template.json'), 'utf8'),
      'data/template.json',
      { sources },
    );
    expect(result.issues.map(formatIssue)).toEqual([]);
  });

  it("the guide's worked example validates, citations included", () => {
    const guide = readFileSync(join(root, 'docs', 'menambah-wilayah.md'), 'utf8');
    const blocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const example = blocks.find((b) => b.includes('"schemaVersion"'));
    expect(example, 'a complete region in a ```json block').toBeDefined();
    const result = validateRegionText(example!, 'docs/contoh.json', { sources });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.region.unitTypes[0]!.id).toBe('kecamatan');
  });
});
