import { describe, expect, it } from 'vitest';
import { createI18n, loadResources } from './index.ts';

/** Every key path of a nested resource object, e.g. "layers.port". */
function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('locales', () => {
  const res = loadResources();
  it('has the same namespaces in zh and en', () => {
    expect(Object.keys(res.en).sort()).toEqual(Object.keys(res.zh).sort());
  });
  for (const ns of Object.keys(res.zh)) {
    it(`en is complete for namespace "${ns}" (same keys as zh, none empty)`, () => {
      expect(keys(res.en[ns] ?? {}).sort()).toEqual(keys(res.zh[ns]!).sort());
      for (const lng of ['zh', 'en'] as const) {
        for (const k of keys(res[lng][ns] ?? {})) {
          const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], res[lng][ns]);
          expect(String(v).trim(), `${lng}:${ns}:${k}`).not.toBe('');
        }
      }
    });
  }
  it('switches the title between zh and en', () => {
    const i = createI18n('zh');
    expect(i.t('appTitle')).toBe('深圳商业布局图');
    void i.changeLanguage('en');
    expect(i.t('appTitle')).toBe('Shenzhen Commercial Layout Atlas');
  });
});
