/** The link of a flow being played: the unit shown, the variant chosen and the events taken. */
import type { Variant } from '../../machines/generate';
import type { Flow } from '../../model/types';
import type { Route } from '../../state/router.svelte';

export function playerRoute(at: {
  region: string;
  flow: Flow;
  /** The unit type shown, when the link must name it. */
  unit: string | undefined;
  variant: Variant | undefined;
  path: readonly string[];
}): Route {
  return {
    name: 'flow',
    region: at.region,
    flow: at.flow.id,
    ...(at.unit ? { unit: at.unit } : {}),
    ...(at.variant && at.flow.variants && at.flow.variants.length > 1 ? { variant: at.variant } : {}),
    ...(at.path.length > 0 ? { path: [...at.path] } : {}),
  };
}
