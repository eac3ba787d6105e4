/**
 * Every code the io modules can emit has a message in zh and en, every message is emitted by some
 * code, and the zh and en versions of a message use the same placeholders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/io.json';
import zh from '../i18n/locales/zh/io.json';

const root = dirname(fileURLToPath(import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && f !== 'test-utils.ts' ? [p] : [];
  });
const emitted = new Set(
  sources(root).flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/'((?:import|storage|share|proposal|scenario)\.[A-Za-z0-9]+)'/g)].map((m) => m[1]!)),
);
const flat = (o: object, prefix = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flat(v as object, `${prefix}${k}.`)))));
const ZH = flat(zh);
const EN = flat(en);
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('io locale', () => {
  it('has a zh and en message for every emitted code', () => {
    expect(emitted.size).toBeGreaterThan(80);
    for (const code of emitted) {
      expect(ZH[code], `zh ${code}`).toBeTruthy();
      expect(EN[code], `en ${code}`).toBeTruthy();
    }
  });
  it('has no message that nothing emits', () => {
    for (const key of Object.keys(ZH)) expect(emitted.has(key.replace(/_line$/, '')), key).toBe(true);
  });
  it('uses the same placeholders in zh and en', () => {
    for (const [key, text] of Object.entries(ZH)) expect(placeholders(EN[key] ?? ''), key).toEqual(placeholders(text));
  });
  it('has a "line" variant for every per-feature message, for CSV rows', () => {
    for (const [key, text] of Object.entries(ZH)) {
      if (text.includes('{{feature}}') && key !== 'import.notAFeature') expect(ZH[`${key}_line`], `${key}_line`).toMatch(/\{\{line\}\}/);
    }
  });
});
