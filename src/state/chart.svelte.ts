/** View state of one chart: its layout, which relation kinds show, hover and keyboard focus. */
import { elkWorker, getLayout, LayoutCancelled, type LayoutSource } from '../layout/client';
import type { ChartLayout, ChartNode, LayoutMode } from '../layout/types';
import { hierarchyOf } from '../model/hierarchy';
import type { Region, RelationKind, UnitType } from '../model/types';

export type LayoutStatus =
  | { state: 'loading' }
  | { state: 'cancelled' }
  | { state: 'ready'; from: LayoutSource['from'] }
  | { state: 'error'; message: string };

export class ChartState {
  mode = $state<LayoutMode>('expanded');
  hidden = $state.raw<ReadonlySet<RelationKind>>(new Set());
  layout = $state.raw<ChartLayout | undefined>(undefined);
  status = $state.raw<LayoutStatus>({ state: 'loading' });
  private request = 0;

  async load(region: Region, unit: UnitType, usePrecomputed = true): Promise<void> {
    const request = ++this.request;
    this.status = { state: 'loading' };
    try {
      const got = await getLayout(region, unit, this.mode, usePrecomputed);
      if (request !== this.request) return;
      this.layout = got.layout;
      this.status = { state: 'ready', from: got.from };
      if (typeof performance !== 'undefined') performance.mark('bagan:chart-layout-ready');
    } catch (error) {
      if (request !== this.request || error instanceof LayoutCancelled) return;
      this.status = { state: 'error', message: error instanceof Error ? error.message : String(error) };
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
  const tree = hierarchyOf(unit);
  const parent = new Map<string, string>();
  for (const n of layout.nodes) {
    const up = tree
      .ancestors(n.id)
      .slice(1)
      .find((id) => shown.has(id));
    if (up !== undefined) parent.set(n.id, up);
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
