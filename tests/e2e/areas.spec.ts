/**
 * Issue 7 — coverage a planner can defend, per 街道: the table, the choropleth, the population the
 * figures rest on, and sites worth building on populated land.
 */
import { expect, test } from './support/browser.ts';

test.afterEach(async ({ atlas }) => {
  expect(atlas.foreignRequests()).toEqual([]);
});

test('with the plan centres and the metro stations as services, 10 suggested sites lie on populated land; the worst-served 街道 are listed', async ({ atlas }) => {
  await atlas.open('#map=9.6/22.62/114.1');
  await atlas.analyseCoverage(['city_circle', 'district_centre', 'stations']);

  // The worst-served 街道, worst first: no other 街道 has a smaller share of its residents covered.
  const worst = await atlas.worstServedJiedao();
  expect(worst).toHaveLength(10);
  await atlas.showAllJiedao();
  const jiedaoIds = await atlas.page.locator('[data-testid="coverage-table"] tr[data-jiedao]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-jiedao')!));
  expect(jiedaoIds).toHaveLength(74);
  const share = async (id: string) => (await atlas.coverageFigures(`jiedao:${id}`)).popShare!;
  const worstShares = await Promise.all(worst.map(share));
  expect([...worstShares].sort((a, b) => a - b)).toEqual(worstShares);
  const others = await Promise.all(jiedaoIds.filter((id) => !worst.includes(id)).map(share));
  expect(Math.min(...others)).toBeGreaterThanOrEqual(Math.max(...worstShares));

  await atlas.suggestSites(10);
  await expect(atlas.page.locator('[data-testid="suggestions"] li')).toHaveCount(10);
  await atlas.page.waitForTimeout(500);
  await atlas.screenshot('30-ten-sites-choropleth');
  const sites = await atlas.suggestedSites();
  expect(sites).toHaveLength(10);
  await atlas.showOnMap('population');
  for (const site of sites) {
    expect(site.district).not.toBe('shenshan');
    // On land: inside the 街道 the list names (the choropleth draws the 74 街道, which are land only) …
    const under = await atlas.featuresUnderEach(site.lon, site.lat, ['areas-jiedao-fill', 'areas-population-fill']);
    expect(under['areas-jiedao-fill']!.map((p) => p.id)).toEqual([site.jiedao]);
    // … on a cell the population model gives residents (no sea, no forest or reservoir tile).
    const cells = under['areas-population-fill']!;
    expect(cells.length).toBeGreaterThan(0);
    expect(Math.max(...cells.map((c) => Number(c.density)))).toBeGreaterThan(1000);
  }
  await atlas.zoomTo(114.0, 22.62, 10);
  await atlas.screenshot('31-ten-sites-population');
});

