/** A live view and a slide for tests: 福田 CBD with coverage on, gaps and two suggested sites. */
import type { Scenario } from '../io/proposal.ts';
import { captureSlide, type LiveView } from './slide-state.ts';

export const LIVE: LiveView = {
  camera: { lon: 114.0553, lat: 22.5405, zoom: 12.4, bearing: 0, pitch: 0 },
  bounds: [113.98, 22.49, 114.13, 22.59],
  visible: { city_circle: true, district_centre: true, featured_street: false, night_economy: true, bonded_zone: false, port: true, venue: true, ecommerce_base: false, districts: true, metro: true, stations: false, context: true },
  statuses: { existing: true, upgrade: true, build: false, study: true, explore: true },
  highlight: 'city-futian-cbd',
  analysis: {
    enabled: true,
    nodeSources: { city_circle: true, district_centre: false, featured_street: true, stations: false, proposals: true },
    params: { minutes: [5, 10, 15], radiusMode: 'walk', speedKmh: 4.5, detourFactor: 1.3, corridorWidthM: 500, suggestK: 2, candidateArea: { kind: 'district', districtId: 'futian' } },
    minutes: 10,
    show: { circles: false, covered: true, gaps: true, corridors: false },
    gapDistricts: ['futian'],
    corridorLines: ['4', '6'],
    suggestions: [
      { rank: 1, lon: 114.03, lat: 22.53, cell: '89411c0a1a3ffff', gainPopulation: 12000, gainKm2: 0.4, district: 'futian', jiedao: 'futian-lianhua' },
      { rank: 2, lon: 114.07, lat: 22.56, cell: '89411c0a1b7ffff', gainPopulation: 8000, gainKm2: 0.3, district: 'futian', jiedao: 'futian-xiangmihu' },
    ],
    results: 'chart',
  },
  compare: { mode: 'swipe', left: 'baseline', right: '', divider: 0.4 },
};

export const T0 = '2026-11-28T08:00:00.000Z';
export const T1 = '2026-11-28T09:00:00.000Z';

export const SLIDE = captureSlide(LIVE, { id: 'slide-1', title: '福田中心区 10 分钟覆盖', notes: '先讲缺口，\n再讲建议点位。' });

export const scenarioWith = (n: number): Scenario => ({
  id: 's1',
  name: '福田方案',
  proposals: [],
  slides: Array.from({ length: n }, (_, i) => ({ ...SLIDE, id: `slide-${i + 1}`, title: `第 ${i + 1} 页` })),
  created: T0,
  updated: T0,
  schemaVersion: 4,
});
