/**
 * A fixed bucket grid over points (lon/lat arrays) for "every point within r metres of here".
 *
 * Why not h3.gridDisk: it allocates strings per call (52 ms for 1,060 nodes measured), while a flat
 * bucket scan over typed arrays is ~10× faster and needs no strings at all. Buckets are ~500 m, about
 * three res-9 cell spacings, so a 1 km query scans 5×5 buckets of a dozen points each.
 */
import { M_PER_DEG, mPerDegLon } from './geo.ts';

export interface PointIndex {
  within(lon: number, lat: number, radiusM: number, visit: (i: number, distM: number) => void): void;
}

export function buildPointIndex(lon: Float64Array, lat: Float64Array, bucketM = 500): PointIndex {
  const n = lon.length;
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (let i = 0; i < n; i++) {
    minLon = Math.min(minLon, lon[i]!); maxLon = Math.max(maxLon, lon[i]!);
    minLat = Math.min(minLat, lat[i]!); maxLat = Math.max(maxLat, lat[i]!);
  }
  if (n === 0) minLon = maxLon = minLat = maxLat = 0;
  const dLat = bucketM / M_PER_DEG;
  const dLon = bucketM / mPerDegLon((minLat + maxLat) / 2);
  const nx = Math.max(1, Math.ceil((maxLon - minLon) / dLon) + 1);
  const ny = Math.max(1, Math.ceil((maxLat - minLat) / dLat) + 1);
  const bucketOf = (i: number) =>
    Math.floor((lat[i]! - minLat) / dLat) * nx + Math.floor((lon[i]! - minLon) / dLon);

  // Compressed rows (CSR): start offsets per bucket, then point ids grouped by bucket.
  const start = new Int32Array(nx * ny + 1);
  for (let i = 0; i < n; i++) start[bucketOf(i) + 1]!++;
  for (let b = 0; b < nx * ny; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, nx * ny);
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[fill[bucketOf(i)]!++] = i;

  return {
    within(qLon, qLat, radiusM, visit) {
      const kx = mPerDegLon(qLat);
      // 1 % margin: the bounding box is in degrees and cos(lat) drifts across a 2 km query.
      const rLon = (radiusM * 1.01) / kx, rLat = (radiusM * 1.01) / M_PER_DEG;
      const x0 = Math.max(0, Math.floor((qLon - rLon - minLon) / dLon));
      const x1 = Math.min(nx - 1, Math.floor((qLon + rLon - minLon) / dLon));
      const y0 = Math.max(0, Math.floor((qLat - rLat - minLat) / dLat));
      const y1 = Math.min(ny - 1, Math.floor((qLat + rLat - minLat) / dLat));
      const r2 = radiusM * radiusM;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const b = y * nx + x;
          for (let k = start[b]!, end = start[b + 1]!; k < end; k++) {
            const i = items[k]!;
            const dx = (lon[i]! - qLon) * kx, dy = (lat[i]! - qLat) * M_PER_DEG;
            const d2 = dx * dx + dy * dy;
            if (d2 <= r2) visit(i, Math.sqrt(d2));
          }
        }
      }
    },
  };
}
