/**
 * Metro lines and stations.
 * - Line list, order and colours: official 2026 list (深圳市交通运输局, via troicc/Shenzhen_Transit_Explorer).
 * - Station positions: Amap 2026 (GCJ-02 → WGS-84 with gcoord).
 * - Track shapes: HKUST China-Metro-Info 2024 (already WGS-84). Where a section opened after 2024 the
 *   segment is drawn station-to-station and marked `geometry_quality: schematic`.
 * A station with no position anywhere is left out (listed in SOURCES.md), never guessed.
 */
import length from '@turf/length';
import type { Feature, LineString, Point, Position } from 'geojson';
import { gcjToWgs, readJson, round6 } from './geo-io.ts';
import { canonicalName, englishName, stationId } from './station-names.ts';

interface OfficialRoute { id: string; name: string; short_name: string; color: string; stations: string[] }
interface HkSegment { lng: number[]; lat: number[] }
type HkLine = Record<string, HkSegment> & { id2name: [Record<string, string>] };

/** Official route id → the lines we draw. 2号线 and 8号线 through-run; they meet at 莲塘. */
const LINES: { line: string; route: string; from?: string; to?: string; hk?: string; zh: string; en: string }[] = [
  { line: '1', route: 'metro-1', hk: 'Line1', zh: '1号线（罗宝线）', en: 'Line 1 (Luobao)' },
  { line: '2', route: 'metro-2-8', to: '莲塘', hk: 'Line2', zh: '2号线（蛇口线）', en: 'Line 2 (Shekou)' },
  { line: '8', route: 'metro-2-8', from: '莲塘', hk: 'Line2', zh: '8号线（盐田线）', en: 'Line 8 (Yantian)' },
  { line: '3', route: 'metro-3', hk: 'Line3', zh: '3号线（龙岗线）', en: 'Line 3 (Longgang)' },
  { line: '4', route: 'metro-4', hk: 'Line4', zh: '4号线（龙华线）', en: 'Line 4 (Longhua)' },
  { line: '5', route: 'metro-5', hk: 'Line5', zh: '5号线（环中线）', en: 'Line 5 (Huanzhong)' },
  { line: '6', route: 'metro-6', hk: 'Line6-1', zh: '6号线（光明线）', en: 'Line 6 (Guangming)' },
  { line: '6B', route: 'metro-6-branch', hk: 'Line6', zh: '6号线支线', en: 'Line 6 Branch' },
  { line: '7', route: 'metro-7', hk: 'Line7', zh: '7号线（西丽线）', en: 'Line 7 (Xili)' },
  { line: '9', route: 'metro-9', hk: 'Line9', zh: '9号线（梅林线）', en: 'Line 9 (Meilin)' },
  { line: '10', route: 'metro-10', hk: 'Line10', zh: '10号线（坂田线）', en: 'Line 10 (Bantian)' },
  { line: '11', route: 'metro-11', hk: 'Line11', zh: '11号线（机场线）', en: 'Line 11 (Airport)' },
  { line: '12', route: 'metro-12', hk: 'Line12', zh: '12号线（南宝线）', en: 'Line 12 (Nanbao)' },
  { line: '13', route: 'metro-13', zh: '13号线（石岩线）', en: 'Line 13 (Shiyan)' },
  { line: '14', route: 'metro-14', hk: 'Line14', zh: '14号线（东部快线）', en: 'Line 14 (Eastern Express)' },
  { line: '16', route: 'metro-16', hk: 'Line16', zh: '16号线（龙坪线）', en: 'Line 16 (Longping)' },
  { line: '20', route: 'metro-20', hk: 'Line20', zh: '20号线', en: 'Line 20' },
];

/** 专栏1 item 2 builds district centres on these lines (龙大城际 has no alignment in any shipped file). */
export const PLAN_CITED_LINES = ['4', '6', '8', '14', '16'];

/** Amap `line_name` ("4号线/龙华线") → official route id. */
function amapRoute(lineName: string): string | null {
  if (lineName.startsWith('坪山云巴')) return null; // an APM, not metro: left out
  if (lineName.startsWith('6号线支线')) return 'metro-6-branch';
  if (lineName.startsWith('2号线')) return 'metro-2-8';
  const m = /^(\d+)号线/.exec(lineName);
  return m ? `metro-${m[1]}` : null;
}

function parseCsv(text: string): Record<string, string>[] {
  const [head, ...rows] = text.trim().split(/\r?\n/);
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
}

export interface MetroBuild {
  lines: Feature<LineString>[];
  stations: Feature<Point>[];
  missingStations: { line: string; name: string }[];
  schematicSegments: { line: string; from: string; to: string }[];
}

