/**
 * The pages that draw a chart: a unit type's (its slice of the region, the region's other unit
 * types and its precomputed layouts), a flow's (played on the chart of one of its unit types) and
 * the embed page of either.
 */
import type { EmbedOptions, Route } from '../routes';
import { isImported, RESERVED_UNIT_IDS } from '../routes';
import { DATA, type RegionSummary } from '../data/publish';
import type { Region } from '../model/types';
import { unitType } from '../model/queries';
import type { UnitChoice } from '../model/unitGroups';
import { notFound, ok, type Fetcher, type ImportedSource, type Page } from './page';
import { fullRegion, getJson, layoutsFor, missingIn, regionCheck, summaryCheck } from './pageFiles';

type RouteOf<N extends Route['name']> = Extract<Route, { name: N }>;

/** A unit type's chart (or its nested list). */
export async function loadUnit(
  route: RouteOf<'unit'>,
  fetcher: Fetcher,
  imported?: ImportedSource,
): Promise<Page> {
  if (RESERVED_UNIT_IDS.has(route.unit)) return notFound(route);
  // The region's summary comes beside the slice (one small file, shared with the region's
  // other pages); without it the page lists no other unit types and is otherwise whole.
  const [slice, summary] = await Promise.all([
    isImported(route)
      ? fullRegion(fetcher, route, route.region, imported)
      : getJson<Region>(fetcher, route, DATA.unit(route.region, route.unit), regionCheck),
    isImported(route)
      ? undefined
      : getJson<RegionSummary>(fetcher, route, DATA.summary(route.region), summaryCheck),
  ]);
  if (!slice.ok)
    return 'page' in slice ? slice.page : missingIn(fetcher, route, 'unit', route.unit, imported);
  const unit = unitType(slice.value, route.unit);
  if (!unit) return missingIn(fetcher, route, 'unit', route.unit, imported);
  const layouts = isImported(route) ? [] : await layoutsFor(fetcher, route.region, route.unit);
  const unitTypes: UnitChoice[] = (summary?.ok ? summary.value : slice.value).unitTypes.map((u) => ({
    id: u.id,
    name: u.name,
    ...(u.group ? { group: u.group } : {}),
  }));
  return ok(
    route,
    {
      view: 'unit',
      region: slice.value,
      unit,
      unitView: route.view,
      ...(route.selected ? { selected: route.selected } : {}),
      unitTypes,
    },
    [],
    layouts,
  );
}

/** A flow, played on a chart. */
export async function loadFlow(
  route: RouteOf<'flow'>,
  fetcher: Fetcher,
  imported?: ImportedSource,
): Promise<Page> {
  const slice = isImported(route)
    ? await fullRegion(fetcher, route, route.region, imported)
    : await getJson<Region>(fetcher, route, DATA.flow(route.region, route.flow), regionCheck);
  if (!slice.ok)
    return 'page' in slice ? slice.page : missingIn(fetcher, route, 'flow', route.flow, imported);
  const flow = slice.value.flows.find((f) => f.id === route.flow);
  if (!flow) return missingIn(fetcher, route, 'flow', route.flow, imported);
  const shown =
    (route.unit && slice.value.unitTypes.some((u) => u.id === route.unit) ? route.unit : undefined) ??
    flow.unitTypes[0] ??
    slice.value.unitTypes[0]?.id;
  const layouts = shown && !isImported(route) ? await layoutsFor(fetcher, route.region, shown) : [];
  return ok(
    route,
    {
      view: 'flow',
      region: slice.value,
      flow,
      ...(route.unit ? { unitId: route.unit } : {}),
      ...(route.variant ? { variant: route.variant } : {}),
      path: route.path ?? [],
    },
    [],
    layouts,
  );
}

/** The embed page of a unit type's chart or of a flow: the same page's data, with its options. */
export async function loadEmbed(
  route: RouteOf<'embed'>,
  fetcher: Fetcher,
  imported?: ImportedSource,
): Promise<Page> {
  const { lang, theme, height } = route;
  const options: EmbedOptions = {
    ...(lang ? { lang } : {}),
    ...(theme ? { theme } : {}),
    ...(height ? { height } : {}),
  };
  const page = route.flow
    ? await loadFlow(
        { name: 'flow', region: route.region, flow: route.flow, ...(route.unit ? { unit: route.unit } : {}) },
        fetcher,
        imported,
      )
    : await loadUnit(
        { name: 'unit', region: route.region, unit: route.unit ?? '', view: 'bagan' },
        fetcher,
        imported,
      );
  if (page.status !== 'ok') return { ...page, route } as Page;
  const d = page.data;
  if (d.view === 'unit')
    return ok(
      route,
      {
        view: 'embed',
        region: d.region,
        unit: d.unit,
        ...(route.selected ? { selected: route.selected } : {}),
        options,
      },
      [],
      page.layouts,
    );
  if (d.view === 'flow') {
    const unit = d.unitId ? unitType(d.region, d.unitId) : undefined;
    return ok(
      route,
      { view: 'embed', region: d.region, flow: d.flow, ...(unit ? { unit } : {}), options },
      [],
      page.layouts,
    );
  }
  return ok(route, { view: 'embed', options });
}
