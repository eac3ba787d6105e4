// @vitest-environment jsdom
// jsdom supplies DOMParser, which the KML importer uses as the browser would.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../issue.ts';
import { expectRenderable } from '../test-utils.ts';
import { importFile } from './import-file.ts';

interface Expectation {
  expect: 'rejected' | 'dropped' | 'warning' | 'ok';
  code?: string;
  line?: number;
  feature?: number;
  imported?: number;
  options?: { maxFeatures?: number; maxBytes?: number };
  kind: string;
  /** 'dataset': a dataset importer fixture (datasets/fixtures.test.ts), not a proposal import. */
  importer?: 'dataset';
}

// Plain paths: under jsdom the global URL is jsdom's, which node:fs does not accept.
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/import');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, Expectation>;
const read = (name: string) => {
  const b = readFileSync(join(dir, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

describe('import fixture corpus', () => {
  it('lists every fixture file in the manifest, and only existing files', () => {
    const files = readdirSync(dir).filter((f) => f !== 'manifest.json' && !f.endsWith('.mjs'));
    expect(Object.keys(manifest).sort()).toEqual(files.sort());
  });

  it('covers at least 30 distinct failure kinds', () => {
    const codes = new Set(Object.values(manifest).flatMap((e) => (e.code ? [e.code] : [])));
    expect(codes.size).toBeGreaterThanOrEqual(30);
  });

  for (const [file, exp] of Object.entries(manifest).filter(([, e]) => e.importer !== 'dataset')) {
    it(`${file}: ${exp.kind} → ${exp.expect}${exp.code ? ` ${exp.code}` : ''}`, () => {
      const r = importFile(file, read(file), { ...exp.options, now: () => '2026-11-26T00:00:00.000Z' });
      const all: Issue[] = r.ok ? [...r.warnings, ...r.dropped] : r.errors;
      all.forEach(expectRenderable);
      if (exp.expect === 'rejected') expect(r.ok, JSON.stringify(r)).toBe(false);
      else {
        expect(r.ok, JSON.stringify(r)).toBe(true);
        if (r.ok) expect(r.features).toHaveLength(exp.imported!);
      }
      if (r.ok && exp.expect === 'ok') expect(r.dropped).toEqual([]);
      if (!exp.code) return;
      const list = !r.ok ? r.errors : exp.expect === 'dropped' ? r.dropped : r.warnings;
      const hit = list.find((i) => i.code === exp.code);
      expect(hit, `${exp.code} in ${JSON.stringify(list)}`).toBeDefined();
      // The message must say where: the line for tables and XML, the feature for GeoJSON/KML.
      if (exp.line !== undefined) expect(hit!.params.line).toBe(exp.line);
      if (exp.feature !== undefined) {
        const located = list.find((i) => i.code === exp.code && i.params.feature === exp.feature);
        expect(located, `${exp.code} naming feature ${exp.feature}`).toBeDefined();
      }
    });
  }

  it('keeps attributes of good files, markup included, as plain text', () => {
    const r = importFile('good-fc.geojson', read('good-fc.geojson'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [node, street, zone] = r.features;
    expect(node!.properties).toMatchObject({ name_zh: '福田中心区', name_en: 'Futian CBD', tier: 'city', status: 'upgrade' });
    expect(street!.properties).toMatchObject({ name_zh: '东门步行街', layer: 'featured_street', status: 'existing' });
    expect(zone!.properties).toMatchObject({ name_en: 'Qianhai zone', layer: 'zone', note: '<img src=x onerror=alert(1)>' });
    expect(zone!.properties.extra).toEqual({ owner: '前海管理局' });
  });

  it('reads Chinese tier/status words and quoted cells in CSV', () => {
    const r = importFile('good-jingwei.csv', read('good-jingwei.csv'));
    expect(r.ok && r.features.map((f) => [f.properties.name_zh, f.properties.tier, f.properties.status, f.properties.note])).toEqual([
      ['华强北', 'city', 'upgrade', '电子商圈'],
      ['蛇口海上世界', 'district', 'existing', '含逗号, 和引号"'],
    ]);
  });
});
