import { defineConfig } from '@playwright/test';

/** E2E_PORT lets several checkouts run their browser tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests in Debian's Chromium with software WebGL (SwiftShader). Playwright never downloads
 * a browser here; .ci/run installs `chromium` and `fonts-noto-cjk`. `vite preview` serves the build.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // A guard against hangs, not a speed test (speed lives in `npm run bench`): on a loaded 2-core CI machine
  // SwiftShader draws a long planner flow (many zooms) in well over a minute.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    // The service worker precaches ~17 MB in the background; only meeting.spec (offline use) lets it run,
    // so the other specs neither pay for that nor see a worker between them.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
