/**
 * The dataset entries of the importer corpus (tests/fixtures/import/manifest.json, `importer:
 * "dataset"`): each file through DatasetImporter, as the import worker runs it (Node has no DOM, like
 * the worker). Large files are generated in import-dataset.test.ts, not committed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DatasetImporter } from './import-dataset.ts';
import { renderDatasetIssue } from './test-utils.ts';

interface Expectation {
  importer?: 'dataset';
  expect: 'rejected' | 'dropped' | 'warning' | 'ok';
  code?: string;
  line?: number;
  feature?: number;
  imported?: number;
  crs?: string;
  firstName?: string;
  firstLonLat?: [number, number];
  kind: string;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/import');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, Expectation>;
const entries = Object.entries(manifest).filter(([, e]) => e.importer === 'dataset');

describe('dataset fixture corpus', () => {
  it('covers every format the dataset importer reads', () => {
    expect(entries.map(([f]) => f.replace(/^.*\./, '')).sort()).toEqual(expect.arrayContaining(['csv', 'geojson', 'kml', 'xlsx', 'zip']));
  });
  for (const [file, exp] of entries) {
    it(`${file}: ${exp.kind}`, async () => {
      const imp = new DatasetImporter();
      const r = await imp.read(file, new Uint8Array(readFileSync(join(dir, file))));
      const issues = r.ok ? [...r.preview.warnings, ...r.preview.report.skipped] : r.errors;
      for (const i of issues) for (const lang of ['zh', 'en'] as const) expect(renderDatasetIssue(i, lang)).not.toMatch(/\{\{/);
      if (exp.expect === 'rejected') {
        expect(r.ok, JSON.stringify(r)).toBe(false);
        expect(!r.ok && r.errors.map((e) => e.code)).toContain(exp.code);
        return;
      }
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      const p = r.preview;
      expect(p.report.count).toBe(exp.imported);
      if (exp.expect === 'ok') expect(p.report.skipped).toEqual([]);
      if (exp.expect === 'dropped') {
        const hit = p.report.skipped.find((s) => s.code === exp.code);
        expect(hit, JSON.stringify(p.report.skipped)).toBeDefined();
        if (exp.line !== undefined) expect(hit!.params.line).toBe(exp.line);
        if (exp.feature !== undefined) expect(hit!.params.feature).toBe(exp.feature);
      }
      if (exp.expect === 'warning') expect([...p.warnings.map((w) => w.code), ...p.report.corrections.map((c) => c.code)]).toContain(exp.code);
      if (exp.crs) expect(p.detected.crs).toBe(exp.crs);
      // Save-less check of the first row as it would be stored.
      const built = imp.build({ mapping: p.mapping, kind: p.kind, from: p.from });
      if (!built.ok) throw new Error();
      if (exp.firstName) expect(p.sample[0]).toContain(exp.firstName);
      if (exp.firstLonLat) {
        const data = (imp as unknown as { built: { data: { lon: Float64Array; lat: Float64Array } } }).built.data;
        // within ≈ 20 m: GCJ-02 → WGS-84 is an iterative inverse; Gauss–Krüger round trips to millimetres
        expect(Math.abs(data.lon[0]! - exp.firstLonLat[0]) * 102_000).toBeLessThan(25);
        expect(Math.abs(data.lat[0]! - exp.firstLonLat[1]) * 111_000).toBeLessThan(25);
      }
    });
  }
});
