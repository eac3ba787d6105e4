/**
 * Issue 3 — coverage analysis, as a planner uses it: "which districts are worst served by 15-minute
 * commercial circles, and where would new centres help most?"
 */
import { expect, test } from './support/browser.ts';

const pctOf = (s: string | undefined) => Number(String(s).replace('%', ''));

test.afterEach(async ({ atlas }) => {
  expect(atlas.foreignRequests()).toEqual([]);
});

test('15-minute circles around the district centres show on the map with the district table', async ({ atlas }) => {
  await atlas.open('#map=10/22.62/114.1');
  await atlas.analyseCoverage(['district_centre']);
  await atlas.showLifeCircle(15);
  // Every district centre the plan places as a point serves as a node.
  const centres = await atlas.page.evaluate(() => {
    const src = window.__atlas!.map.getStyle().sources.places as { data: GeoJSON.FeatureCollection };
    return src.data.features.filter((f) => f.properties?.layer === 'district_centre' && f.geometry.type === 'Point').length;
  });
  expect(centres).toBeGreaterThan(10);
  await expect(atlas.page.getByTestId('node-count')).toContainText(String(centres));
  expect(await atlas.renderedFeatureCount('analysis-circles-line')).toBeGreaterThan(5);
  expect(await atlas.renderedFeatureCount('analysis-covered-fill')).toBeGreaterThan(0);
  expect(await atlas.districtRowCount()).toBe(11);
  const city = await atlas.coverageRow('city');
  expect(pctOf(city.popShare)).toBeGreaterThan(0);
  expect(pctOf(city.popShare)).toBeLessThan(30); // a few dozen circles of 769 m cannot serve most of the city
  await atlas.screenshot('10-coverage-15min-district-centres');
});

test('changing the radius changes the numbers; an absurd speed is refused with a message', async ({ atlas }) => {
  await atlas.open();
  await atlas.analyseCoverage(['district_centre', 'city_circle', 'featured_street']);
  const before = pctOf((await atlas.coverageRow('city')).popShare);
  await atlas.useWalkingRadius('6', '1'); // 6 km/h × 15 min ÷ 1.0 = 1,500 m
  await expect(atlas.page.getByTestId('analysis-status')).toContainText('1500');
  const wider = pctOf((await atlas.coverageRow('city')).popShare);
  expect(wider).toBeGreaterThan(before * 1.5);

  await atlas.page.getByTestId('speed').fill('60');
  await expect(atlas.page.getByTestId('speed-error')).toBeVisible();
  await expect(atlas.page.getByTestId('speed-error')).toHaveAttribute('role', 'alert');
  await atlas.analysisSettled();
  expect(pctOf((await atlas.coverageRow('city')).popShare)).toBe(wider); // last valid value stays in force
});

test('gap areas render, and can be filtered to one district', async ({ atlas }) => {
  await atlas.open('#map=10/22.62/114.1');
  await atlas.analyseCoverage(['district_centre', 'city_circle', 'featured_street']);
  await atlas.showOnMap('gaps');
  expect(await atlas.renderedFeatureCount('analysis-gaps-fill')).toBeGreaterThan(0);
  await atlas.page.getByTestId('gap-district').selectOption('luohu');
  await atlas.analysisSettled();
  const districts = await atlas.page.evaluate(() =>
    [...new Set(window.__atlas!.map.queryRenderedFeatures({ layers: ['analysis-gaps-fill'] }).map((f) => f.properties.district))],
  );
  expect(districts).toEqual(['luohu']);
  await atlas.screenshot('11-gaps-luohu');
});

test('suggesting 5 sites draws 5 ranked sites with falling marginal gains', async ({ atlas }) => {
  await atlas.open('#map=9.6/22.62/114.1');
  await atlas.analyseCoverage(['district_centre', 'city_circle', 'featured_street']);
  await atlas.suggestSites(5);
  await expect(atlas.page.locator('[data-testid="suggestions"] li')).toHaveCount(5);
  const gains = await atlas.suggestionGains();
  expect(gains).toHaveLength(5);
  for (let i = 1; i < gains.length; i++) expect(gains[i]!).toBeLessThanOrEqual(gains[i - 1]!);
  expect(gains[0]!).toBeGreaterThan(10000);
  const ranks = await atlas.page.evaluate(() =>
    window.__atlas!.map.querySourceFeatures('analysis-sites').map((f) => Number(f.properties.rank)).sort((a, b) => a - b),
  );
  expect([...new Set(ranks)]).toEqual([1, 2, 3, 4, 5]);
  await atlas.screenshot('12-suggest-5-sites');
});

test('a click on the map tells the nearest service of each tier', async ({ atlas }) => {
  await atlas.open('#map=13/22.545/114.06');
  await atlas.analyseCoverage(['district_centre', 'city_circle', 'featured_street']);
  const pt = await atlas.pointOnScreen(114.045, 22.56);
  await atlas.page.mouse.click(pt.x, pt.y);
  const card = atlas.page.getByTestId('probe-card');
  await expect(card).toContainText('市级');
  await expect(card).toContainText('区级');
  await expect(card).toContainText(/距离 \d+ 米/);
  await expect(atlas.page.getByTestId('probe-outside')).toHaveCount(0);

  // A click in Hong Kong: still answered, but said to be outside Shenzhen.
  await atlas.zoomTo(114.08, 22.51, 13);
  const hk = await atlas.pointOnScreen(114.09, 22.495);
  await atlas.page.mouse.click(hk.x, hk.y);
  await expect(atlas.page.getByTestId('probe-outside')).toBeVisible();
});

test('the planner question in one pass: worst-served districts, then 10 new centres', async ({ atlas }) => {
  await atlas.open('#map=9.6/22.62/114.1');
  await atlas.analyseCoverage(['district_centre', 'city_circle', 'featured_street', 'proposals']);
  const before = (await atlas.coverageFigures('city')).popShare!;
  // Sorted ascending by population-weighted coverage: the first rows are the worst served.
  await expect(atlas.page.locator('[data-testid="coverage-table"] th[aria-sort="ascending"]')).toBeVisible();
  const first = await atlas.page.locator('[data-testid="coverage-table"] tbody tr').first().getAttribute('data-district');
  expect(first).toBeTruthy();
  await atlas.suggestSites(10);
  await expect(atlas.page.locator('[data-testid="suggestions"] li')).toHaveCount(10);
  const promise = await atlas.suggestionPromise();
  expect(promise.before).toBeCloseTo(before, 9); // k = 0 of the curve is the table as it stands
  const nodes = Number((await atlas.page.getByTestId('node-count').textContent())?.match(/\d+/)?.[0]);
  await atlas.page.getByTestId('adopt-all').click();
  await atlas.analysisSettled();
  // Adopted sites count as nodes, and the table moves by what the suggestion promised (to 0.1 point).
  await expect(atlas.page.getByTestId('node-count')).toContainText(String(nodes + 10));
  const after = (await atlas.coverageFigures('city')).popShare!;
  expect(Math.abs(after - promise.after) * 100).toBeLessThan(0.1);
  expect((after - before) * 100).toBeGreaterThan(1);
  await atlas.screenshot('13-ten-new-centres-adopted');
});
