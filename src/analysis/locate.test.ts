import { describe, expect, it } from 'vitest';
import { locate } from './locate.ts';
import { offset, ORIGIN, rectDistrict, testGrid } from './fixtures.ts';

describe('locate (which 街道 a point is on)', () => {
  const g = testGrid([rectDistrict('w', offset(-1000, 0), 2000, 2000, 10), rectDistrict('e', offset(1000, 0), 2000, 2000, 10)]);
  it('names the 街道 on each side of a border, and nothing off land', () => {
    expect(locate(g, ...offset(-30, 10))?.jiedaoId).toBe('w');
    expect(locate(g, ...offset(30, 10))?.jiedaoId).toBe('e');
    expect(locate(g, ...offset(1900, 900))).toMatchObject({ jiedaoId: 'e', districtId: 'e' });
    expect(locate(g, ...offset(2100, 0))).toBeNull();
    expect(locate(g, ORIGIN[0], ORIGIN[1] + 0.5)).toBeNull();
  });
});
