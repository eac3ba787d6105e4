/**
 * Issue 11 — ready for the meeting room: the app opens offline after one visit; the first view loads
 * only what it needs; a street basemap the planner has is drawn under the plan.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/browser.ts';
import { chunkName } from './support/atlas-driver.ts';

// The installed app: its service worker runs here (the other specs block it, see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });
// Loading, precaching ~17 MB and reloading on a shared 2-core machine: give these specs room.
test.describe.configure({ timeout: 180_000 });

/** The service worker as `vite preview` serves it: a new version on the server is a changed sw.js. */
const SW_FILE = 'dist/sw.js';

test.afterEach(async ({ atlas }) => {
  expect(atlas.foreignRequests()).toEqual([]);
});

test('after one visit the atlas opens offline, with the map and the saved scenario', async ({ atlas }) => {
  await atlas.open('#map=13/22.58/113.87');
  await atlas.drawPoint(113.872, 22.578);
  await atlas.nameProposal('会议室里的方案点', 'Meeting-room proposal');
  await atlas.stopDrawing();
  await expect.poll(() => atlas.saveStatus()).toMatch(/已自动保存/);
  await atlas.waitUntilSavedForOffline();

  await atlas.goOffline();
  await atlas.reload();
  expect(await atlas.renderedFeatureCount('metro-lines')).toBeGreaterThan(3);
  expect(await atlas.renderedFeatureCount('district-line')).toBeGreaterThan(0);
  expect((await atlas.visiblePlaceIds()).length).toBeGreaterThan(2);
  expect(await atlas.proposalNames()).toEqual(['会议室里的方案点']);
  // Features loaded on first use come from the cache too: the coverage analysis runs offline.
  await atlas.analyseCoverage(['district_centre', 'proposals']);
  expect(await atlas.districtRowCount()).toBeGreaterThan(5);
  await atlas.screenshot('60-offline-reload');
});

test('a new version on the server is announced, never swapped in, and taken up when the planner says so', async ({ atlas }) => {
  await atlas.open();
  await atlas.waitUntilSavedForOffline();
  await atlas.reload(); // now the service worker serves the page
  const sw = readFileSync(SW_FILE, 'utf8');
  try {
    writeFileSync(SW_FILE, `${sw}\n// the bureau deployed a new version\n`);
    await atlas.lookForNewVersion();
    await expect(atlas.page.getByTestId('update-prompt')).toBeVisible({ timeout: 120_000 });
    await expect(atlas.page.getByTestId('update-prompt')).toContainText('有新版本可用');
    expect(await atlas.newVersionWaiting()).toBe(true); // installed, but the page still runs the old one
    await atlas.screenshot('62-update-available');
    await atlas.acceptUpdate();
  } finally {
    writeFileSync(SW_FILE, sw);
  }
  expect(await atlas.newVersionWaiting()).toBe(false);
  await expect(atlas.page.getByTestId('update-prompt')).toHaveCount(0);
  expect((await atlas.visiblePlaceIds()).length).toBeGreaterThan(2);
});

const STREETS = 'tests/fixtures/basemap/synthetic-streets-vector.pmtiles';
/** Inside the fixture's synthetic pond (a water polygon near 福田), and its shipped land colour. */
const POND: [number, number] = [114.0675, 22.531];
const near = (a: number[], b: number[], tol = 12) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);

test('a basemap file opened from disk draws streets under the plan, and is there after a reload', async ({ atlas }) => {
  await atlas.open('#map=14.5/22.538/114.06');
  expect(await atlas.basemapStreetNames()).toEqual([]);
  const landBefore = await atlas.colourAt(...POND);

  await atlas.openBasemapFile(STREETS);
  await expect(atlas.page.getByTestId('basemap-file-info')).toContainText('12–15');
  await expect(atlas.page.getByTestId('basemap-choice-file')).toBeChecked();
  await expect.poll(() => atlas.basemapStreetNames()).toEqual(expect.arrayContaining(['合成测试4路', '合成测试4街']));
  // Drawn: the pond is water-coloured now, where the shipped map had plain land.
  const pond = await atlas.colourAt(...POND);
  expect(near(pond, [0xc9, 0xdf, 0xec])).toBe(true);
  expect(near(landBefore, pond)).toBe(false);
  // Under the plan: every street layer below the district lines, metro and places.
  const order = await atlas.layerOrder();
  const lastStreet = order.findLastIndex((id) => id.startsWith('basemap-'));
  for (const plan of ['district-line', 'metro-lines', 'metro-stations', 'places-city_circle']) expect(lastStreet).toBeLessThan(order.indexOf(plan));
  await atlas.screenshot('61-basemap-file-streets');

  await atlas.reload();
  await expect.poll(() => atlas.basemapStreetNames()).toEqual(expect.arrayContaining(['合成测试4路']));
  await expect(atlas.page.getByTestId('basemap-choice-file')).toBeChecked();

  await atlas.removeBasemapFile();
  expect(await atlas.basemapStreetNames()).toEqual([]);
  await atlas.reload();
  expect(await atlas.basemapStreetNames()).toEqual([]);
});

