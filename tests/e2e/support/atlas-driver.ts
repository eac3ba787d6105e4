/**
 * A planner's actions on the atlas, in words a planner would use. Specs read as given/when/then on top
 * of these; only this file knows about selectors and the map's internals.
 */
import { mkdirSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export class AtlasDriver {
  readonly requests: string[] = [];

  constructor(
    readonly page: Page,
    private readonly baseURL: string,
  ) {
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
    }, undefined, { timeout: 30_000 });
    await this.idle();
  }

  async idle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const m = window.__atlas!.map;
          if (!m.isMoving() && m.loaded() && m.areTilesLoaded()) {
            // One more frame so queued style changes (applied per animation frame) are drawn.
            requestAnimationFrame(() => requestAnimationFrame(() => (m.loaded() ? resolve() : m.once('idle', () => resolve()))));
          } else m.once('idle', () => resolve());
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
    await this.page.getByTestId(`toggle-${layer}`).click();
    await this.idle();
  }

  async toggleStatus(status: string): Promise<void> {
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
    return this.page.evaluate((id) => {
      const m = window.__atlas!.map;
      const lang = document.documentElement.lang.startsWith('zh') ? 'name_zh' : 'name_en';
      const field = m.getLayoutProperty(id, 'text-field');
      return m.queryRenderedFeatures({ layers: [id] }).map((f) => `${JSON.stringify(field).includes(lang) ? '' : '!'}${f.properties[lang]}`);
    }, layerId);
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  }
}