export function buildMetro(rawDir: string, readText: (p: string) => string): MetroBuild {
  const official = readJson<{ routes: OfficialRoute[] }>(`${rawDir}/official-lines-2026/metro_official.json`).routes;
  const hk = readJson<Record<string, HkLine>>(`${rawDir}/hkust-lines-2024/shenzhen_Metro.json`);
  const amapRows = parseCsv(readText(`${rawDir}/amap-stations-2026/stations.csv`));

  // Station positions: WGS-84 per (route, name); a station's own point is the mean over its lines.
  const perRoute = new Map<string, Position>();
  const perName = new Map<string, Position[]>();
  const aliases = new Map<string, Set<string>>();
  for (const r of amapRows) {
    const route = amapRoute(r.line_name!);
    if (!route) continue;
    const name = canonicalName(r.name!);
    const p = gcjToWgs([Number(r.longitude), Number(r.latitude)]);
    perRoute.set(`${route}|${name}`, p);
    perName.set(name, [...(perName.get(name) ?? []), p]);
    if (name !== r.name) aliases.set(name, (aliases.get(name) ?? new Set()).add(r.name!));
  }
  const stationPos = (name: string): Position | undefined => {
    const ps = perName.get(name);
    if (!ps) return undefined;
    return [round6(ps.reduce((s, p) => s + p[0]!, 0) / ps.length), round6(ps.reduce((s, p) => s + p[1]!, 0) / ps.length)];
  };

  const lines: Feature<LineString>[] = [];
  const stationLines = new Map<string, Set<string>>();
  const missingStations: MetroBuild['missingStations'] = [];
  const schematicSegments: MetroBuild['schematicSegments'] = [];

  for (const def of LINES) {
    const route = official.find((r) => r.id === def.route);
    if (!route) throw new Error(`official list has no ${def.route}`);
    let names = route.stations.map(canonicalName);
    if (def.to) names = names.slice(0, names.indexOf(def.to) + 1);
    if (def.from) names = names.slice(names.indexOf(def.from));
    const hkLine = def.hk ? hk[def.hk] : undefined;
    const hkIds = hkLine ? invert(hkLine.id2name[0]) : new Map<string, number>();

    // Walk consecutive station pairs; group segments into runs of equal quality.
    type Run = { quality: 'track' | 'schematic'; coords: Position[] };
    const runs: Run[] = [];
    let current: Run | null = null;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const here = perRoute.get(`${def.route}|${name}`) ?? stationPos(name);
      if (!here) {
        missingStations.push({ line: def.line, name });
        current = null; // a station without position breaks the line: nothing is drawn through it
        continue;
      }
      stationLines.set(name, (stationLines.get(name) ?? new Set()).add(def.line));
      const nextName = names[i + 1];
      if (nextName === undefined) continue;
      const there = perRoute.get(`${def.route}|${nextName}`) ?? stationPos(nextName);
      if (!there) continue;
      const track = hkLine ? hkSegment(hkLine, hkIds, name, nextName) : null;
      const quality = track ? 'track' : 'schematic';
      if (!track) schematicSegments.push({ line: def.line, from: name, to: nextName });
      const coords = track ?? [here, there];
      if (!current || current.quality !== quality) {
        current = { quality, coords: [...coords] };
        runs.push(current);
      } else {
        current.coords.push(...coords.slice(1));
      }
    }
    runs.forEach((run, k) => {
      const geometry: LineString = { type: 'LineString', coordinates: run.coords.map((p) => [round6(p[0]!), round6(p[1]!)]) };
      lines.push({
        type: 'Feature',
        properties: {
          id: `line-${def.line}-${k}`,
          line_id: def.line,
          name_zh: def.zh,
          name_en: def.en,
          colour: route.color,
          geometry_quality: run.quality,
          cited_in_plan: PLAN_CITED_LINES.includes(def.line),
          length_km: Math.round(length({ type: 'Feature', properties: {}, geometry }) * 100) / 100,
          geometry_source: run.quality === 'track' ? 'HKUST China-Metro-Info 2024 (WGS-84)' : 'station-to-station between Amap 2026 stations',
        },
        geometry,
      });
    });
  }

  const stations: Feature<Point>[] = [...stationLines.entries()]
    .map(([name, ls]) => ({
      type: 'Feature' as const,
      properties: {
        id: stationId(name),
        name_zh: name,
        ...englishName(name),
        lines: [...ls].sort((a, b) => lineOrder(a) - lineOrder(b)),
        aliases: [...(aliases.get(name) ?? [])].sort(),
        position_source: 'Amap 2026 (GCJ-02 → WGS-84)',
      },
      geometry: { type: 'Point' as const, coordinates: stationPos(name)! },
    }))
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  const ids = new Set(stations.map((s) => s.properties?.id));
  if (ids.size !== stations.length) throw new Error('two stations share an id');
  return { lines, stations, missingStations, schematicSegments };
}

const lineOrder = (id: string): number => LINES.findIndex((l) => l.line === id);

function invert(id2name: Record<string, string>): Map<string, number> {
  return new Map(Object.entries(id2name).map(([i, n]) => [canonicalName(n), Number(i)]));
}

/** The HKUST track between two adjacent stations, oriented a → b; null if HKUST lacks it. */
function hkSegment(line: HkLine, ids: Map<string, number>, a: string, b: string): Position[] | null {
  const ia = ids.get(a);
  const ib = ids.get(b);
  if (ia === undefined || ib === undefined || Math.abs(ia - ib) !== 1) return null;
  const lo = Math.min(ia, ib);
  const seg = line[`(${lo},${lo + 1})`];
  if (!seg) return null;
  const lng = seg.lng.flat();
  const lat = seg.lat.flat();
  const pts: Position[] = lng.map((x, i) => [x, lat[i]!]);
  return ia < ib ? pts : pts.reverse();
}
