/**
 * The service worker (vite-plugin-pwa / Workbox, configured in vite.config.ts): registered after the
 * first map paint from our own bundle (no inline script), so it never competes with the first view.
 * A new version installs in the background and then waits; the planner is asked (OfflineStatus) and the
 * page reloads only when they say so. While the app is open it looks for a new version hourly.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { offlineActions } from './offline-store.ts';

type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export interface OfflineController {
  /** Registers the service worker (once); resolves when registration was attempted. */
  start(): Promise<void>;
  /** Activates the waiting version; the page reloads when it has taken over. */
  update(): Promise<void>;
  stop(): void;
}

export interface OfflineDeps {
  /** Loads the registration code (the virtual module of vite-plugin-pwa); tests pass a fake. */
  loadRegister?: () => Promise<RegisterSW>;
  /**
   * Registers the worker script and returns its registration, or undefined if the browser declines
   * (a policy, or a test harness that blocks service workers). Default: navigator.serviceWorker.register.
   */
  probe?: () => Promise<ServiceWorkerRegistration | undefined>;
  /** Whether this build has a service worker (production builds in a browser that supports them). */
  enabled?: boolean;
  checkEveryMs?: number;
  /** Resolves when a worker of this registration is active (its precache complete). Default: navigator.serviceWorker.ready. */
  whenActive?: () => Promise<unknown>;
  /** Whether a service worker controls this page now (an installed worker is then an update). */
  controlled?: () => boolean;
}

const HOUR = 60 * 60 * 1000;
/** vite-plugin-pwa's output next to index.html (vite.config.ts: base './', default file name). */
const SW_URL = './sw.js';

export function createOfflineController(deps: OfflineDeps = {}): OfflineController {
  const enabled = deps.enabled ?? (import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator);
  const load = deps.loadRegister ?? (() => import('virtual:pwa-register').then((m) => m.registerSW));
  const probe = deps.probe ?? (() => navigator.serviceWorker.register(SW_URL, { scope: './' }) as Promise<ServiceWorkerRegistration | undefined>);
  const whenActive = deps.whenActive ?? (() => navigator.serviceWorker.ready);
  const controlled = deps.controlled ?? (() => Boolean(navigator.serviceWorker.controller));
  const fail = (e: unknown) => offlineActions.unavailable(e instanceof Error ? e.message : String(e));
  let updateSW: ((reload?: boolean) => Promise<void>) | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let started: Promise<void> | null = null;
  return {
    start() {
      if (!enabled) return Promise.resolve();
      started ??= (async () => {
        // Registering the same script twice is harmless; this first call tells a real failure (say, the
        // server does not serve sw.js) from a browser that declines service workers altogether.
        const registration = await probe();
        if (!registration) return; // declined: offline use is simply not offered
        // The probe has started the install before Workbox (below) listens for it, so Workbox can miss the
        // first install ("saved for offline") or an update found by this very registration: follow both here.
        void whenActive().then(offlineActions.ready, () => undefined);
        followInstall(registration, controlled);
        const registerSW = await load();
        updateSW = registerSW({
          immediate: true,
          onNeedRefresh: offlineActions.updateWaiting,
          onOfflineReady: offlineActions.ready,
          onRegisteredSW: (_url, reg) => {
            // An already-controlled page was cached on an earlier visit: it works offline now.
            if (reg?.active && navigator.serviceWorker.controller) offlineActions.ready();
            if (reg) {
              timer = setInterval(() => {
                if (typeof navigator === 'undefined' || navigator.onLine !== false) void reg.update().catch(() => undefined);
              }, deps.checkEveryMs ?? HOUR);
            }
          },
          onRegisterError: fail,
        });
      })().catch(fail);
      return started;
    },
    async update() {
      // Reload once the new version has taken over (also when the update was found by the probe, unseen by Workbox).
      if (typeof navigator !== 'undefined' && navigator.serviceWorker) navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      await updateSW?.(true);
    },
    stop() {
      clearInterval(timer);
    },
  };
}

/** Announces a version that finished installing while an older one controls the page (an update, never swapped in). */
function followInstall(registration: ServiceWorkerRegistration, controlled: () => boolean): void {
  const announce = (sw: ServiceWorker | null | undefined) => {
    if (sw?.state === 'installed' && controlled()) offlineActions.updateWaiting();
  };
  announce(registration.waiting);
  const installing = registration.installing;
  installing?.addEventListener('statechange', () => announce(installing));
}
