/**
 * Share links: the view, visible layers, language and the active scenario, compressed into the hash
 * (`#s1.…`, see io/share-url.ts). Opening one restores the view and offers the scenario — stored as a
 * new scenario, or replacing one with the same id only if the planner says so.
 */
import { decodeShare, encodeShareFitting, type EncodeResult } from '../io/share-url.ts';
import { ALL_TOGGLES, actions, useAppStore, type Toggle } from './store.ts';
import { useScenarioStore } from './scenario-store.ts';
import { adoptAsNewScenario } from './scenarios.ts';

/** With the scenario, its deck comes along if the link still fits; `slidesLeftOut` says when it did not. */
export function makeShareLink(withScenario: boolean): EncodeResult & { slidesLeftOut?: number } {
  const s = useAppStore.getState();
  const scenario = withScenario ? useScenarioStore.getState().active ?? undefined : undefined;
  const layers = ALL_TOGGLES.filter((t) => s.visible[t]);
  return encodeShareFitting({ view: s.view, layers, lang: s.lang, ...(scenario ? { scenario } : {}) }, window.location.href.split('#')[0]);
}

export const isShareHash = (hash: string) => /^#s\d+\./.test(hash);

/** The share hash the page was opened with, taken before anything rewrites the hash. */
let pending: string | null = null;
export function takeShareHash(): void {
  if (isShareHash(window.location.hash)) {
    pending = window.location.hash;
    // A reload must not import the scenario twice: the normal view hash replaces it.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
}

/** Called once storage is ready. */
export function openSharedLink(): void {
  const hash = pending;
  pending = null;
  if (!hash) return;
  const r = decodeShare(hash);
  if (!r.ok) {
    actions.alert(`io:${r.code}`, r.params);
    return;
  }
  const { view, layers, lang, scenario } = r.value;
  const on = new Set(layers);
  useAppStore.setState({
    lang,
    view,
    visible: Object.fromEntries(ALL_TOGGLES.map((t) => [t, on.has(t)])) as Record<Toggle, boolean>,
  });
  actions.flyTo(view);
  if (!scenario) return;
  const st = useScenarioStore.getState();
  const same = st.scenarios.find((x) => x.id === scenario.id);
  if (!same) {
    const stored = adoptAsNewScenario({ ...scenario });
    actions.alert('scenario:sharedOpened', { name: stored.name }, 'info');
    return;
  }
  useScenarioStore.setState({ sharedOffer: { scenario, conflictsWith: same.id } });
}
