/**
 * The deploy-time street basemap: a bureau sets an XYZ or PMTiles URL on its own server in
 * `deploy.config.json` (see README) and builds. This module validates that file — pure, used by
 * vite.config.ts at build time (a bad file stops the build with these messages) and by unit tests.
 *
 * Refused on purpose: tile services known to serve GCJ-02 (Amap/高德, Tencent/腾讯) or BD-09 (Baidu/百度)
 * tiles. Everything in the app is WGS-84; in Shenzhen those tiles sit ≈ 500 m off (BD-09 more), so every
 * plan place would appear on the wrong block.
 */

export type TileSource =
  | {
      type: 'xyz';
      /** https://host/path/{z}/{x}/{y}.png — MapLibre's placeholders. */
      url: string;
      /** Raster images or Mapbox vector tiles (Protomaps or OpenMapTiles layer names). */
      kind: 'raster' | 'vector';
      attribution: string;
      minzoom: number;
      maxzoom: number;
      /** Raster tiles only: 256 or 512 pixels. */
      tileSize: 256 | 512;
    }
  | {
      type: 'pmtiles';
      /** https://host/path/shenzhen.pmtiles — read with HTTP range requests; vector or raster is read from its header. */
      url: string;
      attribution: string;
    };

export interface DeployConfig {
  tileSource: TileSource | null;
}

export const DEFAULT_DEPLOY_CONFIG: DeployConfig = { tileSource: null };

/** Providers whose tiles are not WGS-84, matched on the host name (the domain or any sub-domain). */
export const NON_WGS84_PROVIDERS: { domains: string[]; name: string; datum: 'GCJ-02' | 'BD-09' }[] = [
  { name: 'Amap / 高德地图 (AutoNavi)', datum: 'GCJ-02', domains: ['autonavi.com', 'amap.com', 'gaode.com'] },
  { name: 'Tencent Maps / 腾讯地图', datum: 'GCJ-02', domains: ['gtimg.com', 'map.qq.com', 'maps.qq.com', 'tencent-map.com'] },
  { name: 'Baidu Maps / 百度地图', datum: 'BD-09', domains: ['baidu.com', 'bdimg.com', 'bdstatic.com'] },
  { name: 'Google Maps China (google.cn)', datum: 'GCJ-02', domains: ['google.cn', 'gstatic.cn'] },
];

/** Words in a URL path that say the tiles are a proxied copy of one of those providers. */
const PROXY_HINT = /(^|[/_.-])(amap|autonavi|gaode|tencent|gtimg|qqmap|baidu|bdmap)([/_.-]|$)/i;

const PLACEHOLDERS = ['{z}', '{x}', '{y}'];
const KNOWN_PLACEHOLDER = /\{(z|x|y|ratio|quadkey|prefix|bbox-epsg-3857)\}/g;

function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Why a tile URL's host or path is not WGS-84, or null. */
export function nonWgs84Reason(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  for (const p of NON_WGS84_PROVIDERS) {
    if (p.domains.some((d) => hostIs(host, d))) {
      return `${host} serves ${p.name} tiles, which are in ${p.datum}, not WGS-84: in Shenzhen they sit about 500 m off the plan's places. Use WGS-84 tiles (e.g. a Protomaps/OpenStreetMap extract or Tianditu CGCS2000).`;
    }
  }
  const hint = PROXY_HINT.exec(decodeURIComponent(url.pathname + url.search));
  if (hint) {
    return `the URL names "${hint[2]}": tiles proxied from Amap, Tencent or Baidu are GCJ-02/BD-09, about 500 m off WGS-84 in Shenzhen. If these tiles really are WGS-84, serve them from a path that does not name that provider.`;
  }
  return null;
}

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

function parseUrl(raw: string, errors: string[]): URL | null {
  // Placeholders are not valid URL syntax in a host; test them before parsing.
  if (/^[a-z]+:\/\/[^/]*\{/i.test(raw)) {
    errors.push(`tileSource.url: placeholders in the host name (like {s}) are not supported by MapLibre; give one host.`);
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    errors.push(`tileSource.url: "${raw}" is not an absolute URL (it must start with https://).`);
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') errors.push(`tileSource.url: only https:// (or http:// on an intranet) is allowed, not ${url.protocol}`);
  if (url.username || url.password) errors.push('tileSource.url: user names or passwords in the URL would be published in the built app; remove them.');
  if (url.hash) errors.push('tileSource.url: a #fragment is not allowed.');
  return url;
}

function zoom(v: unknown, name: string, fallback: number, errors: string[]): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 24) {
    errors.push(`tileSource.${name}: must be a whole number from 0 to 24.`);
    return fallback;
  }
  return v;
}

