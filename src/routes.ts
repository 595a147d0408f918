/**
 * The one route table, as the rest of the code imports it: every page of the app and its path
 * (`route/table.ts`), the link to a route (`href`, `route/href.ts`) and a location read back into a
 * route (`parsePath`, `parseLocation`, `route/parse.ts`). Nothing else in the code writes a URL.
 */
export {
  IMPORTED_SHELL,
  IMPORT_PREFIX,
  LIMITS,
  PAGE_SEGMENTS,
  REGION_SEGMENTS,
  RESERVED_REGION_IDS,
  RESERVED_UNIT_IDS,
  isImported,
  pageOf,
  type EmbedOptions,
  type Lang,
  type Route,
  type RouteName,
  type UnitView,
  type Variant,
} from './route/table';
export { href } from './route/href';
export { parseLegacyHash, parseLocation, parsePath } from './route/parse';
