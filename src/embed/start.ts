/**
 * The embed's code, loaded by the entry (./main.ts): one chart or flow inside another site's
 * sandboxed iframe. Embed pages are prerendered like every page (`sematkan/<region>/<unit>/`); the
 * old form `embed.html?wilayah=&unit=|alur=` lands on the same page.
 */
import { hydrate, mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import { parseEmbedParams } from './params';
import { i18n } from '../i18n/i18n.svelte';
import { href, pageOf, parseLocation, type Route } from '../routes';
import { loadPage } from '../app/load';
import { applyPage } from '../app/seed';
import { fetchOnce } from '../data/fetchOnce';

function routeOf(): Route {
  const root = new URL('.', document.baseURI);
  const below = location.pathname.startsWith(root.pathname)
    ? location.pathname.slice(root.pathname.length)
    : '';
  if (/(^|\/)embed\.html$/.test(below) || below === '') {
    const p = parseEmbedParams(location.search);
    return {
      name: 'embed',
      region: p.region ?? '',
      ...(p.flow ? { flow: p.flow } : p.unit ? { unit: p.unit } : {}),
      ...(p.flow && p.unit ? { unit: p.unit } : {}),
      ...(p.position ? { selected: p.position } : {}),
      ...(p.lang ? { lang: p.lang } : {}),
      theme: p.theme,
      height: p.height,
    };
  }
  return parseLocation(below, location.search, location.hash);
}

async function start(): Promise<void> {
  // An absolute base: nothing here changes the address, but keep it as the app's pages do.
  const base = document.querySelector('base');
  if (base) base.href = document.baseURI;
  const target = document.getElementById('app');
  if (!target) return;
  const route = routeOf();
  const prerendered = target.dataset['page'];
  // A selection in the link is drawn at once: such a page is drawn afresh, not hydrated.
  const hydrating =
    prerendered !== undefined &&
    prerendered === href(pageOf(route)) &&
    !(route.name === 'embed' && route.selected);
  const page = await loadPage(hydrating ? pageOf(route) : route, fetchOnce);
  applyPage(page);
  const options = route.name === 'embed' ? route : undefined;
  const props = { page, lang: options?.lang ?? 'id' };
  // A page whose data did not come is drawn afresh: its small error replaces the prerendered one.
  if (hydrating && page.status === 'ok') hydrate(EmbedApp, { target, props });
  else {
    target.replaceChildren();
    mount(EmbedApp, { target, props });
  }
  document.documentElement.classList.add('hydrated');
  if (options?.lang) i18n.setLang(options.lang);
  document.documentElement.lang = i18n.lang;
  document.documentElement.classList.toggle('tema-kontras', options?.theme === 'kontras');
}

void start();
