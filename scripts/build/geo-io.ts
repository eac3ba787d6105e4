/** Small helpers for the data build: read raw files, round coordinates, write stable GeoJSON. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export const readJson = <T = unknown>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** 6 decimals ≈ 0.1 m: far below the sources' accuracy, and keeps output byte-stable. */
export const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** GCJ-02 ("Mars") → WGS-84 with gcoord, the one place in the project where this happens. */
export function gcjToWgs([lon, lat]: Position): Position {
  const [x, y] = gcoord.transform([lon as number, lat as number], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [round6(x), round6(y)];
}

/** Apply a coordinate function to every position of a geometry (returns a new geometry). */
export function mapCoords<G extends Geometry>(g: G, fn: (p: Position) => Position): G {
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? fn(c as Position) : (c as unknown[]).map(walk);
  if (g.type === 'GeometryCollection') {
    return { ...g, geometries: g.geometries.map((x) => mapCoords(x, fn)) };
  }
  return { ...g, coordinates: walk((g as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}

export const roundGeometry = <G extends Geometry>(g: G): G => mapCoords(g, (p) => [round6(p[0]!), round6(p[1]!)]);

/**
 * Stable output: one feature per line, so a diff of the built data shows which feature changed,
 * and two runs give identical bytes (tested).
 */
export function writeFeatureCollection(path: string, features: Feature[], meta: Record<string, unknown> = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const head = JSON.stringify({ type: 'FeatureCollection', ...meta }).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(path, `${head},"features":[\n${body}\n]}\n`);
}

export type FC = FeatureCollection;
