/**
 * A planner's actions on the atlas, in words a planner would use. Specs read as given/when/then on top
 * of these; only this file knows about selectors and the map's internals.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page, Request } from '@playwright/test';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** The chunk name of a built JS file: assets/echarts-kBgAafuG.js → echarts. */
export const chunkName = (url: string): string => new URL(url, 'http://x').pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');

export class AtlasDriver {
  readonly requests: string[] = [];
  readonly baseUrl: string;

  constructor(
    readonly page: Page,
    private readonly baseURL: string,
  ) {
    this.baseUrl = baseURL;
    page.on('request', (r: Request) => this.requests.push(r.url()));
    page.on('pageerror', (e) => console.error('[page error]', e.message));
  }

  /** Requests to anything but the app's own origin (data: and blob: URLs are local). */
  foreignRequests(): string[] {
    const origin = new URL(this.baseURL).origin;
    return this.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await this.waitForMap();
  }

  /** Resolves when the map has its data and has finished drawing. */
  async waitForMap(): Promise<void> {
    await this.page.waitForFunction(() => {
      const m = window.__atlas?.map;
      return !!m && m.loaded() && !!m.getSource('places') && m.querySourceFeatures('places').length > 0;
    }, undefined, { timeout: 90_000 }); // generous: on a loaded 2-core machine the first paint can take 20–40 s
    await this.idle();
  }

