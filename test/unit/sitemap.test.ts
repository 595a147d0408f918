import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../scripts/sitemap';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

describe('sitemap', () => {
  it('up to the limit: one urlset with every page', () => {
    const urls = ['', 'semarang/', 'semarang/kecamatan/'];
    const files = sitemapFiles(urls, 3);
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml']);
    expect(files[0]!.text).toContain('<urlset');
    expect(locs(files[0]!.text)).toEqual(urls);
  });

  it('past the limit: an index naming numbered lists that hold every page once, none over the limit', () => {
    const urls = Array.from({ length: 7 }, (_, i) => `wilayah-${i}/`);
    const files = sitemapFiles(urls, 3);
    expect(files.map((f) => f.path)).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
    ]);
    const index = files[0]!.text;
    expect(index).toContain('<sitemapindex');
    expect(index).not.toContain('<urlset');
    expect(locs(index)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const parts = files.slice(1).map((f) => locs(f.text));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(3);
    expect(parts.flat()).toEqual(urls);
  });

  it('escapes what XML needs escaped', () => {
    expect(sitemapFiles(['cari/?q=a&b'])[0]!.text).toContain('<loc>cari/?q=a&amp;b</loc>');
  });
});
