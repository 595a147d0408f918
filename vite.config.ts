import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { notFoundPage, regionData } from './scripts/vite-plugin-data';

/** The policy the built site must run under (also sent by `vite preview` for the tests). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  base: './',
  plugins: [svelte(), regionData(), notFoundPage()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Which chunks each page's view needs (the first-view budget and the bench read it).
    manifest: true,
    sourcemap: false,
    reportCompressedSize: false,
    // Two entries: the app, and the embed shown inside other sites' sandboxed iframes.
    // The build reports its own step times (scripts/build.ts).
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      checks: { bundlerTimings: false },
    },
  },
  server: {
    port: 5173,
    host: '127.0.0.1',
    // Vite's default (pages on this machine) plus the opaque origin "null" of a sandboxed
    // iframe, so an embed previewed under `npm start` can load its scripts and data.
    cors: { origin: [/^https?:\/\/(?:(?:[^:]+\.)?localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/, 'null'] },
  },
  preview: {
    port: 4173,
    host: '127.0.0.1',
    strictPort: true,
    // CORS lets the embed load its scripts, data and fonts from inside a sandboxed iframe
    // (whose origin is opaque); hosts of the built site should send the same.
    headers: { 'Content-Security-Policy': CSP, 'Access-Control-Allow-Origin': '*' },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
