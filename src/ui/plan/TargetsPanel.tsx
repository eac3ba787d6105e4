/**
 * The plan's targets (表1) and goals (第二章第三节, 第一章第一节) — the 目标 tab, loaded on first use.
 * A card per indicator, grouped as the table groups them: 2020 value, 2025 target, whether the target
 * is a five-year total, the change asked for, and the planner's own later figure (value, date,
 * source), stored in the active scenario; invalid input is refused with the reason (role="alert").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BASELINE, GOALS } from '../../data/goals.ts';
import { changeNeeded, INDICATOR_CATEGORIES, INDICATORS, progressOf, validateActual, type Indicator } from '../../data/indicators.ts';
import type { IndicatorActual } from '../../io/indicator-actual.ts';
import type { Issue } from '../../io/issue.ts';
import { clearActual, recordActual } from '../../app/indicator-actuals.ts';
import { useScenarioStore } from '../../app/scenario-store.ts';

const EMPTY: IndicatorActual[] = [];
const today = () => new Date().toISOString().slice(0, 10);

export function TargetsPanel() {
  const { t, i18n } = useTranslation('plan');
  const en = i18n.language === 'en';
  const actuals = useScenarioStore((s) => s.active?.indicatorActuals ?? EMPTY);
  const scenarioName = useScenarioStore((s) => s.active?.name ?? null);
  return (
    <div className="targets-panel" data-testid="targets-panel">
      <h2>{t('targets.title')}</h2>
      <p className="note">{t('targets.intro')}</p>
      <p className="note" data-testid="targets-scenario">{scenarioName ? t('targets.storedIn', { name: scenarioName }) : t('targets.noScenario')}</p>
      {INDICATOR_CATEGORIES.map((cat) => (
        <section key={cat} className="indicator-group" data-testid="indicator-group">
          <h3>{t(`targets.category.${cat}`)}</h3>
          {INDICATORS.filter((i) => i.category_zh === cat).map((i) => (
            <IndicatorCard key={i.id} indicator={i} actual={actuals.find((a) => a.indicatorId === i.id)} en={en} />
          ))}
        </section>
      ))}
      <details className="goals" data-testid="goals">
        <summary>{t('goals.title')}</summary>
        {GOALS.map((g) => (
          <section key={g.id} className="goal" data-testid="goal">
            <h4>
              {g.year} · {en ? g.title_en : g.title_zh} <span className="ref">{g.plan_ref}</span>
            </h4>
            <blockquote lang="zh-CN">{g.quote}</blockquote>
            {en && <p>{g.summary_en}</p>}
          </section>
        ))}
      </details>
      <details className="baseline" data-testid="baseline">
        <summary>{t('goals.baseline', { count: BASELINE.length })}</summary>
        <dl>
          {BASELINE.map((b) => (
            <div key={b.id} data-testid="baseline-figure">
              <dt>
                {en ? b.label_en : b.label_zh} <span className="ref">{b.plan_ref}</span>
              </dt>
              <dd>
                <strong>
                  {b.value} {en ? b.unit_en : b.unit_zh}
                </strong>
                <blockquote lang="zh-CN">{b.quote}</blockquote>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

function IndicatorCard({ indicator: i, actual, en }: { indicator: Indicator; actual: IndicatorActual | undefined; en: boolean }) {
  const { t } = useTranslation('plan');
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState({ value: '', date: today(), source: '' });
  const [errors, setErrors] = useState<Issue[]>([]);
  const fmt = (n: number) => n.toLocaleString(en ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
  const unit = i.unit;
  const target = typeof i.target_2025 === 'number' ? fmt(i.target_2025) : i.target_2025;
  const progress = actual ? progressOf(i, actual.value) : null;
  const save = () => {
    const r = validateActual(i, form, today());
    if (!r.ok) return setErrors(r.errors);
    setErrors([]);
    if (recordActual(r.value, t('scenario:defaults.scenarioName'))) setEditing(false);
  };
  return (
    <article className="indicator-card" data-testid={`indicator-${i.id}`} aria-labelledby={`ind-${i.id}`}>
      <h4 id={`ind-${i.id}`}>
        {en ? i.name_en : i.name_zh} <span className="ref">{i.plan_ref}</span>
      </h4>
      {en && <p className="zh-name" lang="zh-CN">{i.name_zh}</p>}
      <dl className="indicator-figures">
        <dt>{t('targets.base')}</dt>
        <dd data-testid="indicator-base">{i.base_2020 === null ? t('targets.noBase') : `${fmt(i.base_2020)} ${unit}`}</dd>
        <dt>{t('targets.target')}</dt>
        <dd data-testid="indicator-target">
          {target} {unit}
          {i.cumulative && <span className="kind"> · {t('targets.cumulative')}</span>}
        </dd>
        <dt>{t('targets.change')}</dt>
        <dd data-testid="indicator-change">{i.cumulative || i.base_2020 === null ? t('targets.changeTotal', { value: fmt(changeNeeded(i)), unit }) : t('targets.changeLevel', { value: `${changeNeeded(i) >= 0 ? '+' : ''}${fmt(changeNeeded(i))}`, unit })}</dd>
      </dl>
      {actual && progress && (
        <div className="indicator-actual" data-testid="indicator-actual">
          <p>
            {t('targets.actual', { value: fmt(actual.value), unit, date: actual.date })} <span className="ref">{t('targets.source', { source: actual.source })}</span>
          </p>
          <progress max={1} value={Math.max(0, Math.min(1, progress.share))} aria-label={t('targets.progressLabel')} />
          <p className="note" data-testid="indicator-progress">
            {progress.reached ? t('targets.reached') : t('targets.progress', { share: Math.round(progress.share * 100), from: fmt(progress.from), unit })}
          </p>
        </div>
      )}
      {i.cumulative && <p className="note">{t('targets.cumulativeNote')}</p>}
      {!editing ? (
        <div className="row">
          <button type="button" onClick={() => { setForm({ value: actual ? String(actual.value) : '', date: actual?.date ?? today(), source: actual?.source ?? '' }); setEditing(true); }} data-testid="indicator-record">
            {actual ? t('targets.edit') : t('targets.record')}
          </button>
          {actual && (
            <button type="button" onClick={() => clearActual(i.id, t('scenario:defaults.scenarioName'))} data-testid="indicator-clear">
              {t('targets.clear')}
            </button>
          )}
        </div>
      ) : (
        <form className="indicator-form" onSubmit={(e) => { e.preventDefault(); save(); }}>
          <label>
            {t('targets.valueLabel', { unit })}
            <input inputMode="decimal" value={form.value} onChange={(e) => setForm({ ...form, value: e.target.value })} data-testid="actual-value" />
          </label>
          <label>
            {t('targets.dateLabel')}
            <input type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} data-testid="actual-date" />
          </label>
          <label>
            {t('targets.sourceLabel')}
            <input value={form.source} maxLength={400} onChange={(e) => setForm({ ...form, source: e.target.value })} data-testid="actual-source" />
          </label>
          {errors.length > 0 && (
            <ul role="alert" className="form-errors" data-testid="actual-errors">
              {errors.map((e) => (
                <li key={e.code}>{t(e.code, e.params)}</li>
              ))}
            </ul>
          )}
          <div className="row">
            <button type="submit" data-testid="actual-save">{t('targets.save')}</button>
            <button type="button" onClick={() => { setEditing(false); setErrors([]); }}>{t('targets.cancel')}</button>
          </div>
        </form>
      )}
    </article>
  );
}
