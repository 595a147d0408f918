/** The list of regions published as data/index.json: enough to draw the picker. */
import * as v from 'valibot';
import { Id, LEVELS, type RegionData } from './schema';
import { hashText } from './hash';

export const RegionIndexEntry = v.object({
  id: Id,
  name: v.string(),
  level: v.picklist(LEVELS),
  province: v.optional(v.string()),
  regulation: v.object({ type: v.string(), number: v.string(), year: v.number(), title: v.string() }),
  file: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.json$/)),
  unitTypes: v.number(),
  flows: v.number(),
  /** Hash of the published file: a file that matches was validated at build time. */
  hash: v.optional(v.string()),
});
export const RegionIndex = v.object({ schemaVersion: v.literal(1), regions: v.array(RegionIndexEntry) });
export type RegionIndexEntry = v.InferOutput<typeof RegionIndexEntry>;
export type RegionIndex = v.InferOutput<typeof RegionIndex>;

export function indexEntry(region: RegionData, publishedText?: string): RegionIndexEntry {
  const { type, number, year, title } = region.regulation;
  return {
    id: region.id,
    name: region.name,
    level: region.level,
    ...(region.province ? { province: region.province } : {}),
    regulation: { type, number, year, title },
    file: `${region.id}.json`,
    unitTypes: region.unitTypes.length,
    flows: region.flows.length,
    ...(publishedText !== undefined ? { hash: hashText(publishedText) } : {}),
  };
}
