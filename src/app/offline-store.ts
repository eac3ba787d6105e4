/** Whether the app is saved for offline use and whether a new version is waiting (plain data). */
import { create } from 'zustand';

export interface OfflineState {
  /** The service worker has cached the app, geodata and fonts: it opens without a network. */
  offlineReady: boolean;
  /** A new version is installed and waits for the planner's go-ahead (never swapped in silently). */
  needRefresh: boolean;
  /** The planner said "later" to the waiting version (asked again on the next visit). */
  refreshDeferred: boolean;
  /** Why the app could not be saved for offline use (e.g. the server does not serve sw.js), or null. */
  unavailable: string | null;
}

export const useOfflineStore = create<OfflineState>(() => ({ offlineReady: false, needRefresh: false, refreshDeferred: false, unavailable: null }));

export const offlineActions = {
  ready: () => useOfflineStore.setState({ offlineReady: true }),
  updateWaiting: () => useOfflineStore.setState({ needRefresh: true, refreshDeferred: false }),
  later: () => useOfflineStore.setState({ refreshDeferred: true }),
  unavailable: (reason: string) => useOfflineStore.setState({ unavailable: reason }),
};
