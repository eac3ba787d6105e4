/**
 * Places that share a position (东门 street and night block, 海上世界 ×2, 水贝 ×2, 大浪 ×2, a centre and
 * its anchor sites) would hide each other. Their coordinates stay true; only their icons are drawn a few
 * pixels apart, so each one can be seen and clicked. Pure: features in, display offsets out.
 *
 * A group is a set of places within GROUP_M metres of each other (single linkage). In a group with a
 * centre and anchor sites (`parent`), the centre stays put and its anchor sites sit on a ring round it;
 * otherwise all members are spread evenly on a small ring round the group's middle.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { LAYER_SYMBOLS, SECONDARY_ICON_SCALE } from './symbology.ts';
import type { PlaceLayer } from '../data/place-schema.ts';

/** Places closer than this (metres) are drawn as a group. */
export const GROUP_M = 80;
/** Gap (pixels) between neighbouring icons on a ring. */
const GAP_PX = 3;

export interface SpreadPlaces {
  /** The places with `_spread` (an integer key, 0 = not moved) and `_secondary` (an anchor site). */
  places: FeatureCollection;
  /** Pixel offset of each key: [dx, dy], right and down. */
  offsets: Map<number, [number, number]>;
  /** Keys that belong to anchor sites (drawn smaller: MapLibre scales icon-offset by icon-size). */
  secondaryKeys: Set<number>;
}

const metres = (a: number[], b: number[]) => {
  const k = Math.cos(((a[1]! + b[1]!) / 2) * (Math.PI / 180));
  return Math.hypot((a[0]! - b[0]!) * k, a[1]! - b[1]!) * 111_320;
};

const iconSize = (f: Feature) => {
  const p = f.properties ?? {};
  const size = LAYER_SYMBOLS[p.layer as PlaceLayer]?.size ?? 14;
  return p.parent ? size * SECONDARY_ICON_SCALE : size;
};

/** Groups of feature indices within GROUP_M of each other (single linkage). */
export function colocatedGroups(features: Feature[]): number[][] {
  const pts = features.map((f) => (f.geometry?.type === 'Point' ? (f.geometry as Point).coordinates : null));
  const group = features.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      if (pts[i] && pts[j] && metres(pts[i]!, pts[j]!) <= GROUP_M) group[find(i)] = find(j);
    }
  }
  const out = new Map<number, number[]>();
  features.forEach((_, i) => out.set(find(i), [...(out.get(find(i)) ?? []), i]));
  return [...out.values()].filter((g) => g.length > 1);
}

/** Offsets on a ring of `n` slots, starting at the top (or left–right for two). */
function ring(n: number, radius: number): [number, number][] {
  const start = n === 2 ? Math.PI : -Math.PI / 2;
  return Array.from({ length: n }, (_, k) => {
    const a = start + (2 * Math.PI * k) / n;
    return [Math.round(radius * Math.cos(a) * 10) / 10, Math.round(radius * Math.sin(a) * 10) / 10];
  });
}

export function spreadPlaces(fc: FeatureCollection): SpreadPlaces {
  const offsets = new Map<number, [number, number]>();
  const secondaryKeys = new Set<number>();
  const keyOf = new Map<number, number>();
  for (const members of colocatedGroups(fc.features)) {
    const ids = new Set(members.map((i) => fc.features[i]!.properties?.id));
    const centres = members.filter((i) => !fc.features[i]!.properties?.parent || !ids.has(fc.features[i]!.properties?.parent));
    const linked = members.filter((i) => !centres.includes(i));
    // With anchor sites: centres (usually one) keep their place, anchor sites go round them.
    // Without: everyone goes round the middle.
    const still = linked.length ? centres.slice(0, 1) : [];
    const moving = members.filter((i) => !still.includes(i));
    const inner = still.length ? iconSize(fc.features[still[0]!]!) / 2 : 0;
    const biggest = Math.max(...moving.map((i) => iconSize(fc.features[i]!)));
    // Far enough that neighbours on the ring do not touch, and clear of a centre in the middle.
    const chord = moving.length > 1 ? (biggest + GAP_PX) / (2 * Math.sin(Math.PI / moving.length)) : 0;
    const radius = Math.max(chord, inner + biggest / 2 + GAP_PX);
    ring(moving.length, radius).forEach((off, k) => {
      const key = offsets.size + 1;
      offsets.set(key, off);
      if (fc.features[moving[k]!]!.properties?.parent) secondaryKeys.add(key);
      keyOf.set(moving[k]!, key);
    });
  }
  const features = fc.features.map((f, i) => ({
    ...f,
    properties: { ...f.properties, _spread: keyOf.get(i) ?? 0, _secondary: !!f.properties?.parent },
  }));
  return { places: { ...fc, features }, offsets, secondaryKeys };
}

const cache = new WeakMap<FeatureCollection, SpreadPlaces>();
/** spreadPlaces, computed once per places object (the map re-renders with the same data often). */
export function spreadPlacesCached(fc: FeatureCollection): SpreadPlaces {
  let s = cache.get(fc);
  if (!s) cache.set(fc, (s = spreadPlaces(fc)));
  return s;
}
