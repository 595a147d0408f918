/**
 * A region's regulation text as search publishes it (`searchPaths.text`): its passages in the
 * text's order, and those passages read back as search documents.
 */
import type { SearchDoc } from '../documents';
import { splitPassages } from '../passages';

/** A region's text as published: [from, to, locator, text] per passage, in the text's order. */
export interface RegionText {
  schemaVersion: 1;
  region: string;
  passages: [number, number, string, string][];
}

/** The passages of a region's published text as search documents. */
export function passageDocs(text: RegionText): SearchDoc[] {
  return text.passages.map(([from, to, locator, body]) => ({
    kind: 'passage',
    label: locator,
    text: body,
    route: { name: 'passage', region: text.region, from, to },
  }));
}

/** A region's passages in the published form. */
export function regionText(regionId: string, sourceText: string): RegionText {
  return {
    schemaVersion: 1,
    region: regionId,
    passages: splitPassages(sourceText).map((p) => [p.from, p.to, p.locator, p.text]),
  };
}
