/** Outlets per 街道 and trade for one dataset (from the dataset worker), grouped by district. */
import { useTranslation } from 'react-i18next';
import { BASIC_TRADES, TRADES } from '../../analysis/trades.ts';
import { useDatasetStore, type LoadedDataset } from '../../app/dataset-store.ts';

export function AreaCounts({ loaded }: { loaded: LoadedDataset }) {
  const { t, i18n } = useTranslation('datasets');
  const names = useDatasetStore((s) => s.areaNames);
  const by = loaded.byArea;
  if (!by) return null;
  const zh = i18n.language === 'zh';
  const rows = by.ids.map((id, k) => ({ id, counts: by.counts[k]! })).sort((a, b) => (names[a.id]?.district ?? '').localeCompare(names[b.id]?.district ?? '') || a.id.localeCompare(b.id));
  const outside = by.counts[by.ids.length]!.reduce((s, v) => s + v, 0);
  return (
    <details className="area-counts">
      <summary>{t('areas.title')}</summary>
      <table data-testid="outlets-by-jiedao">
        <thead>
          <tr>
            <th>{t('areas.jiedao')}</th>
            <th>{t('areas.all')}</th>
            {BASIC_TRADES.map((tr) => (
              <th key={tr}>{t(`trades.${tr}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-jiedao={r.id}>
              <td>{(zh ? names[r.id]?.name_zh : names[r.id]?.name_en) ?? r.id}</td>
              <td className="num">{r.counts.reduce((s, v) => s + v, 0)}</td>
              {BASIC_TRADES.map((tr) => (
                <td key={tr} className="num">{r.counts[TRADES.indexOf(tr)]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {outside > 0 && <p className="note">{t('areas.outside', { count: outside })}</p>}
    </details>
  );
}
