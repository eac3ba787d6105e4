// Before the browser tests: say exactly what is missing instead of failing deep inside Playwright.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const problems = [];
if (!existsSync(chromium)) problems.push(`Chromium not found at ${chromium}`);
let fonts = '';
try {
  fonts = execSync('fc-list', { encoding: 'utf8' });
} catch {
  /* fc-list missing: fonts cannot be checked */
}
if (!/Noto Sans CJK/i.test(fonts)) problems.push('no CJK font (Noto Sans CJK) for the browser tests');
try {
  execSync('pdftotext -v && pdftoppm -v && pdfinfo -v', { stdio: 'ignore' });
} catch {
  problems.push('poppler-utils (pdfinfo, pdftotext, pdftoppm) to read the exported PDFs');
}
if (problems.length) {
  console.error(`Browser tests need Debian's chromium, fonts-noto-cjk and poppler-utils:\n  - ${problems.join('\n  - ')}`);
  console.error('Install them with:  sudo apt-get install -y chromium fonts-noto-cjk poppler-utils   (or run: bash .ci/run)');
  process.exit(1);
}
