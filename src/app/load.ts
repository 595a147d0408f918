/**
 * What each page needs before it can be drawn, fetched the same way at build time (from the
 * built files, to prerender the page) and in the browser (to hydrate it, or to move to another
 * page). A page's data is a value: an error is a page of its own, never an exception.
 */
import type { Route } from '../routes';
import { isImported } from '../routes';
import { provinceSlug, type ProvinceRegions } from '../data/provinces';
import { DATA, type RegionSummary } from '../data/publish';
import type { Region } from '../model/types';
import { notFound, ok, type Fetcher, type ImportedSource, type Page } from './page';
import { fullRegion, getJson, provinceList, provinceRegions, summaryCheck } from './pageFiles';
import { loadEmbed, loadFlow, loadUnit } from './loadChart';

export type { Fetched, Fetcher, ImportedSource, LayoutSeed, Page, PageData, ViewName } from './page';

/** Loads what the page of a route needs. */
export async function loadPage(route: Route, fetcher: Fetcher, imported?: ImportedSource): Promise<Page> {
  switch (route.name) {
    case 'presentation':
      return ok(route, {
        view: 'presentation',
        deck: route.deck,
        item: route.item,
        path: route.path,
        tour: route.tour,
      });
    case 'province': {
      const province = await provinceRegions(fetcher, route, route.province);
      if (!province.ok) return 'page' in province ? province.page : notFound(route);
      return ok(route, { view: 'province', province: province.value });
    }
    case 'home':
    case 'susun':
    case 'myPosition':
    case 'compare': {
      const list = await provinceList(fetcher, route);
      if (!list.ok) return 'page' in list ? list.page : notFound(route);
      const provinces = list.value;
      if (route.name === 'home') return ok(route, { view: 'home', provinces });
      if (route.name === 'susun') return ok(route, { view: 'susun', provinces });
      if (route.name === 'compare')
        return ok(route, { view: 'compare', provinces, ...pick(route, ['a', 'b', 'fa', 'fb']) });
      // Posisi saya: a linked answer is drawn at once (and prerendered), so its region comes along,
      // with the other regions of its province (or those of the province chosen).
      const regions: Region[] = [];
      let slug = route.province;
      if (route.region) {
        const region = await fullRegion(fetcher, route, route.region, imported);
        if (region.ok) {
          regions.push(region.value);
          if (!isImported(route)) slug = provinceSlug(region.value.province);
        } else if ('page' in region) return region.page;
      }
      let province: ProvinceRegions | undefined;
      if (slug) {
        const got = await provinceRegions(fetcher, route, slug);
        if (got.ok) province = got.value;
        else if ('page' in got) return got.page;
      }
      return ok(
        route,
        {
          view: 'myPosition',
          provinces,
          ...(province ? { province } : {}),
          ...(route.region ? { regionId: route.region } : {}),
          ...(route.unit ? { unitId: route.unit } : {}),
          ...(route.position ? { positionId: route.position } : {}),
        },
        regions,
      );
    }
    case 'region':
    case 'passage':
    case 'letter': {
      const region = await fullRegion(fetcher, route, route.region, imported);
      if (!region.ok) return 'page' in region ? region.page : notFound(route);
      if (route.name === 'region')
        return ok(
          route,
          { view: 'region', region: region.value, ...(route.focus ? { focus: route.focus } : {}) },
          [region.value],
        );
      if (route.name === 'passage')
        return ok(route, { view: 'passage', region: region.value, from: route.from, to: route.to }, [
          region.value,
        ]);
      const form = region.value.forms.find((f) => f.id === route.form);
      if (!form)
        return notFound(route, { route: { name: 'region', region: route.region }, name: region.value.name });
      return ok(route, { view: 'letter', region: region.value, form }, [region.value]);
    }
    case 'unit':
      return loadUnit(route, fetcher, imported);
    case 'flow':
      return loadFlow(route, fetcher, imported);
    case 'search':
      return ok(route, {
        view: 'search',
        query: route.query,
        ...(route.region ? { region: route.region } : {}),
      });
    case 'glossary':
      return ok(route, { view: 'glossary', ...(route.term ? { term: route.term } : {}) });
    case 'import':
      return ok(route, { view: 'import' });
    case 'embed':
      return loadEmbed(route, fetcher, imported);
    case 'unknown': {
      if (route.region) {
        const got = await getJson<RegionSummary>(fetcher, route, DATA.summary(route.region), summaryCheck);
        if (got.ok)
          return notFound(route, { route: { name: 'region', region: route.region }, name: got.value.name });
      }
      return notFound(route);
    }
  }
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}
