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

  it('wraps CJK anywhere and Latin at spaces, and fits by shrinking before cutting', () => {
    expect(wrap('深圳市商务发展规划', 10, 10 * PT * 4, measure)).toEqual(['深圳市商', '务发展规', '划']);
    expect(wrap('Shenzhen commerce plan', 10, 10 * PT * 0.5 * 12, measure)).toEqual(['Shenzhen', 'commerce', 'plan']);
    expect(fit('福田方案', 18, 10, 12 * PT * 4, measure)).toEqual({ text: '福田方案', size: 12 });
    expect(fit('福田方案', 18, 10, 10 * PT * 3, measure).text).toBe('福田…');
    expect(pageText(composePage(layoutPage('A4', 'landscape'), content(), measure))).toContain('福');
  });
});
