/** A laid-out chart: absolute coordinates, ready to draw. Plain JSON (precomputed at build). */
import type { RelationKind, Role } from '../model/types';

export const LAYOUT_VERSION = 1;

export type LayoutMode = 'expanded' | 'collapsed';

export interface ChartNode {
  id: string;
  /** 'group' is an expanded kelompok drawn as a container; a collapsed one is a 'position'. */
  kind: 'position' | 'group';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Id of the group node it is drawn inside. */
  parent?: string;
  nameLines: string[];
  roles: Role[];
  /** For a kelompok: how many positions it holds. */
  memberCount?: number;
}

export interface ChartEdge {
  /** The relation's key, or kind:from->to when a collapsed group merged several. */
  id: string;
  kind: RelationKind;
  as?: 'ketuaTim' | 'pengendali' | 'pelaksanaKoordinasi';
  from: string;
  to: string;
  /** Keys of the data relations this edge draws. */
  relations: string[];
  /** Polyline, from the `from` box to the `to` box. */
  points: [number, number][];
}

export interface ChartLayout {
  version: typeof LAYOUT_VERSION;
  unitId: string;
  mode: LayoutMode;
  /** Hash of the unit type's data the layout was computed from. */
  hash: string;
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
}

/** Minimal ELK JSON types (what we send and read back), so layout code does not import elkjs. */
export interface ElkNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkNode[];
  edges?: ElkEdge[];
}
export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  sections?: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[];
  container?: string;
}
export interface Point {
  x: number;
  y: number;
}
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}
