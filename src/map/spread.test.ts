import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { colocatedGroups, spreadPlaces } from './spread.ts';

const dir = resolve(__dirname, '../../geodata/places');
const places: FeatureCollection = {
  type: 'FeatureCollection',
  features: readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => (JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as FeatureCollection).features),
};
const ids = (g: number[]) => g.map((i) => places.features[i]!.properties!.id as string).sort();

describe('spreading places that share a position', () => {
  const groups = colocatedGroups(places.features).map(ids);
  it('finds the pairs the plan puts on one spot', () => {
    for (const pair of [['fs-dongmen', 'ne-dongmen'], ['fs-sea-world', 'ne-sea-world'], ['ec-shuibei-livestream', 'fs-shuibei'], ['ec-dalang-livestream', 'fs-dalang-fashion-town']]) {
      expect(groups.some((g) => pair.every((id) => g.includes(id))), pair.join(' + ')).toBe(true);
    }
  });
  it('keeps a centre in place and puts each of its anchor sites on a ring round it, none on another', () => {
    const { places: out, offsets, secondaryKeys } = spreadPlaces(places);
    const get = (id: string) => out.features.find((f: Feature) => f.properties!.id === id)!.properties!;
    expect(get('dc-pingshan')._spread).toBe(0);
    const ring = ['dc-pingshan-holiday-world', 'dc-pingshan-rainbow', 'dc-pingshan-yuedouhui', 'dc-pingshan-fortune-city', 'dc-pingshan-innovation-plaza'].map((id) => offsets.get(get(id)._spread as number)!);
    expect(new Set(ring.map((o) => o.join())).size).toBe(5);
    for (const [dx, dy] of ring) expect(Math.hypot(dx, dy)).toBeGreaterThan(12); // clear of the centre's 18 px icon
    expect(secondaryKeys.size).toBeGreaterThanOrEqual(14);
  });
  it('moves every member of a group without anchor sites, in different directions', () => {
    const { places: out, offsets } = spreadPlaces(places);
    const o = (id: string) => offsets.get(out.features.find((f: Feature) => f.properties!.id === id)!.properties!._spread as number)!;
    expect(o('fs-dongmen')).toBeDefined();
    expect(o('fs-dongmen').join()).not.toBe(o('ne-dongmen').join());
    expect(o('fs-dongmen')[0]! * o('ne-dongmen')[0]!).toBeLessThan(0); // one left, one right
  });
  it('leaves true coordinates alone', () => {
    const { places: out } = spreadPlaces(places);
    out.features.forEach((f, i) => expect(f.geometry).toBe(places.features[i]!.geometry));
  });
});
