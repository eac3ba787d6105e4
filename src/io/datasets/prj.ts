/**
 * A shapefile's .prj (WKT 1 as ArcGIS/QGIS write it, or WKT 2) → what the importer does with it:
 *   geographic WGS-84 or CGCS2000 (EPSG:4326/4490)      accepted as degrees
 *   CGCS2000 Gauss–Krüger 3° zones, with or without the  reprojected to degrees with proj4
 *   zone number prefixed to the false easting
 *   (EPSG:4513–4533 with prefix, 4534–4554 without)
 *   anything else (Beijing 1954, Xi'an 1980, UTM, 6°…)   refused, naming the .prj's own CRS name
 * CGCS2000 and WGS-84 differ by well under a metre around Shenzhen, so CGCS2000 is taken as WGS-84.
 */
export type PrjDecision =
  | { kind: 'geographic'; crs: 'wgs84' | 'cgcs2000'; name: string }
  | { kind: 'gk3'; name: string; centralMeridian: number; falseEasting: number; zone: number; proj4: string }
  | { kind: 'refused'; name: string; reason: 'datum' | 'projection' };


function parameters(wkt: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of wkt.matchAll(/PARAMETER\s*\[\s*"([^"]+)"\s*,\s*([-+0-9.eE]+)/gi)) {
    out.set(m[1]!.toLowerCase().replace(/[\s_]+/g, ' ').trim(), Number(m[2]));
  }
  return out;
}

function param(p: Map<string, number>, ...names: string[]): number | undefined {
  for (const n of names) if (p.has(n)) return p.get(n);
  return undefined;
}

/** The CRS name the file gives itself: the first quoted string of the outermost element. */
export function prjName(wkt: string): string {
  return (/^\s*\w+\s*\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? wkt.trim().slice(0, 60)).slice(0, 80);
}

export function classifyPrj(wkt: string): PrjDecision {
  const name = prjName(wkt);
  const datum = /china[_ ]?2000|cgcs[_ ]?2000|china geodetic coordinate system 2000|EPSG["',\s]+(4490|1043)\b/i.test(wkt)
    ? 'cgcs2000'
    : /wgs[_ ]?(19)?84|world geodetic system 1984|EPSG["',\s]+4326\b/i.test(wkt)
      ? 'wgs84'
      : null;
  const projected = /^\s*(PROJCS|PROJCRS|PROJECTEDCRS)\b/i.test(wkt);
  if (!projected) {
    if (!/^\s*(GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS)\b/i.test(wkt) || !datum) return { kind: 'refused', name, reason: 'datum' };
    return { kind: 'geographic', crs: datum, name };
  }
  if (datum !== 'cgcs2000') return { kind: 'refused', name, reason: 'datum' };
  if (!/gauss[_ ]?kruger|transverse[_ ]?mercator/i.test(wkt)) return { kind: 'refused', name, reason: 'projection' };
  const p = parameters(wkt);
  const cm = param(p, 'central meridian', 'longitude of natural origin', 'longitude of origin');
  const fe = param(p, 'false easting') ?? 0;
  const fn = param(p, 'false northing') ?? 0;
  const k = param(p, 'scale factor', 'scale factor at natural origin') ?? 1;
  const lat0 = param(p, 'latitude of origin', 'latitude of natural origin') ?? 0;
  if (cm === undefined || cm % 3 !== 0 || k !== 1 || lat0 !== 0 || fn !== 0) return { kind: 'refused', name, reason: 'projection' };
  const zone = cm / 3;
  if (fe !== 500000 && fe !== zone * 1e6 + 500000) return { kind: 'refused', name, reason: 'projection' };
  const proj4 = `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${fe} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  return { kind: 'gk3', name, centralMeridian: cm, falseEasting: fe, zone, proj4 };
}

