/** Print-ready export settings and buttons (the export itself is loaded on first use). */
import { useTranslation } from 'react-i18next';
import { DPIS, type Dpi, type Orientation, type Paper } from '../../export/page-layout.ts';
import { presentActions, usePresentStore } from '../../app/present-store.ts';

export function PrintSection() {
  const { t } = useTranslation('present');
  const print = usePresentStore((s) => s.print);
  const exporting = usePresentStore((s) => s.exporting);
  return (
    <fieldset>
      <legend>{t('print.title')}</legend>
      <div className="row">
        <select value={print.paper} onChange={(e) => presentActions.setPrint({ paper: e.target.value as Paper })} aria-label={t('print.paper')} data-testid="print-paper">
          <option value="A4">A4</option>
          <option value="A3">A3</option>
        </select>
        <select value={print.orientation} onChange={(e) => presentActions.setPrint({ orientation: e.target.value as Orientation })} aria-label={t('print.orientation')} data-testid="print-orientation">
          <option value="landscape">{t('print.landscape')}</option>
          <option value="portrait">{t('print.portrait')}</option>
        </select>
        <select value={print.dpi} onChange={(e) => presentActions.setPrint({ dpi: Number(e.target.value) as Dpi })} aria-label={t('print.dpi')} data-testid="print-dpi">
          {DPIS.map((d) => (
            <option key={d} value={d}>{d} dpi</option>
          ))}
        </select>
      </div>
      <label>
        {t('print.pageTitle')}
        <input value={print.title} onChange={(e) => presentActions.setPrint({ title: e.target.value })} placeholder={t('print.titlePlaceholder')} data-testid="print-title" />
      </label>
      <label>
        {t('print.subtitle')}
        <input value={print.subtitle} onChange={(e) => presentActions.setPrint({ subtitle: e.target.value })} placeholder={t('print.subtitlePlaceholder')} data-testid="print-subtitle" />
      </label>
      {exporting && (
        <p className="note" role="status" data-testid="export-progress">
          {t(`print.step.${exporting.step}`, { done: exporting.done, total: exporting.total })}
        </p>
      )}
    </fieldset>
  );
}
