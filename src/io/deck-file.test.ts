import { describe, expect, it } from 'vitest';
import { scenarioToGeoJson } from './export.ts';
import { readScenarioFileDeck } from './deck-file.ts';
import { scenarioWith } from '../present/fixtures.ts';

describe('the deck in a scenario file', () => {
  it('comes back from the exported GeoJSON exactly', () => {
    const s = scenarioWith(3);
    expect(readScenarioFileDeck(scenarioToGeoJson(s))).toEqual({ slides: s.slides, name: '福田方案' });
  });
  it('is absent from files without one', () => {
    expect(readScenarioFileDeck(scenarioToGeoJson(scenarioWith(0)))).toBeNull();
    expect(readScenarioFileDeck('{"type":"FeatureCollection","features":[]}')).toBeNull();
    expect(readScenarioFileDeck('lon,lat\n114,22.5')).toBeNull();
    expect(readScenarioFileDeck('{"scenario": ')).toBeNull();
  });
  it('is dropped whole, and counted, when a slide is invalid', () => {
    const doc = JSON.parse(scenarioToGeoJson(scenarioWith(2)));
    doc.scenario.slides[1].camera.lat = 'north';
    expect(readScenarioFileDeck(JSON.stringify(doc))).toEqual({ slides: [], name: '福田方案', dropped: 2 });
  });
});
