import { describe, expect, it } from 'vitest';
import { PRJ } from './fixtures.ts';
import { classifyPrj } from './prj.ts';


describe('classifyPrj', () => {
  it('accepts geographic WGS-84 and CGCS2000', () => {
    expect(classifyPrj(PRJ.wgs84)).toEqual({ kind: 'geographic', crs: 'wgs84', name: 'GCS_WGS_1984' });
    expect(classifyPrj(PRJ.cgcs2000)).toMatchObject({ kind: 'geographic', crs: 'cgcs2000' });
  });
  it('reads CGCS2000 3° Gauss–Krüger zones with and without the zone prefix, WKT 1 and 2', () => {
    expect(classifyPrj(PRJ.gk38)).toMatchObject({ kind: 'gk3', zone: 38, centralMeridian: 114, falseEasting: 38500000 });
    expect(classifyPrj(PRJ.gkCm114)).toMatchObject({ kind: 'gk3', zone: 38, centralMeridian: 114, falseEasting: 500000 });
    expect(classifyPrj(PRJ.wkt2)).toMatchObject({ kind: 'gk3', centralMeridian: 114, falseEasting: 500000 });
  });
  it('refuses other datums and projections, naming the CRS', () => {
    expect(classifyPrj(PRJ.xian80)).toEqual({ kind: 'refused', name: 'Xian_1980_3_Degree_GK_CM_114E', reason: 'datum' });
    expect(classifyPrj(PRJ.utm50)).toMatchObject({ kind: 'refused', name: 'WGS_1984_UTM_Zone_50N', reason: 'datum' });
    expect(classifyPrj(PRJ.gk6)).toMatchObject({ kind: 'refused', reason: 'projection' });
    expect(classifyPrj('nonsense')).toMatchObject({ kind: 'refused', name: 'nonsense' });
  });
});
