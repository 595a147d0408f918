/**
 * Case-, accent- and punctuation-insensitive form of a text: "Kab. Lombok-Barat" -> "kab lombok
 * barat". On its own so that a page that only filters a list does not load the search's tables.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
