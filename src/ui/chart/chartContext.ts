/**
 * The chart a subtree draws, handed down by context as xyflow hands down its store: the unit
 * type's layouts, which relation kinds are hidden, and where the layout came from. A canvas inside
 * reads them here instead of through a chain of props; each chart instance provides its own.
 */
import { getContext, setContext } from 'svelte';
import type { ChartState } from '../../state/chart.svelte';

const KEY = Symbol('bagan.chart');

/** Makes `chart` the chart of this component's subtree. */
export function provideChart(chart: ChartState): ChartState {
  return setContext(KEY, chart);
}

/** The chart of the subtree this component is in, if a parent provided one. */
export function chartContext(): ChartState | undefined {
  return getContext<ChartState | undefined>(KEY);
}

/** Where a chart's layout came from, as the canvas shows it (`data-layout-from`). */
export function layoutFromOf(chart: ChartState | undefined): string {
  return chart?.status.state === 'ready' ? chart.status.from : 'loading';
}
