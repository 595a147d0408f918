/**
 * A draft: a region file being written, with the text of its regulation. The draft has the
 * region file's own shape, so the validator's JSON paths point into the forms; only a citation
 * may be missing (not cited yet, or cleared when the draft started from a bundled region's
 * structure and marked to re-cite).
 */
import type { RegionData } from '../data/schema';

export { isMissing, missing, uncited, type UncitedItem } from './draft/cite';
export { slug, uniqueId } from './draft/ids';
export { emptyRegion, fromRegionStructure } from './draft/start';
export { checkDraft, regionFileText, toRegion } from './draft/regionFile';

export type Citation = RegionData['regulation']['cite'];

/** A citation not given yet. `was`: the locator it had in the region the draft started from. */
export interface MissingCite {
  missing: true;
  was?: string;
}
export type DraftCite = Citation | MissingCite;

/** The region's shape with every `cite` allowed to be missing. */
export type Draftify<T> = T extends readonly (infer U)[]
  ? Draftify<U>[]
  : T extends object
    ? { [K in keyof T]: K extends 'cite' ? DraftCite | Exclude<T[K], Citation> : Draftify<T[K]> }
    : T;

export type DraftRegion = Draftify<RegionData>;
export type DraftUnit = DraftRegion['unitTypes'][number];
export type DraftPosition = DraftUnit['positions'][number];
export type DraftRelation = DraftUnit['relations'][number];
export type DraftFlow = DraftRegion['flows'][number];
export type DraftStep = DraftFlow['steps'][number];
export type DraftParticipant = DraftFlow['participants'][number];
export type DraftRule = DraftRegion['rules'][number];
export type DraftForm = DraftRegion['forms'][number];
export type DraftNote = DraftRegion['notes'][number];

export interface Draft {
  /** Storage key. */
  key: string;
  /** Shown in the draft list. */
  title: string;
  updated: number;
  region: DraftRegion;
}
