/**
 * One request per URL per visit, shared by everyone who needs it: lets the start-up code begin
 * fetching a page's data, layout and chunks at once instead of one after the other. Paths are
 * relative to the site's root (every page's `<base href>`).
 */
import type { Fetched } from '../app/load';

const requests = new Map<string, Promise<Fetched>>();

export function fetchOnce(url: string): Promise<Fetched> {
  let hit = requests.get(url);
  if (!hit) {
    hit = fetch(url)
      .then(async (res): Promise<Fetched> =>
        res.ok
          ? { ok: true, text: await res.text() }
          : { ok: false, reason: `HTTP ${res.status}`, status: res.status },
      )
      .catch((error: unknown): Fetched => ({
        ok: false,
        reason: error instanceof Error ? error.message : String(error),
      }));
    requests.set(url, hit);
    // A failure may be retried later (the Retry button): forget it.
    void hit.then((r) => {
      if (!r.ok) requests.delete(url);
    });
  }
  return hit;
}

/** Forgets a URL so the next request goes to the network (used by Retry). */
export function forget(url: string): void {
  requests.delete(url);
}

/** Forgets every failed or pending request (Retry on a page). */
export function forgetAll(): void {
  requests.clear();
}
