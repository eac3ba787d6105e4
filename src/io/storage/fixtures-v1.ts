/** v1 records as the first prototype stored them, for migration tests. */
import type { V1Scenario } from './migrations.ts';

export const V1_GOOD: V1Scenario = {
  id: 'v1-nanshan',
  name: '南山方案',
  createdAt: Date.UTC(2025, 5, 1, 8),
  updatedAt: Date.UTC(2025, 5, 2, 9, 30),
  proposals: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [113.93, 22.53] },
      properties: { id: 'p1', name: '后海中心', layer: 'commercial_node', tier: 'district', status: 'build', note: '', source: 'drawn', createdAt: Date.UTC(2025, 5, 1, 8, 5) },
    },
    {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[113.92, 22.52], [113.94, 22.53]] },
      properties: { id: 'p2', name: 'Houhai Avenue', layer: 'featured_street', tier: 'street', status: 'upgrade', note: 'v1 note', source: 'drawn' },
    },
  ],
};

/** A v1 record the prototype let through: a layer that no longer exists. */
export const V1_BROKEN = {
  ...V1_GOOD,
  id: 'v1-broken',
  proposals: [{ ...V1_GOOD.proposals[0]!, properties: { ...V1_GOOD.proposals[0]!.properties, layer: 'mall' } }],
};
