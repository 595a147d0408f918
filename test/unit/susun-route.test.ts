/** Susun's route: #/susun parses to the susun page and is built back by href. */
import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../../src/state/router.svelte';

describe('Susun route', () => {
  it('#/susun is the Susun page, and href builds it', () => {
    expect(parseHash('#/susun')).toEqual({ name: 'susun' });
    expect(parseHash('#/susun/')).toEqual({ name: 'susun' });
    expect(href({ name: 'susun' })).toBe('#/susun');
  });
});
