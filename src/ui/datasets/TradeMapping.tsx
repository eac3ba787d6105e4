/**
 * The trade of each category of one dataset, as the default mapping gives it, with the planner's
 * changes (stored with the dataset; the map and the coverage follow at once).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTrade, TRADES, type Trade } from '../../analysis/trades.ts';
import { useDatasetStore } from '../../app/dataset-store.ts';
import { changeTradeMapping } from '../../app/datasets.ts';

const SHOWN = 40;

export function TradeMapping({ id }: { id: string }) {
  const { t } = useTranslation('datasets');
  const loaded = useDatasetStore((s) => s.loaded[id]);
  const [all, setAll] = useState(false);
  const categories = useMemo(() => loaded?.points.categories ?? [], [loaded]);
  if (!loaded || !categories.length) return null;
  const overrides = loaded.meta.tradeOverrides;
  const list = all ? categories : categories.slice(0, SHOWN);
  return (
    <details className="trade-mapping">
      <summary>{t('mapping.title', { count: categories.length })}</summary>
      <p className="note">{t('mapping.hint')}</p>
      <table data-testid="trade-mapping">
        <tbody>
          {list.map(({ category, count }) => {
            const value: Trade = overrides[category] ?? defaultTrade(category);
            return (
              <tr key={category}>
                <td>{category || t('mapping.empty')}</td>
                <td className="num">{count}</td>
                <td>
                  <select
                    value={value}
                    aria-label={t('mapping.tradeOf', { category })}
                    onChange={(e) => void changeTradeMapping(id, { ...overrides, [category]: e.target.value as Trade })}
                  >
                    {TRADES.map((tr) => (
                      <option key={tr} value={tr}>{t(`trades.${tr}`)}</option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!all && categories.length > SHOWN && (
        <button type="button" onClick={() => setAll(true)}>{t('mapping.showAll', { count: categories.length })}</button>
      )}
    </details>
  );
}
