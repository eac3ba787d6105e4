/**
 * GeoJSON text → raw features. Accepts a FeatureCollection, a single Feature or a bare geometry
 * (RFC 7946); anything else is named precisely. Geometry and properties are checked later by the
 * shared pipeline, so this file only deals with the document's shape.
 */
import { echo, issue, type Issue } from '../issue.ts';
import { jsonParseIssue } from './json-errors.ts';
import type { ParseResult, RawFeature } from './types.ts';

export const GEOMETRY_TYPES = new Set([
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection',
]);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The legacy `crs` member (GeoJSON 2008) often names the real CRS; we read it as evidence only. */
function crsName(doc: Record<string, unknown>): string[] {
  const crs = doc.crs;
  if (!isObject(crs) || !isObject(crs.properties)) return [];
  const name = crs.properties.name;
  return typeof name === 'string' ? [name] : [];
}

function toRaw(f: Record<string, unknown>, n: number): RawFeature {
  const props = f.properties;
  return {
    origin: { feature: n },
    id: f.id ?? (isObject(props) ? props.id : undefined),
    geometry: f.geometry,
    properties: props,
  };
}

export function parseGeoJson(text: string): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, errors: [jsonParseIssue(text)] };
  }
  if (!isObject(doc)) {
    return { ok: false, errors: [issue('import.notGeoJson', { value: Array.isArray(doc) ? 'array' : echo(doc) })] };
  }
  const type = doc.type;
  if (typeof type !== 'string') return { ok: false, errors: [issue('import.geoJsonNoType')] };
  const crsHints = crsName(doc);

  if (type === 'Feature') return { ok: true, features: [toRaw(doc, 1)], warnings: [], dropped: [], crsHints };
  if (GEOMETRY_TYPES.has(type)) {
    const raw: RawFeature = { origin: { feature: 1 }, id: undefined, geometry: doc, properties: {} };
    return { ok: true, features: [raw], warnings: [], dropped: [], crsHints };
  }
  if (type !== 'FeatureCollection') return { ok: false, errors: [issue('import.unknownGeoJsonType', { value: echo(type) })] };

  if (!Array.isArray(doc.features)) return { ok: false, errors: [issue('import.featuresNotArray')] };
  if (doc.features.length === 0) return { ok: false, errors: [issue('import.emptyCollection')] };
  const features: RawFeature[] = [];
  const dropped: Issue[] = [];
  doc.features.forEach((f: unknown, i) => {
    if (isObject(f) && f.type === 'Feature') features.push(toRaw(f, i + 1));
    else {
      const value = isObject(f) && typeof f.type === 'string' ? f.type : Array.isArray(f) ? 'array' : echo(f);
      dropped.push(issue('import.notAFeature', { feature: i + 1, value: echo(value) }));
    }
  });
  return { ok: true, features, warnings: [], dropped, crsHints };
}
