/** The search entries of every bundled region (data/search.json), loaded on first use. */
import { fetchOnce } from '../data/fetchOnce';
import type { SearchEntry } from '../model/searchIndex';

class SearchStore {
  entries = $state.raw<SearchEntry[] | undefined>(undefined);
  failed = $state<string | undefined>(undefined);

  ensure(): void {
    if (this.entries !== undefined) return;
    void fetchOnce('./data/search.json').then((got) => {
      if (!got.ok) {
        this.failed = got.reason;
        return;
      }
      try {
        this.entries = JSON.parse(got.text) as SearchEntry[];
      } catch (error) {
        this.failed = (error as Error).message;
      }
    });
  }
}

export const searchStore = new SearchStore();
