/**
 * The two files a region needs, together: `regions/<id>.json` and `sources/<file>.txt`, as in
 * the project's `data/` folder. fflate is loaded only when a zip is made or opened.
 */
export interface RegionFiles {
  regionName: string;
  regionText: string;
  sourceName: string;
  sourceText: string;
}

export async function zipRegion(files: RegionFiles): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  return zipSync({
    regions: { [files.regionName]: strToU8(files.regionText) },
    sources: { [files.sourceName]: strToU8(files.sourceText) },
  });
}

/** The region file and its source text from a zip made by zipRegion (or any zip holding one of each). */
export async function unzipRegion(bytes: Uint8Array): Promise<Partial<RegionFiles>> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const entries = unzipSync(bytes, {
    filter: (f) => /\.(json|txt)$/i.test(f.name) && f.originalSize < 50_000_000,
  });
  const out: Partial<RegionFiles> = {};
  for (const [path, data] of Object.entries(entries)) {
    const name = path.split('/').at(-1) ?? path;
    if (/\.json$/i.test(name) && out.regionText === undefined) {
      out.regionName = name;
      out.regionText = strFromU8(data);
    } else if (/\.txt$/i.test(name) && out.sourceText === undefined) {
      out.sourceName = name;
      out.sourceText = strFromU8(data);
    }
  }
  return out;
}
