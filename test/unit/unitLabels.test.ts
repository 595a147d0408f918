/** Unit type names in a list: two that share a name are told apart by the heading each stands under. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unitLabels } from '../../src/model/queries';

describe('unitLabels', () => {
  it('keeps a unique name as it is and adds the heading to names two units share', () => {
    const labels = unitLabels([
      { id: 'a', name: 'Kecamatan', group: undefined },
      { id: 'b', name: 'Penilai', group: 'Unit JPT' },
      { id: 'c', name: 'Penilai', group: 'Unit Administrator' },
      { id: 'd', name: 'Sama', group: 'G' },
      { id: 'e', name: 'Sama', group: 'G' },
    ]);
    expect([...labels.values()]).toEqual([
      'Kecamatan',
      'Penilai — Unit JPT',
      'Penilai — Unit Administrator',
      'Sama — d',
      'Sama — e',
    ]);
  });

  it('gives every bundled region distinct labels (Lombok Barat has two units of one name)', () => {
    const dir = join(import.meta.dirname, '../../data/regions');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const id of files) {
      const region = JSON.parse(readFileSync(join(dir, id), 'utf8')) as {
        unitTypes: { id: string; name: string; group?: string }[];
      };
      const labels = [...unitLabels(region.unitTypes).values()];
      expect(new Set(labels).size, id).toBe(labels.length);
    }
  });
});
