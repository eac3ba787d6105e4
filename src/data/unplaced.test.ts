import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICT_IDS, PLACE_LAYERS } from './place-schema.ts';
import { UNPLACED } from './unplaced.ts';

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, 'seeds', '000_a61645bc09bce8e2.txt'), 'utf8');
const placed = readFileSync(join(root, 'geodata', 'places', 'PLACEMENT.md'), 'utf8');

describe('plan places not on the map', () => {
  it('quote the plan verbatim, name a real layer and district, and give a reason in both languages', () => {
    expect(UNPLACED.length).toBeGreaterThan(0);
    for (const p of UNPLACED) {
      expect(seed, p.name_zh).toContain(p.plan_quote);
      expect(PLACE_LAYERS as readonly string[]).toContain(p.layer);
      if (p.district) expect(DISTRICT_IDS as readonly string[]).toContain(p.district);
      expect(p.reason_zh.length).toBeGreaterThan(4);
      expect(p.reason_en.length).toBeGreaterThan(4);
    }
  });
  it('are the ones PLACEMENT.md lists as left out', () => {
    const section = placed.slice(placed.indexOf('## Plan places left out'));
    for (const p of UNPLACED) expect(section).toContain(p.name_zh);
  });
});

describe('plan places outside Shenzhen', () => {
  it('are all listed, each with a verbatim quote and where it is, in both languages', async () => {
    const { OUTSIDE } = await import('./outside.ts');
    const names = OUTSIDE.map((p) => p.name_zh).join(' ');
    for (const n of ['香港北部都会区', '中国-越南（深圳-海防）经贸合作区', '中白工业园', '斯洛伐克物流园']) expect(names).toContain(n);
    for (const p of OUTSIDE) {
      expect(seed, p.id).toContain(p.plan_quote);
      expect(p.where_zh && p.where_en && p.name_en).toBeTruthy();
    }
  });
});
