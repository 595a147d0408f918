/**
 * Citations a draft does not give yet: the mark that stands for one, the test for it, and the
 * list of those still missing with their JSON paths (what Susun asks the writer to cite).
 */
import { formatPath, type PathItem } from '../../data/issues';
import type { DraftRegion, MissingCite } from '../draft';

export const missing = (was?: string): MissingCite => (was ? { missing: true, was } : { missing: true });

export function isMissing(cite: unknown): cite is MissingCite {
  return typeof cite === 'object' && cite !== null && (cite as MissingCite).missing === true;
}

export interface UncitedItem {
  /** JSON path of the item's `cite`. */
  path: string;
  pathItems: PathItem[];
  was?: string;
}

/** Every citation still missing, with its JSON path. */
export function uncited(region: DraftRegion): UncitedItem[] {
  const out: UncitedItem[] = [];
  const walk = (value: unknown, path: PathItem[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'cite' && isMissing(child)) {
          const at = [...path, key];
          out.push({ path: formatPath(at), pathItems: at, ...(child.was ? { was: child.was } : {}) });
        } else walk(child, [...path, key]);
      }
    }
  };
  walk(region, []);
  return out;
}
