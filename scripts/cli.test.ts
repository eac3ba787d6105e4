import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { runCoverage, COVERAGE_HEADER } from './coverage.ts';
import { runSuggest, SUGGEST_HEADER } from './suggest.ts';
import { CliError, ROOT, type Io } from './cli/common.ts';
import { coveredKm2Per, unionOfCircles } from '../src/analysis/reference-union.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
const run = (fn: (a: string[], io: Io) => void, argv: string[]) => {
  const out: string[] = [], err: string[] = [];
  fn(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { rows: out.map((l) => l.split(',')), out, err };
};
/** mulberry32: seeded, so the random node sets are the same every run. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const points = (coords: [number, number][]) => ({ type: 'FeatureCollection', features: coords.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } })) });

describe('npm run -s coverage', () => {
  it('prints the header, one row per 街道, per district and the city, and the rows add up', () => {
    const nodes = file('a.geojson', {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114.0596, 22.5431] } },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[113.884, 22.553], [113.9, 22.56]] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[114, 22.5], [114.01, 22.5], [114.01, 22.51], [114, 22.5]]] } },
      ],
    });
    const { out, rows, err } = run(runCoverage, ['--nodes', nodes, '--radius', '1000', '--detour', '1.3']);
    expect(out[0]).toBe(COVERAGE_HEADER);
    expect(rows.filter((r) => r[0] === 'jiedao')).toHaveLength(74);
    expect(rows.filter((r) => r[0] === 'district')).toHaveLength(10);
    const city = rows.find((r) => r[0] === 'city')!;
    expect(Number(city[5])).toBe(17_560_061 - 65_663); // the census, 深汕 not modelled
    for (const d of rows.filter((r) => r[0] === 'district')) {
      const js = rows.filter((r) => r[0] === 'jiedao' && r[1] === d[1]);
      expect(js.reduce((s, r) => s + Number(r[4]), 0)).toBeCloseTo(Number(d[4]), 4);
      expect(js.reduce((s, r) => s + Number(r[5]), 0)).toBe(Number(d[5]));
    }
    expect(rows.find((r) => r[2] === '莲花街道' || r[2] === '福田街道')).toBeDefined();
    expect(rows.filter((r) => r[0] === 'district').map((r) => r[1])).toContain('宝安区');
    expect(err.join()).toContain('polygon');
  });

  it('agrees with an exact polygon union clipped to each 街道 on random node sets (within 0.5 %)', () => {
    const r = rng(7);
    const jd = (JSON.parse(readFileSync(join(ROOT, 'geodata', 'jiedao.geojson'), 'utf8')) as { features: Feature<MultiPolygon, { name_zh: string }>[] }).features;
    for (const [n, radius, detour] of [[40, 1000, 1.3], [25, 500, 1]] as const) {
      // Clustered random nodes in central Shenzhen, so circles overlap each other and the coast.
      const coords: [number, number][] = Array.from({ length: n }, () => [113.88 + r() * 0.2, 22.5 + r() * 0.08]);
      const { rows } = run(runCoverage, ['--nodes', file(`r${n}.geojson`, points(coords)), '--radius', String(radius), '--detour', String(detour)]);
      const ref = coveredKm2Per(unionOfCircles(coords.map(([lon, lat]) => ({ lon, lat, radiusM: radius / detour }))), jd);
      jd.forEach((f, i) => {
        const row = rows.find((x) => x[0] === 'jiedao' && x[2] === f.properties.name_zh)!;
        const ours = Number(row[4]);
        expect(Math.abs(ours - ref[i]!), f.properties.name_zh).toBeLessThanOrEqual(0.005 * Math.max(ref[i]!, 0.2));
      });
    }
  });

  it('refuses bad arguments and files with a message and exit code 2, never a stack trace', () => {
    const good = file('g.geojson', points([[114.06, 22.54]]));
    const bad: [string[], RegExp][] = [
      [['--radius', '500'], /--nodes is required/],
      [['--nodes', good], /--radius is required/],
      [['--nodes', good, '--radius', 'abc'], /--radius must be a number/],
      [['--nodes', good, '--radius', '-5'], /between/],
      [['--nodes', good, '--radius', '500', '--detour', '0.5'], /--detour must be between/],
      [['--nodes', good, '--radius', '500', '--colour', 'red'], /unknown option --colour/],
      [['--nodes', join(dir, 'missing.geojson'), '--radius', '500'], /cannot read/],
      [['--nodes', file('x.geojson', '{"type": "Feature", '), '--radius', '500'], /not valid JSON/],
      [['--nodes', file('y.geojson', { hello: 1 }), '--radius', '500'], /not GeoJSON/],
      [['--nodes', file('z.geojson', points([[200, 95]])), '--radius', '500'], /invalid coordinate/],
    ];
    for (const [argv] of bad) expect(() => run(runCoverage, argv), argv.join(' ')).toThrow(CliError);
    for (const [argv, msg] of bad) {
      try {
        run(runCoverage, argv);
      } catch (e) {
        expect((e as Error).message, argv.join(' ')).toMatch(msg);
      }
    }
    // Through npm as a consultant runs it: exit code 2, the message on stderr, nothing on stdout.
    const p = spawnSync('npm', ['run', '-s', 'coverage', '--', '--nodes', good, '--radius', 'abc'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr.trim()).toBe('error: --radius must be a number, got "abc"');
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const nodes = file('pipe.geojson', points([[114.06, 22.54]]));
    // A reader that has gone before the first row (as `head` is after its lines): every write meets a closed pipe.
    const p = spawnSync('sh', ['-c', `npm run -s coverage -- --nodes '${nodes}' --radius 500 | true`], { cwd: ROOT, encoding: 'utf8' });
    expect(p.status).toBe(0);
    expect(p.stderr).toBe('');
  });
});

describe('npm run -s suggest', () => {
  const nodes = file('s.geojson', points([[114.0596, 22.5431], [113.884, 22.553]]));
  it('prints ranked sites with their district and 街道 (name_zh), gains decreasing, inside the chosen area', () => {
    const { out, rows } = run(runSuggest, ['--nodes', nodes, '--radius', '769', '--k', '3', '--area', 'jiedao:新安街道']);
    expect(out[0]).toBe(SUGGEST_HEADER);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([['1', '宝安区', '新安街道'], ['2', '宝安区', '新安街道'], ['3', '宝安区', '新安街道']]);
    const gains = rows.slice(1).map((r) => Number(r[5]));
    expect(gains[0]!).toBeGreaterThanOrEqual(gains[1]!);
    expect(gains[2]!).toBeGreaterThan(0);
    const d = run(runSuggest, ['--nodes', nodes, '--radius', '769', '--k', '2', '--area', 'district:南山区']).rows.slice(1);
    expect(d.map((r) => r[3])).toEqual(['南山区', '南山区']);
  });

  it('refuses a bad k, an unknown area and 深汕', () => {
    expect(() => run(runSuggest, ['--nodes', nodes, '--radius', '769', '--k', '0'])).toThrow(/--k must be between 1 and 50/);
    expect(() => run(runSuggest, ['--nodes', nodes, '--radius', '769', '--k', '2.5'])).toThrow(/whole number/);
    expect(() => run(runSuggest, ['--nodes', nodes, '--radius', '769', '--k', '3', '--area', 'district:火星区'])).toThrow(/unknown district/);
    expect(() => run(runSuggest, ['--nodes', nodes, '--radius', '769', '--k', '3', '--area', 'district:深汕特别合作区'])).toThrow(/no land grid/);
    expect(() => run(runSuggest, ['--nodes', nodes, '--radius', '769', '--k', '3', '--area', 'everywhere'])).toThrow(/--area must be/);
  });
});
