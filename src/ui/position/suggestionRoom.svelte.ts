/**
 * Room for the suggestions under Posisi saya's office box: the list ends where the visual viewport
 * does (above a phone's on-screen keyboard), and typing lifts the box to the top of what is
 * visible so the suggestions have the room under it. Made by the page (its effects are the page's).
 */
import { tick } from 'svelte';

export class SuggestionRoom {
  /** The office box. */
  input = $state<HTMLInputElement | undefined>();
  /** Height (px) the suggestions may take, once measured. */
  room = $state<number | undefined>(undefined);

  constructor(typed: () => string) {
    // Typing opens the suggestions: once they are drawn there is room to lift the box.
    $effect(() => {
      if (typed().trim().length < 2) return;
      void tick().then(this.lift);
    });
    $effect(() => {
      const vv = window.visualViewport;
      if (!vv) return;
      vv.addEventListener('resize', this.measure);
      vv.addEventListener('scroll', this.measure);
      return () => {
        vv.removeEventListener('resize', this.measure);
        vv.removeEventListener('scroll', this.measure);
      };
    });
  }

  /** Suggestions stay above the on-screen keyboard: the list ends where the visual viewport does. */
  measure = () => {
    const vv = window.visualViewport;
    const input = this.input;
    if (!input || !vv) return;
    const bottom = input.getBoundingClientRect().bottom;
    this.room = Math.max(120, Math.floor(vv.height + vv.offsetTop - bottom - 12));
  };

  /** Lifts the box to the top of what is visible, so the suggestions have the room under it. */
  lift = () => {
    const vv = window.visualViewport;
    const input = this.input;
    if (!input || document.activeElement !== input) return;
    const top = input.getBoundingClientRect().top;
    if (top > (vv?.height ?? window.innerHeight) * 0.25)
      (input.labels?.[0] ?? input).scrollIntoView({ block: 'start' });
    this.measure();
  };
}
