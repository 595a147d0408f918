/**
 * The keys on a chart's box: the arrows move to the box above, below or beside it, Enter or Space
 * choose it, Escape lets the choice go, Home goes to the head, and +, − and 0 zoom.
 */
import { move, type Navigation } from '../../state/chart.svelte';
import type { ZoomController } from '../../render/zoom';

/** What the keys act on: the chart's navigation, its zoom, and the canvas's own moves. */
export interface BoxKeyTarget {
  nav: Navigation;
  zoom: ZoomController;
  focusBox: (id: string) => void;
  onselect: (id: string | undefined) => void;
  fitAll: () => void;
}

export function handleBoxKey(event: KeyboardEvent, id: string, to: BoxKeyTarget): void {
  const k = event.key;
  if (k === 'ArrowUp' || k === 'ArrowDown' || k === 'ArrowLeft' || k === 'ArrowRight') {
    event.preventDefault();
    event.stopPropagation();
    to.focusBox(move(to.nav, id, k));
  } else if (k === 'Enter' || k === ' ') {
    event.preventDefault();
    event.stopPropagation();
    to.onselect(id);
  } else if (k === 'Escape') {
    to.onselect(undefined);
  } else if (k === 'Home') {
    event.preventDefault();
    if (to.nav.roots[0]) to.focusBox(to.nav.roots[0]);
  } else if (k === '+' || k === '=') {
    to.zoom.zoomBy(1.25);
  } else if (k === '-') {
    to.zoom.zoomBy(0.8);
  } else if (k === '0') {
    to.fitAll();
  }
}
