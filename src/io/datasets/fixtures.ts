/** Small datasets for tests (never the real data). */
import { DATASET_VERSION, SEPARATOR, type DatasetData, type DatasetMeta } from './dataset.ts';

export interface FixtureRow {
  name: string;
  category: string;
  lon: number;
  lat: number;
  population?: number;
}

const T = '2026-11-28T08:00:00.000Z';

/** A point dataset (outlets, or population when rows carry a population). */
export function fixtureDataset(id: string, rows: FixtureRow[], name = `数据集 ${id}`): { meta: DatasetMeta; data: DatasetData } {
  const categories = [...new Set(rows.map((r) => r.category))];
  const population = rows.some((r) => r.population !== undefined);
  const meta: DatasetMeta = {
    id,
    name,
    kind: population ? 'population' : 'outlets',
    count: rows.length,
    ...(population ? { totalPopulation: rows.reduce((s, r) => s + (r.population ?? 0), 0) } : {}),
    geometry: 'point',
    source: { fileName: `${id}.csv`, format: 'csv', bytes: 100, crs: 'wgs84', rows: rows.length, skipped: 0, mapping: { preset: 'generic', name: 'name', category: ['category'], lon: 'lon', lat: 'lat' } },
    tradeOverrides: {},
    created: T,
    updated: T,
    version: DATASET_VERSION,
  };
  const data: DatasetData = {
    id,
    lon: Float64Array.from(rows, (r) => r.lon),
    lat: Float64Array.from(rows, (r) => r.lat),
    origin: Uint32Array.from(rows, (_, i) => i + 2),
    categories,
    category: Uint32Array.from(rows, (r) => categories.indexOf(r.category)),
    ...(population ? { population: Float64Array.from(rows, (r) => r.population ?? 0) } : {}),
    columns: [{ key: 'name', values: rows.map((r) => r.name).join(SEPARATOR) }],
    version: DATASET_VERSION,
  };
  return { meta, data };
}

/** .prj texts as ArcGIS/QGIS write them. */
export const PRJ = {
  wgs84: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  cgcs2000: 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  gk38: 'PROJCS["CGCS2000_3_Degree_GK_Zone_38",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",38500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  gkCm114: 'PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  wkt2: 'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000"]],CONVERSION["3-degree Gauss-Kruger CM 114E",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0],PARAMETER["Longitude of natural origin",114],PARAMETER["Scale factor at natural origin",1],PARAMETER["False easting",500000],PARAMETER["False northing",0]],ID["EPSG",4547]]',
  xian80: 'PROJCS["Xian_1980_3_Degree_GK_CM_114E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  utm50: 'PROJCS["WGS_1984_UTM_Zone_50N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  gk6: 'PROJCS["CGCS2000_GK_Zone_20",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",20500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
};
