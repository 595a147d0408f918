/** FNV-1a over a value's JSON: tells a precomputed layout from stale data. */
export function hashOf(value: unknown): string {
  return hashText(JSON.stringify(value));
}

export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
