/**
 * Search over plan places and metro stations by Chinese or English name (and station aliases).
 * Ranking: exact name, then prefix, then substring; plan places before stations on ties.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

export interface SearchHit {
  id: string;
  kind: 'place' | 'station';
  name_zh: string;
  name_en: string;
  layer?: string;
  lon: number;
  lat: number;
  score: number;
}

/** Lower-case, drop spaces, hyphens, apostrophes and the suffixes people leave off (站, 区). */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-'’·•・()（）"“”]/g, '');
}

function score(query: string, names: string[]): number {
  let best = 0;
  for (const raw of names) {
    const n = normalise(raw);
    if (!n) continue;
    if (n === query) best = Math.max(best, 3);
    else if (n.startsWith(query)) best = Math.max(best, 2);
    else if (n.includes(query)) best = Math.max(best, 1);
  }
  return best;
}

export function search(query: string, places: FeatureCollection, stations: FeatureCollection, limit = 8): SearchHit[] {
  const q = normalise(query).replace(/站$/, '');
  if (!q) return [];
  const hits: SearchHit[] = [];
  const consider = (f: Feature, kind: SearchHit['kind']) => {
    const p = f.properties ?? {};
    const names = [p.name_zh, p.name_en, ...(Array.isArray(p.aliases) ? p.aliases : [])].filter((x): x is string => typeof x === 'string');
    const s = score(q, names);
    if (!s || f.geometry?.type !== 'Point') return;
    const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
    hits.push({ id: String(p.id), kind, name_zh: String(p.name_zh), name_en: String(p.name_en ?? ''), layer: p.layer, lon, lat, score: s + (kind === 'place' ? 0.5 : 0) });
  };
  places.features.forEach((f) => consider(f, 'place'));
  stations.features.forEach((f) => consider(f, 'station'));
  return hits.sort((a, b) => b.score - a.score || a.name_zh.length - b.name_zh.length).slice(0, limit);
}
