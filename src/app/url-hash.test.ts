import { describe, expect, it } from 'vitest';
import { defaultStatuses, defaultVisible } from './store.ts';
import { decodeHash, encodeHash, type HashState } from './url-hash.ts';

const state = (over: Partial<HashState> = {}): HashState => ({
  view: { lon: 114.05792, lat: 22.54321, zoom: 12.5 },
  visible: defaultVisible(),
  statuses: defaultStatuses(),
  lang: 'zh',
  selectedId: null,
  ...over,
});

describe('URL hash', () => {
  it('round-trips view, layers, statuses, language and selection', () => {
    const s = state({ lang: 'en', selectedId: 'huaqiangbei', visible: { ...defaultVisible(), port: false, metro: false }, statuses: { ...defaultStatuses(), explore: false } });
    const back = decodeHash(encodeHash(s));
    expect(back.view).toEqual(s.view);
    expect(back.visible).toEqual(s.visible);
    expect(back.statuses).toEqual(s.statuses);
    expect(back.lang).toBe('en');
    expect(back.selectedId).toBe('huaqiangbei');
  });

  it('is readable: #map=zoom/lat/lon', () => {
    expect(encodeHash(state())).toMatch(/^#map=12\.5\/22\.54321\/114\.05792&layers=city_circle,/);
  });

  it('ignores malformed parts instead of breaking the map', () => {
    const d = decodeHash('#map=abc/99/1000&lang=fr&sel=<script>');
    expect(d.view).toBeUndefined();
    expect(d.lang).toBeUndefined();
    expect(d.selectedId).toBeUndefined();
  });

  it('keeps parameters owned by other features', () => {
    expect(decodeHash(encodeHash(state(), { s: 'abc' })).extra).toEqual({ s: 'abc' });
  });
});
