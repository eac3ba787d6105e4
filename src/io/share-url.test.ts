import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url.ts';
import { SCHEMA_VERSION, type Proposal, type Scenario } from './proposal.ts';
import { decodeShare, encodeShare, encodeShareFitting, MAX_SHARE_URL_LENGTH, type ShareState } from './share-url.ts';
import { scenarioWith } from '../present/fixtures.ts';
import { expectRenderable } from './test-utils.ts';

const T = '2026-11-26T08:00:00.000Z';
const XSS = '<img src=x onerror=alert(1)>';
const proposal = (i: number, name_zh = `节点${i}`): Proposal => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [(113900 + i) / 1000, (45000 + i) / 2000] },
  properties: { id: `p${i}`, name_zh, name_en: XSS, layer: 'community_node', tier: 'community', status: 'build', note: '备注 "引号" & <b>', source: 'drawn', created: T, updated: T },
});
const scenario = (n: number): Scenario => ({
  id: 's1', name: `龙华方案 ${XSS}`, created: T, updated: T, slides: [], schemaVersion: SCHEMA_VERSION,
  proposals: Array.from({ length: n }, (_, i) => proposal(i)),
});
const state = (s?: Scenario): ShareState => ({ view: { lon: 114.0579, lat: 22.5431, zoom: 11.5 }, layers: ['districts', 'city_circle'], lang: 'zh', ...(s ? { scenario: s } : {}) });
const hashOf = (s: ShareState) => {
  const r = encodeShare(s);
  if (!r.ok) throw new Error(r.code);
  return r.hash;
};

describe('share URL', () => {
  it('round-trips view, layers, language and a scenario with Chinese and markup as plain characters', () => {
    const s = state(scenario(3));
    const r = encodeShare(s, 'https://atlas.example/app/');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.url).toBe(`https://atlas.example/app/${r.hash}`);
    expect(r.hash).toMatch(/^#s1\.\d+\.[A-Za-z0-9_-]+$/);
    const back = decodeShare(r.url);
    expect(back).toEqual({ ok: true, value: s });
    if (back.ok) expect(back.value.scenario?.proposals[0]?.properties.name_en).toBe(XSS);
  });

  it('rounds coordinates to 6 decimals (0.1 m) and keeps rings closed', () => {
    const zone: Proposal = { ...proposal(1), geometry: { type: 'Polygon', coordinates: [[[114.1234567891, 22.5], [114.2, 22.5], [114.2, 22.6], [114.1234567891, 22.5]]] }, properties: { ...proposal(1).properties, layer: 'zone' } };
    const back = decodeShare(hashOf(state({ ...scenario(0), proposals: [zone] })));
    const ring = back.ok ? (back.value.scenario!.proposals[0]!.geometry.coordinates as number[][][])[0]! : [];
    expect(ring[0]).toEqual([114.123457, 22.5]);
    expect(ring.at(-1)).toEqual(ring[0]);
  });

  it('refuses links over the limit and says how long they would be', () => {
    expect(MAX_SHARE_URL_LENGTH).toBe(8000);
    const r = encodeShare(state(scenario(600)), 'https://atlas.example/');
    expect(r).toMatchObject({ ok: false, code: 'share.tooLong', params: { limit: 8000 } });
    if (!r.ok) expect(r.params.length).toBeGreaterThan(8000);
  });

  it('refuses to encode an invalid state, naming the field', () => {
    expect(encodeShare({ ...state(), view: { lon: 114, lat: 22.5, zoom: 40 } })).toEqual({ ok: false, code: 'share.invalid', params: { field: 'view.zoom' } });
  });

  it('tells a cut-off link from a damaged one', () => {
    const h = hashOf(state(scenario(5)));
    expect(decodeShare(h.slice(0, -10))).toMatchObject({ ok: false, code: 'share.truncated' });
    expect(decodeShare(h.slice(0, 40))).toMatchObject({ ok: false, code: 'share.truncated' });
    const damaged = h.slice(0, 30) + (h[30] === 'A' ? 'B' : 'A') + h.slice(31);
    expect(decodeShare(damaged)).toMatchObject({ ok: false, code: expect.stringMatching(/^share\.(corrupt|invalid)$/) });
    expect(decodeShare(h + 'AAAA')).toMatchObject({ ok: false, code: 'share.corrupt' });
    expect(decodeShare(h.replace(/.$/, '%'))).toMatchObject({ ok: false, code: 'share.corrupt' });
  });

  it('names empty, unknown-version and schema-violating links', () => {
    expect(decodeShare('https://atlas.example/#')).toMatchObject({ code: 'share.empty' });
    expect(decodeShare('#s9.4.AAAA')).toMatchObject({ code: 'share.unsupportedVersion', params: { value: 's9' } });
    expect(decodeShare('#zoom=12')).toMatchObject({ code: 'share.unsupportedVersion' });
    const bad = deflateSync(new TextEncoder().encode(JSON.stringify({ ...state(), lang: 'fr' })));
    expect(decodeShare(`#s1.${bad.length}.${toBase64Url(bad)}`)).toEqual({ ok: false, code: 'share.invalid', params: { field: 'lang' } });
  });

  it('refuses a small link that would inflate to a huge payload', () => {
    const bomb = deflateSync(new Uint8Array(3 * 1024 * 1024), { level: 9 });
    expect(decodeShare(`#s1.${bomb.length}.${toBase64Url(bomb)}`)).toMatchObject({ ok: false, code: 'share.tooLarge' });
  });

  it('never throws on mangled links and always gives a known code', () => {
    const h = hashOf(state(scenario(2)));
    const mangled = fc.tuple(fc.nat({ max: h.length }), fc.nat({ max: 8 }), fc.string({ maxLength: 4 })).map(([at, del, ins]) => h.slice(0, at) + ins + h.slice(at + del));
    fc.assert(
      fc.property(fc.oneof(mangled, fc.string()), (s) => {
        const r = decodeShare(s);
        if (!r.ok) expectRenderable({ code: r.code, params: r.params });
      }),
    );
  });
});

