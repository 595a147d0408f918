/**
 * The build's memory of each region between runs (scripts/buildCache.ts): a record is used only
 * under the stamp it was written with, and a region's files move over only when all of them are
 * there (else the region is built again).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCache, moveOver, stampOf } from '../../scripts/buildCache';

const temp = () => mkdtempSync(join(tmpdir(), 'bagan-cache-'));

describe('build cache', () => {
  it('answers a record only under the stamp it was kept with', () => {
    const cache = buildCache(temp());
    const stamp = stampOf('code', 'region text');
    cache.keepOutput('semarang', { stamp, files: ['semarang/index.html'], urls: ['semarang/'], count: 1 });
    expect(cache.output('semarang', stamp)?.files).toEqual(['semarang/index.html']);
    expect(cache.output('semarang', stampOf('code', 'region text changed'))).toBeUndefined();
    expect(cache.output('sambas', stamp)).toBeUndefined();
    // A stamp is of its parts in order: moving text between parts changes it.
    expect(stampOf('ab', 'c')).not.toBe(stampOf('a', 'bc'));
  });

  it('moves every file of a region into the new folder, and says so when one is missing', () => {
    const from = temp();
    const to = temp();
    mkdirSync(join(from, 'semarang', 'kecamatan'), { recursive: true });
    writeFileSync(join(from, 'semarang', 'index.html'), 'region');
    writeFileSync(join(from, 'semarang', 'kecamatan', 'index.html'), 'unit');
    const made = new Set<string>();
    expect(moveOver(['semarang/index.html', 'semarang/kecamatan/index.html'], from, to, made)).toBe(true);
    expect(readFileSync(join(to, 'semarang', 'kecamatan', 'index.html'), 'utf8')).toBe('unit');
    expect(existsSync(join(from, 'semarang', 'index.html'))).toBe(false);
    expect(moveOver(['sambas/index.html'], from, to, made)).toBe(false);
  });
});
