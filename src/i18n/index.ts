/**
 * i18n: zh is the default, en is complete (a test compares the key sets).
 * Resources live in locales/<lng>/<namespace>.json; each feature area owns its namespace file.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'zh';

type Resources = Record<Lang, Record<string, Record<string, unknown>>>;

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

export function loadResources(): Resources {
  const out: Resources = { zh: {}, en: {} };
  for (const [path, data] of Object.entries(files)) {
    const m = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!m) continue;
    const [, lng, ns] = m;
    if (lng === 'zh' || lng === 'en') out[lng][ns!] = data;
  }
  return out;
}

export const isLang = (x: unknown): x is Lang => x === 'zh' || x === 'en';

/** Keys asked for but not found, in any language (exposed to the browser tests). */
export const missingKeys = new Set<string>();
if (typeof window !== 'undefined') (window as unknown as { __missingKeys: Set<string> }).__missingKeys = missingKeys;

/** One i18next instance for the app; tests create their own with createI18n(). */
export function createI18n(lng: Lang = DEFAULT_LANG): i18n {
  const resources = loadResources();
  const inst = i18next.createInstance();
  void inst.use(initReactI18next).init({
    lng,
    fallbackLng: false, // a missing en key must show up in tests, not silently fall back to zh
    resources,
    ns: Object.keys(resources.zh),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; strings are always rendered as text
    initAsync: false,
    returnNull: false,
    // A key with no text would show raw on screen: record it (the browser tests fail on any).
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => {
      missingKeys.add(`${ns}:${key}`);
      console.warn(`[i18n] missing ${ns}:${key}`);
    },
  });
  return inst;
}
