import { describe, expect, it } from 'vitest';
import { importFile } from './import/import-file.ts';
import { scenarioSchema } from './proposal.ts';
import { addProposals, checkScenarioName, createScenario, duplicateScenario, renameScenario, uniqueName } from './scenario-ops.ts';

const T0 = '2026-11-26T08:00:00.000Z';
const T1 = '2026-11-26T09:00:00.000Z';
const imported = (text: string) => {
  const r = importFile('x.csv', text, { now: () => T0 });
  if (!r.ok) throw new Error('fixture');
  return r.features;
};

describe('scenario operations', () => {
  it('creates, renames and duplicates valid scenarios without touching the original', () => {
    const s = createScenario(' 南山方案 ', T0, 's-1');
    expect(s).toEqual({ ok: true, value: { id: 's-1', name: '南山方案', proposals: [], slides: [], created: T0, updated: T0, schemaVersion: 4 } });
    if (!s.ok) return;
    const r = renameScenario(s.value, '南山方案 v2', T1);
    expect(r.ok && [r.value.name, r.value.updated, s.value.name]).toEqual(['南山方案 v2', T1, '南山方案']);
    const d = duplicateScenario(s.value, '副本', T1, 's-2');
    expect(d.ok && d.value).toMatchObject({ id: 's-2', name: '副本', created: T1 });
    expect(d.ok && scenarioSchema.safeParse(d.value).success).toBe(true);
  });

  it('checks names', () => {
    expect(checkScenarioName('  ')).toEqual({ ok: false, error: { code: 'scenario.nameRequired', params: {} } });
    expect(checkScenarioName('a\nb')).toMatchObject({ ok: false, error: { code: 'scenario.nameControlCharacters' } });
    expect(checkScenarioName('x'.repeat(81))).toEqual({ ok: false, error: { code: 'scenario.nameTooLong', params: { limit: 80 } } });
  });

  it('numbers a taken name', () => {
    expect(uniqueName('方案', ['方案', '方案 (2)'])).toBe('方案 (3)');
    expect(uniqueName('新方案', ['方案'])).toBe('新方案');
  });

  it('adds imported proposals without replacing any existing one', () => {
    const s = createScenario('A', T0, 's-1');
    if (!s.ok) return;
    const first = addProposals(s.value, imported('id,name,lon,lat\nx,甲,114.05,22.54\n'), T1);
    if (!first.ok) throw new Error();
    const second = addProposals(first.value, imported('id,name,lon,lat\nx,乙,114.06,22.55\n'), T1, () => 'fresh');
    expect(second.ok && second.value.proposals.map((p) => [p.properties.id, p.properties.name_zh])).toEqual([['x', '甲'], ['fresh', '乙']]);
    expect(second.ok && scenarioSchema.safeParse(second.value).success).toBe(true);
  });

  it('refuses to grow a scenario past 10,000 proposals', () => {
    const s = createScenario('A', T0, 's-1');
    if (!s.ok) return;
    const one = imported('name,lon,lat\n甲,114.05,22.54\n')[0]!;
    const many = Array.from({ length: 10_001 }, () => one);
    expect(addProposals(s.value, many)).toEqual({ ok: false, error: { code: 'scenario.full', params: { count: 10_001, limit: 10_000 } } });
  });
});
