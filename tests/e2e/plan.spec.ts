/**
 * Issue 10 — the whole plan on screen, as a planner uses it: zones as shapes, a district's layout at a
 * glance with "show only this district", places that share a spot, and the plan's 18 targets.
 */
import { expect, test } from './support/browser.ts';

// Several map moves and clicks each: WebGL runs in software here, so give each planner's task time.
test.describe.configure({ timeout: 150_000 });

test.afterEach(async ({ atlas }) => {
  expect(atlas.foreignRequests()).toEqual([]);
});

test('前海 is a polygon on the map; clicking it tells what the plan says and how the shape was drawn', async ({ atlas }) => {
  await atlas.open('#map=10.6/22.58/113.86');
  expect(await atlas.zoneGeometryType('zone-qianhai-cooperation')).toMatch(/Polygon/);
  expect(await atlas.visibleZoneIds()).toEqual(expect.arrayContaining(['zone-qianhai-cooperation', 'zone-bz-qianhai']));
  await atlas.clickZone('zone-qianhai-cooperation');
  await expect(atlas.infoTitle()).toContainText('前海深港现代服务业合作区');
  await expect(atlas.page.getByTestId('info-quote')).toContainText('推动前海深港现代服务业合作区');
  await expect(atlas.page.getByTestId('info-area')).toContainText('官方 120.56');
  await expect(atlas.page.getByTestId('info-placement')).toContainText('示意范围');
  await atlas.screenshot('10-qianhai-zone');
  // Zones have their own toggle.
  await atlas.toggleLayer('zones');
  expect(await atlas.visibleZoneIds()).toEqual([]);
});

test('a district’s layout at a glance, and "show only this district" filters the map', async ({ atlas }) => {
  await atlas.open('#map=10.5/22.55/114.06');
  await atlas.clickArea('futian', [114.03, 22.565]);
  await expect(atlas.page.getByTestId('area-title')).toHaveText('福田区');
  await expect(atlas.page.getByTestId('area-places')).toContainText('华强北商业街');
  await expect(atlas.page.getByTestId('area-zones')).toContainText('河套深港科技创新合作区深圳园区');
  await expect(atlas.page.getByTestId('area-population')).toContainText('1,553,225');
  const before = Object.values(await atlas.visiblePlaceDistricts());
  expect(before.some((d) => d !== 'futian')).toBe(true);
  await atlas.showOnlyThisArea();
  await expect(atlas.page.getByTestId('area-only-chip')).toContainText('福田区');
  const after = await atlas.visiblePlaceDistricts();
  expect(Object.keys(after).length).toBeGreaterThan(3);
  expect(new Set(Object.values(after))).toEqual(new Set(['futian']));
  await atlas.screenshot('11-futian-only');
  await atlas.showAllAreas();
  expect(Object.values(await atlas.visiblePlaceDistricts()).some((d) => d !== 'futian')).toBe(true);
});

test('places that share a spot can each be seen and clicked', async ({ atlas }) => {
  await atlas.open('#map=15.5/22.5484/114.1159');
  for (const [id, name] of [['fs-dongmen', '东门步行街'], ['ne-dongmen', '东门夜间经济示范街区']] as const) {
    await atlas.clickPlaceIcon(id);
    await expect(atlas.infoTitle()).toHaveText(name);
  }
  // A centre and its anchor sites: the centre lists them, and each anchor can be clicked.
  await atlas.zoomTo(114.338755, 22.694124, 15.5);
  await atlas.clickPlaceIcon('dc-pingshan-rainbow');
  await expect(atlas.infoTitle()).toHaveText('坪山天虹商场');
  await atlas.page.getByTestId('info-parent').click();
  await expect(atlas.infoTitle()).toHaveText('坪山商业中心');
  await expect(atlas.page.getByTestId('info-anchors')).toContainText('益田假日世界');
  await atlas.screenshot('12-pingshan-anchors');
});

test('the plan’s 18 targets as cards; a later actual value is checked, kept with the scenario and shared', async ({ atlas, browser, baseURL }) => {
  await atlas.open('#map=11/22.55/114.05');
  await atlas.openTab('targets');
  await expect(atlas.page.getByTestId('indicator-group')).toHaveCount(4);
  await expect(atlas.page.locator('[data-testid^="indicator-"][aria-labelledby]')).toHaveCount(18);
  const retail = atlas.indicatorCard('retail-sales');
  await expect(retail.getByTestId('indicator-base')).toHaveText('8,664.8 亿元');
  await expect(retail.getByTestId('indicator-target')).toContainText('12,500 亿元');
  await expect(atlas.indicatorCard('top100-fairs').getByTestId('indicator-target')).toContainText('3-5 个');
  await atlas.page.getByTestId('goals').locator('summary').click();
  await expect(atlas.page.getByTestId('goals')).toContainText('到2025年，社会消费品零售总额达12500亿元');

  // 元 typed for 亿元: refused with the reason, nothing stored.
  await atlas.recordIndicatorActual('retail-sales', '949810000000', '2023-12-31', '深圳市2023年国民经济和社会发展统计公报');
  await expect(retail.getByRole('alert')).toContainText('不合常理');
  await expect(retail.getByTestId('indicator-actual')).toHaveCount(0);
  await atlas.recordIndicatorActual('retail-sales', '9,498.1', '2023-12-31', '深圳市2023年国民经济和社会发展统计公报');
  await expect(retail.getByTestId('indicator-actual')).toContainText('9,498.1 亿元');
  await expect(retail.getByTestId('indicator-progress')).toContainText('22%'); // (9498.1 − 8664.8) / (12500 − 8664.8)
  await atlas.screenshot('13-targets-actual');

  await atlas.reload();
  await atlas.openTab('targets');
  await expect(atlas.indicatorCard('retail-sales').getByTestId('indicator-actual')).toContainText('9,498.1 亿元');

  const link = await atlas.shareLinkWithScenario();
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } }); // empty storage
  const { AtlasDriver } = await import('./support/atlas-driver.ts');
  const other = new AtlasDriver(await fresh.newPage(), baseURL!);
  await other.page.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
  await other.waitForMap();
  await other.openTab('targets');
  await expect(other.indicatorCard('retail-sales').getByTestId('indicator-actual')).toContainText('9,498.1 亿元');
  expect(other.foreignRequests()).toEqual([]);
  await fresh.close();
});
