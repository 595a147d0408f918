/**
 * A trainer's deck: charts and flows in order, kept in this browser and shareable as a link
 * (`presentasi/?dek=<item>,<item>` with items `<region>/<unit>` or `<region>/alur/<flow>[@<unit>]`).
 */
import { href } from '../routes';

const STORAGE_KEY = 'bagan.dek';
const ITEM = /^[a-z0-9-]+\/(?:alur\/[a-z0-9-]+(?:@[a-z0-9-]+)?|[a-z0-9-]+)$/;

export type DeckItem =
  | { kind: 'chart'; region: string; unit: string }
  | { kind: 'flow'; region: string; flow: string; unit?: string };

export function parseItem(text: string): DeckItem | undefined {
  if (!ITEM.test(text)) return undefined;
  const parts = text.split('/');
  if (parts[1] === 'alur') {
    const [flow, unit] = (parts[2] ?? '').split('@');
    return { kind: 'flow', region: parts[0]!, flow: flow!, ...(unit ? { unit } : {}) };
  }
  return { kind: 'chart', region: parts[0]!, unit: parts[1]! };
}

export function itemText(item: DeckItem): string {
  return item.kind === 'chart'
    ? `${item.region}/${item.unit}`
    : `${item.region}/alur/${item.flow}${item.unit ? `@${item.unit}` : ''}`;
}

/** Items of a deck text in order, each once (a repeated item, from a link or storage, is dropped). */
export function parseDeck(text: string): DeckItem[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((t) => parseItem(t.trim()))
    .filter((i): i is DeckItem => {
      if (i === undefined || seen.has(itemText(i))) return false;
      seen.add(itemText(i));
      return true;
    })
    .slice(0, 60);
}

/**
 * The slide a link's `butir` stands for in a deck of `length` items: past the end (a link cut
 * short, `butir=5` of 2, `butir=1e308`) the last slide, so the label and the way back agree.
 */
export function slideIndex(item: number, length: number): number {
  if (!Number.isInteger(item) || item < 0) return 0;
  return Math.min(item, Math.max(length - 1, 0));
}

class DeckStore {
  /** Empty until `restore()` reads this browser's storage (after the page is hydrated). */
  items = $state.raw<DeckItem[]>([]);

  restore(): void {
    this.items = load();
  }

  add(item: DeckItem): void {
    if (this.items.some((i) => itemText(i) === itemText(item))) return;
    this.items = [...this.items, item];
    this.save();
  }

  remove(index: number): void {
    this.items = this.items.filter((_, i) => i !== index);
    this.save();
  }

  move(index: number, by: -1 | 1): void {
    const j = index + by;
    if (j < 0 || j >= this.items.length) return;
    const next = [...this.items];
    [next[index], next[j]] = [next[j]!, next[index]!];
    this.items = next;
    this.save();
  }

  has(item: DeckItem): boolean {
    return this.items.some((i) => itemText(i) === itemText(item));
  }

  get link(): string {
    return href({
      name: 'presentation',
      deck: this.items.map(itemText).join(','),
      item: 0,
      path: [],
      tour: false,
    });
  }

  private save(): void {
    try {
      localStorage.setItem(STORAGE_KEY, this.items.map(itemText).join(','));
    } catch {
      // storage refused: the deck lives for this visit and in its link
    }
  }
}

function load(): DeckItem[] {
  try {
    return parseDeck(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '');
  } catch {
    return [];
  }
}

export const deck = new DeckStore();
