/**
 * The built site (issue 14): every page the route table lists is a prerendered file, each says
 * what it is (title, canonical, description) and resolves its links from its own `<base>`,
 * nothing inline breaks `script-src 'self'`, no internal link leads nowhere, and every old id
 * sends the reader on. Run after `npm run build` (npm test builds first).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { href } from '../../src/routes';
import { redirectRoutes, regionRoutes, STATIC_ROUTES } from '../../scripts/site';
import type { OfflineList } from '../../src/data/publish';
import { shippedSources } from '../../scripts/bench/searchScale';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const built = existsSync(join(dist, 'index.html'));

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'assets' || name === 'data') continue;
    if (statSync(p).isDirectory()) htmlFiles(p, out);
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The file a site path (below the root, no query) is served from. */
function fileOf(path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  if (clean === '' || clean.endsWith('/')) return join(dist, clean, 'index.html');
  return join(dist, clean);
}

const attr = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1] ?? '');

describe('the built site', () => {
  it('was built', () => {
    expect(built, 'run `npm run build` first (npm test does)').toBe(true);
  });

  const pages = built ? htmlFiles(dist) : [];

  it('has a page for every route of every shipped region, and the pages that stand alone', () => {
    const routes = [...STATIC_ROUTES, ...shippedSources().flatMap(({ region }) => regionRoutes(region))];
    expect(routes.length).toBeGreaterThan(500);
    const missing = routes.map((r) => href(r)).filter((h) => !existsSync(fileOf(h)));
    expect(missing).toEqual([]);
  });

  it('gives every page a title, a description, a canonical address and its own base', () => {
    const bad: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const rel = posix.relative(dist, file);
      if (/http-equiv="refresh"/.test(html)) continue; // an old id's page, checked below
      if (rel === 'embed.html') continue; // the template of embeds (and old embed links' landing)
      if (rel === 'luring.html') continue; // the offline answer for any address: checked below
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
      // An embed is titled by what it shows (the host page has the site's name).
      const embed = rel.startsWith('sematkan/');
      if (!(embed ? title.length > 10 : title.includes('Bagan Sistem Kerja')))
        bad.push(`${rel}: title "${title}"`);
      if (embed && !/<meta name="robots" content="noindex"/.test(html))
        bad.push(`${rel}: embeds are not indexed`);
      if (rel !== '404.html' && !/<link rel="canonical" href="[^"]*"/.test(html))
        bad.push(`${rel}: canonical`);
      if (!/<meta name="description" content="[^"]{20,}"/.test(html)) bad.push(`${rel}: description`);
      const base = /<base href="([^"]+)"/.exec(html)?.[1];
      const depth = rel.split('/').length - 1;
      if (rel !== '404.html' && base !== (depth === 0 ? './' : '../'.repeat(depth)))
        bad.push(`${rel}: base ${base}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('runs under script-src self: no inline script, no inline style', () => {
    const bad: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const rel = posix.relative(dist, file);
      if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) bad.push(`${rel}: inline <script>`);
      if (/<style[\s>]/.test(html)) bad.push(`${rel}: <style>`);
      if (/<[a-z][^>]*\sstyle="/.test(html)) bad.push(`${rel}: style=""`);
      if (/<[a-z][^>]*\son[a-z]+="/.test(html)) bad.push(`${rel}: inline handler`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('has no internal link or asset that leads nowhere', () => {
    const broken = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const rel = posix.relative(dist, file);
      const base = /<base href="([^"]+)"/.exec(html)?.[1];
      if (!base || base.startsWith('/')) continue; // 404.html points at the host's root
      const dir = posix.dirname(rel);
      for (const link of attr(html.replace(/<base [^>]*>/, ''), /\s(?:href|src)="([^"]*)"/g)) {
        if (/^(?:[a-z]+:|#|\/\/)/i.test(link) || link === '') continue;
        const target = posix.normalize(posix.join(dir, base, link.replace(/&amp;/g, '&')));
        const path = target === '.' ? '' : target.endsWith('/') || link.endsWith('/') ? `${target}/` : target;
        if (!existsSync(fileOf(path.replace(/\/+$/, '/')))) broken.add(`${rel} -> ${link}`);
      }
    }
    expect([...broken].slice(0, 20)).toEqual([]);
  });

  it('lists in the sitemap only pages that exist, and every page of the route table', () => {
    const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = attr(xml, /<loc>([^<]*)<\/loc>/g);
    expect(locs.length).toBeGreaterThan(500);
    expect(
      locs.filter((l) => !existsSync(fileOf(l.replace(/^[a-z]+:\/\/[^/]+\/(?:.*?\/)?(?=[^/]*)/, '')))),
    ).toEqual([]);
  });

  it('sends every old id (formerIds) on to the page it became', () => {
    let count = 0;
    for (const { region } of shippedSources()) {
      for (const { from, to } of redirectRoutes(region)) {
        count++;
        const html = readFileSync(fileOf(href(from)), 'utf8');
        const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1] ?? '';
        expect(target.endsWith(href(to)), `${href(from)} -> ${target}`).toBe(true);
        expect(existsSync(fileOf(href(to)))).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('reads offline: a service worker whose precache is the shell, never a region; each region lists what it keeps, all of it built', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    expect(precached).toContain('index.html');
    expect(precached).toContain('luring.html');
    expect(precached.some((u) => /^assets\/main-.+\.js$/.test(u))).toBe(true);
    // What the first visit fetches does not grow with the regions: no region's data or pages.
    expect(precached.filter((u) => u.startsWith('data/') && u !== 'data/provinsi.json')).toEqual([]);
    expect(precached.filter((u) => u.endsWith('/index.html'))).toEqual([]);
    // No part of Workbox from a CDN.
    expect(sw).not.toMatch(/https?:\/\//);
    const shell = readFileSync(join(dist, 'luring.html'), 'utf8');
    expect(shell).toContain('name="robots" content="noindex"');
    expect(shell).not.toContain('data-page=');
    for (const { region } of shippedSources()) {
      const list = JSON.parse(
        readFileSync(join(dist, 'data', region.id, 'luring.json'), 'utf8'),
      ) as OfflineList;
      expect(list.region).toBe(region.id);
      const missing = list.files.filter((f) => !existsSync(fileOf(f)));
      expect(missing, region.id).toEqual([]);
      // Its own files only (the province page, its list and the glossary are shared by few).
      const others = shippedSources()
        .map((s) => s.region.id)
        .filter((id) => id !== region.id);
      expect(
        list.files.filter((f) => others.some((o) => f.includes(`${o}/`) || f.includes(`${o}.json`))),
      ).toEqual([]);
      for (const unit of region.unitTypes)
        expect(list.files).toContain(href({ name: 'unit', region: region.id, unit: unit.id, view: 'bagan' }));
    }
  });
});
