/** Every bundled region file validates, citations included; the published schema is current. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Region } from '../../src/data/schema';
import { validateRegionText } from '../../src/data/validate';
import { formatIssue } from '../../src/data/issues';
import { DATA_DIR, readSources, regionFiles, SOURCES_DIR } from '../../scripts/sources';

const sources = readSources();

describe('bundled region data', () => {
  const files = regionFiles();
  it('has region files', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });
  for (const path of files) {
    it(`${basename(path)} validates, every quote found in its source`, () => {
      const result = validateRegionText(readFileSync(path, 'utf8'), `data/regions/${basename(path)}`, {
        sources,
      });
      expect(result.issues.map(formatIssue)).toEqual([]);
    });
  }

  it('region ids are unique across files', () => {
    const ids = files.map((p) => (JSON.parse(readFileSync(p, 'utf8')) as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('sources', () => {
  const shared = join(DATA_DIR, '..', '..', 'shared', 'seeds');
  it('data/sources are exact copies of the shared seeds (where the seeds are beside the repo)', () => {
    expect(existsSync(SOURCES_DIR)).toBe(true);
    expect(sources.size).toBeGreaterThanOrEqual(1);
    if (!existsSync(shared)) return;
    for (const [name, text] of sources) {
      const seed = join(shared, name);
      if (existsSync(seed)) expect(text, name).toBe(readFileSync(seed, 'utf8'));
    }
  });
});

describe('data/schema.json', () => {
  it('is generated from the valibot schema (run `npm run schema` after changing it)', () => {
    const published = JSON.parse(readFileSync(join(DATA_DIR, 'schema.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const current = toJsonSchema(Region, { errorMode: 'ignore' });
    expect(published.properties).toEqual(current.properties);
    expect(published.required).toEqual(current.required);
  });
});
