/** A laid-out chart: absolute coordinates, ready to draw. Plain JSON (precomputed at build). */
import type { Lang } from '../i18n/messages';
import type { RelationKind, Role } from '../model/types';

export const LAYOUT_VERSION = 2;

/**
 * How a chart is laid out: `expanded` / `collapsed` are the wide layered chart with kelompok
 * groups open or shut; `narrow` / `narrow-collapsed` are the indented tree made for phones.
 */
export type LayoutMode = 'expanded' | 'collapsed' | 'narrow' | 'narrow-collapsed';
export type GroupMode = 'expanded' | 'collapsed';
export type LayoutShape = 'wide' | 'narrow';

export const MODES: readonly LayoutMode[] = ['expanded', 'collapsed', 'narrow', 'narrow-collapsed'];

export function modeOf(shape: LayoutShape, groups: GroupMode): LayoutMode {
  if (shape === 'wide') return groups;
  return groups === 'expanded' ? 'narrow' : 'narrow-collapsed';
}
export function groupsOf(mode: LayoutMode): GroupMode {
  return mode === 'collapsed' || mode === 'narrow-collapsed' ? 'collapsed' : 'expanded';
}
export function shapeOf(mode: LayoutMode): LayoutShape {
  return mode === 'narrow' || mode === 'narrow-collapsed' ? 'narrow' : 'wide';
}

/** A line of text at a position relative to its box's top-left corner (y is the baseline). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
}
export interface BadgeBox {
  label: string;
  x: number;
  y: number;
  width: number;
}
/** What a box says in one language below the name: its subtitle and role badges. */
export interface BoxFace {
  sub: TextRun[];
  badges: BadgeBox[];
}
/** Every word drawn in a box, placed: the name (the law's words) and one face per language. */
export interface BoxText {
  name: TextRun[];
  faces: Record<Lang, BoxFace>;
}

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
  roles: Role[];
  /** For a kelompok: how many positions it holds. */
  memberCount?: number;
  text: BoxText;
  /** For a group: the height of its title block (name, subtitle, badges); members sit below. */
  titleHeight?: number;
}

/** How an edge stands in the text (see the data format's `basis`), or `inferred` by the layout. */
export type EdgeBasis = 'stated' | 'derived' | 'supplied' | 'inferred';

export interface ChartEdge {
  /** The relation's key, or kind:from->to when a collapsed group merged several. */
  id: string;
  kind: RelationKind;
  as?: 'ketuaTim' | 'pengendali' | 'pelaksanaKoordinasi';
  from: string;
  to: string;
  /** Keys of the data relations this edge draws (none for an inferred edge). */
  relations: string[];
  /**
   * Absent = stated. `inferred`: no relation of the text; the layout places a position the text
   * relates to nothing under the head "menurut susunan" (by the unit's structure).
   */
  basis?: Exclude<EdgeBasis, 'stated'>;
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
  /** Font size (layout px) of the box names: the camera keeps it readable. */
  labelSize: number;
  /** The unit's head: where the chart opens when it cannot be shown whole. */
  head: string;
  nodes: ChartNode[];
  edges: ChartEdge[];
  /** Relations drawn by containment (between a kelompok and its own member). */
  contained: string[];
}

/** Minimal ELK JSON types (what we send and read back), so layout code does not import elkjs. */
export interface ElkPort {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
}
export interface ElkNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  ports?: ElkPort[];
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
