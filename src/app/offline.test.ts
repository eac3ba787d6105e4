import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfflineController } from './offline.ts';
import { useOfflineStore } from './offline-store.ts';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

beforeEach(() => useOfflineStore.setState({ offlineReady: false, needRefresh: false, refreshDeferred: false, unavailable: null }));

const registered = () => Promise.resolve({} as ServiceWorkerRegistration);
/** No worker active yet (Workbox's own events are what the tests drive). */
const never = () => new Promise<never>(() => undefined);

function fakeRegister() {
  const calls: { options: RegisterSWOptions; updates: boolean[] }[] = [];
  const registerSW = (options: RegisterSWOptions) => {
    const entry = { options, updates: [] as boolean[] };
    calls.push(entry);
    return async (reload?: boolean) => {
      entry.updates.push(reload ?? false);
    };
  };
  return { calls, load: () => Promise.resolve(registerSW) };
}

describe('service worker registration', () => {
  it('registers once, and a waiting version is only announced, never swapped in', async () => {
    const sw = fakeRegister();
    const c = createOfflineController({ enabled: true, loadRegister: sw.load, probe: registered, whenActive: never });
    await Promise.all([c.start(), c.start()]);
    expect(sw.calls).toHaveLength(1);
    sw.calls[0]!.options.onNeedRefresh!();
    expect(useOfflineStore.getState().needRefresh).toBe(true);
    expect(sw.calls[0]!.updates).toEqual([]); // nothing happens until the planner says so
    await c.update();
    expect(sw.calls[0]!.updates).toEqual([true]);
  });

  it('says when the app has been saved for offline use', async () => {
    const sw = fakeRegister();
    await createOfflineController({ enabled: true, loadRegister: sw.load, probe: registered, whenActive: never }).start();
    expect(useOfflineStore.getState().offlineReady).toBe(false);
    sw.calls[0]!.options.onOfflineReady!();
    expect(useOfflineStore.getState().offlineReady).toBe(true);
  });

  it('looks for a new version periodically while open', async () => {
    vi.useFakeTimers();
    try {
      const sw = fakeRegister();
      const c = createOfflineController({ enabled: true, loadRegister: sw.load, probe: registered, whenActive: never, checkEveryMs: 1000 });
      await c.start();
      const update = vi.fn(() => Promise.resolve());
      sw.calls[0]!.options.onRegisteredSW!('./sw.js', { update, active: null } as unknown as ServiceWorkerRegistration);
      vi.advanceTimersByTime(3500);
      expect(update).toHaveBeenCalledTimes(3);
      c.stop();
      vi.advanceTimersByTime(5000);
      expect(update).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing without a service worker build, or when the browser declines service workers', async () => {
    const sw = fakeRegister();
    await createOfflineController({ enabled: false, loadRegister: sw.load, probe: registered, whenActive: never }).start();
    await createOfflineController({ enabled: true, loadRegister: sw.load, probe: () => Promise.resolve(undefined) }).start();
    expect(sw.calls).toEqual([]);
    expect(useOfflineStore.getState()).toMatchObject({ offlineReady: false, unavailable: null });
  });

  it('a registration that fails (the server does not serve sw.js) says why, without a toast', async () => {
    const sw = fakeRegister();
    const probe = () => Promise.reject(new TypeError('Failed to register a ServiceWorker: A bad HTTP response code (404) was received'));
    await createOfflineController({ enabled: true, loadRegister: sw.load, probe }).start();
    expect(useOfflineStore.getState().unavailable).toMatch(/404/);
    expect(sw.calls).toEqual([]);
  });

  it('says "saved for offline" when the first install completes, even if Workbox attached too late to see it', async () => {
    const sw = fakeRegister();
    let activate!: () => void;
    const whenActive = () => new Promise<void>((r) => (activate = r));
    await createOfflineController({ enabled: true, loadRegister: sw.load, probe: registered, whenActive, controlled: () => false }).start();
    expect(useOfflineStore.getState().offlineReady).toBe(false);
    activate();
    await Promise.resolve();
    expect(useOfflineStore.getState()).toMatchObject({ offlineReady: true, needRefresh: false });
  });

  it('an update that finishes installing before Workbox listens is still announced, not swapped in', async () => {
    const sw = fakeRegister();
    const installing = Object.assign(new EventTarget(), { state: 'installing' as ServiceWorkerState });
    const probe = () => Promise.resolve({ installing, waiting: null } as unknown as ServiceWorkerRegistration);
    await createOfflineController({ enabled: true, loadRegister: sw.load, probe, whenActive: never, controlled: () => true }).start();
    expect(useOfflineStore.getState().needRefresh).toBe(false);
    installing.state = 'installed';
    installing.dispatchEvent(new Event('statechange'));
    expect(useOfflineStore.getState().needRefresh).toBe(true);
    expect(sw.calls[0]!.updates).toEqual([]);
  });
});
