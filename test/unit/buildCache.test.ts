/**
 * The build's memory of each region between runs (scripts/buildCache.ts): a record is used only
 * under the stamp it was written with, and a region's files move over only when all of them are
 * there (else the region is built again).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCache, filesUnder, moveOver, ownFolders, stampOf } from '../../scripts/buildCache';

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

  it("names the folders that hold only a region's files; the rest are listed one by one", () => {
    const files = [
      'data/semarang.json',
      'data/semarang/kecamatan.layout.json',
      'data/search/regions/semarang.json',
      'semarang/index.html',
      'semarang/kecamatan/index.html',
      'posisi/semarang/kecamatan/camat/index.html',
      'sematkan/semarang/kecamatan/index.html',
      // a unit type named as its region: inside the region's folder
      'semarang/semarang/index.html',
    ];
    const { folders, loose } = ownFolders('semarang', files);
    expect(folders.sort()).toEqual(['data/semarang', 'posisi/semarang', 'semarang', 'sematkan/semarang']);
    expect(loose).toEqual(['data/semarang.json', 'data/search/regions/semarang.json']);
  });

  it("moves a region's folders whole and its other files one by one, and says so when one is missing", () => {
    const from = temp();
    const to = temp();
    mkdirSync(join(from, 'semarang', 'kecamatan'), { recursive: true });
    mkdirSync(join(from, 'data'), { recursive: true });
    writeFileSync(join(from, 'semarang', 'index.html'), 'region');
    writeFileSync(join(from, 'semarang', 'kecamatan', 'index.html'), 'unit');
    writeFileSync(join(from, 'data', 'semarang.json'), '{}');
    writeFileSync(join(from, 'data', 'sambas.json'), '{}');
    const made = new Set<string>();
    const files = ['semarang/index.html', 'semarang/kecamatan/index.html', 'data/semarang.json'];
    expect(moveOver('semarang', files, from, to, made)).toBe(true);
    expect(readFileSync(join(to, 'semarang', 'kecamatan', 'index.html'), 'utf8')).toBe('unit');
    expect(readFileSync(join(to, 'data', 'semarang.json'), 'utf8')).toBe('{}');
    // Nothing of the region is left behind to delete; another region's file stays.
    expect(existsSync(join(from, 'semarang'))).toBe(false);
    expect(existsSync(join(from, 'data', 'sambas.json'))).toBe(true);
    expect(moveOver('sambas', ['sambas/index.html'], from, to, made)).toBe(false);
  });

  it("keeps what Vite wrote under the code's stamp, and lists every file below a folder", () => {
    const out = temp();
    mkdirSync(join(out, 'assets'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'app');
    writeFileSync(join(out, 'assets', 'main.js'), 'code');
    expect(filesUnder(out).sort()).toEqual(['assets/main.js', 'index.html']);
    const cache = buildCache(temp());
    const stamp = stampOf('code');
    cache.keepVite({ stamp, files: filesUnder(out), templates: { app: 'app', embed: 'embed' } });
    expect(cache.vite(stamp)?.templates.app).toBe('app');
    expect(cache.vite(stampOf('code changed'))).toBeUndefined();
  });
});
