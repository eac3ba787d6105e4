// @vitest-environment jsdom
/**
 * Property-based fuzz of importFile: whatever the bytes, no exception escapes, every rejection
 * carries at least one issue, every issue has a message in both locales with all placeholders
 * filled, and every accepted feature is a valid proposal. `import.unexpected` (the last-resort
 * catch) must never appear: it would mean a bug was merely swallowed.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proposalSchema } from '../proposal.ts';
import { expectRenderable } from '../test-utils.ts';
import { importFile } from './import-file.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/import');
const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');

function check(name: string, input: ArrayBuffer | Uint8Array | string): void {
  const r = importFile(name, input);
  const issues = r.ok ? [...r.warnings, ...r.dropped] : r.errors;
  if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(i.code).not.toBe('import.unexpected');
    expectRenderable(i);
  }
  if (r.ok) for (const f of r.features) expect(proposalSchema.safeParse(f).success).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const names = fc.constantFrom('a.geojson', 'a.json', 'a.csv', 'a.tsv', 'a.kml', 'a.kmz', 'a.txt', 'noext', '');

/** Random edits of a valid text: deletions, insertions, replacements, truncation. */
const mutated = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: text.length }),
        del: fc.nat({ max: 12 }),
        ins: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', ',', '[', ']', '{', '}', '\n', 'null', '-1e999', 'NaN', '<', '>', '__proto__')),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) => edits.reduce((t, e) => t.slice(0, Math.min(e.at, t.length)) + e.ins + t.slice(Math.min(e.at, t.length) + e.del), text));

const coordinate = fc.oneof(
  fc.double({ min: 113.5, max: 115.5, noNaN: true }),
  fc.double({ min: 22.2, max: 23.3, noNaN: true }),
  fc.double(),
  fc.constantFrom(null, '114.05', 1e300, -0, 12696854),
);
const position = fc.array(coordinate, { minLength: 0, maxLength: 4 });
const geometry = fc.oneof(
  fc.record({ type: fc.constantFrom('Point', 'MultiPoint'), coordinates: fc.oneof(position, fc.array(position, { maxLength: 5 })) }),
  fc.record({ type: fc.constantFrom('LineString', 'Polygon', 'MultiPolygon', 'Circle'), coordinates: fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 3 }) }),
  fc.jsonValue({ maxDepth: 3 }),
);
const properties = fc.oneof(
  fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('name', 'name_zh', '__proto__', 'constructor', 'status', 'layer', 'tier', 'id')), fc.jsonValue({ maxDepth: 2 })),
  fc.jsonValue({ maxDepth: 2 }),
);
const feature = fc.record({ type: fc.constantFrom('Feature', 'feature', 'Point'), id: fc.jsonValue({ maxDepth: 1 }), geometry, properties });

describe('importFile fuzz', () => {
  it('survives random bytes under any name', () => {
    fc.assert(fc.property(names, fc.uint8Array({ maxLength: 3000 }), (n, b) => check(n, b)));
  });

  it('survives random JSON', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (s) => check('a.geojson', s)));
  });

  it('survives structurally plausible GeoJSON with random members', () => {
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 8 }), fc.constantFrom('FeatureCollection', 'Feature'), (features, type) => {
        const doc = type === 'FeatureCollection' ? { type, features } : (features[0] ?? { type });
        check('a.geojson', JSON.stringify(doc));
      }),
    );
  });

  it('survives mutations of a valid GeoJSON file', () => {
    fc.assert(fc.property(mutated(fixture('good-fc.geojson')), (t) => check('good-fc.geojson', t)));
  });

  it('survives any one member of a valid GeoJSON file replaced by random JSON', () => {
    const doc = JSON.parse(fixture('good-fc.geojson')) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (x: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, [...path, Array.isArray(x) ? Number(k) : k]);
    };
    walk(doc, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const copy = structuredClone(doc) as Record<string | number, unknown>;
        const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy);
        parent[path.at(-1)!] = value;
        check('good-fc.geojson', JSON.stringify(copy));
      }),
      { numRuns: 300 },
    );
  });

  it('survives mutations of valid CSV files', () => {
    fc.assert(fc.property(mutated(fixture('good-jingwei.csv')), (t) => check('x.csv', t)));
    fc.assert(fc.property(mutated(fixture('good-xy.tsv')), (t) => check('x.tsv', t)));
  });

  it('survives random tables', () => {
    const cell = fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('114.05', '22.54', '22°32′N', '', '"', '=1+1'));
    const table = fc.tuple(fc.constantFrom('name,lon,lat', '名称,经度,纬度', 'x;y', 'a'), fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 10 }));
    fc.assert(fc.property(table, ([head, rows]) => check('t.csv', [head, ...rows.map((r) => r.join(','))].join('\n'))));
  });

  it('survives mutations of a valid KML file', () => {
    fc.assert(fc.property(mutated(fixture('good-placemarks.kml')), (t) => check('x.kml', t)), { numRuns: 60 });
  });
});
