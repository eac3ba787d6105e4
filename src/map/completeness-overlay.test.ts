import { describe, expect, it } from 'vitest';
import { COMPLETENESS_COLOURS, COMPLETENESS_LAYER, completenessClass, completenessOverlay } from './completeness-overlay.ts';

describe('completeness choropleth', () => {
  it('fills each 街道 with the colour of its share class, and only the 街道 with a value', () => {
    const o = completenessOverlay({ 'futian-shatou': 0.95, 'baoan-fuhai': 0.1, 'nanshan-yuehai': 0.5 });
    const layer = o.belowPlaces.find((l) => l.id === COMPLETENESS_LAYER)!;
    expect(layer.type).toBe('fill');
    const match = (layer as { paint: { 'fill-color': unknown[] } }).paint['fill-color'];
    const colourOf = (id: string) => match[match.indexOf(id) + 1];
    expect(colourOf('futian-shatou')).toBe(COMPLETENESS_COLOURS[4]);
    expect(colourOf('baoan-fuhai')).toBe(COMPLETENESS_COLOURS[0]);
    expect(colourOf('nanshan-yuehai')).toBe(COMPLETENESS_COLOURS[2]);
    expect((layer as { filter: unknown[] }).filter).toEqual(['in', ['get', 'id'], ['literal', ['futian-shatou', 'baoan-fuhai', 'nanshan-yuehai']]]);
  });

  it('classes shares at 20 % steps and draws nothing before a run', () => {
    expect([0, 0.199, 0.2, 0.79, 0.8, 1].map(completenessClass)).toEqual([0, 0, 1, 3, 4, 4]);
    expect(completenessOverlay(null).belowPlaces).toEqual([]);
  });
});
