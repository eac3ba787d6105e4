/**
 * Small synthetic districts for the tests (never the real geodata: tests must not move when the data
 * is rebuilt). Placed near Shenzhen so the projection and h3 cell sizes are those of the real map.
 */
import type { DistrictFeature } from './land-grid.ts';
import { M_PER_DEG, mPerDegLon } from './geo.ts';

export const ORIGIN: [number, number] = [114.05, 22.55];

/** A point offset from `origin` by metres east and north. */
export function offset(eastM: number, northM: number, origin: readonly [number, number] = ORIGIN): [number, number] {
  return [origin[0] + eastM / mPerDegLon(origin[1]), origin[1] + northM / M_PER_DEG];
}

/** An axis-aligned rectangular district, `widthM` × `heightM`, centred on `centre`. */
export function rectDistrict(
  id: string,
  centre: readonly [number, number],
  widthM: number,
  heightM: number,
  population: number,
  approximate = false,
): DistrictFeature {
  const corners = [[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]].map(([sx, sy]) =>
    offset((sx! * widthM) / 2, (sy! * heightM) / 2, centre),
  );
  return {
    type: 'Feature',
    properties: { id, name_zh: id, name_en: id, population_2020: population, approximate },
    geometry: { type: 'Polygon', coordinates: [corners] },
  };
}
