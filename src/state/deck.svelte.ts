/**
 * A trainer's deck: charts and flows in order, kept in this browser and shareable as a link
 * (`#/presentasi?dek=<item>,<item>` with items `<region>/<unit>` or `<region>/alur/<flow>[@<unit>]`).
 */
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

class DeckStore {
  items = $state.raw<DeckItem[]>(load());

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
    return `#/presentasi?dek=${this.items.map(itemText).join(',')}`;
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
