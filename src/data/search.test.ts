import { describe, expect, it } from 'vitest';
import { fixtureData } from '../map/test-fixtures.ts';
import { search } from './search.ts';

describe('search', () => {
  const { places, metroStations } = fixtureData();
  it('finds a place by its Chinese name, ranking the plan place before the station of the same name', () => {
    const hits = search('华强北', places, metroStations);
    expect(hits.map((h) => `${h.kind}:${h.id}`)).toEqual(['place:huaqiangbei', 'station:st-hua-qiang-bei']);
  });
  it('finds by English name regardless of case and spaces', () => {
    expect(search('shenzhen bay', places, metroStations)[0]?.id).toBe('shenzhen-bay-port');
    expect(search('HUAQIANG', places, metroStations)[0]?.id).toBe('huaqiangbei');
  });
  it('accepts a trailing 站', () => {
    expect(search('华强北站', places, metroStations).length).toBe(2);
  });
  it('returns nothing for an empty or unknown query', () => {
    expect(search('   ', places, metroStations)).toEqual([]);
    expect(search('不存在的地方', places, metroStations)).toEqual([]);
  });
});
