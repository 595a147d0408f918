/**
 * sitemap.xml: one list of the prerendered pages, or, past the protocol's 50,000 URLs a file, a
 * sitemap index that names numbered lists (sitemaps.org). Locations are relative to the site's
 * root; hosts that need absolute ones can rewrite them.
 */
export const SITEMAP_LIMIT = 50_000;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

function urlset(urls: readonly string[]): string {
  const rows = urls.map((u) => `  <url><loc>${escapeText(u)}</loc></url>`).join('\n');
  return `${HEAD}<urlset ${NS}>\n${rows}\n</urlset>\n`;
}

/** The sitemap files to write, by path below the site's root. */
export function sitemapFiles(
  urls: readonly string[],
  limit = SITEMAP_LIMIT,
): { path: string; text: string }[] {
  if (urls.length <= limit) return [{ path: 'sitemap.xml', text: urlset(urls) }];
  const parts: { path: string; text: string }[] = [];
  for (let i = 0; i < urls.length; i += limit)
    parts.push({ path: `sitemap-${parts.length + 1}.xml`, text: urlset(urls.slice(i, i + limit)) });
  const rows = parts.map((p) => `  <sitemap><loc>${p.path}</loc></sitemap>`).join('\n');
  return [{ path: 'sitemap.xml', text: `${HEAD}<sitemapindex ${NS}>\n${rows}\n</sitemapindex>\n` }, ...parts];
}
