/**
 * A plain copy of (reactive) draft data. JSON is the draft's own format, so a JSON round trip is
 * exact here; read inside an effect it depends on every field, which autosave and the check need.
 */
export function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
