/** Builds the bench harness pages (peer chart, worker stress, the floor page) into dist-bench/. Not shipped. */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/bench/',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    outDir: here('../../dist-bench'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        orgchart: here('orgchart.html'),
        worker: here('worker.html'),
        floor: here('floor.html'),
      },
    },
  },
});
