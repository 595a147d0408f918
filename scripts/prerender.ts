/**
 * Writes prerendered pages: the built index.html (or embed.html) with the page's HTML inside
 * #app, its own title, description and canonical link, and `<base href>` pointing at the site's
 * root so every relative link, script and data file resolves from any depth and any sub-path.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Fetched, Fetcher } from '../src/app/load';
import type { Route } from '../src/routes';
import { sitemapFiles } from './sitemap';

type Ssr = typeof import('../src/ssr');

export interface PageWriter {
  dist: string;
  ssr: Ssr;
  fetcher: Fetcher;
  templates: { app: string; embed: string };
  count: number;
  urls: string[];
  /** Every file written, relative to `dist` (the build keeps a region's list for the next build). */
  written: string[];
  redirect(from: Route, to: Route): void;
  /** Lets go of the files read so far (between regions, so memory stays flat). */
  forget(): void;
  finish(): void;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A JSON file's value, or undefined when it is not JSON (the page then names the problem). */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `../` once per folder of the page's path: from the page back to the site's root. */
export function rootFrom(path: string): string {
  const depth = path.split('/').filter(Boolean).length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** Fills a built HTML template with one page. */
export function fillTemplate(
  template: string,
  page: { path: string; head: string; body: string; title: string; description: string; base?: string },
): string {
  const base = `<base href="${escapeAttr(page.base ?? rootFrom(page.path))}" />`;
  const canonical = `<link rel="canonical" href="${escapeAttr(page.path === '' ? './' : page.path)}" />`;
  return template
    .replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}\n    ${base}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
      `<meta name="description" content="${escapeAttr(page.description)}" />`,
    )
    .replace('</head>', `    ${canonical}\n${page.head}\n  </head>`)
    .replace(
      /<div id="app"><\/div>/,
      `<div id="app" data-page="${escapeAttr(page.path === '' ? './' : page.path)}">${page.body}</div>`,
    );
}

/**
 * The writer of a site's pages. The templates are the built index.html and embed.html, read
 * before the first page overwrites index.html (a build worker is handed the main thread's).
 */
export function pageWriter(dist: string, ssr: Ssr, given?: PageWriter['templates']): PageWriter {
  const read = (name: string) => readFileSync(join(dist, name), 'utf8');
  const templates = given ?? { app: read('index.html'), embed: read('embed.html') };
  const write = (path: string, html: string) => {
    const file = join(dist, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    writer.written.push(join(path, 'index.html'));
  };
  // The files a region's pages read, read and parsed once for all of them (`forget` between regions).
  const kept = new Map<string, Fetched>();
  const fetcher: Fetcher = (path) => {
    let got = kept.get(path);
    if (!got) {
      try {
        const text = readFileSync(join(dist, path), 'utf8');
        got = { ok: true, text, json: parsed(text) };
      } catch {
        got = { ok: false, reason: 'HTTP 404', status: 404 };
      }
      kept.set(path, got);
    }
    return Promise.resolve(got);
  };
  const writer: PageWriter = {
    dist,
    ssr,
    fetcher,
    templates,
    count: 0,
    urls: [],
    written: [],
    forget() {
      kept.clear();
    },
    redirect(from, to) {
      const path = ssr.href(from).split('?')[0] ?? '';
      const target = `${rootFrom(path)}${ssr.href(to)}`;
      write(
        path,
        `<!doctype html>\n<html lang="id"><head><meta charset="UTF-8" /><meta http-equiv="refresh" content="0; url=${escapeAttr(target)}" /><link rel="canonical" href="${escapeAttr(target)}" /><title>Bagan Sistem Kerja</title></head><body><p>Tautan lama ini kini ada di <a href="${escapeAttr(target)}">alamat baru</a>.</p></body></html>\n`,
      );
    },
    finish() {
      for (const file of sitemapFiles(writer.urls)) writeFileSync(join(dist, file.path), file.text);
    },
  };
  return writer;
}

/**
 * Renders and writes one page; `at` overrides where (the imported-region shell, 404.html) and
 * `base` the root it points at.
 */
export async function writePage(writer: PageWriter, route: Route, at?: string, base?: string): Promise<void> {
  const rendered = await writer.ssr.renderRoute(route, writer.fetcher);
  const path = at ?? (writer.ssr.href(route).split('?')[0] ?? '').replace(/^\.\/$/, '');
  if (rendered.status === 'redirect') return;
  if (rendered.status === 'error')
    throw new Error(`halaman ${path || './'} tidak dapat disusun: ${rendered.message}`);
  const html = fillTemplate(rendered.embed ? writer.templates.embed : writer.templates.app, {
    path,
    head: rendered.head,
    body: rendered.body,
    title: rendered.meta.title,
    description: rendered.meta.description,
    ...(base ? { base } : {}),
  });
  const relative = path.endsWith('.html') ? path : join(path, 'index.html');
  const file = join(writer.dist, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  writer.written.push(relative);
  writer.count++;
  if (!rendered.embed && !path.endsWith('.html')) writer.urls.push(path);
}
