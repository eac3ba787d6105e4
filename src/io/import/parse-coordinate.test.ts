import { describe, expect, it } from 'vitest';
import { parseCoordinate } from './parse-coordinate.ts';

describe('parseCoordinate', () => {
  it('reads decimal degrees', () => {
    expect(parseCoordinate(' 114.0579 ')).toEqual({ kind: 'decimal', value: 114.0579 });
    expect(parseCoordinate('-.5')).toEqual({ kind: 'decimal', value: -0.5 });
  });
  it('converts degrees-minutes-seconds, with hemisphere', () => {
    const r = parseCoordinate(`22°32'35.2"N`);
    expect(r.kind).toBe('dms');
    if (r.kind === 'dms') expect(r.value).toBeCloseTo(22.543111, 6);
    const w = parseCoordinate('114度3分34.6秒西');
    expect(w.kind === 'dms' && w.value).toBeCloseTo(-114.059611, 6);
  });
  it('rejects anything else', () => {
    for (const s of ['北纬22度半', '1,5', '0x10', 'Infinity', '1e999', `22°61'N`]) expect(parseCoordinate(s).kind).toBe('invalid');
    expect(parseCoordinate('  ').kind).toBe('empty');
  });
});
