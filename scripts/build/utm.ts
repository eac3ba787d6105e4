/**
 * UTM ↔ WGS-84 on the WGS-84 ellipsoid, by Krüger's series to 4th order in n (as in Karney 2011,
 * "Transverse Mercator with an accuracy of a few nanometers"): errors are far below a millimetre
 * within a few degrees of the central meridian. Used once, in the data build, to reproject the
 * EPSG:32650 statistical units (UTM zone 50N, central meridian 117° E) copied into geodata/raw/.
 */
const a = 6378137;
const f = 1 / 298.257223563;
const n = f / (2 - f);
const k0 = 0.9996;
const FALSE_EASTING = 500000;
const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
const alpha = [
  n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180,
  (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440,
  (61 * n ** 3) / 240 - (103 * n ** 4) / 140,
  (49561 * n ** 4) / 161280,
];
const beta = [
  n / 2 - (2 * n ** 2) / 3 + (37 * n ** 3) / 96 - n ** 4 / 360,
  n ** 2 / 48 + n ** 3 / 15 - (437 * n ** 4) / 1440,
  (17 * n ** 3) / 480 - (37 * n ** 4) / 840,
  (4397 * n ** 4) / 161280,
];
const delta = [
  2 * n - (2 * n ** 2) / 3 - 2 * n ** 3 + (116 * n ** 4) / 45,
  (7 * n ** 2) / 3 - (8 * n ** 3) / 5 - (227 * n ** 4) / 45,
  (56 * n ** 3) / 15 - (136 * n ** 4) / 35,
  (4279 * n ** 4) / 630,
];
const DEG = Math.PI / 180;
const centralMeridian = (zone: number) => (zone * 6 - 183) * DEG;

/** Easting/northing (metres, northern hemisphere) in UTM `zone` → [lon, lat] in degrees. */
export function utmToLonLat(easting: number, northing: number, zone: number): [number, number] {
  const xi = northing / (k0 * A);
  const eta = (easting - FALSE_EASTING) / (k0 * A);
  let xiP = xi;
  let etaP = eta;
  for (let j = 1; j <= 4; j++) {
    xiP -= beta[j - 1]! * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaP -= beta[j - 1]! * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  let phi = chi;
  for (let j = 1; j <= 4; j++) phi += delta[j - 1]! * Math.sin(2 * j * chi);
  const lambda = centralMeridian(zone) + Math.atan2(Math.sinh(etaP), Math.cos(xiP));
  return [lambda / DEG, phi / DEG];
}

/** [lon, lat] in degrees → [easting, northing] in UTM `zone` (northern hemisphere). */
export function lonLatToUtm(lon: number, lat: number, zone: number): [number, number] {
  const phi = lat * DEG;
  const dl = lon * DEG - centralMeridian(zone);
  const e = (2 * Math.sqrt(n)) / (1 + n);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - e * Math.atanh(e * Math.sin(phi)));
  const xiP = Math.atan2(t, Math.cos(dl));
  const etaP = Math.atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
  let xi = xiP;
  let eta = etaP;
  for (let j = 1; j <= 4; j++) {
    xi += alpha[j - 1]! * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
    eta += alpha[j - 1]! * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
  }
  return [FALSE_EASTING + k0 * A * eta, k0 * A * xi];
}
