import { describe, expect, it } from 'vitest';
import { inShenzhen, placement, swapGeometry } from './location.ts';
import type { ProposalGeometry } from '../proposal.ts';

const pt = (x: number, y: number): ProposalGeometry => ({ type: 'Point', coordinates: [x, y] });

describe('placement', () => {
  it('knows Shenzhen, including 深汕 and the southern edge', () => {
    expect(inShenzhen([114.0579, 22.5431])).toBe(true); // 市民中心
    expect(inShenzhen([115.06, 22.83])).toBe(true); // 深汕
    expect(inShenzhen([114.26, 22.397])).toBe(true); // southern tip of the outline
    expect(inShenzhen([113.2644, 23.1291])).toBe(false); // 广州
  });
  it('classifies swapped, projected, Web Mercator, out-of-range and outside positions', () => {
    expect(placement([pt(114.05, 22.54)])).toBe('inside');
    expect(placement([pt(22.54, 114.05)])).toBe('swapped');
    expect(placement([pt(806512, 2494410)])).toBe('projected');
    expect(placement([pt(12696854, 2577450)])).toBe('webMercator');
    expect(placement([pt(114.05, 95)])).toBe('outOfRange');
    expect(placement([pt(116.39, 39.9)])).toBe('outside');
  });
  it('keeps a street that runs on into Dongguan', () => {
    expect(placement([{ type: 'LineString', coordinates: [[113.95, 22.7], [113.95, 23.0]] }])).toBe('inside');
  });
  it('swaps every position', () => {
    expect(swapGeometry({ type: 'LineString', coordinates: [[22.5, 114], [22.6, 114.1]] })).toEqual({ type: 'LineString', coordinates: [[114, 22.5], [114.1, 22.6]] });
  });
});
