/**
 * Why a line is drawn "menurut susunan": the region's notes about the positions such a line joins
 * (`about: ["<unit>/<position>"]`). Without one, the viewer says it in its own words.
 */
import type { Note } from '../model/types';
import type { ChartLayout } from './types';

export function structureNotes(notes: readonly Note[], layout: ChartLayout): Note[] {
  const ends = new Set(layout.edges.filter((e) => e.basis === 'inferred').flatMap((e) => [e.from, e.to]));
  if (ends.size === 0) return [];
  const about = new Set([...ends].map((id) => `${layout.unitId}/${id}`));
  return notes.filter((n) => n.about?.some((a) => about.has(a)));
}
