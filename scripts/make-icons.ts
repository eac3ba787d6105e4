/**
 * Renders the app icons (public/icons/*.svg) to the PNG sizes the web app manifest and iOS ask for,
 * in the same Debian Chromium the browser tests use. Run by hand after changing an SVG:
 *   npx tsx scripts/make-icons.ts
 * The PNGs are committed; the build does not run this.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const OUT = 'public/icons';
const JOBS: { svg: string; png: string; size: number }[] = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon-180.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const { svg, png, size } of JOBS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = readFileSync(`${OUT}/${svg}`, 'utf8');
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(data).toString('base64')}"></body></html>`,
    );
    await page.locator('img').screenshot({ path: `${OUT}/${png}`, omitBackground: true });
    await page.close();
    console.log(`${OUT}/${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
