/** Every bundled region file validates, citations included; the published schema is current. */
import { createHash } from 'node:crypto';
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
  /** data/sources/SHA256SUMS: the seeds' hashes as `sha256sum` wrote them, the oracle either way. */
  const sums = new Map(
    readFileSync(join(SOURCES_DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [hash = '', name = ''] = line.split(/\s+\*?/);
        return [name, hash] as const;
      }),
  );
  const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

  it('data/sources hold the texts SHA256SUMS names, byte for byte', () => {
    // A new region's text may come without a line here (adding a region needs its file and its
    // text only); the texts the shipped regions cite are all listed.
    expect(sums.size).toBeGreaterThanOrEqual(5);
    for (const [name, hash] of sums) {
      expect(sources.has(name), `${name} is missing from data/sources`).toBe(true);
      expect(sha256(readFileSync(join(SOURCES_DIR, name))), name).toBe(hash);
    }
  });

  it('the shared seeds, where they are beside the repo, are the texts in data/sources', () => {
    // Outside this workspace the seeds may not be beside the repo: SHA256SUMS stands for them.
    if (!existsSync(shared)) return void expect(sums.size).toBeGreaterThanOrEqual(5);
    for (const [name, hash] of sums) expect(sha256(readFileSync(join(shared, name))), name).toBe(hash);
    for (const [name, text] of sources)
      if (existsSync(join(shared, name))) expect(text, name).toBe(readFileSync(join(shared, name), 'utf8'));
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
