/**
 * Share links: view, layers, language and optionally a whole scenario, deflated (fflate) and
 * base64url-encoded into the URL hash. The hash never reaches a server, so a link is the data.
 *
 * Format: `#s1.<n>.<payload>`: version, byte length of the compressed payload, payload. The length
 * lets decode tell a link cut off by a chat app (`share.truncated`) from a damaged one.
 * Everything decoded is validated with the same zod schemas as storage before use.
 */
import { deflateSync, Inflate } from 'fflate';
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { SCHEMA_VERSION, scenarioSchema, type Scenario } from './proposal.ts';
import { upgradeRecord } from './storage/migrations.ts';

/**
 * 8,000 characters for the whole URL. Browsers take far more (Chrome 2 MB), but links pass through
 * chat apps, mail clients and office documents that cut or refuse long ones, and common server
 * limits sit at 8 KB (Apache's LimitRequestLine is 8,190) should a link ever be rewritten into a
 * request; geojson.io's hash links reportedly broke around this size. A chosen bound, not a measured one:
 * it fits a scenario of roughly 100–200 points, or a few dozen detailed polygons.
 */
export const MAX_SHARE_URL_LENGTH = 8000;
/** Inflated payloads above this are refused: an 8 KB link must not unpack into gigabytes. */
const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
const VERSION = 's1';

export const shareStateSchema = z.strictObject({
  view: z.strictObject({
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-85.06).max(85.06),
    zoom: z.number().min(0).max(24),
    bearing: z.number().min(-360).max(360).optional(),
    pitch: z.number().min(0).max(85).optional(),
  }),
  layers: z.array(z.string().regex(/^[a-z0-9_-]{1,40}$/)).max(100),
  lang: z.enum(['zh', 'en']),
  scenario: scenarioSchema.optional(),
});
export type ShareState = z.infer<typeof shareStateSchema>;

export type ShareError = { ok: false; code: string; params: Record<string, string | number> };
export type EncodeResult = { ok: true; hash: string; url: string; length: number } | ShareError;
export type DecodeResult = { ok: true; value: ShareState } | ShareError;

const fieldOf = (e: z.ZodError) => e.issues[0]?.path.join('.') || '(root)';
const round6 = (n: number) => Math.round(n * 1e6) / 1e6; // 0.1 m: far below drawing precision

/** Rounds coordinates to 6 decimals: shorter links, and a closed ring stays closed. */
function compact(s: Scenario): Scenario {
  return {
    ...s,
    proposals: s.proposals.map((p) => ({
      ...p,
      geometry: JSON.parse(JSON.stringify(p.geometry), (_, v: unknown) => (typeof v === 'number' ? round6(v) : v)) as typeof p.geometry,
    })),
  };
}

/**
 * `baseUrl` is the page address without hash (e.g. location.href.split('#')[0]); the limit applies
 * to the whole link. Beyond it: `share.tooLong`, and the UI offers the GeoJSON file instead.
 */
export function encodeShare(state: ShareState, baseUrl = '', limit = MAX_SHARE_URL_LENGTH): EncodeResult {
  const checked = shareStateSchema.safeParse(state);
  if (!checked.success) return { ok: false, code: 'share.invalid', params: { field: fieldOf(checked.error) } };
  const value = checked.data.scenario ? { ...checked.data, scenario: compact(checked.data.scenario) } : checked.data;
  const packed = deflateSync(new TextEncoder().encode(JSON.stringify(value)), { level: 9 });
  const hash = `#${VERSION}.${packed.length}.${toBase64Url(packed)}`;
  const url = `${baseUrl}${hash}`;
  if (url.length > limit) return { ok: false, code: 'share.tooLong', params: { length: url.length, limit } };
  return { ok: true, hash, url, length: url.length };
}

function inflateBounded(bytes: Uint8Array): Uint8Array | 'tooLarge' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inf = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > MAX_INFLATED_BYTES) throw new RangeError('tooLarge');
    chunks.push(chunk);
    done ||= final;
  });
  try {
    inf.push(bytes, true);
  } catch (e) {
    return e instanceof RangeError && e.message === 'tooLarge' ? 'tooLarge' : 'corrupt';
  }
  if (!done) return 'corrupt';
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Accepts a hash (with or without `#`) or a whole URL. */
export function decodeShare(input: string): DecodeResult {
  const fail = (code: string, params: Record<string, string | number> = {}): ShareError => ({ ok: false, code, params });
  const hash = (input.includes('#') ? input.slice(input.indexOf('#') + 1) : input).trim();
  if (hash === '') return fail('share.empty');
  const m = /^([^.]*)\.(\d{1,9})\.(.*)$/s.exec(hash);
  if (!m || m[1] !== VERSION) return fail('share.unsupportedVersion', { value: (m?.[1] ?? hash).slice(0, 12) });
  const expected = Number(m[2]);
  const bytes = fromBase64Url(m[3]!);
  if (!bytes) return fail('share.corrupt');
  if (bytes.length < expected) return fail('share.truncated', { length: bytes.length, expected });
  if (bytes.length > expected) return fail('share.corrupt');
  const inflated = inflateBounded(bytes);
  if (inflated === 'tooLarge') return fail('share.tooLarge');
  if (inflated === 'corrupt') return fail('share.corrupt');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return fail('share.corrupt');
  }
  // A link made by an older version carries an older scenario record: bring it up to date first.
  const sc = json && typeof json === 'object' ? (json as { scenario?: { schemaVersion?: unknown } }).scenario : undefined;
  if (sc && typeof sc === 'object' && sc.schemaVersion !== SCHEMA_VERSION) {
    const up = upgradeRecord(sc);
    if (up.ok) (json as { scenario: unknown }).scenario = up.value;
  }
  const checked = shareStateSchema.safeParse(json);
  return checked.success ? { ok: true, value: checked.data } : fail('share.invalid', { field: fieldOf(checked.error) });
}

/**
 * A share link with the scenario's deck if the whole link fits the limit; otherwise the same link
 * without the slides (`slidesLeftOut`, so the UI can say so and point to the scenario file); if even
 * that is too long, `share.tooLong` as before.
 */
export function encodeShareFitting(state: ShareState, baseUrl = '', limit = MAX_SHARE_URL_LENGTH): EncodeResult & { slidesLeftOut?: number } {
  const full = encodeShare(state, baseUrl, limit);
  const slides = state.scenario?.slides.length ?? 0;
  if (full.ok || full.code !== 'share.tooLong' || !slides) return full;
  const bare = encodeShare({ ...state, scenario: { ...state.scenario!, slides: [] } }, baseUrl, limit);
  return bare.ok ? { ...bare, slidesLeftOut: slides } : bare;
}
