import type { ChartLayout, LayoutMode } from './types';

export interface WorkerRequest {
  id: number;
  /** The unit type as JSON text (one serialisation on the page, none of the page's proxies). */
  unit: string;
  mode: LayoutMode;
}

/**
 * A layout comes back as JSON text in slices: the boxes and lines in parts of a few hundred, then
 * the rest. Each message is parsed in its own task, so even a layout of thousands of boxes never
 * holds the page's main thread for long.
 */
export type WorkerResponse =
  | { id: number; ok: true; part: 'nodes' | 'edges'; json: string }
  | { id: number; ok: true; part: 'rest'; json: string }
  | { id: number; ok: false; message: string };

const SLICE = 200;

/** The messages that carry one layout. */
export function layoutMessages(id: number, layout: ChartLayout): WorkerResponse[] {
  const out: WorkerResponse[] = [];
  for (let i = 0; i < layout.nodes.length; i += SLICE)
    out.push({ id, ok: true, part: 'nodes', json: JSON.stringify(layout.nodes.slice(i, i + SLICE)) });
  for (let i = 0; i < layout.edges.length; i += SLICE)
    out.push({ id, ok: true, part: 'edges', json: JSON.stringify(layout.edges.slice(i, i + SLICE)) });
  out.push({ id, ok: true, part: 'rest', json: JSON.stringify({ ...layout, nodes: [], edges: [] }) });
  return out;
}

/** Collects a layout's slices; `add` returns the layout once its last message has come. */
export class LayoutAssembler {
  private nodes: ChartLayout['nodes'] = [];
  private edges: ChartLayout['edges'] = [];

  add(message: Extract<WorkerResponse, { ok: true }>): ChartLayout | undefined {
    if (message.part === 'nodes') this.nodes.push(...(JSON.parse(message.json) as ChartLayout['nodes']));
    else if (message.part === 'edges') this.edges.push(...(JSON.parse(message.json) as ChartLayout['edges']));
    else return { ...(JSON.parse(message.json) as ChartLayout), nodes: this.nodes, edges: this.edges };
    return undefined;
  }
}
