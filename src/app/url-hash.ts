/**
 * The URL hash keeps the view, visible layers, status filter, language and selection, so a reload or
 * a shared link shows the same map: #map=11.5/22.5432/114.0579&layers=city_circle,port&status=…&lang=en&sel=…
 */
import { STATUSES, type Status } from '../data/place-schema.ts';
import { isLang, type Lang } from '../i18n/index.ts';
import { ALL_TOGGLES, type Toggle, type View } from './store.ts';

export interface HashState {
  view: View;
  visible: Record<Toggle, boolean>;
  statuses: Record<Status, boolean>;
  lang: Lang;
  selectedId: string | null;
}

const r = (n: number, d: number) => String(Math.round(n * 10 ** d) / 10 ** d);

export function encodeHash(s: HashState, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  p.set('map', `${r(s.view.zoom, 2)}/${r(s.view.lat, 5)}/${r(s.view.lon, 5)}`);
  p.set('layers', ALL_TOGGLES.filter((t) => s.visible[t]).join(','));
  p.set('status', STATUSES.filter((st) => s.statuses[st]).join(','));
  p.set('lang', s.lang);
  if (s.selectedId) p.set('sel', s.selectedId);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  // URLSearchParams escapes ',' and '/'; keep them readable.
  return `#${p.toString().replace(/%2C/g, ',').replace(/%2F/g, '/')}`;
}

/** Parses what it can; anything malformed is ignored (the caller keeps its current value). */
export function decodeHash(hash: string): Partial<HashState> & { extra: Record<string, string> } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const out: Partial<HashState> & { extra: Record<string, string> } = { extra: {} };
  const m = /^(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(p.get('map') ?? '');
  if (m) {
    const [zoom, lat, lon] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180) out.view = { zoom, lat, lon };
  }
  if (p.has('layers')) {
    const on = new Set((p.get('layers') ?? '').split(','));
    out.visible = Object.fromEntries(ALL_TOGGLES.map((t) => [t, on.has(t)])) as Record<Toggle, boolean>;
  }
  if (p.has('status')) {
    const on = new Set((p.get('status') ?? '').split(','));
    out.statuses = Object.fromEntries(STATUSES.map((st) => [st, on.has(st)])) as Record<Status, boolean>;
  }
  const lang = p.get('lang');
  if (isLang(lang)) out.lang = lang;
  const sel = p.get('sel');
  if (sel && /^[\w-]{1,80}$/.test(sel)) out.selectedId = sel;
  for (const [k, v] of p) if (!['map', 'layers', 'status', 'lang', 'sel'].includes(k)) out.extra[k] = v;
  return out;
}
