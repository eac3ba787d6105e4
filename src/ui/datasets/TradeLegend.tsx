/** The trades with their map colours and counts (the legend of the outlets layer). */
import { useTranslation } from 'react-i18next';
import { TRADES } from '../../analysis/trades.ts';
import { TRADE_COLOURS } from '../../map/outlets-overlay.ts';

export function TradeLegend({ counts }: { counts: readonly number[] }) {
  const { t, i18n } = useTranslation('datasets');
  const fmt = (n: number) => n.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <ul className="trade-legend" data-testid="trade-legend">
      {TRADES.map((tr, i) => (
        <li key={tr} data-trade={tr} data-count={counts[i] ?? 0} className={counts[i] ? '' : 'empty'}>
          <span className="swatch" style={{ background: TRADE_COLOURS[tr] }} aria-hidden="true" />
          {t(`trades.${tr}`)} <span className="count">{fmt(counts[i] ?? 0)}</span>
        </li>
      ))}
    </ul>
  );
}
