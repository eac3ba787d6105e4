import { describe, expect, it } from 'vitest';
import { findCoordinateColumns } from './coordinate-columns.ts';

describe('findCoordinateColumns', () => {
  it.each([
    [['经度', '纬度'], '经度', '纬度'],
    [['Name', 'Longitude', 'Latitude'], 'Longitude', 'Latitude'],
    [['lon', 'lat'], 'lon', 'lat'],
    [['LNG', 'LAT'], 'LNG', 'LAT'],
    [['X', 'Y'], 'X', 'Y'],
    [['经度（WGS84）', '纬度（WGS84）'], '经度（WGS84）', '纬度（WGS84）'],
    [['lng_gcj02', 'lat_gcj02'], 'lng_gcj02', 'lat_gcj02'],
  ])('finds %j', (headers, lon, lat) => {
    expect(findCoordinateColumns(headers)).toMatchObject({ lon, lat });
  });
  it('prefers longitude/latitude over x/y and reports CRS tags', () => {
    expect(findCoordinateColumns(['x', 'y', 'lng_gcj02', 'lat_gcj02'])).toEqual({ lon: 'lng_gcj02', lat: 'lat_gcj02', crsHints: ['lng_gcj02', 'lat_gcj02'] });
  });
  it('needs both columns', () => {
    expect(findCoordinateColumns(['经度', 'name'])).toBeUndefined();
    expect(findCoordinateColumns(['lonely', 'latte'])).toBeUndefined();
  });
});
