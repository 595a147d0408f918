/**
 * Whether a route shows the page already on screen, or another page: only moving to another page
 * starts the reader at its top and its heading.
 */
import type { Route } from '../routes';

/**
 * Whether a route shows the page already on screen with other settings (a selection, a step, a
 * slide, the view of a chart) rather than another page (another region, unit type, flow, letter or
 * province): only moving to another page starts the reader at its top and its heading.
 */
export function samePageOf(a: Route, b: Route): boolean {
  if (a.name !== b.name) return false;
  const subject = (r: Route): string => {
    switch (r.name) {
      case 'province':
        return r.province;
      case 'region':
      case 'passage':
        return r.region;
      case 'unit':
        return `${r.region}/${r.unit}`;
      case 'flow':
        return `${r.region}/${r.flow}`;
      case 'letter':
        return `${r.region}/${r.form}`;
      default:
        return '';
    }
  };
  return subject(a) === subject(b);
}