test('clicking a 街道 on the map selects its row; the probe names it; the CSV has every 街道, district and the city', async ({ atlas }) => {
  await atlas.open('#map=12/22.545/114.06');
  await atlas.analyseCoverage(['district_centre', 'city_circle']);
  await expect(atlas.page.getByTestId('choropleth-legend')).toBeVisible();
  const spot = await atlas.emptySpotIn('futian');
  await atlas.clickMapAt(spot.lon, spot.lat);
  const row = atlas.page.locator('[data-testid="coverage-table"] tr[aria-selected="true"]');
  await expect(row).toHaveCount(1);
  const id = await row.getAttribute('data-jiedao');
  expect(id).toMatch(/^futian-/);
  await expect(row).toBeInViewport();
  await expect(atlas.page.getByTestId('probe-place')).toContainText('街道');
  await expect(atlas.page.getByTestId('probe-place')).toContainText('福田区');
  await atlas.screenshot('32-jiedao-selected');

  const lines = (await atlas.exportCoverageCsv()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toMatch(/^层级,区,街道,陆地 km²,陆地覆盖率 \(%\),人口（模型）,人口覆盖率 \(%\),未覆盖人口,/);
  expect(lines.filter((l) => l.startsWith('街道,'))).toHaveLength(74);
  expect(lines.filter((l) => l.startsWith('区,'))).toHaveLength(11);
  expect(lines.at(-1)).toMatch(/^全市,/);
  // The selected 街道's row says what the table says.
  const figures = await atlas.coverageFigures(`jiedao:${id}`);
  const name = (await row.locator('th').textContent())!.trim();
  const csvRow = lines.find((l) => l.split(',')[2] === name)!.split(',');
  expect(Number(csvRow[6])).toBeCloseTo(figures.popShare! * 100, 2);
  expect(Number(csvRow[7])).toBe(Math.round(figures.uncoveredPopulation!));
});

test('the population density layer shows the model weights, with its legend and what it cannot tell', async ({ atlas }) => {
  await atlas.open('#map=11/22.56/114.0');
  await atlas.analyseCoverage(['district_centre']);
  await atlas.showOnMap('population');
  await expect(atlas.page.getByTestId('population-legend')).toBeVisible();
  expect(await atlas.renderedFeatureCount('areas-population-fill')).toBeGreaterThan(100);
  await atlas.page.getByTestId('population-model').locator('summary').click();
  await expect(atlas.page.getByTestId('population-model')).toContainText('分不清公园');
  await atlas.screenshot('33-population-density');
});

test('the default radius is the GB 50180 walk divided by the detour factor; straight-line remains an option', async ({ atlas }) => {
  await atlas.open();
  await atlas.analyseCoverage(['district_centre', 'city_circle']);
  await expect(atlas.page.getByTestId('radius-label-15')).toHaveText('步行 1,000 米 ÷ 1.3 = 直线 769 米');
  const walk = (await atlas.coverageFigures('city')).popShare!;
  await atlas.page.getByTestId('radius-straight').check();
  await atlas.analysisSettled();
  await expect(atlas.page.getByTestId('radius-label-15')).toHaveText('直线 1,000 米');
  expect((await atlas.coverageFigures('city')).popShare!).toBeGreaterThan(walk * 1.3);
});

test("the exact optimum of a suggestion: greedy's share of it shown; a long solve can be cancelled", async ({ atlas }) => {
  test.slow(); // HiGHS (3.5 MB of WebAssembly) loads on first use and a district's model solves in tens of seconds
  await atlas.open('#map=11/22.58/114.1');
  await atlas.analyseCoverage(['city_circle', 'district_centre', 'stations']);
  // For all uncovered land the optimum is not offered, and the planner is told why.
  await atlas.suggestSites(3);
  await expect(atlas.page.getByTestId('optimum-run')).toBeDisabled();
  await expect(atlas.page.getByTestId('optimum-blocked')).toBeVisible();

  // A district's 10 sites: the solve runs (time shown), is cancelled, leaves no result and the button back.
  await atlas.chooseCandidateArea('district:guangming');
  await atlas.suggestSites(10);
  await expect(atlas.page.getByTestId('optimum-blocked')).toHaveCount(0);
  await atlas.page.getByTestId('optimum-run').click();
  await expect(atlas.page.getByTestId('optimum-running')).toBeVisible();
  await atlas.page.getByTestId('optimum-cancel').click();
  await expect(atlas.page.getByTestId('optimum-running')).toHaveCount(0);
  await expect(atlas.page.getByTestId('optimum-result')).toHaveCount(0);
  await expect(atlas.page.getByTestId('optimum-run')).toBeEnabled();

  // A 街道 where the greedy misses the optimum by a little: the share is below 100 % and says so.
  await atlas.chooseCandidateArea('jiedao:luohu-sungang');
  await atlas.suggestSites(3);
  const opt = await atlas.exactOptimum();
  expect(opt.status).toBe('Optimal');
  expect(opt.share).toBeGreaterThan(0.9);
  expect(opt.share).toBeLessThan(1);
  expect(opt.text).toContain(`${(opt.share * 100).toFixed(1)}%`);
  await atlas.screenshot('34-exact-optimum-sungang');

  // Changing the suggestion's parameters makes the answer stale: it is no longer shown as current.
  await atlas.page.getByTestId('suggest-k').fill('4');
  await atlas.page.getByTestId('suggest-k').blur();
  await expect(atlas.page.getByTestId('optimum-blocked')).toBeVisible();
});
