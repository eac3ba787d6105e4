import { describe, expect, it } from 'vitest';
import { composePage, fit, pageText, wrap, type Measure, type PageContent, type Prim } from './compose-page.ts';
import { layoutPage } from './page-layout.ts';
import { scaleBar } from './scale-bar.ts';

const PT = 25.4 / 72;
/** A monospaced stand-in for the font: CJK one em wide, everything else half. */
const measure: Measure = (text, size) => [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff]/.test(ch) ? 1 : 0.5) * size * PT, 0);

const content = (over: Partial<PageContent> = {}): PageContent => ({
  title: '福田中心区 15 分钟生活圈覆盖',
  subtitle: '福田方案 · 2026-11-28',
  legendTitle: '图例',
  legend: [
    { label: '市级商圈', swatches: [{ kind: 'icon', layer: 'city_circle', status: 'existing' }] },
    { label: '15 分钟生活圈已覆盖范围', swatches: [{ kind: 'fill', fill: '#2e7d32', opacity: 0.22 }] },
  ],
  scale: { bar: scaleBar(66.7, 40), ratio: '1 : 66,700' },
  north: '北',
  results: { title: '覆盖（人口）', header: ['行政区', '人口覆盖', '用地覆盖'], rows: [['福田区', '62.1%', '48.0%'], ['罗湖区', '55.0%', '40.2%']] },
  credits: ['数据来源：行政区划 阿里云 DataV.GeoAtlas（高德）；地铁站点 © 高德地图；人口 深圳市第七次全国人口普查公报'],
  footer: '深圳商业布局图',
  more: (n) => `另有 ${n} 项未列出`,
  ...over,
});
const texts = (p: Prim[]) => p.filter((x): x is Extract<Prim, { t: 'text' }> => x.t === 'text').map((x) => x.text);

describe('page composition', () => {
  it('puts title, subtitle, map, north arrow, scale bar, legend, results and credits on the page', () => {
    const prims = composePage(layoutPage('A4', 'landscape'), content(), measure);
    expect(texts(prims)).toEqual(expect.arrayContaining(['福田中心区 15 分钟生活圈覆盖', '福田方案 · 2026-11-28', '北', '2 km', '1 : 66,700', '图例', '市级商圈', '福田区', '62.1%']));
    expect(prims.filter((p) => p.t === 'map')).toHaveLength(1);
    expect(prims.filter((p) => p.t === 'swatch')).toHaveLength(2);
    expect(texts(prims).join('')).toContain('高德');
  });

  it('draws the scale bar exactly as long as the scale says', () => {
    const bar = scaleBar(66.7, 40);
    const prims = composePage(layoutPage('A4', 'landscape'), content({ scale: { bar, ratio: '' } }), measure);
    const segs = prims.filter((p): p is Extract<Prim, { t: 'rect' }> => p.t === 'rect' && (p.fill === '#222222' || p.fill === '#ffffff') && p.h < 2);
    const left = Math.min(...segs.map((s) => s.x));
    const right = Math.max(...segs.map((s) => s.x + s.w));
    expect(right - left).toBeCloseTo(bar.length, 9);
  });

  it('keeps every text inside the page, shrinking a long title and wrapping long credits', () => {
    for (const o of ['landscape', 'portrait'] as const) {
      const layout = layoutPage('A4', o);
      const prims = composePage(layout, content({ title: '很长的标题'.repeat(20), credits: ['来源'.repeat(200)] }), measure);
      for (const p of prims) {
        if (p.t !== 'text') continue;
        const w = measure(p.text, p.size);
        const x0 = p.align === 'right' ? p.x - w : p.align === 'center' ? p.x - w / 2 : p.x;
        expect(x0).toBeGreaterThanOrEqual(0);
        expect(x0 + w).toBeLessThanOrEqual(layout.width + 1e-6);
        expect(p.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('fits a long legend in two columns and counts what still does not fit; no entry vanishes unsaid', () => {
    const swatch = [{ kind: 'fill' as const, fill: '#2e7d32', opacity: 0.5 }];
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `图例项${i + 1}`, swatches: swatch }));
    for (const o of ['landscape', 'portrait'] as const) {
      const layout = layoutPage('A4', o);
      const box = layout.legend;
      const inBox = (p: Prim) => p.t === 'text' && p.y > box.y && p.y <= box.y + box.h && p.x >= box.x && p.x < box.x + box.w;
      const labels = (prims: Prim[]) => prims.filter(inBox).map((p) => (p as Extract<Prim, { t: 'text' }>).text).filter((t) => t.startsWith('图例项'));
      // 30 entries: more than one column holds at full size, all shown, in two columns, none past the box.
      const thirty = composePage(layout, content({ legend: entries(30) }), measure);
      expect(labels(thirty)).toHaveLength(30);
      expect(texts(thirty).some((t) => t.startsWith('另有'))).toBe(false);
      const xs = new Set(thirty.filter((p) => p.t === 'swatch').map((p) => (p as Extract<Prim, { t: 'swatch' }>).x));
      expect(xs.size).toBe(2);
      // 300 entries: as many as fit are shown and the rest counted, so shown + counted = 300.
      const many = composePage(layout, content({ legend: entries(300) }), measure);
      const shown = labels(many).length;
      const more = texts(many).find((t) => t.startsWith('另有'));
      expect(shown).toBeGreaterThan(20);
      expect(more).toBe(`另有 ${300 - shown} 项未列出`);
      expect(many.filter((p) => p.t === 'swatch').every((p) => (p as Extract<Prim, { t: 'swatch' }>).y + 3 <= box.y + box.h)).toBe(true);
    }
  });

  it('counts the table rows that do not fit the results box', () => {
    const layout = layoutPage('A4', 'landscape');
    const rows = Array.from({ length: 200 }, (_, i) => [`街道${i + 1}`, '50.0%', '40.0%']);
    const prims = composePage(layout, content({ results: { title: '覆盖', header: ['街道', '人口', '用地'], rows } }), measure);
    const shown = texts(prims).filter((t) => /^街道\d+$/.test(t)).length;
    expect(shown).toBeGreaterThan(5);
    expect(texts(prims)).toContain(`另有 ${200 - shown} 项未列出`);
    const few = composePage(layout, content(), measure);
    expect(texts(few).some((t) => t.startsWith('另有'))).toBe(false);
  });

  it('wraps CJK anywhere and Latin at spaces, and fits by shrinking before cutting', () => {
    expect(wrap('深圳市商务发展规划', 10, 10 * PT * 4, measure)).toEqual(['深圳市商', '务发展规', '划']);
    expect(wrap('Shenzhen commerce plan', 10, 10 * PT * 0.5 * 12, measure)).toEqual(['Shenzhen', 'commerce', 'plan']);
    expect(fit('福田方案', 18, 10, 12 * PT * 4, measure)).toEqual({ text: '福田方案', size: 12 });
    expect(fit('福田方案', 18, 10, 10 * PT * 3, measure).text).toBe('福田…');
    expect(pageText(composePage(layoutPage('A4', 'landscape'), content(), measure))).toContain('福');
  });
});
