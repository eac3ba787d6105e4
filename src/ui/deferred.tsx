/**
 * A component whose code is loaded on first use (a dynamic import), with a status while it loads and a
 * clear message — not a blank panel — if its chunk cannot be fetched (e.g. offline before it was cached).
 */
import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Deferred(props: P) {
    const { t } = useTranslation('offline');
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (Component || failed) return;
      let live = true;
      pending ??= load();
      pending.then(
        (c) => {
          loaded = c;
          if (live) setComponent(() => c);
        },
        (e: unknown) => {
          pending = null;
          if (live) setFailed(e instanceof Error ? e.message : String(e));
        },
      );
      return () => {
        live = false;
      };
    }, [Component, failed]);
    if (Component) return <Component {...props} />;
    if (failed !== null) {
      return (
        <div role="alert" className="alert alert-warning" data-testid="deferred-failed">
          <span>{t('chunkFailed', { message: failed })}</span>
          <button type="button" onClick={() => setFailed(null)}>
            {t('retry')}
          </button>
        </div>
      );
    }
    return (
      <p className="note" role="status" data-testid="deferred-loading">
        {t('loadingPart')}
      </p>
    );
  };
}
