/**
 * Issue 4 — the planner's workflow: draw, name, see coverage move; nothing lost on reload; hostile
 * and broken files give clear messages and change nothing; a share link reproduces the scenario.
 */
import { expect, test } from './support/browser.ts';

const fixture = (name: string) => `tests/fixtures/${name}`;

test.afterEach(async ({ atlas }) => {
  expect(atlas.foreignRequests()).toEqual([]);
});

test('draw a point, name it, see coverage change; after a reload it is still there', async ({ atlas }) => {
  await atlas.open('#map=13/22.58/113.87'); // 宝安 西乡, far from every plan node
  await atlas.analyseCoverage(['district_centre', 'proposals']);
  const before = await atlas.coverageRow('baoan');

  await atlas.drawPoint(113.872, 22.578);
  await atlas.nameProposal('西乡社区商业中心', 'Xixiang community centre');
  await atlas.stopDrawing();
  expect(await atlas.proposalNames()).toEqual(['西乡社区商业中心']);
  await atlas.openTab('analysis');
  await atlas.analysisSettled();
  const after = await atlas.coverageRow('baoan');
  expect(after.uncoveredPopulation).not.toBe(before.uncoveredPopulation);
  expect(Number(after.popShare?.replace('%', ''))).toBeGreaterThan(Number(before.popShare?.replace('%', '')));
  await expect(atlas.page.getByTestId('save-status').or(atlas.page.getByTestId('analysis-status'))).toBeVisible();
  await atlas.screenshot('20-drawn-point-coverage');

  await atlas.page.reload();
  await atlas.waitForMap();
  expect(await atlas.proposalNames()).toEqual(['西乡社区商业中心']);
});

test('undo and redo with the keyboard', async ({ atlas }) => {
  await atlas.open('#map=13/22.58/113.87');
  await atlas.drawPoint(113.872, 22.578);
  await atlas.nameProposal('甲');
  await atlas.drawPoint(113.862, 22.574);
  await atlas.nameProposal('乙');
  await atlas.stopDrawing();
  expect(await atlas.proposalNames()).toEqual(['甲', '乙']);
  await atlas.page.locator('body').click({ position: { x: 5, y: 5 } });
  await atlas.page.keyboard.press('Control+z'); // undo the name
  await atlas.page.keyboard.press('Control+z'); // undo the point
  expect(await atlas.proposalNames()).toEqual(['甲']);
  await atlas.page.keyboard.press('Control+Shift+z');
  await expect(atlas.page.getByTestId('proposal-list').locator('li')).toHaveCount(2);
});

test('a broken file gives a precise alert and leaves the scenario intact', async ({ atlas }) => {
  await atlas.open('#map=13/22.58/113.87');
  await atlas.drawPoint(113.872, 22.578);
  await atlas.nameProposal('保留的点');
  await atlas.stopDrawing();

  await atlas.importFile(fixture('import/truncated.geojson'));
  await expect(atlas.page.getByRole('alert').first()).toContainText('中断');
  await atlas.dismissAlerts();
  await atlas.importFile(fixture('import/trailing-comma.geojson'));
  await expect(atlas.page.getByRole('alert').first()).toContainText('第 5 行');
  await atlas.importFile(fixture('import/projected-utm.geojson'));
  await expect(atlas.page.getByRole('alert').filter({ hasText: '投影坐标' }).first()).toBeVisible();
  await expect(atlas.page.getByTestId('import-preview')).toHaveCount(0);
  expect(await atlas.proposalNames()).toEqual(['保留的点']);
  await atlas.screenshot('21-broken-file-alert');
});

test('a good CSV is previewed first and added only on confirmation', async ({ atlas }) => {
  await atlas.open('#map=11/22.6/113.97');
  await atlas.importFile(fixture('e2e/two-sites.csv'));
  await expect(atlas.page.getByTestId('import-preview')).toContainText('2');
  expect(await atlas.proposalNames()).toEqual([]); // nothing added yet
  expect(await atlas.renderedFeatureCount('import-preview-points')).toBe(2);
  await atlas.page.getByTestId('import-confirm').click();
  expect(await atlas.proposalNames()).toEqual(['坂田社区商业中心', '西乡社区商业中心']);
});

test('hostile names are shown as text and run nothing', async ({ atlas }) => {
  let dialogs = 0;
  atlas.page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await atlas.open('#map=13/22.5431/114.0579');
  await atlas.importFile(fixture('e2e/xss-names.geojson'));
  await atlas.page.getByTestId('import-confirm').click();
  const names = await atlas.proposalNames();
  expect(names).toEqual(['<img src=x onerror=alert(1)>']);
  await atlas.page.getByTestId('proposal-list').locator('li button').first().click();
  await expect(atlas.page.getByTestId('form-name-en')).toHaveValue('<img src=x onerror=alert(1)>'); // Latin script: the English name
  expect(await atlas.page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
  // The built app carries a Content-Security-Policy without inline script.
  const csp = await atlas.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline\'; script');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
});

