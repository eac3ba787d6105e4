/** Test helper: the text of a dataset issue in the real locale files (namespace datasets, else io). */
import zhD from '../../i18n/locales/zh/datasets.json';
import enD from '../../i18n/locales/en/datasets.json';
import zhIo from '../../i18n/locales/zh/io.json';
import enIo from '../../i18n/locales/en/io.json';
import type { Issue } from '../issue.ts';

const LOCALES = { zh: { datasets: zhD, io: zhIo }, en: { datasets: enD, io: enIo } } as Record<'zh' | 'en', Record<string, unknown>>;

export function renderDatasetIssue(issue: Issue, lang: 'zh' | 'en'): string {
  const ns = issue.code.startsWith('dataset.') ? 'datasets' : 'io';
  const key = typeof issue.params.context === 'string' ? `${issue.code}_${issue.params.context}` : issue.code;
  const v = key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), (LOCALES[lang] as Record<string, unknown>)[ns]);
  if (typeof v !== 'string') throw new Error(`${lang}: no message for ${ns}:${key}`);
  return v.replace(/\{\{(\w+)(?:, number)?\}\}/g, (_, name: string) => {
    const p = issue.params[name];
    if (p === undefined) throw new Error(`${lang}:${key} needs {{${name}}}`);
    return typeof p === 'number' ? p.toLocaleString('en-US') : String(p);
  });
}
