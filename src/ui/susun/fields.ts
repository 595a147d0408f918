/**
 * The Susun forms' fields named by JSON paths: the element id of a field, the path items of a
 * validator's path, and focusing the field a path names (the check list's links to the forms).
 */
import { tick } from 'svelte';

/** Element id of a form field from its JSON path items. */
export function fieldId(path: readonly (string | number)[]): string {
  return `sf-${path.join('-')}`;
}

/** `$.unitTypes[0].positions[2].name` -> ['unitTypes', 0, 'positions', 2, 'name']. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g))
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] ?? '')));
  return out;
}

/** Focuses the field a JSON path names, or the nearest enclosing one that is on the page. */
export async function focusField(path: readonly (string | number)[]): Promise<boolean> {
  await tick();
  for (let n = path.length; n > 0; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)));
    if (el) {
      el.closest('details')?.setAttribute('open', '');
      el.scrollIntoView({ block: 'center' });
      el.focus();
      return true;
    }
  }
  return false;
}
