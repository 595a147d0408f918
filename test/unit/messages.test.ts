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
