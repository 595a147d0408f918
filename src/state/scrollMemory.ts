/**
 * Where the reader had scrolled on each history entry, for back and forward. It is written into
 * the entry's state a moment after scrolling stops, not when the reader moves to another page:
 * there, reading the scroll position and writing the entry would cost each move a forced layout
 * and a history write before the next page can be drawn.
 */
let pending: ReturnType<typeof setTimeout> | undefined;

function write(): void {
  pending = undefined;
  history.replaceState({ ...(history.state as object | null), scroll: scrollY }, '');
}

/** On scroll: the position is written once scrolling has stopped for a moment. */
export function recordScroll(): void {
  if (pending !== undefined) clearTimeout(pending);
  pending = setTimeout(write, 150);
}

/** Before a new history entry: a position not yet written is written now, into the entry left. */
export function flushScroll(): void {
  if (pending === undefined) return;
  clearTimeout(pending);
  write();
}

/** After back or forward the entry has already changed: a pending position belongs to no entry. */
export function dropScroll(): void {
  if (pending !== undefined) clearTimeout(pending);
  pending = undefined;
}
