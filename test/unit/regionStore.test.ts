import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { store } from '../../src/state/regions.svelte';
import { regionFiles } from '../../scripts/sources';

const shipped = regionFiles().map((p) => readFileSync(p, 'utf8'));
const settle = () => new Promise((r) => setTimeout(r, 0));

/** Serves `data/<id>.json` as a copy of a shipped file with that id; counts the requests. */
function serveCopies() {
  const requests: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    requests.push(url);
    const m = /^data\/([a-z0-9-]+)\.json$/.exec(url);
    const n = Number(m?.[1]?.split('-')[1] ?? -1);
    if (!m || n < 0) return Promise.resolve(new Response('', { status: 404 }));
    const region = JSON.parse(shipped[n % shipped.length]!) as { id: string };
    region.id = m[1]!;
    return Promise.resolve(new Response(JSON.stringify(region), { status: 200 }));
  });
  return requests;
}

describe('region store', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    store.clear();
  });

  it('adds each region without copying the others: k regions, k writes, one map', async () => {
    const requests = serveCopies();
    const map = store.regions;
    const writes = vi.spyOn(map, 'set');
    const k = 40;
    const seen = new Map<string, unknown>();
    for (let i = 0; i < k; i++) {
      store.ensure(`salinan-${i}`);
      store.ensure(`salinan-${i}`); // asked twice, fetched once
      await settle();
      await settle();
      seen.set(`salinan-${i}`, store.regions.get(`salinan-${i}`));
    }
    // One write per region: a store that copied the map for each new region would write k(k+1)/2.
    expect(writes).toHaveBeenCalledTimes(k);
    expect(store.regions).toBe(map);
    expect(requests).toHaveLength(k);
    // Earlier regions are the same objects, not copies.
    for (const [id, value] of seen) {
      expect(store.regions.get(id)).toBe(value);
      expect(store.regions.get(id)?.status).toBe('ok');
    }
  });

  // (Ids not used above: fetchOnce keeps a visit's responses.)
  it('a comparison of two regions fetches those two files and nothing else', async () => {
    const requests = serveCopies();
    store.ensure('salinan-103');
    store.ensure('salinan-107');
    await settle();
    await settle();
    expect(requests.sort()).toEqual(['data/salinan-103.json', 'data/salinan-107.json']);
    expect([...store.regions.keys()].sort()).toEqual(['salinan-103', 'salinan-107']);
  });
});
