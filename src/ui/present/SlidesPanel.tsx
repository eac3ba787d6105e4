/**
 * 汇报: the active scenario's deck. Add a slide from the current view, show, re-capture, retitle,
 * annotate, duplicate, reorder, delete; start present mode; print/export (PrintSection).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slide } from '../../io/slide.ts';
import { RESULT_VIEWS } from '../../io/slide.ts';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { presentActions, usePresentStore } from '../../app/present-store.ts';
import { useScenarioStore } from '../../app/scenario-store.ts';
import { addSlideFromView, applySlide, deleteSlideById, duplicateSlideById, editSlideText, moveSlideById, updateSlideFromView } from '../../app/slides.ts';
import { PrintSection } from './PrintSection.tsx';

const NONE: Slide[] = [];

export function SlidesPanel() {
  const { t } = useTranslation(['present', 'scenario']);
  const slides = useScenarioStore((s) => s.active?.slides) ?? NONE;
  const scenarioName = useScenarioStore((s) => s.active?.name);
  const resultsView = usePresentStore((s) => s.resultsView);
  const controller = useAnalysisController();
  const [current, setCurrent] = useState<string | null>(null);

  return (
    <div className="present-panel">
      <fieldset>
        <legend>{t('slides.title')}</legend>
        <p className="note">{scenarioName ? t('slides.ofScenario', { name: scenarioName }) : t('slides.noScenario')}</p>
        <label className="select-row">
          {t('slides.results')}
          <select value={resultsView} onChange={(e) => presentActions.setResultsView(e.target.value as (typeof RESULT_VIEWS)[number])} data-testid="slide-results">
            {RESULT_VIEWS.map((v) => (
              <option key={v} value={v}>{t(`slides.resultsView.${v}`)}</option>
            ))}
          </select>
        </label>
        <div className="row">
          <button type="button" onClick={() => setCurrent(addSlideFromView(t, current)?.id ?? current)} data-testid="slide-add">
            {t('slides.add')}
          </button>
          <button type="button" disabled={!slides.length} onClick={() => presentActions.startPresenting(0)} data-testid="present">
            {t('slides.present')}
          </button>
        </div>
        {!slides.length && <p className="note">{t('slides.empty')}</p>}
        <ol className="slide-list" data-testid="slide-list">
          {slides.map((s, i) => (
            <SlideRow key={s.id} slide={s} index={i} count={slides.length} current={s.id === current} onShow={() => { setCurrent(s.id); applySlide(s, controller); }} />
          ))}
        </ol>
      </fieldset>
      <PrintSection />
    </div>
  );
}

function SlideRow({ slide, index, count, current, onShow }: { slide: Slide; index: number; count: number; current: boolean; onShow: () => void }) {
  const { t } = useTranslation('present');
  const [title, setTitle] = useState(slide.title);
  const [notes, setNotes] = useState(slide.notes);
  const save = () => {
    if (title !== slide.title || notes !== slide.notes) editSlideText(slide, title, notes, t);
  };
  return (
    <li className="slide-row" aria-current={current} data-testid="slide-row">
      <div className="row">
        <span className="slide-number">{index + 1}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} onBlur={save} aria-label={t('slides.slideTitle')} data-testid="slide-title" />
      </div>
      <textarea value={notes} rows={2} onChange={(e) => setNotes(e.target.value)} onBlur={save} placeholder={t('slides.notesPlaceholder')} aria-label={t('slides.notes')} data-testid="slide-notes" />
      <div className="row slide-buttons">
        <button type="button" onClick={onShow} data-testid="slide-show">{t('slides.show')}</button>
        <button type="button" onClick={() => updateSlideFromView(slide, t)} data-testid="slide-update">{t('slides.update')}</button>
        <button type="button" onClick={() => duplicateSlideById(slide.id, t)} data-testid="slide-duplicate">{t('slides.duplicate')}</button>
        <button type="button" disabled={index === 0} onClick={() => moveSlideById(slide.id, -1, t)} aria-label={t('slides.up')} data-testid="slide-up">↑</button>
        <button type="button" disabled={index === count - 1} onClick={() => moveSlideById(slide.id, 1, t)} aria-label={t('slides.down')} data-testid="slide-down">↓</button>
        <button type="button" className="danger" onClick={() => deleteSlideById(slide.id, t)} data-testid="slide-delete">{t('slides.delete')}</button>
      </div>
    </li>
  );
}
