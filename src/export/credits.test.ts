import { describe, expect, it } from 'vitest';
import { creditKeys } from './credits.ts';

describe('credits on a printed page', () => {
  it('names the source of every kind of layer drawn, once, and the datasets shown', () => {
    expect(creditKeys(['places-city_circle', 'district-line', 'metro-lines', 'metro-stations'])).toEqual({ keys: ['plan', 'districts', 'stations', 'tracks', 'lines'], datasets: [] });
    expect(creditKeys(['analysis-covered-fill', 'dataset-builtin-osm-points', 'dataset-builtin-osm-clusters']).datasets).toEqual(['builtin-osm']);
    expect(creditKeys(['analysis-covered-fill']).keys).toEqual(['plan', 'jiedao', 'census', 'worldpop']);
  });
});
