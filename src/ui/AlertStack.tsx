/** Every error the user must know about, in role="alert" elements (never only in the console). */
import { useTranslation } from 'react-i18next';
import { actions, useAppStore } from '../app/store.ts';

export function AlertStack() {
  const { t } = useTranslation();
  const alerts = useAppStore((s) => s.alerts);
  if (!alerts.length) return null;
  return (
    <div className="alert-stack">
      {alerts.map((a) => (
        <div key={a.id} role="alert" className={`alert alert-${a.level}`} data-testid="alert">
          <span>{t(a.key, a.params)}</span>
          <button type="button" onClick={() => actions.dismissAlert(a.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
