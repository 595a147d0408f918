/**
 * Whether the page is being printed (or print is emulated): print-only drawings are rendered
 * only then, so the screen does not pay for a second copy of every chart.
 */
class PrintState {
  active = $state(false);

  constructor() {
    if (typeof window === 'undefined') return;
    const query = window.matchMedia?.('print');
    this.active = query?.matches ?? false;
    query?.addEventListener('change', (e) => (this.active = e.matches));
    window.addEventListener('beforeprint', () => (this.active = true));
    window.addEventListener('afterprint', () => (this.active = query?.matches ?? false));
  }
}

export const printing = new PrintState();
