/**
 * Every citation in a region file, found by walking it, with its JSON path.
 */
import type { PathItem } from '../issues';
import type { RegionData } from '../schema';

export interface CitationAt {
  path: PathItem[];
  citation: { file: string; locator: string; lines: [number, number]; quote: string };
}

/** Every citation in the region, with its JSON path. */
export function citations(region: RegionData): CitationAt[] {
  const out: CitationAt[] = [];
  const walk = (value: unknown, path: PathItem[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'cite' && child && typeof child === 'object')
          out.push({ path: [...path, key], citation: child as CitationAt['citation'] });
        else walk(child, [...path, key]);
      }
    }
  };
  walk(region, []);
  return out;
}
