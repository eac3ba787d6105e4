/**
 * The one module (with the config) that imports Playwright. It gives specs a `atlas` driver and records
 * every request, so each spec can assert that nothing left the app's own origin.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver.ts';

export const test = base.extend<{ atlas: AtlasDriver }>({
  atlas: async ({ page, baseURL }, use) => {
    const driver = new AtlasDriver(page, baseURL!);
    await use(driver);
  },
});

export { expect, type Page };
