/**
 * GCJ-02 / BD-09 suspicion, and conversion to WGS-84.
 *
 * Why a heuristic on metadata, not on coordinates: GCJ-02 ("Mars coordinates", used by 高德/腾讯)
 * shifts Shenzhen by ≈ 520 m east and 300 m south; BD-09 (百度) adds another ≈ 700 m. Both shifted
 * and true positions lie inside Shenzhen, so coordinates alone cannot tell them apart; only a
 * comparison against surveyed reference positions could, and that is too heavy and too brittle
 * for an importer. What a file *does* often carry is its origin: a `crs` member, a column such as
 * "lng_gcj02", a file name like "高德POI.csv", or a property "来源: 高德地图". We flag those as a
 * warning and offer `convertGcjToWgs` / `convertBd09ToWgs`. A file without such marks is taken as
 * WGS-84 (GeoJSON and KML are WGS-84 by specification), so the UI should also offer the
 * conversion as a manual choice ("my data came from 高德/腾讯 maps").
 */
import gcoord from 'gcoord';
import type { Proposal, ProposalGeometry } from '../proposal.ts';
import type { DetectedCrs } from './types.ts';

const GCJ = /gcj|amap|gaode|autonavi|高德|火星|腾讯|tencent|qqmap|soso/i;
const BD09 = /bd-?09|baidu|百度/i;
const WGS = /wgs|epsg:+4326|crs84|cgcs2000|epsg:+4490/i;

/**
 * Looks at the file name, `crs` members, column names and property keys, and the values of
 * source-like properties (see sourceTexts). Not at names: a place name may well contain 高德.
 */
export function suspectCrs(texts: Iterable<string>): { crs: DetectedCrs; evidence?: string } {
  for (const t of texts) {
    if (t.length > 200) continue; // long text is prose, where "百度一下" proves nothing
    if (BD09.test(t)) return { crs: 'bd09-suspected', evidence: t };
    if (GCJ.test(t) && !WGS.test(t)) return { crs: 'gcj02-suspected', evidence: t };
  }
  return { crs: 'wgs84' };
}

type Pos = [number, number];
function mapGeometry(g: ProposalGeometry, f: (p: Pos) => Pos): ProposalGeometry {
  if (g.type === 'Point') return { type: 'Point', coordinates: f(g.coordinates) };
  if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(f) };
  return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
}

const round7 = (n: number) => Math.round(n * 1e7) / 1e7; // 1 cm; keeps rings closed exactly

function converter(from: typeof gcoord.GCJ02 | typeof gcoord.BD09) {
  return (features: readonly Proposal[]): Proposal[] =>
    features.map((f) => ({
      ...f,
      geometry: mapGeometry(f.geometry, (p) => {
        const [x, y] = gcoord.transform<Pos>([p[0], p[1]], from, gcoord.WGS84);
        return [round7(x), round7(y)];
      }),
    }));
}

/** Converts GCJ-02 (高德/腾讯) positions to WGS-84; new objects, the input is not changed. */
export const convertGcjToWgs = converter(gcoord.GCJ02);
/** Converts BD-09 (百度) positions to WGS-84. */
export const convertBd09ToWgs = converter(gcoord.BD09);

const SOURCE_KEY = /source|来源|数据源|坐标|crs|coord|provider/i;

/** The texts of one feature's properties that may name its coordinate source. */
export function sourceTexts(props: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(props)) {
    out.push(k);
    if (SOURCE_KEY.test(k) && typeof v === 'string') out.push(v);
  }
  return out;
}