  /**
   * Resolves once the map has drawn everything queued: the adapter applies style changes on the next
   * animation frame, then MapLibre fires 'idle' when tiles, symbol placement and fades are done.
   */
  async idle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const m = window.__atlas!.map;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              m.once('idle', () => resolve());
              m.triggerRepaint();
            }),
          );
        }),
    );
  }

  /** Ids of plan places currently drawn on screen, optionally of one category. */
  async visiblePlaceIds(layer?: string): Promise<string[]> {
    await this.idle();
    return this.page.evaluate((l) => {
      const m = window.__atlas!.map;
      const ids = m.getStyle().layers.map((x) => x.id).filter((id) => id.startsWith('places-') && (!l || id === `places-${l}`));
      return m.queryRenderedFeatures({ layers: ids }).map((f) => String(f.properties.id));
    }, layer);
  }

  async renderedFeatureCount(layerId: string): Promise<number> {
    await this.idle();
    return this.page.evaluate((id) => window.__atlas!.map.queryRenderedFeatures({ layers: [id] }).length, layerId);
  }

  async toggleLayer(layer: string): Promise<void> {
    await this.openTab('layers');
    await this.page.getByTestId(`toggle-${layer}`).click();
    await this.idle();
  }

  async toggleStatus(status: string): Promise<void> {
    await this.openTab('layers');
    await this.page.getByTestId(`status-${status}`).click();
    await this.idle();
  }

  /** Type a name in the search box and choose the first result. */
  async openPlace(name: string): Promise<void> {
    await this.page.getByTestId('search-input').fill(name);
    await this.page.getByTestId('search-results').getByRole('option').first().click();
    await this.page.waitForFunction(() => !window.__atlas!.map.isMoving());
    await this.idle();
  }

  /** Click a plan place on the map where it is drawn. */
  async clickPlace(id: string): Promise<void> {
    const pt = await this.page.evaluate((pid) => {
      const m = window.__atlas!.map;
      const f = m.querySourceFeatures('places').find((x) => x.properties.id === pid);
      if (!f || f.geometry.type !== 'Point') return null;
      const p = m.project(f.geometry.coordinates as [number, number]);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, id);
    if (!pt) throw new Error(`place ${id} is not on the map`);
    await this.page.mouse.click(pt.x, pt.y);
  }

  /** The id and position of a plan place, looked up by its Chinese name. */
  async findPlace(nameZh: string): Promise<{ id: string; lon: number; lat: number; status: string; layer: string }> {
    const f = await this.page.evaluate((n) => {
      const m = window.__atlas!.map;
      const src = m.getStyle().sources.places as { data: GeoJSON.FeatureCollection };
      const hit = src.data.features.find((x) => x.properties?.name_zh === n);
      if (!hit || hit.geometry.type !== 'Point') return null;
      const [lon, lat] = hit.geometry.coordinates as [number, number];
      return { id: String(hit.properties!.id), lon, lat, status: String(hit.properties!.status), layer: String(hit.properties!.layer) };
    }, nameZh);
    if (!f) throw new Error(`no plan place named ${nameZh}`);
    return f;
  }

  /** Statuses of the places drawn on screen. */
  async visibleStatuses(): Promise<string[]> {
    await this.idle();
    return this.page.evaluate(() => {
      const m = window.__atlas!.map;
      const ids = m.getStyle().layers.map((x) => x.id).filter((id) => id.startsWith('places-'));
      return [...new Set(m.queryRenderedFeatures({ layers: ids }).map((f) => String(f.properties.status)))];
    });
  }

  async zoomTo(lon: number, lat: number, zoom: number): Promise<void> {
    await this.page.evaluate(([x, y, z]) => window.__atlas!.jumpTo({ lon: x!, lat: y!, zoom: z! }), [lon, lat, zoom]);
    await this.idle();
  }

  async switchLanguage(): Promise<void> {
    await this.page.getByTestId('lang-switch').click();
    await this.idle();
  }

  async zoomToDistrict(id: string): Promise<void> {
    await this.page.getByTestId('district-zoom').selectOption(id);
    await this.page.waitForTimeout(900); // fitBounds animation (800 ms)
    await this.idle();
  }

  infoTitle() {
    return this.page.getByTestId('info-title');
  }

  async mapView(): Promise<{ lon: number; lat: number; zoom: number }> {
    return this.page.evaluate(() => {
      const m = window.__atlas!.map;
      return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
    });
  }

  /** Text of labels MapLibre placed in a layer (what the planner reads on the map). */
  async renderedLabels(layerId: string): Promise<string[]> {
    await this.idle();
    // Labels are placed once their glyphs exist, which (with the shipped font) may take a few frames more.
    await this.page.waitForFunction((id) => window.__atlas!.map.queryRenderedFeatures({ layers: [id] }).length > 0, layerId, { timeout: 15_000 });
    return this.page.evaluate((id) => {
      const m = window.__atlas!.map;
      const lang = document.documentElement.lang.startsWith('zh') ? 'name_zh' : 'name_en';
      const field = m.getLayoutProperty(id, 'text-field');
      return m.queryRenderedFeatures({ layers: [id] }).map((f) => `${JSON.stringify(field).includes(lang) ? '' : '!'}${f.properties[lang]}`);
    }, layerId);
  }

  // ── Coverage analysis ──────────────────────────────────────────────────────────────────────────

  async openTab(tab: 'layers' | 'analysis' | 'scenarios' | 'datasets' | 'present' | 'targets'): Promise<void> {
    await this.page.getByTestId(`tab-${tab}`).click();
    // Panels behind tabs load their code on first use.
    await this.page.locator('.side-panel [data-testid="deferred-loading"]').waitFor({ state: 'detached' });
  }

  /** Turn the analysis on with the given node sources (others off) and wait for the numbers. */
  async analyseCoverage(sources: string[] = ['district_centre']): Promise<void> {
    await this.openTab('analysis');
    for (const k of ['city_circle', 'district_centre', 'featured_street', 'stations', 'proposals']) {
      const box = this.page.getByTestId(`node-${k}`);
      if ((await box.isChecked()) !== sources.includes(k)) await box.click();
    }
    const enable = this.page.getByTestId('analysis-enable');
    if (!(await enable.isChecked())) await enable.click();
    await this.analysisSettled();
  }

  /** Waits until the worker has answered the latest change. */
  async analysisSettled(): Promise<void> {
    await this.page.getByTestId('coverage-table').waitFor();
    await this.page.waitForFunction(() => !/计算中|Computing|建立|Building/.test(document.querySelector('[data-testid="analysis-status"]')?.textContent ?? ''));
    await this.page.waitForTimeout(150);
    await this.idle();
  }

  async showLifeCircle(minutes: 5 | 10 | 15): Promise<void> {
    await this.page.getByTestId(`display-${minutes}`).check();
    await this.analysisSettled();
  }

  async showOnMap(layer: 'circles' | 'covered' | 'gaps' | 'corridors' | 'choropleth' | 'population', on = true): Promise<void> {
    const box = this.page.getByTestId(`show-${layer}`);
    if ((await box.isChecked()) !== on) await box.click();
    await this.analysisSettled();
  }

  /** The figures of one district row (or 'city') of the coverage table, as shown. */
  async coverageRow(district: string): Promise<Record<string, string>> {
    const row = this.page.locator(`[data-testid="coverage-table"] tr[data-district="${district}"]`);
    const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-col'), td.textContent ?? '']));
    return Object.fromEntries(cells);
  }

  async districtRowCount(): Promise<number> {
    return this.page.locator('[data-testid="coverage-table"] tbody tr[data-district]').count();
  }

  /** The unrounded figures of a row of the coverage table: a district id, 'city', or `jiedao:<id>`. */
  async coverageFigures(area: string): Promise<Record<string, number>> {
    const sel = area.startsWith('jiedao:') ? `tr[data-jiedao="${area.slice(7)}"]` : `tr[data-district="${area}"]`;
    const cells = await this.page
      .locator(`[data-testid="coverage-table"] ${sel} td`)
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-col'), Number(td.getAttribute('data-value'))]));
    return Object.fromEntries(cells);
  }

  /** The suggested sites as drawn on the map, with the district and 街道 the list names for each. */
  async suggestedSites(): Promise<{ rank: number; lon: number; lat: number; district: string; jiedao: string }[]> {
    const listed = await this.page
      .locator('[data-testid="suggestions"] li')
      .evaluateAll((lis) => lis.map((li) => ({ rank: Number(li.getAttribute('data-rank')), district: li.getAttribute('data-district') ?? '', jiedao: li.getAttribute('data-jiedao') ?? '' })));
    const drawn = await this.page.evaluate(() =>
      window.__atlas!.map.querySourceFeatures('analysis-sites').map((f) => ({ rank: Number(f.properties.rank), coords: (f.geometry as GeoJSON.Point).coordinates })),
    );
    return listed.map((l) => {
      const d = drawn.find((x) => x.rank === l.rank);
      if (!d) throw new Error(`site #${l.rank} is listed but not drawn`);
      return { ...l, lon: d.coords[0]!, lat: d.coords[1]! };
    });
  }

  /** Properties of the features of each layer drawn under a point, by layer id (one zoom there, one drawing). */
  async featuresUnderEach(lon: number, lat: number, layerIds: string[], zoom = 13): Promise<Record<string, Record<string, unknown>[]>> {
    await this.zoomTo(lon, lat, zoom);
    return this.page.evaluate(
      ([x, y, ids]) => {
        const m = window.__atlas!.map;
        const at = m.project([x, y]);
        return Object.fromEntries(ids.map((id) => [id, m.queryRenderedFeatures(at, { layers: [id] }).map((f) => f.properties)]));
      },
      [lon, lat, layerIds] as [number, number, string[]],
    );
  }

  /**
   * A spot on screen well inside a 街道 of the given district with nothing clickable on it (no place,
   * station, proposal or other 街道 within 10 px): where a planner clicks to pick the 街道 itself.
   */
  async emptySpotIn(districtId: string): Promise<{ lon: number; lat: number }> {
    await this.idle();
    const spot = await this.page.evaluate((d) => {
      const m = window.__atlas!.map;
      const others = m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('places-') || id.startsWith('metro-station') || id.startsWith('proposals-'));
      const { width, height } = m.getCanvas().getBoundingClientRect();
      for (let y = 40; y < height - 40; y += 23) {
        for (let x = 40; x < width - 40; x += 23) {
          // Well inside one 街道: nothing else within 10 px, not even its neighbour across a border.
          const near = new Set(m.queryRenderedFeatures([[x - 10, y - 10], [x + 10, y + 10]], { layers: ['areas-jiedao-fill'] }).map((f) => String(f.properties.id)));
          if (near.size !== 1 || ![...near][0]!.startsWith(`${d}-`)) continue;
          if (m.queryRenderedFeatures([[x - 10, y - 10], [x + 10, y + 10]], { layers: others }).length) continue;
          const ll = m.unproject([x, y]);
          return { lon: ll.lng, lat: ll.lat };
        }
      }
      return null;
    }, districtId);
    if (!spot) throw new Error(`no empty spot of ${districtId} on screen`);
    return spot;
  }

  /** Click the map at a longitude/latitude (as a planner clicks a 街道 or a spot to probe). */
  async clickMapAt(lon: number, lat: number): Promise<void> {
    const pt = await this.pointOnScreen(lon, lat);
    await this.page.mouse.click(pt.x, pt.y);
  }

  /** Export the coverage table and return the CSV text. */
  async exportCoverageCsv(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export-csv').click()]);
    const { readFileSync } = await import('node:fs');
    return readFileSync((await download.path())!, 'utf8');
  }

  /** Unfold every district of the coverage table into its 街道. */
  async showAllJiedao(): Promise<void> {
    const b = this.page.getByTestId('expand-all');
    if (/展开|Show/.test((await b.textContent()) ?? '')) await b.click();
  }

  /** Ids of the 街道 listed as worst served, worst first. */
  async worstServedJiedao(): Promise<string[]> {
    return this.page.locator('[data-testid="worst-served"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-jiedao') ?? ''));
  }

  async useWalkingRadius(speed: string, detour: string): Promise<void> {
    await this.page.getByTestId('radius-walk').check();
    await this.page.getByTestId('speed').fill(speed);
    await this.page.getByTestId('detour').fill(detour);
    await this.analysisSettled();
  }

  async suggestSites(k: number): Promise<void> {
    await this.page.getByTestId('suggest-k').fill(String(k));
    const area = await this.page.getByTestId('candidate-area').inputValue();
    await this.page.getByTestId('suggest-run').click();
    // The list of this run (k and area), not one shown from an earlier run.
    await this.page.locator(`[data-testid="suggestions"][data-for="${k}|${area}"]`).waitFor({ timeout: 60_000 });
    await this.idle();
  }

  /** Candidate area of the suggestion: 'uncovered', 'corridor', 'district:<id>' or 'jiedao:<id>'. */
  async chooseCandidateArea(value: string): Promise<void> {
    await this.page.getByTestId('candidate-area').selectOption(value);
  }

  /** Ask for the exact optimum of the suggestion shown and wait for its answer (HiGHS may take a while). */
  async exactOptimum(): Promise<{ share: number; status: string; text: string }> {
    await this.page.getByTestId('optimum-run').click();
    const r = this.page.getByTestId('optimum-result');
    await r.waitFor({ timeout: 180_000 });
    return { share: Number(await r.getAttribute('data-share')), status: String(await r.getAttribute('data-status')), text: (await r.textContent()) ?? '' };
  }

  /** The city's share of residents covered today and once the suggested sites are adopted (0–1). */
  async suggestionPromise(): Promise<{ before: number; after: number }> {
    const p = this.page.getByTestId('suggest-promise');
    return { before: Number(await p.getAttribute('data-before')), after: Number(await p.getAttribute('data-after')) };
  }

  async suggestionGains(): Promise<number[]> {
    const texts = await this.page.locator('[data-testid="suggestions"] li .gain').allTextContents();
    return texts.map((t) => Number(t.replace(/^\+/, '').split(/\s/)[0]!.replace(/[,，]/g, '')));
  }


  // ── Datasets ───────────────────────────────────────────────────────────────────────────────────

  /** Start recording main-thread tasks over 50 ms (PerformanceObserver 'longtask'); call before open(). */
  async recordLongTasks(): Promise<void> {
    await this.page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
  }

  async clearLongTasks(): Promise<void> {
    await this.page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  }

  /** Durations (ms) of main-thread tasks over 50 ms since the last clear. */
  async longTasks(): Promise<number[]> {
    return this.page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
  }

  /**
   * Choose a file in the dataset importer (a path, or generated bytes). Generated files are written
   * to a temporary folder first: handing Chromium a path, as a planner's file dialog does, keeps
   * Playwright from decoding megabytes of base64 in the page (a long task that is not the app's).
   */
  async importDataset(file: string | { name: string; bytes: Uint8Array }): Promise<void> {
    await this.openTab('datasets');
    let path = typeof file === 'string' ? file : '';
    if (typeof file !== 'string') {
      path = join(mkdtempSync(join(tmpdir(), 'atlas-')), file.name);
      writeFileSync(path, file.bytes);
    }
    await this.page.getByTestId('dataset-import').setInputFiles(path);
  }

  /** Waits for the preview and returns what it says: rows to import, rows skipped, skipped lines listed. */
  async datasetPreview(timeout = 120_000): Promise<{ count: number; skipped: number; skippedLines: number[]; corrections: string }> {
    const el = this.page.getByTestId('dataset-preview-count');
    await el.waitFor({ timeout });
    const lines = await this.page.locator('[data-testid="dataset-skipped"] li').evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-line'))));
    return {
      count: Number(await el.getAttribute('data-count')),
      skipped: Number(await el.getAttribute('data-skipped')),
      skippedLines: lines,
      corrections: (await this.page.getByTestId('dataset-corrections').textContent()) ?? '',
    };
  }

  async saveDataset(name: string): Promise<void> {
    await this.page.getByTestId('dataset-name').fill(name);
    await this.page.getByTestId('dataset-save').click();
    await this.page.getByTestId('dataset-preview').waitFor({ state: 'detached', timeout: 120_000 });
  }

  /** The datasets listed, with their counts as shown. */
  async datasetList(): Promise<{ name: string; count: number }[]> {
    await this.openTab('datasets');
    const list = this.page.getByTestId('dataset-list');
    await list.waitFor();
    return list.locator('li.dataset-item').evaluateAll((lis) =>
      lis.map((li) => ({ name: li.querySelector('.dataset-name')?.textContent ?? '', count: Number(li.getAttribute('data-count')) })),
    );
  }

  /**
   * Outlets drawn on screen for a dataset: single points plus the points inside clusters. After a save
   * the dataset worker first builds the layer's GeoJSON (seconds on a loaded machine), then MapLibre
   * fetches and clusters it in its own worker: wait until the source exists and is loaded, then draw.
   */
  async datasetPointsOnMap(id: string): Promise<number> {
    await this.page.waitForFunction((src) => {
      const m = window.__atlas!.map;
      return !!m.getSource(src) && m.isSourceLoaded(src);
    }, `dataset-${id}`, { timeout: 120_000 });
    await this.idle();
    return this.page.evaluate((d) => {
      const m = window.__atlas!.map;
      const feats = m.queryRenderedFeatures({ layers: [`dataset-${d}-points`, `dataset-${d}-clusters`].filter((l) => m.getLayer(l)) });
      return feats.reduce((s, f) => s + (f.properties.point_count ? Number(f.properties.point_count) : 1), 0);
    }, id);
  }

  /**
   * Coverage by trade with these outlet datasets and trades, and optionally plan tiers, stations or proposals
   * counted as providing every chosen trade; returns each trade's city share (0–1).
   */
  async coverageByTrade(datasetIds: string[], trades: string[], extraNodes: string[] = []): Promise<Record<string, number>> {
    await this.openTab('datasets');
    for (const box of await this.page.locator('[data-testid^="trade-outlets-"]').all()) {
      const id = ((await box.getAttribute('data-testid')) ?? '').replace('trade-outlets-', '');
      if ((await box.isChecked()) !== datasetIds.includes(id)) await box.click();
    }
    for (const box of await this.page.locator('[data-testid^="trade-choose-"]').all()) {
      const t = ((await box.getAttribute('data-testid')) ?? '').replace('trade-choose-', '');
      if ((await box.isChecked()) !== trades.includes(t)) await box.click();
    }
    const extraOrder: string[] = [];
    for (const box of await this.page.locator('[data-testid^="trade-extra-"]').all()) {
      const k = ((await box.getAttribute('data-testid')) ?? '').replace('trade-extra-', '');
      if ((await box.isChecked()) !== extraNodes.includes(k)) await box.click();
      if (extraNodes.includes(k)) extraOrder.push(k);
    }
    // The result states the choice it was computed for; wait for this choice (never read an element
    // that may not exist yet: a locator waits for it without end).
    const key = `${[...datasetIds].sort().join(',')}|${[...trades].sort().join(',')}${extraOrder.length ? `|${extraOrder.join(',')}` : ''}`;
    await this.page.getByTestId('trade-run').click();
    await this.page.waitForFunction((k) => {
      const el = document.querySelector('[data-testid="trade-result"]');
      const btn = document.querySelector('[data-testid="trade-run"]') as HTMLButtonElement | null;
      return !!el && !!btn && !btn.disabled && el.getAttribute('data-for') === k;
    }, key, { timeout: 180_000 });
    const items = await this.page.locator('[data-testid^="trade-city-"]').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-trade'), Number(li.getAttribute('data-share'))]));
    return Object.fromEntries(items);
  }

  // ── Scenarios ──────────────────────────────────────────────────────────────────────────────────

  /** Screen position of a longitude/latitude on the map. */
  async pointOnScreen(lon: number, lat: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(([x, y]) => {
      const m = window.__atlas!.map;
      const p = m.project([x!, y!]);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, [lon, lat]);
  }

  async drawPoint(lon: number, lat: number): Promise<void> {
    await this.openTab('scenarios');
    const tool = this.page.getByTestId('draw-point');
    if ((await tool.getAttribute('aria-pressed')) !== 'true') await tool.click();
    await this.drawingReady('point');
    const pt = await this.pointOnScreen(lon, lat);
    await this.page.mouse.move(pt.x, pt.y);
    await this.page.mouse.click(pt.x, pt.y);
    await this.page.getByTestId('proposal-form').waitFor();
  }

  /** Draw a street (tool "linestring") or a zone (tool "polygon") through the given points. */
  async drawShape(tool: 'linestring' | 'polygon', points: [number, number][]): Promise<void> {
    await this.openTab('scenarios');
    const button = this.page.getByTestId(`draw-${tool}`);
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    await this.drawingReady(tool);
    for (const [lon, lat] of points) {
      const pt = await this.pointOnScreen(lon, lat);
      await this.page.mouse.move(pt.x, pt.y, { steps: 4 });
      await this.page.mouse.click(pt.x, pt.y);
      await this.page.waitForTimeout(120);
    }
    await this.page.keyboard.press('Enter'); // terra-draw finishes the shape on Enter
    await this.page.getByTestId('proposal-form').waitFor();
  }

  /** With the select tool, drag a proposal point from one place to another. */
  async dragProposal(from: [number, number], to: [number, number]): Promise<void> {
    await this.openTab('scenarios');
    const button = this.page.getByTestId('draw-select');
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    await this.drawingReady('select');
    const a = await this.pointOnScreen(...from);
    const b = await this.pointOnScreen(...to);
    await this.page.mouse.click(a.x, a.y); // select
    await this.page.waitForTimeout(200);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps: 12 });
    await this.page.mouse.up();
    await this.page.waitForTimeout(300);
  }

  /** The drawing code is loaded on first use: wait until the map has taken up the tool. */
  async drawingReady(tool: string): Promise<void> {
    await this.page.locator(`[data-testid="map"][data-draw-tool="${tool}"]`).waitFor();
  }

  async nameProposal(zh: string, en = ''): Promise<void> {
    await this.page.getByTestId('form-name-zh').fill(zh);
    await this.page.getByTestId('form-name-en').fill(en);
    await this.page.getByTestId('form-save').click();
  }

  async stopDrawing(): Promise<void> {
    const pressed = this.page.locator('[data-testid^="draw-"][aria-pressed="true"]');
    if (await pressed.count()) await pressed.first().click();
  }

  async proposalNames(): Promise<string[]> {
    await this.openTab('scenarios');
    const list = this.page.getByTestId('proposal-list');
    if (!(await list.count())) return [];
    return list.locator('li button').allTextContents();
  }

  async importFile(path: string): Promise<void> {
    await this.openTab('scenarios');
    await this.page.getByTestId('import-file').setInputFiles(path);
  }

  async alerts(): Promise<string[]> {
    return this.page.getByRole('alert').allTextContents();
  }

  async dismissAlerts(): Promise<void> {
    for (const b of await this.page.locator('[data-testid="alert"] button').all()) await b.click();
  }

  // ── The plan's targets (表1) ────────────────────────────────────────────────────────────────────

  /** The card of one of the plan's indicators in the 目标 tab. */
  indicatorCard(id: string): Locator {
    return this.page.getByTestId(`indicator-${id}`);
  }

  /** Record a later actual value on an indicator's card (value, date YYYY-MM-DD, source) and save. */
  async recordIndicatorActual(id: string, value: string, date: string, source: string): Promise<void> {
    await this.openTab('targets');
    const card = this.indicatorCard(id);
    if (await card.getByTestId('actual-value').count() === 0) await card.getByTestId('indicator-record').click();
    await card.getByTestId('actual-value').fill(value);
    await card.getByTestId('actual-date').fill(date);
    await card.getByTestId('actual-source').fill(source);
    await card.getByTestId('actual-save').click();
  }

  async shareLinkWithScenario(): Promise<string> {
    await this.openTab('scenarios');
    await this.page.getByTestId('share-scenario').click();
    return this.page.getByTestId('share-link').inputValue();
  }

  // ── Slides and present mode ────────────────────────────────────────────────────────────────────

  /** Add a slide of what the map shows now, and give it a title. */
  async addSlide(title: string): Promise<void> {
    await this.openTab('present');
    const rows = this.page.getByTestId('slide-row');
    const before = await rows.count();
    await this.page.getByTestId('slide-add').click();
    await rows.nth(before).waitFor();
    const input = rows.nth(before).getByTestId('slide-title');
    await input.fill(title);
    await input.blur();
  }

  async slideTitles(): Promise<string[]> {
    await this.openTab('present');
    return this.page.getByTestId('slide-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  }

  /** Start present mode and wait for the first slide's camera move to end. */
  async present(): Promise<void> {
    await this.openTab('present');
    await this.page.getByTestId('present').click();
    await this.page.getByTestId('present-mode').waitFor();
    await this.settleCamera();
  }

  /** A key press in present mode, then the eased camera move to the slide. */
  async pressInPresentation(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.settleCamera();
  }

  async presentedSlide(): Promise<{ number: string; title: string }> {
    return { number: (await this.page.getByTestId('present-number').textContent()) ?? '', title: (await this.page.getByTestId('present-title').textContent()) ?? '' };
  }

  /** The eased move between slides takes 800 ms whatever the frame rate; then the map must be still. */
  private async settleCamera(): Promise<void> {
    await this.page.waitForTimeout(1000);
    await this.page.waitForFunction(() => !window.__atlas!.map.isMoving(), undefined, { timeout: 15_000 });
    await this.idle();
  }

  // ── Before / after swipe ─────────────────────────────────────────────────────────────────────

  /** In the scenarios tab, open the comparison as one map with a swipe divider (both maps drawn). */
  async openSwipe(): Promise<void> {
    await this.openTab('scenarios');
    await this.page.getByTestId('compare-swipe').click();
    await this.page.getByTestId('compare-view').locator('canvas.maplibregl-canvas').nth(1).waitFor();
  }

  /** The divider's position in percent of the width (its slider value) and the after-map's clip there. */
  async swipeDivider(): Promise<{ percent: number; afterClippedAt: number }> {
    const percent = Number(await this.page.getByTestId('compare-divider').getAttribute('aria-valuenow'));
    const side = this.page.getByTestId('compare-right-map').locator('xpath=..');
    const afterClippedAt = await side.evaluate((el) => Number(/inset\(0(?:px)? 0(?:px)? 0(?:px)? ([\d.]+)%\)/.exec((el as HTMLElement).style.clipPath)?.[1] ?? NaN));
    return { percent, afterClippedAt };
  }

  /** Move the divider with the keyboard: focus it and press a key `times` times. */
  async pressOnDivider(key: string, times = 1): Promise<void> {
    const d = this.page.getByTestId('compare-divider');
    await d.focus();
    for (let i = 0; i < times; i++) await d.press(key);
  }

  /** Drag the divider with the mouse to `share` (0…1) of the comparison's width. */
  async dragDivider(share: number): Promise<void> {
    const area = (await this.page.getByTestId('compare-view').boundingBox())!;
    const d = (await this.page.getByTestId('compare-divider').boundingBox())!;
    await this.page.mouse.move(d.x + d.width / 2, d.y + d.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(area.x + area.width * share, d.y + d.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  async closeComparison(): Promise<void> {
    await this.page.locator('.compare-close').click();
    await this.page.getByTestId('compare-view').waitFor({ state: 'detached' });
  }

  // ── Print export ──────────────────────────────────────────────────────────────────────────────

  /** Choose paper, orientation and resolution in the 汇报 tab's print settings. */
  async choosePrintLayout(paper: 'A4' | 'A3', orientation: 'landscape' | 'portrait', dpi: 150 | 300): Promise<void> {
    await this.openTab('present');
    await this.page.getByTestId('print-paper').selectOption(paper);
    await this.page.getByTestId('print-orientation').selectOption(orientation);
    await this.page.getByTestId('print-dpi').selectOption(String(dpi));
  }

  /** Press an export button and wait for the file; returns where it was saved. */
  async exportPrint(kind: 'png' | 'pdf'): Promise<string> {
    await this.openTab('present');
    const download = this.page.waitForEvent('download', { timeout: 240_000 });
    await this.page.getByTestId(`export-${kind}`).click();
    const d = await download;
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-export-')), d.suggestedFilename());
    await d.saveAs(path);
    await this.page.getByTestId('export-progress').waitFor({ state: 'detached' });
    return path;
  }

  /** Keep an exported file beside the screenshots, to look at after the run. */
  keepFile(path: string, name: string): void {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    copyFileSync(path, `${SCREENSHOT_DIR}/${name}`);
  }

  // ── Meeting room: offline use ───────────────────────────────────────────────────────────────────

  /** Waits until the app says it is saved on this machine and its service worker is in charge. */
  async waitUntilSavedForOffline(): Promise<void> {
    await this.page.getByTestId('offline-ready').waitFor({ timeout: 60_000 });
    await this.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  }

  /** The laptop loses the network (the whole browser context, service worker included). */
  async goOffline(): Promise<void> {
    await this.page.context().setOffline(true);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForMap();
  }

  /** The app looks for a new version on its server now (it also does so hourly while open). */
  async lookForNewVersion(): Promise<void> {
    await this.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  }

  /** Whether a new version is installed but not yet in charge (the old one still serves the page). */
  async newVersionWaiting(): Promise<boolean> {
    return this.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting));
  }

  /** The planner says "update now": the page reloads into the new version. */
  async acceptUpdate(): Promise<void> {
    const reloaded = this.page.waitForEvent('framenavigated', { timeout: 60_000 });
    await this.page.getByTestId('update-now').click();
    await reloaded;
    await this.waitForMap();
  }

  async saveStatus(): Promise<string> {
    await this.openTab('scenarios');
    return (await this.page.getByTestId('save-status').textContent()) ?? '';
  }

  /**
   * JavaScript files the page fetched before the map's first complete view (the performance mark
   * 'atlas:first-view' the map sets), each also present in Playwright's request log.
   */
  async scriptsBeforeFirstView(): Promise<string[]> {
    await this.page.waitForFunction(() => performance.getEntriesByName('atlas:first-view').length > 0);
    const urls = await this.page.evaluate(() => {
      const mark = performance.getEntriesByName('atlas:first-view')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < mark && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => e.name);
    });
    const missing = urls.filter((u) => !this.requests.includes(u));
    if (missing.length) throw new Error(`resource timing lists scripts the request log does not: ${missing.join(', ')}`);
    return urls;
  }

  /** Names of the JS chunks requested so far (file names without their hash). */
  chunksRequested(): string[] {
    return [...new Set(this.requests.filter((u) => u.endsWith('.js')).map((u) => chunkName(u)))];
  }

  // ── Meeting room: street basemap ────────────────────────────────────────────────────────────────

  /** Open a basemap file from disk through the file picker of the layers panel. */
  async openBasemapFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.openTab('layers');
    await this.page.getByTestId('basemap-file').setInputFiles(file);
  }

  async chooseBasemap(choice: 'none' | 'file' | 'server'): Promise<void> {
    await this.openTab('layers');
    await this.page.getByTestId(`basemap-choice-${choice}`).check();
    await this.idle();
  }

  async removeBasemapFile(): Promise<void> {
    await this.openTab('layers');
    await this.page.getByTestId('basemap-remove').click();
    await this.idle();
  }

  /** Street names of the basemap drawn on screen (road features and their labels). */
  async basemapStreetNames(): Promise<string[]> {
    await this.idle();
    return this.page.evaluate(() => {
      const m = window.__atlas!.map;
      const ids = m.getStyle().layers.map((l) => l.id).filter((id) => id === 'basemap-roads' || id === 'basemap-transportation');
      if (!ids.length) return [];
      return [...new Set(m.queryRenderedFeatures({ layers: ids }).map((f) => String(f.properties.name ?? '')))].filter(Boolean);
    });
  }

  /** Map layer ids from bottom to top. */
  async layerOrder(): Promise<string[]> {
    return this.page.evaluate(() => window.__atlas!.map.getStyle().layers.map((l) => l.id));
  }

  /** The colour drawn on screen at a longitude/latitude, read from a screenshot (what the planner sees). */
  async colourAt(lon: number, lat: number): Promise<[number, number, number]> {
    await this.idle();
    const { x, y } = await this.pointOnScreen(lon, lat);
    const png = await this.page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
    return this.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = c.height = 1;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!] as [number, number, number];
    }, png.toString('base64'));
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  }

  // ── The plan: zones, areas, places that share a spot, targets ─────────────────────────────────

  /**
   * The screen point nearest to a feature's position where a click lands on that feature and on nothing
   * drawn above it (places, zones and axes, stations): what a planner aims at. Scans outward in rings.
   */
  private async aimAt(id: string, around: [number, number] | null, area: boolean): Promise<{ x: number; y: number }> {
    await this.page.waitForFunction(() => !window.__atlas!.map.isMoving());
    await this.idle();
    const pt = await this.page.evaluate(
      ({ id, around, area }) => {
        const m = window.__atlas!.map;
        const style = m.getStyle().layers.map((l) => l.id);
        const above = style.filter((l) => l.startsWith('places-') || l === 'plan-zones-fill' || l === 'plan-axes-line' || l === 'metro-stations');
        const areas = style.filter((l) => l === 'district-fill' || l === 'district-approx-fill' || l === 'jiedao-hit');
        const c = m.getCanvas();
        const w = c.clientWidth;
        const h = c.clientHeight;
        const start = around ? m.project(around) : { x: w / 2, y: h / 2 };
        for (let r = 0; r < Math.max(w, h); r += r < 40 ? 2 : 8) {
          const steps = Math.max(1, Math.round((2 * Math.PI * r) / 4));
          for (let k = 0; k < steps; k++) {
            const x = start.x + r * Math.cos((2 * Math.PI * k) / steps);
            const y = start.y + r * Math.sin((2 * Math.PI * k) / steps);
            if (x < 5 || y < 5 || x > w - 5 || y > h - 5) continue;
            const box: [[number, number], [number, number]] = [[x - 4, y - 4], [x + 4, y + 4]];
            const hit = m.queryRenderedFeatures(box, { layers: above })[0];
            if (!area && hit?.properties?.id === id) return { x, y };
            if (area && !hit) {
              const under = m.queryRenderedFeatures([x, y], { layers: areas })[0];
              if (under?.properties?.id === id) return { x, y };
            }
          }
        }
        return null;
      },
      { id, around, area },
    );
    if (!pt) throw new Error(`nothing on screen to click for ${id}`);
    const rect = await this.page.evaluate(() => { const r = window.__atlas!.map.getCanvas().getBoundingClientRect(); return { left: r.left, top: r.top }; });
    return { x: rect.left + pt.x, y: rect.top + pt.y };
  }

  /** Click a plan place where its icon is drawn (places sharing a spot are drawn a little apart). */
  async clickPlaceIcon(id: string): Promise<void> {
    const f = await this.page.evaluate((pid) => window.__atlas!.map.querySourceFeatures('places').find((x) => x.properties.id === pid)?.geometry, id);
    if (!f || f.type !== 'Point') throw new Error(`place ${id} is not on the map`);
    const pt = await this.aimAt(id, f.coordinates as [number, number], false);
    await this.page.mouse.click(pt.x, pt.y);
  }

  /** Click somewhere inside one of the plan's zones or on one of its axes. */
  async clickZone(id: string): Promise<void> {
    const pt = await this.aimAt(id, null, false);
    await this.page.mouse.click(pt.x, pt.y);
  }

  /** Click a district (or, zoomed in, a 街道) where no place or zone is in the way. */
  async clickArea(id: string, near?: [number, number]): Promise<void> {
    const pt = await this.aimAt(id, near ?? null, true);
    await this.page.mouse.click(pt.x, pt.y);
    await this.page.getByTestId('area-panel').waitFor();
  }

  /** Ids of the plan's zones drawn on screen. */
  async visibleZoneIds(): Promise<string[]> {
    await this.idle();
    return this.page.evaluate(() => [...new Set(window.__atlas!.map.queryRenderedFeatures({ layers: ['plan-zones-fill'] }).map((f) => String(f.properties.id)))]);
  }

  /** Geometry type of a zone as the map holds it. */
  async zoneGeometryType(id: string): Promise<string | null> {
    return this.page.evaluate((zid) => window.__atlas!.map.querySourceFeatures('plan-zones').find((f) => f.properties.id === zid)?.geometry.type ?? null, id);
  }

  async showOnlyThisArea(): Promise<void> {
    await this.page.getByTestId('area-only').click();
    await this.idle();
  }

  async showAllAreas(): Promise<void> {
    await this.page.getByTestId('area-only-off').click();
    await this.idle();
  }

  /** The district of each plan place drawn on screen, by id. */
  async visiblePlaceDistricts(): Promise<Record<string, string>> {
    await this.idle();
    return this.page.evaluate(() => {
      const m = window.__atlas!.map;
      const ids = m.getStyle().layers.map((x) => x.id).filter((id) => id.startsWith('places-'));
      return Object.fromEntries(m.queryRenderedFeatures({ layers: ids }).map((f) => [String(f.properties.id), String(f.properties.district)]));
    });
  }
}
