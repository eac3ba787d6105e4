import { describe, expect, it } from 'vitest';
import { csvCell, exportFileName, rowsToCsv, scenarioToGeoJson } from './export.ts';
import { importFile } from './import/import-file.ts';
import { SCHEMA_VERSION, type Scenario } from './proposal.ts';

const T = '2026-11-26T08:00:00.000Z';
const scenario: Scenario = {
  id: 's1',
  name: '南山方案 <b>A</b>',
  created: T,
  updated: T,
  slides: [],
  schemaVersion: SCHEMA_VERSION,
  proposals: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [113.93, 22.53] },
      properties: {
        id: 'p1', name_zh: '南山中心', name_en: 'Nanshan Centre', layer: 'commercial_node', tier: 'district', status: 'build',
        note: '=HYPERLINK("http://x")', source: 'imported', created: T, updated: T, extra: { 面积: 1.5, status: 'survey' },
      },
    },
  ],
};

describe('scenarioToGeoJson', () => {
  it('writes a FeatureCollection with ids, all properties and the scenario name', () => {
    const doc = JSON.parse(scenarioToGeoJson(scenario));
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.scenario).toEqual({ id: 's1', name: '南山方案 <b>A</b>', created: T, updated: T, schemaVersion: SCHEMA_VERSION, slides: [], indicatorActuals: [] });
    expect(doc.features[0]).toEqual({
      type: 'Feature',
      id: 'p1',
      geometry: { type: 'Point', coordinates: [113.93, 22.53] },
      properties: {
        id: 'p1', name_zh: '南山中心', name_en: 'Nanshan Centre', layer: 'commercial_node', tier: 'district', status: 'build',
        note: '=HYPERLINK("http://x")', source: 'imported', created: T, updated: T, 面积: 1.5, extra_status: 'survey',
      },
    });
  });
  it('re-imports to the same proposals', () => {
    const r = importFile('export.geojson', scenarioToGeoJson(scenario), { now: () => T });
    expect(r.ok && r.features).toEqual([
      { ...scenario.proposals[0], properties: { ...scenario.proposals[0]!.properties, extra: { 面积: 1.5, extra_status: 'survey' } } },
    ]);
  });
});

describe('rowsToCsv', () => {
  const rows = [
    { name: '华强北, 福田', value: -3.5, note: '=1+1' },
    { name: 'say "hi"\nnext', value: 12, note: '@SUM(A1)' },
    { name: null, value: NaN, note: '+86 755' },
  ];
  const csv = rowsToCsv(
    [
      { header: '名称', value: (r: (typeof rows)[number]) => r.name },
      { header: '数值', value: (r) => r.value },
      { header: '备注', value: (r) => r.note },
    ],
    rows,
  );
  it('starts with a BOM, quotes per RFC 4180 and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF名称,数值,备注\r\n')).toBe(true);
    expect(csv).toContain('"华强北, 福田",-3.5,');
    expect(csv).toContain('"say ""hi""\nnext",12,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('neutralises formulas in text but leaves numbers alone', () => {
    expect(csv.split('\r\n').slice(1, 4)).toEqual([`"华强北, 福田",-3.5,'=1+1`, `"say ""hi""\nnext",12,'@SUM(A1)`, `,,'+86 755`]);
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });
});

describe('exportFileName', () => {
  it('replaces characters file systems refuse', () => {
    expect(exportFileName('方案/A: "final"?', 'geojson')).toBe('方案_A_ _final_.geojson');
    expect(exportFileName(' .. ', 'csv')).toBe('scenario.csv');
  });
});
