/**
 * Search in the browser: one client (its fetched files cached for the visit) shared by the header
 * box, the home page box and the search page, and one session per results list that runs the
 * latest query and drops answers to older ones.
 */
import { fetchOnce } from '../data/fetchOnce';
import { SearchClient, type RegionGroup, type SearchOutcome } from '../search/client';

/** Published search files are relative to the page, like the rest of the data. */
async function fetchJson(path: string): Promise<unknown> {
  const got = await fetchOnce(`./${path}`);
  if (!got.ok) throw new Error(got.reason);
  return JSON.parse(got.text) as unknown;
}

let shared: SearchClient | undefined;
export function searchClient(): SearchClient {
  return (shared ??= new SearchClient(fetchJson));
}

/** What a results list asks for. */
export interface SearchRequest {
  query: string;
  scope?: string | undefined;
  everywhere?: boolean;
}

export class SearchSession {
  outcome = $state.raw<SearchOutcome | undefined>(undefined);
  loading = $state(false);
  failed = $state<string | undefined>(undefined);
  private seq = 0;

  run(request: SearchRequest): void {
    const seq = ++this.seq;
    if (request.query.trim().length < 2) {
      this.outcome = undefined;
      this.loading = false;
      return;
    }
    this.loading = true;
    searchClient()
      .run(request.query, {
        ...(request.scope ? { scope: request.scope } : {}),
        ...(request.everywhere ? { everywhere: true } : {}),
      })
      .then(
        (outcome) => {
          if (seq !== this.seq) return;
          this.outcome = outcome;
          this.failed = undefined;
          this.loading = false;
        },
        (error: unknown) => {
          if (seq !== this.seq) return;
          this.failed = error instanceof Error ? error.message : String(error);
          this.loading = false;
        },
      );
  }

  /** Opens a region listed only with its count, or searches its text too. */
  expand(group: RegionGroup): void {
    const outcome = this.outcome;
    if (!outcome) return;
    void searchClient()
      .expand(group, outcome.words)
      .then((opened) => {
        if (this.outcome !== outcome) return;
        this.outcome = {
          ...outcome,
          groups: outcome.groups.map((g) => (g.region.id === opened.region.id ? opened : g)),
        };
      });
  }
}
