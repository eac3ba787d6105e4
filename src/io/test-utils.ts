/**
 * Test helpers (used only by *.test.ts): render an Issue with the real io locale files, the way
 * i18next will (`context` picks the `_line` variant), and report what is missing.
 */
import zh from '../i18n/locales/zh/io.json';
import en from '../i18n/locales/en/io.json';
import type { Issue } from './issue.ts';

const LOCALES = { zh, en } as Record<'zh' | 'en', Record<string, unknown>>;

function lookup(lang: 'zh' | 'en', key: string): string | undefined {
  const v = key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), LOCALES[lang]);
  return typeof v === 'string' ? v : undefined;
}

/** The message for an issue, or a description of what is wrong with it (missing key, unfilled placeholder). */
export function render(issue: Issue, lang: 'zh' | 'en'): { ok: true; text: string } | { ok: false; problem: string } {
  const key = typeof issue.params.context === 'string' ? `${issue.code}_${issue.params.context}` : issue.code;
  const template = lookup(lang, key);
  if (template === undefined) return { ok: false, problem: `${lang}: no message for ${key}` };
  let missing = '';
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = issue.params[name];
    if (v === undefined) missing ||= name;
    return String(v);
  });
  return missing ? { ok: false, problem: `${lang}:${key} needs {{${missing}}}` } : { ok: true, text };
}

/** Throws with a readable reason if an issue cannot be shown in both languages. */
export function expectRenderable(issue: Issue): void {
  for (const lang of ['zh', 'en'] as const) {
    const r = render(issue, lang);
    if (!r.ok) throw new Error(`${r.problem} (issue ${JSON.stringify(issue)})`);
  }
}
