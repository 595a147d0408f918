/**
 * What is kept in this browser is never lost: reading never writes, a write touches only the
 * entry it is about, entries that cannot be shown stay as they were (audit F6-F9).
 */
import { describe, expect, it } from 'vitest';
import {
  keepEntry,
  readShelf,
  removeEntry,
  removeUnreadableEntry,
  STORAGE_KEY,
  type KeptStorage,
} from '../../src/state/keptRegions';
import { parseDeck, itemText, slideIndex } from '../../src/state/deck.svelte';
import { fixture } from './fixture';

class MemoryStorage implements KeptStorage {
  values = new Map<string, string>();
  /** Throws QuotaExceededError past this many characters, as a full localStorage does. */
  quota = Infinity;
  writes = 0;
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.writes++;
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.writes++;
    this.values.delete(key);
  }
}

const region = (id: string, name = `Wilayah ${id}`) => ({ ...fixture(), id, name });
function seeded(list: unknown[]): MemoryStorage {
  const s = new MemoryStorage();
  s.values.set(STORAGE_KEY, JSON.stringify(list));
  return s;
}

describe('kept regions', () => {
  it('F6: an entry that fails re-validation stays as it was when another is removed', () => {
    const valid = region('impor-a');
    const broken = { ...region('impor-b'), schemaVersion: 2 };
    const storage = seeded([valid, broken]);
    // (re-validation happens in the worker; here both have ids, so both are listed to be checked)
    expect(readShelf(storage).entries.map((e) => e.id)).toEqual(['impor-a', 'impor-b']);
    expect(removeEntry(storage, 'impor-a')).toEqual({ ok: true });
    expect(storage.getItem(STORAGE_KEY)).toBe(JSON.stringify([broken]));
  });

  it('F7: keeping or removing one region never writes the version on screen of another', () => {
    const a = region('impor-a');
    const b = region('impor-b');
    const storage = seeded([a, b]);
    // An edited A is on screen but not kept; removing B writes the kept A back, not the edit.
    expect(removeEntry(storage, 'impor-b')).toEqual({ ok: true });
    expect(storage.getItem(STORAGE_KEY)).toBe(JSON.stringify([a]));
    // Keeping the edit is the reader's choice, and replaces A where it stands.
    const edited = JSON.stringify({ ...a, name: 'A (sunting)' });
    expect(keepEntry(storage, 'impor-a', edited)).toEqual({ ok: true });
    expect(storage.getItem(STORAGE_KEY)).toBe(`[${edited}]`);
  });

  it('F8: the same region kept twice is shown once; a different one under the same id is kept aside', () => {
    const a = region('impor-a');
    const other = region('impor-a', 'Lain');
    const read = readShelf(seeded([a, a, other]));
    expect(read.entries.map((e) => e.id)).toEqual(['impor-a']);
    expect(read.unreadable).toEqual([
      { text: JSON.stringify(other), id: 'impor-a', name: 'Lain', reason: 'duplicate' },
    ]);
  });

  it('F9: a kept region without the impor- prefix is shown under it, never as a bundled region', () => {
    const fake = region('semarang', 'Kabupaten Semarang (PALSU)');
    const storage = seeded([fake]);
    expect(readShelf(storage).entries.map((e) => e.id)).toEqual(['impor-semarang']);
    expect(storage.writes).toBe(0);
  });

  it('F5: a full storage is reported and changes nothing', () => {
    const a = region('impor-a');
    const storage = seeded([a]);
    const before = storage.getItem(STORAGE_KEY);
    storage.quota = before!.length + 10;
    expect(keepEntry(storage, 'impor-b', JSON.stringify(region('impor-b')))).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('a stored value that is not a list is never overwritten; only its explicit removal clears it', () => {
    const storage = new MemoryStorage();
    storage.values.set(STORAGE_KEY, '{"kaput":');
    const read = readShelf(storage);
    expect(read).toMatchObject({ locked: true, unreadable: [{ text: '{"kaput":', reason: 'notList' }] });
    expect(keepEntry(storage, 'impor-a', JSON.stringify(region('impor-a')))).toEqual({
      ok: false,
      reason: 'locked',
    });
    expect(storage.getItem(STORAGE_KEY)).toBe('{"kaput":');
    expect(removeUnreadableEntry(storage, '{"kaput":')).toEqual({ ok: true });
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('entries without a usable id stay listed (to download or remove) and stay stored', () => {
    const storage = seeded([{ name: 'Tanpa id' }, 42, region('impor-a')]);
    const read = readShelf(storage);
    expect(read.unreadable.map((u) => [u.reason, u.name])).toEqual([
      ['noId', 'Tanpa id'],
      ['noId', undefined],
    ]);
    removeEntry(storage, 'impor-a');
    expect(storage.getItem(STORAGE_KEY)).toBe(JSON.stringify([{ name: 'Tanpa id' }, 42]));
    removeUnreadableEntry(storage, '42');
    expect(storage.getItem(STORAGE_KEY)).toBe(JSON.stringify([{ name: 'Tanpa id' }]));
  });

  it('a refusing storage (sandboxed frame) is reported, not thrown', () => {
    const refusing: KeptStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(readShelf(refusing)).toEqual({ entries: [], unreadable: [], locked: false });
    expect(keepEntry(refusing, 'impor-a', '{}')).toEqual({ ok: false, reason: 'refused' });
  });
});

describe('deck', () => {
  it('F15: a slide index past the deck is its last slide; one that is not an index is the first', () => {
    // The probe's links: butir=5 of two items showed "6 / 2" and PageUp did nothing.
    expect(slideIndex(5, 2)).toBe(1);
    expect(slideIndex(999, 2)).toBe(1);
    expect(slideIndex(1, 2)).toBe(1);
    expect(slideIndex(0, 2)).toBe(0);
    expect(slideIndex(-2, 2)).toBe(0);
    expect(slideIndex(Number.NaN, 2)).toBe(0);
    expect(slideIndex(3, 0)).toBe(0);
  });

  it('F10: a repeated item (from storage or a link) is kept once, in order', () => {
    expect(parseDeck('semarang/kecamatan,kaltim/pd-tipe-1,semarang/kecamatan').map(itemText)).toEqual([
      'semarang/kecamatan',
      'kaltim/pd-tipe-1',
    ]);
  });
});
