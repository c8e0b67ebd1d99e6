import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

/** The end-to-end tests run against the production build, served by `vite preview`. */
const PORT = Number(process.env.E2E_PORT ?? 4179);

/**
 * The specs that time the page's main thread (long tasks and the scripts they run). They
 * run after every other spec, one test at a time, so that what they measure is the app and
 * not another test's browser on the same cores: run beside the class spec's two 12 × 64
 * pages, a 4 ms slice of the link measured 40–80 ms. To run them on their own, without
 * the others first: `--no-deps`.
 */
const TIMING_SPECS = /limits-responsive\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'app', testIgnore: TIMING_SPECS },
    { name: 'timing', testMatch: TIMING_SPECS, dependencies: ['app'], fullyParallel: false },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
