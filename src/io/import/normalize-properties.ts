/**
 * Raw properties → proposal attributes plus an `extra` bag for everything else, so a planner's own
 * columns survive import and come back on export. Names are found under the usual Chinese and
 * English keys; values are made safe (no prototype keys, bounded lengths) with a warning for each
 * change, naming feature and field.
 */
import { echo, issue, type Issue, type IssueParams } from '../issue.ts';
import {
  LAYER_GEOMETRY, LIMITS, PROPOSAL_LAYERS, SOURCES, STATUSES, TIERS, UNSAFE_KEYS,
  type GeometryKind, type ProposalAttributes, type ProposalProperties,
} from '../proposal.ts';

type Extra = NonNullable<ProposalProperties['extra']>;
export interface Normalized {
  attrs: ProposalAttributes;
  extra?: Extra;
  warnings: Issue[];
  /** Neither a Chinese nor an English name was found. */
  unnamed: boolean;
}

const KEYS = {
  name_zh: ['name_zh', 'name:zh', '名称', '名字', '中文名', '中文名称'],
  name_en: ['name_en', 'name:en', 'english_name', '英文名', '英文名称'],
  name: ['name', 'title', 'label', '标题'],
  note: ['note', 'notes', '备注', 'description', 'desc', '说明', 'comment'],
  layer: ['layer', '图层', '类型'],
  tier: ['tier', '层级', '级别'],
  status: ['status', '状态'],
  id: ['id'],
};
/** Chinese values planners type in tables, mapped to our enums. */
const ZH_VALUES: Record<string, string> = {
  市级: 'city', 区级: 'district', 街道级: 'street', 街道: 'street', 社区级: 'community', 社区: 'community',
  现有: 'existing', 已有: 'existing', 依托: 'existing', 改造: 'upgrade', 提升: 'upgrade', 升级: 'upgrade',
  建设: 'build', 新建: 'build', 规划建设: 'build', 探索: 'explore',
  社区节点: 'community_node', 商业节点: 'commercial_node', 特色商街: 'featured_street', 商业街: 'featured_street',
  片区: 'zone', 区域: 'zone',
};
/** Defaults when a file says nothing: the least committal status, the tier planners site themselves. */
const DEFAULTS = { tier: 'community', status: 'explore' } as const;
const DEFAULT_LAYER: Record<GeometryKind, ProposalAttributes['layer']> = {
  Point: 'commercial_node', LineString: 'featured_street', Polygon: 'zone',
};

/** Cuts to `n` UTF-16 units without leaving half of a surrogate pair (an emoji) behind. */
export const clip = (s: string, n: number) => (/[\ud800-\udbff]/.test(s[n - 1] ?? '') ? s.slice(0, n - 1) : s.slice(0, n));

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const CJK = /[\u3400-\u9fff]/;
// eslint-disable-next-line no-control-regex
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
// eslint-disable-next-line no-control-regex
const stripControls = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();