/** Checks a parsed deploy config; returns it normalised, or every problem found. */
export function validateDeployConfig(raw: unknown): { ok: true; config: DeployConfig } | { ok: false; errors: string[] } {
  if (!isRecord(raw)) return { ok: false, errors: ['the file must hold a JSON object, e.g. { "tileSource": null }'] };
  const unknownKeys = Object.keys(raw).filter((k) => k !== 'tileSource' && k !== '$comment');
  const errors: string[] = unknownKeys.map((k) => `unknown setting "${k}" (only "tileSource" is read)`);
  const ts = raw.tileSource;
  if (ts === undefined || ts === null) return errors.length ? { ok: false, errors } : { ok: true, config: { tileSource: null } };
  if (!isRecord(ts)) return { ok: false, errors: [...errors, 'tileSource must be an object or null'] };

  const type = ts.type;
  if (type !== 'xyz' && type !== 'pmtiles') errors.push(`tileSource.type must be "xyz" or "pmtiles", not ${JSON.stringify(type)}`);
  if (typeof ts.url !== 'string' || !ts.url.trim()) errors.push('tileSource.url is required');
  const attribution = typeof ts.attribution === 'string' ? ts.attribution.trim() : '';
  if (!attribution) errors.push('tileSource.attribution is required: say whose map data the tiles show (it is shown on the map).');
  const rawUrl = typeof ts.url === 'string' ? ts.url.trim() : '';
  const url = rawUrl ? parseUrl(rawUrl, errors) : null;
  if (url) {
    const wrongDatum = nonWgs84Reason(url);
    if (wrongDatum) errors.push(`tileSource.url refused: ${wrongDatum}`);
  }

  if (type === 'xyz') {
    const missing = PLACEHOLDERS.filter((p) => !rawUrl.includes(p));
    if (rawUrl && missing.length && !rawUrl.includes('{quadkey}')) errors.push(`tileSource.url: an XYZ URL needs ${missing.join(', ')}`);
    const unknown = rawUrl.replace(KNOWN_PLACEHOLDER, '').match(/\{[^}]*\}/g);
    if (unknown) errors.push(`tileSource.url: unknown placeholder ${unknown.join(', ')} (MapLibre knows {z} {x} {y} {ratio} {quadkey} {prefix} {bbox-epsg-3857})`);
    if (ts.kind !== 'raster' && ts.kind !== 'vector') errors.push('tileSource.kind must be "raster" or "vector" for an XYZ source');
    const tileSize = ts.tileSize ?? 256;
    if (tileSize !== 256 && tileSize !== 512) errors.push('tileSource.tileSize must be 256 or 512');
    const minzoom = zoom(ts.minzoom, 'minzoom', 0, errors);
    const maxzoom = zoom(ts.maxzoom, 'maxzoom', 18, errors);
    if (minzoom > maxzoom) errors.push('tileSource.minzoom must not exceed maxzoom');
    if (errors.length) return { ok: false, errors };
    return {
      ok: true,
      config: {
        tileSource: { type, url: rawUrl, kind: ts.kind as 'raster' | 'vector', attribution, minzoom, maxzoom, tileSize: tileSize as 256 | 512 },
      },
    };
  }
  if (type === 'pmtiles') {
    if (rawUrl.includes('{')) errors.push('tileSource.url: a PMTiles URL names one file; it has no {z}/{x}/{y} placeholders');
    if (url && !/\.pmtiles$/i.test(url.pathname)) errors.push('tileSource.url: a PMTiles URL must end in .pmtiles');
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, config: { tileSource: { type: 'pmtiles', url: rawUrl, attribution } } };
}

/** Reads the text of the config file (null when there is none: the default, fully offline build). */
export function parseDeployConfig(text: string | null, fileName: string): DeployConfig {
  if (text === null) return DEFAULT_DEPLOY_CONFIG;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${fileName}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const r = validateDeployConfig(raw);
  if (!r.ok) throw new Error(`${fileName} cannot be used:\n  - ${r.errors.join('\n  - ')}`);
  return r.config;
}

/** The one origin the built app may contact for tiles, or null. */
export function tileSourceOrigin(config: DeployConfig): string | null {
  return config.tileSource ? new URL(config.tileSource.url).origin : null;
}
