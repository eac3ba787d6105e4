import { describe, expect, it } from 'vitest';
import zh from '../i18n/locales/zh/analysis.json';
import en from '../i18n/locales/en/analysis.json';
import { validateParams } from './params.ts';

/** Every error code validateParams can return has a message in both languages. */
describe('analysis messages', () => {
  const bad = [
    { speedKmh: 'x' }, { suggestK: 1.5 }, { suggestK: 99 }, { minutes: [7] }, { minutes: [] }, { radiusMode: 'bike' },
    { candidateArea: null }, { candidateArea: { kind: 'district', districtId: '?' } },
    { candidateArea: { kind: 'corridor', lineIds: [] } }, { candidateArea: { kind: 'corridor', lineIds: [3] } },
  ];
  const codes = new Set(bad.flatMap((p) => { const r = validateParams(p); return r.ok ? [] : r.errors.map((e) => e.code); }));

  it('covers every code with a zh and an en message', () => {
    expect(codes.size).toBe(10);
    for (const code of codes) {
      const key = code.replace(/^errors\./, '') as keyof typeof zh.errors;
      expect(zh.errors[key], code).toBeTruthy();
      expect(en.errors[key], code).toBeTruthy();
    }
  });
});
