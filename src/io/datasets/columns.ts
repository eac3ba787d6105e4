/**
 * Which column means what, recognised from the headers of common exports:
 *   Amap (高德) POI export:  名称, 大类, 中类, 小类, 经度, 纬度, 地址 (or the API's name, type, location)
 *   Baidu (百度) POI export: name, lng, lat, tag (address, uid)
 *   OpenStreetMap (Overpass): name, shop / amenity, @lat/@lon or lat/lon
 *   anything else:           name/名称, category/类别/业态…, longitude/经度…, population/人口…
 * The planner can change every choice in the preview; this only makes the first guess.
 */
import { findCoordinateColumns } from '../import/coordinate-columns.ts';
import type { ColumnMapping } from './dataset.ts';

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s_\-.:()（）[\]【】@]/g, '');

function pick(headers: readonly string[], names: readonly string[]): string | undefined {
  for (const n of names) {
    const h = headers.find((x) => norm(x) === n);
    if (h !== undefined) return h;
  }
  return undefined;
}

const NAME = ['名称', 'name', 'namezh', '店名', '门店名称', '网点名称', 'poi名称', 'title', '名字'];
const CATEGORY = ['category', 'categories', '类别', '分类', '类型', '业态', '行业', 'type', 'tag', 'tags', 'poi类型', 'kind', 'class', 'trade'];
const POPULATION = ['population', 'pop', '人口', '常住人口', '人口数', '总人口', '人数', '户籍人口', '实有人口', 'count', 'value'];
const ID = ['id', 'poiid', 'uid', 'osmid', '编号', 'poi编号', '序号', 'fid', 'objectid'];
const LOCATION = ['location', '坐标', '经纬度', 'lnglat', 'lonlat'];

export function detectMapping(headers: readonly string[], hasGeometry = false): ColumnMapping {
  const has = (n: string) => headers.some((h) => norm(h) === n);
  // Overpass CSV writes @lat/@lon; the coordinate finder knows them without the @.
  const stripped = headers.map((h) => h.replace(/^@/, ''));
  const coords = hasGeometry ? undefined : findCoordinateColumns(stripped);
  const xy = coords ? { lon: headers[stripped.indexOf(coords.lon)]!, lat: headers[stripped.indexOf(coords.lat)]! } : {};
  const location = !hasGeometry && !coords ? pick(headers, LOCATION) : undefined;
  const base = {
    name: pick(headers, NAME),
    id: pick(headers, ID),
    population: pick(headers, POPULATION),
    ...xy,
    ...(location ? { location } : {}),
  };
  const clean = (m: ColumnMapping): ColumnMapping =>
    Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as unknown as ColumnMapping;

  const amapLevels = ['大类', '中类', '小类'].map((n) => headers.find((h) => norm(h) === n)).filter((h): h is string => h !== undefined);
  if (amapLevels.length > 0) return clean({ preset: 'amap', ...base, category: amapLevels });
  // Amap web-service exports: name, type ("购物服务;便民商店/便利店;便利店"), typecode, location.
  if (has('typecode') && (has('type') || has('location'))) {
    return clean({ preset: 'amap', ...base, category: has('type') ? [pick(headers, ['type'])!] : [] });
  }
  if (has('tag') && (has('uid') || (has('lng') && has('lat')))) return clean({ preset: 'baidu', ...base, category: [pick(headers, ['tag'])!] });
  const osm = ['shop', 'amenity', 'craft', 'healthcare'].map((n) => headers.find((h) => norm(h) === n)).filter((h): h is string => h !== undefined);
  if (osm.length > 0) return clean({ preset: 'osm', ...base, category: osm });
  const category = pick(headers, CATEGORY);
  return clean({ preset: 'generic', ...base, category: category ? [category] : [] });
}

/**
 * The category text of one row: Amap levels joined with ";" (their own separator); OSM columns as
 * "key=value" tags, so "shop=convenience" reads the same whether it came from a column or a tag.
 */
export function categoryOf(mapping: ColumnMapping, cell: (column: string) => string): string {
  if (mapping.preset === 'osm') {
    const tags: string[] = [];
    for (const c of mapping.category) {
      const v = cell(c).trim();
      if (!v) continue;
      tags.push(/=/.test(v) ? v : `${c.trim().toLowerCase()}=${v}`);
    }
    return tags.join(';');
  }
  const parts = mapping.category.map((c) => cell(c).trim()).filter((v) => v !== '');
  // Amap repeats the level when it has no finer one ("综合市场;综合市场"): keep it, the rules expect it.
  return parts.join(';');
}