test('a share link opened in a fresh browser shows the same map and scenario', async ({ atlas, browser, baseURL }) => {
  await atlas.open('#map=12.5/22.55/114.05');
  await atlas.drawPoint(114.05, 22.55);
  await atlas.nameProposal('分享测试点', 'Shared site');
  await atlas.stopDrawing();
  await atlas.toggleLayer('port');
  const link = await atlas.shareLinkWithScenario();
  expect(link).toMatch(/#s1\./);

  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } }); // empty storage
  const page = await fresh.newPage();
  const { AtlasDriver } = await import('./support/atlas-driver.ts');
  const other = new AtlasDriver(page, baseURL!);
  await page.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
  await other.waitForMap();
  await page.waitForTimeout(1200); // the camera flies to the shared view
  const v = await other.mapView();
  expect(v.zoom).toBeCloseTo(12.5, 0);
  expect(v.lon).toBeCloseTo(114.05, 2);
  expect(await other.proposalNames()).toEqual(['分享测试点']);
  await other.openTab('layers');
  await expect(page.getByTestId('toggle-port')).not.toBeChecked();
  expect(other.foreignRequests()).toEqual([]);
  await other.screenshot('22-share-link-fresh-page');
  await fresh.close();
});

test('before/after: baseline against the scenario, as a table and as two maps side by side', async ({ atlas }) => {
  await atlas.open('#map=12/22.58/113.88');
  await atlas.analyseCoverage(['district_centre', 'city_circle', 'featured_street', 'proposals']);
  await atlas.drawPoint(113.872, 22.578);
  await atlas.nameProposal('西乡社区商业中心');
  await atlas.stopDrawing();
  const table = atlas.page.getByTestId('compare-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tr[data-district="baoan"] td[data-col="popDelta"]')).toHaveText(/^\+[1-9]|^\+0\.[1-9]/);
  await expect(table.locator('tr[data-district="futian"] td[data-col="popDelta"]')).toHaveText('+0.0');
  await atlas.page.getByTestId('compare-maps').click();
  await expect(atlas.page.getByTestId('compare-view').locator('canvas.maplibregl-canvas')).toHaveCount(2);
  await atlas.page.waitForTimeout(2500);
  await atlas.screenshot('23-compare-side-by-side');
});

test('a street and a zone can be drawn; a drawn point can be dragged and the numbers follow', async ({ atlas }) => {
  await atlas.open('#map=12/22.56/113.9');
  await atlas.analyseCoverage(['proposals']);
  await atlas.drawShape('linestring', [[113.86, 22.585], [113.87, 22.575], [113.88, 22.57]]);
  await atlas.nameProposal('西乡特色商街');
  await atlas.drawShape('polygon', [[113.9, 22.6], [113.92, 22.6], [113.92, 22.61], [113.9, 22.61]]);
  await atlas.nameProposal('片区甲');
  await atlas.drawPoint(113.835, 22.615); // 宝安, clear of the street's reach
  await atlas.nameProposal('可拖动的点');
  expect(await atlas.proposalNames()).toEqual(['西乡特色商街', '片区甲', '可拖动的点']);
  await expect(atlas.page.getByTestId('proposal-list')).toContainText('特色商街（线）');
  await expect(atlas.page.getByTestId('proposal-list')).toContainText('片区（面）');
  await atlas.screenshot('24-drawn-street-zone-point');

  await atlas.openTab('analysis');
  await atlas.analysisSettled();
  const baoanBefore = await atlas.coverageRow('baoan');
  const nanshanBefore = await atlas.coverageRow('nanshan');
  await atlas.dragProposal([113.835, 22.615], [113.935, 22.53]); // from 宝安 into 南山
  await atlas.stopDrawing();
  await atlas.openTab('analysis');
  await atlas.analysisSettled();
  const baoanAfter = await atlas.coverageRow('baoan');
  const nanshanAfter = await atlas.coverageRow('nanshan');
  expect(Number(nanshanAfter.popShare?.replace('%', ''))).toBeGreaterThan(Number(nanshanBefore.popShare?.replace('%', '')));
  expect(Number(baoanAfter.popShare?.replace('%', ''))).toBeLessThan(Number(baoanBefore.popShare?.replace('%', '')));
});

test('a saved edit survives a killed tab', async ({ atlas, context }) => {
  await atlas.open('#map=13/22.58/113.87');
  await atlas.drawPoint(113.872, 22.578);
  await atlas.nameProposal('关掉标签页之前');
  await atlas.stopDrawing();
  await expect(atlas.page.getByTestId('save-status')).toHaveText(/已自动保存/);
  await atlas.page.close({ runBeforeUnload: false });
  const page = await context.newPage();
  const { AtlasDriver } = await import('./support/atlas-driver.ts');
  const again = new AtlasDriver(page, atlas.baseUrl);
  await again.open();
  expect(await again.proposalNames()).toEqual(['关掉标签页之前']);
});
