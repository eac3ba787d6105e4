/**
 * Issue 2 — the offline atlas, as a planner uses it. Given/when/then on top of the atlas driver.
 */
import { expect, test } from './support/browser.ts';

test.afterEach(async ({ atlas }) => {
  // Offline by default: nothing may be requested from any other origin, during load or interaction.
  expect(atlas.foreignRequests()).toEqual([]);
});

test('the map opens with districts, metro and the plan places drawn', async ({ atlas }) => {
  await atlas.open();
  await expect.poll(async () => (await atlas.visiblePlaceIds()).length).toBeGreaterThan(40);
  expect(await atlas.renderedFeatureCount('district-label')).toBeGreaterThanOrEqual(10);
  expect(await atlas.renderedFeatureCount('metro-lines')).toBeGreaterThan(10);
  await expect(atlas.page.getByTestId('toggle-city_circle')).toBeChecked();
  await atlas.screenshot('01-overview-zh');
});

test('turning a layer off hides its places and only those', async ({ atlas }) => {
  await atlas.open();
  expect((await atlas.visiblePlaceIds('port')).length).toBeGreaterThan(5);
  const cityBefore = (await atlas.visiblePlaceIds('city_circle')).length;
  await atlas.toggleLayer('port');
  expect(await atlas.visiblePlaceIds('port')).toEqual([]);
  expect((await atlas.visiblePlaceIds('city_circle')).length).toBe(cityBefore);
  await atlas.toggleLayer('port');
  expect((await atlas.visiblePlaceIds('port')).length).toBeGreaterThan(5);
});

test('the status filter hides places the plan only plans or explores', async ({ atlas }) => {
  await atlas.open();
  expect(await atlas.visibleStatuses()).toEqual(expect.arrayContaining(['existing', 'build', 'explore']));
  await atlas.toggleStatus('explore');
  await atlas.toggleStatus('build');
  const left = await atlas.visibleStatuses();
  expect(left).not.toContain('explore');
  expect(left).not.toContain('build');
  expect(left).toContain('existing');
});

test('clicking a place opens what the plan says about it', async ({ atlas }) => {
  await atlas.open();
  const hqb = await atlas.findPlace('华强北商业街');
  await atlas.zoomTo(hqb.lon, hqb.lat, 14.5);
  await atlas.clickPlace(hqb.id);
  await expect(atlas.infoTitle()).toHaveText('华强北商业街');
  await expect(atlas.page.getByTestId('info-ref')).toContainText('专栏2');
  await expect(atlas.page.getByTestId('info-quote')).toContainText('华强北');
  await atlas.screenshot('02-info-huaqiangbei');
});

test('search flies to a place, in Chinese or English', async ({ atlas }) => {
  await atlas.open();
  const port = await atlas.findPlace('深圳湾口岸');
  await atlas.openPlace('深圳湾口岸');
  const v = await atlas.mapView();
  expect(v.zoom).toBeGreaterThan(13.5);
  expect(Math.abs(v.lon - port.lon)).toBeLessThan(0.003);
  expect(Math.abs(v.lat - port.lat)).toBeLessThan(0.003);
  await expect(atlas.infoTitle()).toHaveText('深圳湾口岸');

  await atlas.openPlace('Luohu Port');
  await expect(atlas.infoTitle()).toHaveText('罗湖口岸');
  await atlas.screenshot('03-search-luohu-port');
});

test('the language switch changes the interface and the map labels', async ({ atlas }) => {
  await atlas.open();
  expect(await atlas.renderedLabels('district-label')).toContain('福田区');
  await atlas.switchLanguage();
  await expect(atlas.page.getByRole('heading', { level: 1 })).toContainText('Shenzhen Commercial Layout Atlas');
  await expect(atlas.page.getByText('Plan places')).toBeVisible();
  const labels = await atlas.renderedLabels('district-label');
  expect(labels).toContain('Futian');
  expect(labels).not.toContain('福田区');
  await atlas.screenshot('04-overview-en');
});

test('a reload keeps the view, the layers and the language', async ({ atlas }) => {
  await atlas.open();
  await atlas.zoomTo(113.93, 22.52, 13.2);
  await atlas.toggleLayer('venue');
  await atlas.switchLanguage();
  await atlas.page.waitForFunction(() => location.hash.includes('lang=en') && location.hash.includes('13.2/'));
  await atlas.page.reload();
  await atlas.waitForMap();
  const v = await atlas.mapView();
  expect(v.zoom).toBeCloseTo(13.2, 1);
  expect(v.lon).toBeCloseTo(113.93, 3);
  expect(v.lat).toBeCloseTo(22.52, 3);
  await expect(atlas.page.getByTestId('toggle-venue')).not.toBeChecked();
  expect(await atlas.visiblePlaceIds('venue')).toEqual([]);
  await expect(atlas.page.getByTestId('lang-switch')).toHaveText('中文');
});

test('zoom to district frames the district', async ({ atlas }) => {
  await atlas.open();
  await atlas.zoomToDistrict('dapeng');
  const v = await atlas.mapView();
  expect(v.lon).toBeGreaterThan(114.35);
  expect(v.lon).toBeLessThan(114.65);
  expect(v.zoom).toBeGreaterThan(10);
});

test('map labels are drawn with the font shipped in the app, not one from the network', async ({ atlas }) => {
  await atlas.open();
  expect(await atlas.renderedLabels('district-label')).toContain('南山区');
  const fontFiles = atlas.requests.filter((u) => /\/assets\/noto-sans-sc-[\w-]+\.woff2$/.test(u));
  expect(fontFiles.length).toBeGreaterThan(0);
});

test('every panel is complete in English (no untranslated keys)', async ({ atlas }) => {
  await atlas.open('#lang=en');
  await atlas.analyseCoverage(['district_centre', 'city_circle']);
  await atlas.showOnMap('gaps');
  await atlas.showOnMap('corridors');
  await atlas.suggestSites(3);
  await atlas.screenshot('05-analysis-en');
  await atlas.openTab('scenarios');
  await atlas.drawPoint(114.06, 22.6);
  await expect(atlas.page.getByTestId('proposal-form')).toContainText('Proposal attributes');
  await atlas.screenshot('06-scenarios-en');
  const text = await atlas.page.locator('body').innerText();
  expect(text).not.toMatch(/\b(ui|table|layers|status|scenario|import|errors)\.[a-z]\w+/);
});
