import { defineConfig } from '@playwright/test';

/**
 * The browser tests: Debian's Chromium, headless, against the real stack that
 * tools/dev-stack's WebAppBrowserTest starts (it sets SAMMEN_WEB_URL and the demo data's ids).
 * Nothing is downloaded: no browser of Playwright's own.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.SAMMEN_E2E_OUTPUT ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.SAMMEN_WEB_URL ?? 'http://127.0.0.1:5173',
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
    trace: 'off',
    launchOptions: {
      executablePath: process.env.SAMMEN_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic',
        '--no-first-run', '--disable-sync'],
    },
  },
});
