/**
 * Finds the longitude/latitude columns of a table. Headers come in many spellings: longitude,
 * lon, lng, long, x, 经度, 东经, often decorated with the coordinate system ("lng_gcj02",
 * "经度（WGS84）"). The decoration is stripped for matching and kept as CRS evidence.
 */
const LON = ['longitude', 'lon', 'lng', 'long', 'x', '经度', '东经'];
const LAT = ['latitude', 'lat', 'y', '纬度', '北纬'];
/** Tags that name a coordinate system inside a header; ordered so "gcj02" is stripped before "gcj". */
const CRS_TAG = /(gcj-?02|gcj|wgs-?84|wgs|bd-?09|cgcs2000|amap|gaode|baidu|高德|百度|火星)/gi;

export interface CoordinateColumns {
  lon: string;
  lat: string;
  /** Headers that name a coordinate system, e.g. "lng_gcj02". */
  crsHints: string[];
}

function bare(header: string): string {
  return header
    .toLowerCase()
    .replace(CRS_TAG, '')
    .replace(/[\s_\-.:()（）[\]【】]/g, '');
}

export function findCoordinateColumns(headers: readonly string[]): CoordinateColumns | undefined {
  const find = (names: string[]) => {
    for (const name of names) {
      const h = headers.find((x) => bare(x) === name);
      if (h !== undefined) return h;
    }
    return undefined;
  };
  const lon = find(LON);
  const lat = find(LAT);
  if (lon === undefined || lat === undefined) return undefined;
  const crsHints = [lon, lat].filter((h) => new RegExp(CRS_TAG.source, 'i').test(h));
  return { lon, lat, crsHints };
}
