/** View state of one chart: its layouts, which relation kinds show, and arrow-key navigation. */
import {
  elkWorker,
  getLayout,
  LayoutCancelled,
  LayoutWorkerUnavailable,
  precomputedLayout,
  type LayoutSource,
} from '../layout/client';
import { unitHash } from '../layout/chartModel';
import { modeOf, type ChartLayout, type ChartNode, type GroupMode, type LayoutShape } from '../layout/types';
import { placement } from '../model/hierarchy';
import type { Region, RelationKind, UnitType } from '../model/types';

export type LayoutStatus =
  | { state: 'loading' }
  | { state: 'cancelled' }
  | { state: 'ready'; from: LayoutSource['from'] }
  /** `unavailable`: the layout worker's code could not be loaded. */
  | { state: 'error'; message: string; unavailable: boolean };

/**
 * A chart's data on screen: its layouts (the wide chart, and the narrow one for phones when asked
 * for), whether kelompok groups are collapsed, which relation kinds show.
 */
export class ChartState {
  groups = $state<GroupMode>('expanded');
  hidden = $state.raw<ReadonlySet<RelationKind>>(new Set());
  /** The wide chart of the unit type last loaded. */
  layout = $state.raw<ChartLayout | undefined>(undefined);
  /** The narrow chart, when `load` was asked for it. */
  narrow = $state.raw<ChartLayout | undefined>(undefined);
  status = $state.raw<LayoutStatus>({ state: 'loading' });
  private request = 0;

  constructor(private readonly shapes: readonly LayoutShape[] = ['wide']) {}

  /** Starts from layouts the page already has (prerendered with the page), so the first render draws them. */
  seed(layouts: { wide?: ChartLayout | undefined; narrow?: ChartLayout | undefined }): void {
    this.layout = layouts.wide;
    this.narrow = layouts.narrow;
    if (layouts.wide) this.status = { state: 'ready', from: 'precomputed' };
  }

  /**
   * Starts from the precomputed layouts already at hand (a page brought them with its data), so
   * the first render — on the server too — draws the chart instead of a placeholder.
   */
  prime(region: Region, unit: UnitType): void {
    const wide = precomputedLayout(region.id, unit, modeOf('wide', this.groups));
    if (!wide) return;
    this.seed({
      wide,
      narrow: this.shapes.includes('narrow')
        ? precomputedLayout(region.id, unit, modeOf('narrow', this.groups))
        : undefined,
    });
  }

  /** Whether the layouts held are those of this unit type in the current group mode. */
  holds(unit: UnitType): boolean {
    return this.shapes.every((shape) => {
      const l = shape === 'wide' ? this.layout : this.narrow;
      return l?.unitId === unit.id && l.mode === modeOf(shape, this.groups) && l.hash === unitHash(unit);
    });
  }

  async load(region: Region, unit: UnitType, usePrecomputed = true): Promise<void> {
    const request = ++this.request;
    this.status = { state: 'loading' };
    try {
      const got = await Promise.all(
        this.shapes.map((shape) => getLayout(region, unit, modeOf(shape, this.groups), usePrecomputed)),
      );
      if (request !== this.request) return;
      this.shapes.forEach((shape, i) => {
        if (shape === 'wide') this.layout = got[i]?.layout;
        else this.narrow = got[i]?.layout;
      });
      this.status = { state: 'ready', from: got.some((g) => g.from === 'worker') ? 'worker' : 'precomputed' };
    } catch (error) {
      if (request !== this.request || error instanceof LayoutCancelled) return;
      this.status = {
        state: 'error',
        message: error instanceof Error ? error.message : String(error),
        unavailable: error instanceof LayoutWorkerUnavailable,
      };
    }
  }

  /** Stops a layout running in the worker (a huge imported unit type, say). */
  cancel(): void {
    this.request++;
    elkWorker.cancel();
    this.status = { state: 'cancelled' };
  }

  toggleKind(kind: RelationKind): void {
    const next = new Set(this.hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    this.hidden = next;
  }
}

export interface Navigation {
  parent: Map<string, string>;
  children: Map<string, string[]>;
  roots: string[];
}

/**
 * Arrow-key structure over the boxes on screen: each box's parent is its nearest shown ancestor
 * in the unit's placement; children and roots are ordered left to right as drawn.
 */
export function navigation(unit: UnitType, layout: ChartLayout): Navigation {
  const shown = new Map(layout.nodes.map((n) => [n.id, n]));
  const place = placement(unit);
  const parent = new Map<string, string>();
  for (const n of layout.nodes) {
    let up = place.get(n.id);
    const seen = new Set<string>();
    while (up !== undefined && !shown.has(up) && !seen.has(up)) {
      seen.add(up);
      up = place.get(up);
    }
    if (up !== undefined && shown.has(up)) parent.set(n.id, up);
  }
  const byX = (a: string, b: string) =>
    (shown.get(a) as ChartNode).x - (shown.get(b) as ChartNode).x ||
    (shown.get(a) as ChartNode).y - (shown.get(b) as ChartNode).y;
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const n of layout.nodes) {
    const p = parent.get(n.id);
    if (p === undefined) roots.push(n.id);
    else children.set(p, [...(children.get(p) ?? []), n.id]);
  }
  for (const list of children.values()) list.sort(byX);
  roots.sort((a, b) => Number(b === unit.head) - Number(a === unit.head) || byX(a, b));
  return { parent, children, roots };
}

/** The box an arrow key moves to from `id`. */
export function move(
  nav: Navigation,
  id: string,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
): string {
  if (key === 'ArrowUp') return nav.parent.get(id) ?? id;
  if (key === 'ArrowDown') return nav.children.get(id)?.[0] ?? id;
  const p = nav.parent.get(id);
  const siblings = p === undefined ? nav.roots : (nav.children.get(p) ?? []);
  const i = siblings.indexOf(id);
  const j = key === 'ArrowLeft' ? i - 1 : i + 1;
  return siblings[j] ?? id;
}
