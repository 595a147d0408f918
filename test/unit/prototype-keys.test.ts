/**
 * F11: words a reader types that name Object.prototype members ("constructor", "toString",
 * "__proto__") are plain words to search, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { matchScore, words } from '../../src/model/text';

describe('prototype names as words', () => {
  for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    it(`"${word}" is searched as a word`, () => {
      expect(() => words(`kepala ${word}`)).not.toThrow();
      expect(matchScore(`kepala ${word}`, 'Kepala Dinas')).toBe(0);
      expect(matchScore('kepala', `Kepala ${word}`)).toBeGreaterThan(0);
    });
  }

  it('abbreviations still expand', () => {
    expect(words('Setda')).toEqual(['setda', 'sekretariat', 'daerah']);
    expect(matchScore('setda', 'Sekretariat Daerah')).toBeGreaterThan(0);
  });
});
