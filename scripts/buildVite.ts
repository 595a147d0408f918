/**
 * Step 2 of the build (scripts/build.ts): Vite builds the browser code into the output folder and
 * the server renderer into its cache folder. Vite's output depends on the code alone: under the
 * code of the previous build its files move over instead (with its two page templates, which the
 * home and embed pages were written over).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { filesUnder, moveFiles, type buildCache, type ViteRecord } from './buildCache';
import { step } from './buildStep';

/** The folders Vite's step reads and writes. */
export interface ViteFolders {
  /** The output folder. */
  dist: string;
  /** The previous build's output folder, kept aside. */
  previous: string;
  /** The server renderer's folder (under node_modules so the renderer finds its dependencies). */
  ssr: string;
}

/**
 * Builds (or moves over) Vite's files, adding the folders it creates in the output folder to
 * `made`, and returns the two page templates as Vite wrote them.
 */
export async function viteOutputs(
  code: string,
  cache: ReturnType<typeof buildCache>,
  folders: ViteFolders,
  made: Set<string>,
): Promise<ViteRecord['templates']> {
  const { dist, previous, ssr } = folders;
  const ssrStamp = join(ssr, 'code-stamp.txt');
  const kept = cache.vite(code);
  if (
    kept &&
    existsSync(join(ssr, 'ssr.js')) &&
    existsSync(ssrStamp) &&
    readFileSync(ssrStamp, 'utf8') === code &&
    moveFiles(kept.files, previous, dist, made)
  ) {
    const done = step('vite build (code unchanged: its files moved over)');
    writeFileSync(join(dist, 'index.html'), kept.templates.app);
    writeFileSync(join(dist, 'embed.html'), kept.templates.embed);
    done();
    return kept.templates;
  }
  made.clear();
  let done = step('vite build (browser)');
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const read = (name: string) => readFileSync(join(dist, name), 'utf8');
  const templates = { app: read('index.html'), embed: read('embed.html') };
  cache.keepVite({ stamp: code, files: filesUnder(dist), templates });
  done();
  done = step('vite build (server)');
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/ssr.ts',
      outDir: ssr,
      emptyOutDir: true,
      rolldownOptions: { input: 'src/ssr.ts' },
    },
  });
  writeFileSync(ssrStamp, code);
  done();
  return templates;
}
