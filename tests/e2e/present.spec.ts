/**
 * Issue 9 — presenting a case: a planner builds a three-slide deck from three views, presents it with
 * the keyboard (each slide moves the map to its own view and layers), and finds the deck again after a
 * reload. Nothing is requested from any other origin.
 */
import { expect, test } from './support/browser.ts';

test.afterEach(async ({ atlas }) => {
  expect(atlas.foreignRequests()).toEqual([]);
});

test('build a three-slide deck and present it with the keyboard', async ({ atlas }) => {
  await atlas.open('#map=10.5/22.56/114.02');
  await atlas.addSlide('全市商业格局');
  await atlas.zoomTo(113.93, 22.52, 12.5); // 后海
  await atlas.toggleLayer('port');
  await atlas.addSlide('后海中心商业区');
  await atlas.zoomTo(114.12, 22.55, 13); // 东门
  await atlas.toggleLayer('port');
  await atlas.addSlide('大东门-湖贝商圈');
  expect(await atlas.slideTitles()).toEqual(['全市商业格局', '后海中心商业区', '大东门-湖贝商圈']);
  await atlas.screenshot('40-deck-of-three');

  await atlas.present();
  expect(await atlas.presentedSlide()).toEqual({ number: '1 / 3', title: '全市商业格局' });
  await expect(atlas.page.locator('.app-header')).toBeHidden();
  const first = await atlas.mapView();
  expect(first.lon).toBeCloseTo(114.02, 2);
  await atlas.screenshot('41-present-slide-1');

  await atlas.pressInPresentation('ArrowRight');
  expect(await atlas.presentedSlide()).toEqual({ number: '2 / 3', title: '后海中心商业区' });
  const second = await atlas.mapView();
  expect(second.lon).toBeCloseTo(113.93, 2);
  expect(second.zoom).toBeGreaterThan(first.zoom + 1);
  expect(await atlas.visiblePlaceIds('port')).toEqual([]); // ports were off on this slide

  await atlas.pressInPresentation('PageDown');
  expect(await atlas.presentedSlide()).toEqual({ number: '3 / 3', title: '大东门-湖贝商圈' });
  expect((await atlas.mapView()).lon).toBeCloseTo(114.12, 2);
  await atlas.page.keyboard.press('n');
  await expect(atlas.page.getByTestId('present-notes')).toBeVisible();
  await atlas.screenshot('42-present-slide-3-notes');

  await atlas.pressInPresentation('ArrowLeft');
  expect((await atlas.presentedSlide()).title).toBe('后海中心商业区');
  await atlas.page.keyboard.press('Escape');
  await expect(atlas.page.getByTestId('present-mode')).toHaveCount(0);
  await expect(atlas.page.locator('.app-header')).toBeVisible();

  await atlas.page.reload();
  await atlas.waitForMap();
  expect(await atlas.slideTitles()).toEqual(['全市商业格局', '后海中心商业区', '大东门-湖贝商圈']);
});
