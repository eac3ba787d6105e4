/**
 * How good the suggestion is: the exact optimum of the same problem (HiGHS, in its own worker, loaded
 * on first use), and the greedy's share of it. Offered for a district or 街道 scope with k ≤ 10; HiGHS
 * reports nothing while it solves, so the planner sees the time running and can cancel.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { optimumBlocked, OPTIMUM_TIME_LIMIT_S } from '../../app/analysis-controller.ts';
import { useAnalysisStore } from '../../app/analysis-store.ts';
import { people } from './CoverageTable.tsx';

function Elapsed({ since }: { since: number }) {
  const { t } = useTranslation('areas');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return <>{t('optimum.elapsed', { s: Math.max(0, Math.round((now - since) / 1000)), limit: OPTIMUM_TIME_LIMIT_S })}</>;
}

export function OptimumSection() {
  const { t, i18n } = useTranslation('areas');
  const s = useAnalysisStore();
  const controller = useAnalysisController();
  const blocked = optimumBlocked(s);
  const o = s.optimum;
  if (!s.suggestions.length) return null;
  const r = o?.state === 'done' ? o.result : null;
  const optimal = r?.status === 'Optimal';
  const share = r ? (r.greedyShare * 100).toFixed(1) : '';
  return (
    <div className="optimum" data-testid="optimum">
      {o?.state === 'running' ? (
        <p role="status" data-testid="optimum-running">
          <progress />
          {t('optimum.running')} <Elapsed since={o.started} />{' '}
          <button type="button" onClick={() => controller.cancelOptimum()} data-testid="optimum-cancel">
            {t('optimum.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => void controller.runOptimum()} disabled={blocked !== null || s.busy} data-testid="optimum-run">
          {t('optimum.run')}
        </button>
      )}
      {blocked && <p className="note" data-testid="optimum-blocked">{t(`optimum.blocked.${blocked}`)}</p>}
      {r && (
        <p className="promise" data-testid="optimum-result" data-share={r.greedyShare} data-status={r.status}>
          {t(optimal ? 'optimum.share' : 'optimum.shareAtLeast', { share })}
          <br />
          {t('optimum.detail', {
            optimum: people(r.optimumPopulation, i18n.language),
            greedy: people(r.greedyPopulation, i18n.language),
            k: r.k,
          })}
        </p>
      )}
      {r && <p className="note">{t('optimum.model', { candidates: r.candidates, rows: r.demandRows })}</p>}
      {o?.state === 'failed' && (
        <p role="alert" className="field-error" data-testid="optimum-error">
          {t('optimum.failed', { message: o.message })}
        </p>
      )}
    </div>
  );
}
