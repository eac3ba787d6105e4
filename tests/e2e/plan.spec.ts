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
