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
    // Every text the planner saw had a translation (no raw keys on screen), in both languages.
    const missing = await page.evaluate(() => [...((window as unknown as { __missingKeys?: Set<string> }).__missingKeys ?? [])]).catch(() => []);
    if (missing.length) throw new Error(`i18n keys without text: ${missing.join(', ')}`);
  },
});

export { expect, type Page };