export function normalizeProperties(raw: unknown, at: IssueParams, geometry: GeometryKind): Normalized {
  const warnings: Issue[] = [];
  const props: Record<string, unknown> = Object.create(null);
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    warnings.push(issue('import.propertiesNotObject', at));
  } else if (raw) {
    for (const k of Object.keys(raw)) {
      if (UNSAFE_KEYS.has(k)) warnings.push(issue('import.unsafeKey', { ...at, field: k }));
      else props[k] = (raw as Record<string, unknown>)[k];
    }
  }
  const used = new Set<string>();
  const lowerKeys = new Map(Object.keys(props).map((k) => [k.toLowerCase(), k]));
  const take = (names: string[]): [string, unknown] | undefined => {
    for (const n of names) {
      const k = lowerKeys.get(n.toLowerCase());
      if (k !== undefined && !used.has(k) && props[k] !== null && props[k] !== undefined && props[k] !== '') {
        used.add(k);
        return [k, props[k]];
      }
    }
    return undefined;
  };
  const text = (entry: [string, unknown] | undefined, limit: number, clean: (s: string) => string): string => {
    if (!entry) return '';
    const [field, v] = entry;
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      warnings.push(issue('import.notText', { ...at, field, value: echo(v) }));
      return '';
    }
    if (typeof v !== 'string') warnings.push(issue('import.notText', { ...at, field, value: echo(v) }));
    let s = clean(String(v));
    if (s.length > limit) {
      s = clip(s, limit);
      warnings.push(issue('import.valueTruncated', { ...at, field, limit }));
    }
    return s;
  };
  const choice = <T extends string>(entry: [string, unknown] | undefined, options: readonly T[], fallback: T): T => {
    if (!entry) return fallback;
    const [field, v] = entry;
    const s = typeof v === 'string' ? v.trim() : v;
    const mapped = typeof s === 'string' ? (ZH_VALUES[s] ?? s.toLowerCase()) : s;
    if ((options as readonly unknown[]).includes(mapped)) return mapped as T;
    warnings.push(issue('import.invalidChoice', { ...at, field, value: echo(v), fallback }));
    return fallback;
  };

  take(KEYS.id); // the id is read by the pipeline; keep it out of `extra`
  // Re-importing our own export: its source/created/updated describe the old copy, not this one.
  const ours: Record<string, (v: unknown) => boolean> = {
    source: (v) => (SOURCES as readonly unknown[]).includes(v),
    created: (v) => typeof v === 'string' && ISO.test(v),
    updated: (v) => typeof v === 'string' && ISO.test(v),
  };
  for (const [k, isOurs] of Object.entries(ours)) if (k in props && isOurs(props[k])) used.add(k);
  let name_zh = text(take(KEYS.name_zh), LIMITS.name_zh, oneLine);
  let name_en = text(take(KEYS.name_en), LIMITS.name_en, oneLine);
  const generic = take(KEYS.name);
  if (generic) {
    // One "name" column: Chinese script goes to name_zh, anything else to name_en.
    const zh = typeof generic[1] === 'string' && CJK.test(generic[1]);
    if (zh && !name_zh) name_zh = text(generic, LIMITS.name_zh, oneLine);
    else if (!zh && !name_en) name_en = text(generic, LIMITS.name_en, oneLine);
    else used.delete(generic[0]); // both names set already: keep this one as an extra attribute
  }
  const layerFallback = DEFAULT_LAYER[geometry];
  let layer = choice(take(KEYS.layer), PROPOSAL_LAYERS, layerFallback);
  if (LAYER_GEOMETRY[layer] !== geometry) {
    warnings.push(issue('import.layerGeometryMismatch', { ...at, value: layer, fallback: layerFallback }));
    layer = layerFallback;
  }
  const attrs: ProposalAttributes = {
    name_zh,
    name_en,
    layer,
    tier: choice(take(KEYS.tier), TIERS, DEFAULTS.tier),
    status: choice(take(KEYS.status), STATUSES, DEFAULTS.status),
    note: text(take(KEYS.note), LIMITS.note, stripControls),
  };
  const extra = extraOf(props, used, at, warnings);
  return { attrs, extra, warnings, unnamed: !name_zh && !name_en };
}

function extraOf(props: Record<string, unknown>, used: Set<string>, at: IssueParams, warnings: Issue[]): Extra | undefined {
  const extra: Extra = {};
  let count = 0;
  for (const [k, v] of Object.entries(props)) {
    if (used.has(k) || v === undefined) continue;
    if (k.length === 0 || k.length > LIMITS.extraKey) {
      warnings.push(issue('import.keyTooLong', { ...at, field: echo(k), limit: LIMITS.extraKey }));
      continue;
    }
    if (++count > LIMITS.extraKeys) {
      warnings.push(issue('import.tooManyProperties', { ...at, limit: LIMITS.extraKeys }));
      break;
    }
    let value: string | number | boolean | null;
    if (v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) value = v;
    else if (typeof v === 'string') value = v;
    else {
      try {
        value = JSON.stringify(v) ?? String(v); // nested objects become their JSON text
      } catch {
        value = String(v);
      }
    }
    if (typeof value === 'string' && value.length > LIMITS.extraValue) {
      value = clip(value, LIMITS.extraValue);
      warnings.push(issue('import.valueTruncated', { ...at, field: echo(k), limit: LIMITS.extraValue }));
    }
    Object.defineProperty(extra, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return count > 0 ? extra : undefined;
}
