/**
 * Ids a draft gives the items a person names: the name as kebab-case, made unique among the ids
 * already taken.
 */

/** kebab-case id from a name ("Kepala Bagian Umum" -> "kepala-bagian-umum"). */
export function slug(name: string, max = 60): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return s || 'tanpa-nama';
}

/** An id not yet in `taken`: the slug, else the slug with -2, -3, ... */
export function uniqueId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slug(name);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}