describe('share URL with a deck', () => {
  // Notes of pseudo-random digits: identical slides would deflate to almost nothing.
  let seed = 7;
  const noise = (n: number) => Array.from({ length: n }, () => ((seed = (seed * 48271) % 2147483647) % 10).toString()).join('');
  const withDeck = (proposals: number, slides: number): Scenario => ({
    ...scenario(proposals),
    slides: scenarioWith(slides).slides.map((x) => ({ ...x, notes: noise(300) })),
  });

  it('carries the slides when the link fits', () => {
    const r = encodeShareFitting(state(withDeck(2, 3)), 'http://localhost/');
    expect(r.ok && r.slidesLeftOut).toBeUndefined();
    const back = r.ok ? decodeShare(r.url) : null;
    expect(back?.ok && back.value.scenario?.slides.map((s) => s.title)).toEqual(['第 1 页', '第 2 页', '第 3 页']);
  });

  it('leaves the slides out, and says how many, when only the scenario fits', () => {
    const s = withDeck(2, 50);
    expect(encodeShare(state(s), 'http://localhost/')).toMatchObject({ ok: false, code: 'share.tooLong' });
    const r = encodeShareFitting(state(s), 'http://localhost/');
    expect(r).toMatchObject({ ok: true, slidesLeftOut: 50 });
    const back = r.ok ? decodeShare(r.url) : null;
    expect(back?.ok && back.value.scenario?.proposals).toHaveLength(2);
  });

  it('falls back to the old message when even the scenario alone is too long', () => {
    expect(encodeShareFitting(state(withDeck(600, 2)), 'http://localhost/')).toMatchObject({ ok: false, code: 'share.tooLong' });
  });

  it('opens links made before decks existed (schema v2): the scenario gets an empty deck', () => {
    const { slides: _none, ...v2 } = { ...scenario(1), schemaVersion: 2 };
    const packed = deflateSync(new TextEncoder().encode(JSON.stringify({ ...state(), scenario: v2 })));
    const r = decodeShare(`#s1.${packed.length}.${toBase64Url(packed)}`);
    expect(r.ok && [r.value.scenario?.schemaVersion, r.value.scenario?.slides]).toEqual([SCHEMA_VERSION, []]);
  });
});
