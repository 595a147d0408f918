/**
 * What a reader chose to keep in this browser: imported regions under one storage key
 * (`bagan.impor`, a JSON list of region files). Framework-free and never throws.
 *
 * Nothing here loses data: reading never writes; a write replaces or removes only the entry it
 * is about and writes every other entry back as it was read (an entry that fails re-validation,
 * a duplicate, anything unreadable stays); a value that is not a JSON list is never overwritten.
 */
import { importedId } from '../data/importProtocol';

export const STORAGE_KEY = 'bagan.impor';

/** Storage as far as this module needs it (localStorage, or a stand-in in tests). */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A kept region file: its id with the `impor-` prefix and its JSON text as stored. */
export interface KeptEntry {
  id: string;
  text: string;
  /** The region's name as written in it. */
  name?: string;
}

/** A kept entry that cannot be shown: its text exactly as stored, and why. */
export interface UnreadableEntry {
  /** The entry's JSON text (or, for a value that is not a list, the whole value). */
  text: string;
  /** The name written in it, when it has one. */
  name?: string;
  /** The id (prefixed) written in it, when it has one. */
  id?: string;
  reason: UnreadableReason;
  /** Validation problems, for `invalid`. */
  detail?: string;
}

export type UnreadableReason = 'notList' | 'noId' | 'duplicate' | 'invalid';

export interface ShelfRead {
  entries: KeptEntry[];
  unreadable: UnreadableEntry[];
  /** The stored value is not a JSON list: writing would destroy it, so nothing is written. */
  locked: boolean;
}

export type WriteOutcome = { ok: true } | { ok: false; reason: 'full' | 'refused' | 'locked' };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseList(raw: string | null): unknown[] | undefined | 'empty' {
  if (raw === null || raw === '') return 'empty';
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list : undefined;
  } catch {
    return undefined;
  }
}

function field(value: unknown, key: 'id' | 'name'): string | undefined {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
  const got = (value as Record<'id' | 'name', unknown>)[key];
  return typeof got === 'string' ? got : undefined;
}

/** Reads what is kept, sorting entries that can be shown from those that cannot. Never writes. */
export function readShelf(storage: KeptStorage | undefined): ShelfRead {
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  const list = parseList(raw);
  if (list === 'empty') return { entries: [], unreadable: [], locked: false };
  if (list === undefined)
    return { entries: [], unreadable: [{ text: raw ?? '', reason: 'notList' }], locked: true };
  const entries: KeptEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  const seen = new Map<string, string>();
  for (const item of list) {
    const text = JSON.stringify(item);
    const rawId = field(item, 'id');
    const name = field(item, 'name');
    const named = name === undefined ? {} : { name };
    if (rawId === undefined || !ID.test(rawId)) {
      unreadable.push({ text, reason: 'noId', ...named });
      continue;
    }
    const id = importedId(rawId);
    const earlier = seen.get(id);
    // The same region kept twice, byte for byte: one copy is enough to show, nothing is lost.
    if (earlier === text) continue;
    if (earlier !== undefined) {
      unreadable.push({ text, id, reason: 'duplicate', ...named });
      continue;
    }
    seen.set(id, text);
    entries.push({ id, text, ...named });
  }
  return { entries, unreadable, locked: false };
}

function write(storage: KeptStorage, texts: readonly string[]): WriteOutcome {
  try {
    if (texts.length === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, `[${texts.join(',')}]`);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'refused' };
  }
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** The stored list as read now (each entry's text and id), or why it cannot be rewritten. */
function current(storage: KeptStorage): { text: string; id: string | undefined }[] | 'locked' {
  const list = parseList(storage.getItem(STORAGE_KEY));
  if (list === 'empty') return [];
  if (list === undefined) return 'locked';
  return list.map((item) => {
    const id = field(item, 'id');
    return { text: JSON.stringify(item), id: id !== undefined && ID.test(id) ? importedId(id) : undefined };
  });
}

function change(
  storage: KeptStorage | undefined,
  edit: (list: { text: string; id: string | undefined }[]) => string[] | undefined,
): WriteOutcome {
  if (!storage) return { ok: false, reason: 'refused' };
  let list: ReturnType<typeof current>;
  try {
    list = current(storage);
  } catch {
    return { ok: false, reason: 'refused' };
  }
  if (list === 'locked') return { ok: false, reason: 'locked' };
  const next = edit(list);
  return next === undefined ? { ok: true } : write(storage, next);
}

/**
 * Keeps one region (its JSON text, id already prefixed): replaces the first entry with that id
 * where it stands, or adds it at the end. Every other entry is written back as it was read.
 */
export function keepEntry(storage: KeptStorage | undefined, id: string, text: string): WriteOutcome {
  return change(storage, (list) => {
    const at = list.findIndex((e) => e.id === id);
    const texts = list.map((e) => e.text);
    if (at >= 0) texts.splice(at, 1, text);
    else texts.push(text);
    return texts;
  });
}

/** Removes the kept entry shown for a region (the first with its id); the rest stays as it was. */
export function removeEntry(storage: KeptStorage | undefined, id: string): WriteOutcome {
  return change(storage, (list) => {
    const at = list.findIndex((e) => e.id === id);
    return at < 0 ? undefined : list.filter((_, i) => i !== at).map((e) => e.text);
  });
}

/** Removes one unreadable entry, found by its exact text (a value that is not a list: the whole value). */
export function removeUnreadableEntry(storage: KeptStorage | undefined, text: string): WriteOutcome {
  if (!storage) return { ok: false, reason: 'refused' };
  try {
    if (storage.getItem(STORAGE_KEY) === text && parseList(text) === undefined) return write(storage, []);
  } catch {
    return { ok: false, reason: 'refused' };
  }
  return change(storage, (list) => {
    const at = list.findIndex((e) => e.text === text);
    return at < 0 ? undefined : list.filter((_, i) => i !== at).map((e) => e.text);
  });
}

/** Whether the kept text of `id` is exactly `text` (the version on screen is the kept one). */
export function keptText(storage: KeptStorage | undefined, id: string): string | undefined {
  return readShelf(storage).entries.find((e) => e.id === id)?.text;
}
