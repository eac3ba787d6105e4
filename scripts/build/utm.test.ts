import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { readUnits } from './plan-zones.ts';
import { lonLatToUtm, utmToLonLat } from './utm.ts';

/** Snyder's USGS series (Professional Paper 1395): an independent forward formula to check Krüger's against. */
function snyderForward(lon: number, lat: number): [number, number] {
  const a = 6378137, f = 1 / 298.257223563, e2 = f * (2 - f), ep2 = e2 / (1 - e2), k0 = 0.9996, D = Math.PI / 180;
  const phi = lat * D, N = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2), T = Math.tan(phi) ** 2, C = ep2 * Math.cos(phi) ** 2, A = Math.cos(phi) * (lon - 117) * D;
  const M = a * ((1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256) * phi - ((3 * e2) / 8 + (3 * e2 ** 2) / 32 + (45 * e2 ** 3) / 1024) * Math.sin(2 * phi) + ((15 * e2 ** 2) / 256 + (45 * e2 ** 3) / 1024) * Math.sin(4 * phi) - ((35 * e2 ** 3) / 3072) * Math.sin(6 * phi));
  const x = k0 * N * (A + ((1 - T + C) * A ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * A ** 5) / 120);
  const y = k0 * (M + N * Math.tan(phi) * ((A * A) / 2 + ((5 - T + 9 * C + 4 * C * C) * A ** 4) / 24 + ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * A ** 6) / 720));
  return [x + 500000, y];
}

describe('UTM zone 50N ↔ WGS-84', () => {
  it('agrees with an independent formula to a millimetre and round-trips across Shenzhen', () => {
    for (const [lon, lat] of [[113.77, 22.7], [114.06, 22.54], [114.6, 22.5], [115.2, 22.8]] as const) {
      const [e, n] = lonLatToUtm(lon, lat, 50);
      const [se, sn] = snyderForward(lon, lat);
      expect(Math.abs(e - se)).toBeLessThan(0.001);
      expect(Math.abs(n - sn)).toBeLessThan(0.001);
      const [lon2, lat2] = utmToLonLat(e, n, 50);
      expect(Math.abs(lon2 - lon)).toBeLessThan(1e-9);
      expect(Math.abs(lat2 - lat)).toBeLessThan(1e-9);
    }
  });
  it('puts the reprojected statistical units where the WGS-84 stations are', () => {
    const units = readUnits(join(import.meta.dirname, '..', '..', 'geodata', 'raw'));
    expect(units.size).toBe(61);
    const stations = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'geodata', 'metro-stations.geojson'), 'utf8')).features as { properties: { name_zh: string }; geometry: { coordinates: [number, number] } }[];
    const at = (n: string) => stations.find((s) => s.properties.name_zh === n)!.geometry.coordinates;
    expect(booleanPointInPolygon(at('福保'), units.get('福田保税区')!)).toBe(true);
    expect(booleanPointInPolygon(at('机场'), units.get('深圳市宝安国际机场')!)).toBe(true);
    expect(booleanPointInPolygon(at('老街'), units.get('东门街道')!)).toBe(true);
  });
});
