import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { fixtureData } from '../map/test-fixtures.ts';
import { distanceM } from '../analysis/geo.ts';
import { collectNodes, proposalNodes } from './analysis-nodes.ts';

const all = { city_circle: true, district_centre: true, featured_street: true, stations: false, proposals: true };

describe('service nodes', () => {
  it('takes plan places of the chosen layers with their tier, and nothing else', () => {
    const { places, metroStations } = fixtureData();
    const nodes = collectNodes(all, places, metroStations, []);
    expect(nodes).toEqual([expect.objectContaining({ id: 'huaqiangbei', tier: 'street' })]); // the port is not a commercial node
    expect(collectNodes({ ...all, featured_street: false }, places, metroStations, [])).toEqual([]);
  });
  it('adds stations when asked', () => {
    const { places, metroStations } = fixtureData();
    expect(collectNodes({ ...all, stations: true }, places, metroStations, []).map((n) => n.tier)).toContain('station');
  });
  it('samples a drawn featured street every 250 m along its length', () => {
    const street: Feature = {
      type: 'Feature',
      properties: { id: 'p1', tier: 'street' },
      geometry: { type: 'LineString', coordinates: [[114.0, 22.5], [114.0, 22.509]] }, // ≈ 1,000 m north
    };
    const nodes = proposalNodes([street]);
    expect(nodes.length).toBe(6); // 0, 250, 500, 750, 1,000 and the end point (≈ 1,001 m)
    const d = distanceM(nodes[0]!.lon, nodes[0]!.lat, nodes[1]!.lon, nodes[1]!.lat);
    expect(d).toBeCloseTo(250, 0);
  });
  it('ignores zones (polygons)', () => {
    const zone: Feature = { type: 'Feature', properties: { id: 'z' }, geometry: { type: 'Polygon', coordinates: [[[114, 22.5], [114.01, 22.5], [114.01, 22.51], [114, 22.5]]] } };
    expect(proposalNodes([zone])).toEqual([]);
  });
});
