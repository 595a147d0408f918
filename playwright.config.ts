import { defineConfig, devices } from '@playwright/test';

/** Browser tests run against the built site, served by `vite preview` with the strict CSP. */
// PW_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);
const DEV_PORT = PORT + 5;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
    // The service worker (offline reading) would precache the app in every test's fresh context;
    // test/e2e/offline.spec.ts turns it on where it is the subject.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /\.dev\.spec\.ts$/,
      grepInvert: /@solo/,
    },
    // What `npm start` serves (the dev server), checked in its own project.
    {
      name: 'dev',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${DEV_PORT}/` },
      testMatch: /\.dev\.spec\.ts$/,
    },
    // Tests that bound how long the page's thread is busy, run alone after the others (`npm run
    // test:e2e` starts them second) so a neighbouring test's browser never lengthens the tasks
    // they measure (on 2 cores it did).
    {
      name: 'solo',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /\.dev\.spec\.ts$/,
      grep: /@solo/,
      workers: 1,
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
    {
      // The command `npm start` runs, on its own port.
      command: `npx vite --port ${DEV_PORT} --strictPort --host 127.0.0.1 --open=false`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  ],
});
