/**
 * Issue 9 — presenting a case: a planner builds a three-slide deck from three views, presents it with
 * the keyboard (each slide moves the map to its own view and layers), and finds the deck again after a
 * reload; exports the deck as a PDF (one page per slide, real Chinese text, a drawn map) and the view as
 * a 300 dpi PNG. Nothing is requested from any other origin.
 */
import { expect, test } from './support/browser.ts';
import { areaStats, pdfPageCount, pdfText, readPng, renderPdfPage } from './support/printed.ts';
import { layoutPage } from '../../src/export/page-layout.ts';

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

test('export the current view as a 300 dpi A4 landscape PNG with title, legend and a drawn map', async ({ atlas }) => {
  test.setTimeout(300_000); // a 3508 × 2480 page drawn by software WebGL
  await atlas.open('#map=11/22.55/114.05');
  await atlas.choosePrintLayout('A4', 'landscape', 300);
  const png = await atlas.exportPrint('png');
  atlas.keepFile(png, '44-view-a4-300dpi.png');
  const page = readPng(png, 300);
  expect({ width: page.width, height: page.height }).toEqual({ width: 3508, height: 2480 });
  const layout = layoutPage('A4', 'landscape');
  // The map frame holds a drawn map, not a flat fill; the legend column and the title carry ink
  // where the margin above the title is empty paper.
  expect(areaStats(page, layout.map).variance).toBeGreaterThan(200);
  expect(areaStats(page, layout.legend).ink).toBeGreaterThan(0.005);
  expect(areaStats(page, { x: layout.title.x, y: 1, w: 36, h: 7 }).ink).toBe(0);
  expect(areaStats(page, { x: layout.title.x, y: layout.title.y, w: 36, h: 7 }).ink).toBeGreaterThan(0.04);
});

test('export the deck as a PDF, one page per slide, with real Chinese text and a drawn map', async ({ atlas }) => {
  test.setTimeout(300_000); // three maps drawn at print resolution by software WebGL
  await atlas.open('#map=10.5/22.56/114.02');
  await atlas.addSlide('全市商业格局');
  await atlas.zoomTo(113.93, 22.52, 12.5);
  await atlas.addSlide('后海中心商业区');
  await atlas.zoomTo(114.12, 22.55, 13);
  await atlas.addSlide('大东门-湖贝商圈');

  const pdf = await atlas.exportPrint('pdf');
  atlas.keepFile(pdf, '43-deck.pdf');
  expect(pdfPageCount(pdf)).toBe(3);
  expect(pdfText(pdf, 1)).toContain('全市商业格局');
  expect(pdfText(pdf, 3)).toContain('大东门-湖贝商圈');
  const page = renderPdfPage(pdf, 1, 100);
  const layout = layoutPage('A4', 'landscape');
  expect(Math.abs(page.width - (297 / 25.4) * 100)).toBeLessThan(1.5); // an A4 landscape page
  // The map frame holds a drawn map, not a flat fill.
  expect(areaStats(page, layout.map).variance).toBeGreaterThan(200);
  // The Chinese title is drawn (glyphs with ink, not blank boxes), where the margin above it is empty paper.
  const title = areaStats(page, { x: layout.title.x, y: layout.title.y, w: 36, h: 7 });
  const margin = areaStats(page, { x: layout.title.x, y: 1, w: 36, h: 7 });
  expect(margin.ink).toBe(0);
  expect(title.ink).toBeGreaterThan(0.04);
});

test('compare baseline and scenario with a swipe divider, moved by keyboard and mouse, kept in a slide', async ({ atlas }) => {
  await atlas.open('#map=12/22.58/113.88');
  await atlas.analyseCoverage(['district_centre', 'proposals']);
  await atlas.drawPoint(113.872, 22.578);
  await atlas.nameProposal('西乡社区商业中心');
  await atlas.stopDrawing();
  await atlas.openSwipe();
  await expect(atlas.page.getByTestId('compare-view')).toHaveAttribute('data-layout', 'swipe');
  expect(await atlas.swipeDivider()).toEqual({ percent: 50, afterClippedAt: 50 });
  await atlas.pressOnDivider('ArrowLeft', 5);
  expect(await atlas.swipeDivider()).toEqual({ percent: 40, afterClippedAt: 40 });
  await atlas.dragDivider(0.7);
  expect(Math.abs((await atlas.swipeDivider()).percent - 70)).toBeLessThanOrEqual(1);
  await atlas.pressOnDivider('Shift+ArrowLeft', 3);
  expect((await atlas.swipeDivider()).percent).toBeCloseTo(40, 0);
  await atlas.screenshot('45-swipe');

  await atlas.addSlide('卷帘：基线与方案');
  await atlas.closeComparison();
  await atlas.present();
  // The slide brings the swipe back at its divider; the divider's arrow keys do not turn the slide.
  await expect(atlas.page.getByTestId('compare-view')).toHaveAttribute('data-layout', 'swipe');
  expect((await atlas.swipeDivider()).percent).toBeCloseTo(40, 0);
  await atlas.pressOnDivider('ArrowRight');
  expect((await atlas.swipeDivider()).percent).toBeCloseTo(42, 0);
  expect((await atlas.presentedSlide()).title).toBe('卷帘：基线与方案');
  await atlas.screenshot('46-swipe-presented');
});
