import { describe, expect, it } from 'vitest';
import { scenarioToGeoJson } from './export.ts';
import { mergeActuals, readScenarioFileActuals, withActual, type IndicatorActual } from './indicator-actual.ts';
import { SCHEMA_VERSION, type Scenario } from './proposal.ts';
import { decodeShare, encodeShare } from './share-url.ts';

const T = '2026-11-28T00:00:00.000Z';
const ORDER = ['retail-sales', 'online-retail-share', 'goods-trade'];
const retail: IndicatorActual = { indicatorId: 'retail-sales', value: 9498.1, date: '2023-12-31', source: '深圳市统计局 2023 年统计公报' };
const online: IndicatorActual = { indicatorId: 'online-retail-share', value: 27.5, date: '2024-06-30', source: '商务局季报' };
const scenario: Scenario = { id: 's1', name: '指标跟踪', proposals: [], slides: [], indicatorActuals: [online, retail], created: T, updated: T, schemaVersion: SCHEMA_VERSION };

describe('indicator values travel with the scenario', () => {
  it('in the scenario file: written into the scenario member and read back', () => {
    expect(readScenarioFileActuals(scenarioToGeoJson(scenario))).toEqual({ actuals: [online, retail] });
    expect(readScenarioFileActuals(scenarioToGeoJson({ ...scenario, indicatorActuals: [] }))).toBeNull();
    expect(readScenarioFileActuals('lon,lat\n114,22.5')).toBeNull();
  });
  it('a bad list in a file is reported as dropped, never half-read', () => {
    const doc = JSON.parse(scenarioToGeoJson(scenario));
    doc.scenario.indicatorActuals[1].value = 'lots';
    expect(readScenarioFileActuals(JSON.stringify(doc))).toEqual({ dropped: 2 });
  });
  it('in a share link', () => {
    const e = encodeShare({ view: { lon: 114, lat: 22.5, zoom: 10 }, layers: [], lang: 'zh', scenario }, 'https://atlas.test/');
    if (!e.ok) throw new Error(e.code);
    const d = decodeShare(e.hash);
    expect(d.ok && d.value.scenario?.indicatorActuals).toEqual([online, retail]);
  });
});

describe('one value per indicator', () => {
  it('recording again replaces the earlier value; the list keeps the table order', () => {
    const later = { ...retail, value: 10_000, date: '2024-12-31' };
    expect(withActual([retail, online], later, ORDER)).toEqual([later, online]);
    expect(withActual([online], retail, ORDER)).toEqual([retail, online]);
  });
  it('a file merges in by date: a later figure wins, an older or same-day one does not', () => {
    const older = { ...retail, value: 1, date: '2022-01-01' };
    const newer = { ...retail, value: 10_000, date: '2025-01-01' };
    expect(mergeActuals([retail], [older], ORDER)).toEqual({ list: [retail], taken: 0 });
    expect(mergeActuals([retail], [{ ...retail, value: 2 }], ORDER)).toEqual({ list: [retail], taken: 0 });
    expect(mergeActuals([retail], [newer, online], ORDER)).toEqual({ list: [newer, online], taken: 2 });
  });
});
