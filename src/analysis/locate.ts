/**
 * Which 街道 (and district) a point lies on: the land unit whose polygon contains it. Null in the sea,
 * outside Shenzhen, or in 深汕 (which has no 街道 data). Used by the nearest-service probe.
 */
import { M_PER_DEG, mPerDegLon } from './geo.ts';
import type { LandGrid } from './land-grid.ts';
import { winding } from './union-area.ts';

export interface PlaceOnLand {
  unit: number;
  jiedaoId: string;
  jiedao_zh: string;
  jiedao_en: string;
  districtId: string;
  district_zh: string;
  district_en: string;
}

export function locate(grid: LandGrid, lon: number, lat: number): PlaceOnLand | null {
  let maxReach = 0;
  for (const r of grid.reachM) maxReach = Math.max(maxReach, r);
  let hit = -1;
  grid.index.within(lon, lat, maxReach + 1, (u, d) => {
    if (hit >= 0 || d > grid.reachM[u]! + 1) return;
    const kx = mPerDegLon(grid.lat[u]!);
    const x = (lon - grid.lon[u]!) * kx, y = (lat - grid.lat[u]!) * M_PER_DEG;
    if (winding({ verts: grid.verts, vertStart: grid.vertStart, ringFrom: grid.ringStart[u]!, ringTo: grid.ringStart[u + 1]! }, x, y) > 0) hit = u;
  });
  if (hit < 0) return null;
  const j = grid.jiedao[grid.jiedaoOf[hit]!]!;
  const d = grid.districts[j.district]!;
  return { unit: hit, jiedaoId: j.id, jiedao_zh: j.name_zh, jiedao_en: j.name_en, districtId: d.id, district_zh: d.name_zh, district_en: d.name_en };
}
