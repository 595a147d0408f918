/**
 * The message catalogue (src/i18n/messages.ts): each part of the app keeps its messages in its
 * own file, Indonesian and English side by side; merged, no part may hide another's key.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, PARTS } from '../../src/i18n/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('the parts share no key: merged, every message of every part is there', () => {
    const seen = new Map<string, number>();
    PARTS.forEach((part, i) => {
      for (const key of Object.keys(part)) {
        expect(seen.has(key), `${key} is in parts ${seen.get(key)} and ${i}`).toBe(false);
        seen.set(key, i);
      }
    });
    expect(Object.keys(catalogue.id).sort()).toEqual([...seen.keys()].sort());
  });

  it('every message has both languages, with the same placeholders', () => {
    for (const part of PARTS)
      for (const [key, both] of Object.entries(part) as [string, { id: string; en: string }][]) {
        expect(both.id.trim(), `${key} (id)`).not.toBe('');
        expect(both.en.trim(), `${key} (en)`).not.toBe('');
        expect(placeholders(both.en), key).toEqual(placeholders(both.id));
      }
  });
});

describe('structural levels', () => {
  it('one level is singular in English ("1 levels" was shown for 15 unit types); several are plural', async () => {
    const { i18n } = await import('../../src/i18n/i18n.svelte');
    i18n.lang = 'en';
    expect(i18n.levels([1])).toBe('1 level');
    expect(i18n.levels([2, 3])).toBe('2 / 3 levels');
    expect(i18n.levels([2])).toBe('2 levels');
    i18n.lang = 'id';
    expect(i18n.levels([1])).toBe('1 level');
    expect(i18n.levels([2, 3])).toBe('2 / 3 level');
  });
});
