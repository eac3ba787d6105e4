/**
 * The plan's own words for a place, zone or axis, as rows of the info panel's <dl>: its status (with the
 * plan's verb, e.g. 建设 / 谋划), and the passage it comes from with a short quote. Rendered as text only.
 */
import { useTranslation } from 'react-i18next';

export function PlanStatus({ status, verb }: { status: unknown; verb: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t('info.status')}</dt>
      <dd data-testid="info-status">
        {t(`status.${String(status)}`)}
        {verb ? <span className="status-verb" lang="zh"> （{String(verb)}）</span> : null}
      </dd>
    </>
  );
}

export function PlanPassage({ planRef, quote }: { planRef: unknown; quote: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t('info.planRef')}</dt>
      <dd data-testid="info-ref">{String(planRef)}</dd>
      <dt>{t('info.planQuote')}</dt>
      <dd>
        <blockquote lang="zh" data-testid="info-quote">{String(quote)}</blockquote>
      </dd>
    </>
  );
}
