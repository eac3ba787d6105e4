/**
 * Small synthetic areas for the tests (never the real geodata: tests must not move when the data is
 * rebuilt). Placed near Shenzhen so the projection and h3 cell sizes are those of the real map.
 */
import { buildLandGrid, type DistrictRecord, type JiedaoFeature, type LandGrid } from './land-grid.ts';
import { applyPopulation, distributePopulation, type PopSample } from './population-model.ts';
import { M_PER_DEG, mPerDegLon } from './geo.ts';

export const ORIGIN: [number, number] = [114.05, 22.55];

/** A point offset from `origin` by metres east and north. */
export function offset(eastM: number, northM: number, origin: readonly [number, number] = ORIGIN): [number, number] {
  return [origin[0] + eastM / mPerDegLon(origin[1]), origin[1] + northM / M_PER_DEG];
}

/** A test area: one 街道 polygon in a district of its own (or of `district`), with the district's census total. */
export type TestArea = JiedaoFeature & { properties: JiedaoFeature['properties'] & { population_2020: number; approximate: boolean } };

/** An axis-aligned rectangular 街道, `widthM` × `heightM`, centred on `centre`, alone in district `id`. */
export function rectDistrict(
  id: string,
  centre: readonly [number, number],
  widthM: number,
  heightM: number,
  population: number,
  approximate = false,
): TestArea {
  const corners = [[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]].map(([sx, sy]) =>
    offset((sx! * widthM) / 2, (sy! * heightM) / 2, centre),
  );
  return {
    type: 'Feature',
    properties: { id, district: id, name_zh: id, name_en: id, population_2020: population, approximate },
    geometry: { type: 'Polygon', coordinates: [corners] },
  };
}

/**
 * The grid of test areas. An approximate area is a district without 街道 (like 深汕): it gets no
 * units. Population: each district's total spread by land area, or by `samples` if given.
 */
export function testGrid(areas: readonly TestArea[], samples: PopSample[] = []): LandGrid {
  const districts: DistrictRecord[] = [];
  for (const a of areas) {
    if (districts.some((d) => d.id === a.properties.district)) continue;
    districts.push({ id: a.properties.district, name_zh: a.properties.district, name_en: a.properties.district, population_2020: a.properties.population_2020, approximate: a.properties.approximate });
  }
  const grid = buildLandGrid(areas.filter((a) => !a.properties.approximate), districts);
  return applyPopulation(grid, distributePopulation(grid, samples));
}
