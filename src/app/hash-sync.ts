/**
 * Keeps the URL hash and the store in step. Store → hash with history.replaceState (no history spam,
 * no hashchange echo); hash → store only when the user edits the hash or opens a link in this tab.
 */
import { decodeHash, encodeHash } from './url-hash.ts';
import { useAppStore, type AppState } from './store.ts';

/** Extra hash parameters owned by other features (e.g. a shared scenario). */
const extraParams: Record<string, string> = {};
export function setHashParam(key: string, value: string | null): void {
  if (value === null) delete extraParams[key];
  else extraParams[key] = value;
  writeHash(useAppStore.getState());
}
export const getHashParams = (): Record<string, string> => decodeHash(window.location.hash).extra;

function writeHash(s: AppState): void {
  const hash = encodeHash(s, extraParams);
  if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
}

/** Apply the hash present at start-up before the map is created, so the first frame is right. */
export function hydrateFromHash(): void {
  const h = decodeHash(window.location.hash);
  const { extra, ...rest } = h;
  Object.assign(extraParams, extra);
  useAppStore.setState(rest);
}

export function startHashSync(): () => void {
  let timer = 0;
  const unsub = useAppStore.subscribe((s, prev) => {
    if (s.view === prev.view && s.visible === prev.visible && s.statuses === prev.statuses && s.lang === prev.lang && s.selectedId === prev.selectedId) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => writeHash(useAppStore.getState()), 150);
  });
  const onHashChange = () => {
    const { extra, ...rest } = decodeHash(window.location.hash);
    Object.assign(extraParams, extra);
    useAppStore.setState(rest);
    if (rest.view) useAppStore.setState({ camera: { kind: 'view', view: rest.view, nonce: Date.now() } });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsub();
    window.clearTimeout(timer);
    window.removeEventListener('hashchange', onHashChange);
  };
}
