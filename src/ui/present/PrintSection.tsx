/**
 * Print-ready export settings and buttons. The export (src/app/print-export.ts, with pdf-lib, fontkit,
 * HarfBuzz and the font) is loaded only when a button is pressed.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DPIS, pagePixels, type Dpi, type Orientation, type Paper } from '../../export/page-layout.ts';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { useLiveMap } from '../../app/live-map.ts';
import { presentActions, usePresentStore } from '../../app/present-store.ts';
import { useScenarioStore } from '../../app/scenario-store.ts';
import { actions } from '../../app/store.ts';

export function PrintSection() {
  const { t } = useTranslation('present');
  const print = usePresentStore((s) => s.print);
  const exporting = usePresentStore((s) => s.exporting);
  const slideCount = useScenarioStore((s) => s.active?.slides.length ?? 0);
  const controller = useAnalysisController();
  const live = useLiveMap();
  const abort = useRef<AbortController | null>(null);
  const px = pagePixels(print.paper, print.orientation, print.dpi);
  const start = async (kind: 'png' | 'pdf') => {
    const adapter = live.current;
    if (!adapter || abort.current) return;
    const ctrl = new AbortController();
    abort.current = ctrl;
    presentActions.setExporting({ step: 'prepare', done: 0, total: 1 });
    try {
      const { runExport } = await import('../../app/print-export.ts');
      await runExport(kind, { adapter, controller, t }, ctrl.signal);
    } catch (e) {
      // The export module itself failed to load (e.g. the app was updated while offline).
      presentActions.setExporting(null);
      actions.alert('present:export.failed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      abort.current = null;
    }
  };
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
      <p className="note">{t('print.pngView', { width: px.width, height: px.height })}</p>
      <p className="note">{slideCount ? t('print.pdfDeck', { count: slideCount }) : t('print.pdfView')}</p>
      <div className="row">
        <button type="button" disabled={!!exporting} onClick={() => void start('png')} data-testid="export-png">{t('print.exportPng')}</button>
        <button type="button" disabled={!!exporting} onClick={() => void start('pdf')} data-testid="export-pdf">{t('print.exportPdf')}</button>
        {exporting && (
          <button type="button" onClick={() => abort.current?.abort()} data-testid="export-cancel">{t('print.cancel')}</button>
        )}
      </div>
      {exporting && (
        <p className="note" role="status" data-testid="export-progress">
          {t(`print.step.${exporting.step}`, { done: exporting.done, total: exporting.total })}
          <progress max={exporting.total} value={exporting.done} />
        </p>
      )}
    </fieldset>
  );
}