test('a file that is not a PMTiles basemap gets a clear message and changes nothing', async ({ atlas }) => {
  await atlas.open('#map=15/22.54/114.06');
  await atlas.openBasemapFile({ name: 'shenzhen.mbtiles', mimeType: 'application/octet-stream', buffer: Buffer.from('SQLite format 3\0'.padEnd(4096, '\0')) });
  await expect(atlas.page.getByRole('alert')).toContainText('不是 PMTiles 底图文件');
  await expect(atlas.page.getByRole('alert')).toContainText('MBTiles');
  await atlas.dismissAlerts();
  const broken = Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(STREETS)));
  broken.fill(0x55, 127, 160); // the archive's directory overwritten
  await atlas.openBasemapFile({ name: 'broken.pmtiles', mimeType: 'application/octet-stream', buffer: broken });
  await expect(atlas.page.getByRole('alert')).toContainText('已损坏');
  expect(await atlas.basemapStreetNames()).toEqual([]);
  await expect(atlas.page.getByTestId('basemap-choice-none')).toBeChecked();
});

/** gzip size of a built file as served (level 9, as `npm run size` measures). */
const gzipKb = (url: string) => gzipSync(readFileSync(`dist${new URL(url).pathname}`), { level: 9 }).length / 1000;
const MAPLIBRE = /^maplibre(-gl-worker)?$/;
/**
 * Code the first view must not load: charts, drawing, importers (and their workers), PDF and print export,
 * the optimiser, the street-basemap reader, the analysis worker and the panels behind tabs.
 */
const LATER = [
  ...['echarts', 'terra-draw', 'draw-controller', 'importers', 'import', 'xlsx', 'import-worker', 'pmtiles'],
  ...['pdf', 'write-pdf', 'print-export', 'highs', 'worker', 'optimum-worker'],
  ...['AnalysisPanel', 'ScenarioPanel', 'DatasetPanel', 'SlidesPanel', 'CompareView'],
];

test('the first view loads only what it needs; charts, drawing and importers come when the planner opens them', async ({ atlas }) => {
  await atlas.open();
  const first = await atlas.scriptsBeforeFirstView();
  const names = first.map(chunkName);
  expect(names).toContain('maplibre');
  for (const later of LATER) expect(names, `${later} loaded before the first view`).not.toContain(later);
  // The budget of issue 11, measured on what the browser actually fetched: ≤ 300 kB gzip without maplibre-gl.
  const kb = first.filter((u) => !MAPLIBRE.test(chunkName(u))).reduce((sum, u) => sum + gzipKb(u), 0);
  console.log(`JS before the first view, gzip, excluding maplibre-gl: ${kb.toFixed(1)} kB (${names.join(', ')})`);
  expect(kb).toBeLessThanOrEqual(300);

  await atlas.analyseCoverage(['district_centre']);
  expect(atlas.chunksRequested()).toEqual(expect.arrayContaining(['AnalysisPanel', 'echarts', 'worker']));
  expect(atlas.chunksRequested()).not.toContain('terra-draw');
  await atlas.openTab('scenarios');
  expect(atlas.chunksRequested()).not.toContain('terra-draw');
  await atlas.drawPoint(114.06, 22.6);
  expect(atlas.chunksRequested()).toContain('terra-draw');
  expect(atlas.chunksRequested()).not.toContain('importers');
  await atlas.importFile('tests/fixtures/e2e/two-sites.csv');
  await expect.poll(() => atlas.chunksRequested()).toContain('import');
});
