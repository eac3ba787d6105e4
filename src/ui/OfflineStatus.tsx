/** Offline use: a badge once the app is saved on this machine, and the prompt when a new version waits. */
import { useTranslation } from 'react-i18next';
import { offlineActions, useOfflineStore } from '../app/offline-store.ts';

export function OfflineBadge() {
  const { t } = useTranslation('offline');
  const ready = useOfflineStore((s) => s.offlineReady);
  const unavailable = useOfflineStore((s) => s.unavailable);
  if (unavailable !== null && !ready) {
    return (
      <span className="offline-badge unavailable" role="status" title={t('unavailableTitle', { message: unavailable })} data-testid="offline-unavailable">
        {t('unavailable')}
      </span>
    );
  }
  if (!ready) return null;
  return (
    <span className="offline-badge" role="status" title={t('readyTitle')} data-testid="offline-ready">
      {t('ready')}
    </span>
  );
}

export function UpdatePrompt({ onUpdate }: { onUpdate: () => void }) {
  const { t } = useTranslation('offline');
  const show = useOfflineStore((s) => s.needRefresh && !s.refreshDeferred);
  if (!show) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('updateAvailable')}</span>
      <button type="button" onClick={onUpdate} data-testid="update-now">
        {t('updateNow')}
      </button>
      <button type="button" onClick={offlineActions.later}>
        {t('later')}
      </button>
    </div>
  );
}
