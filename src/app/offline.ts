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
  /** Whether this build has a service worker (production builds in a browser that supports them). */
  enabled?: boolean;
  onError?: (error: unknown) => void;
  checkEveryMs?: number;
}

const HOUR = 60 * 60 * 1000;

export function createOfflineController(deps: OfflineDeps = {}): OfflineController {
  const enabled = deps.enabled ?? (import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator);
  const load = deps.loadRegister ?? (() => import('virtual:pwa-register').then((m) => m.registerSW));
  let updateSW: ((reload?: boolean) => Promise<void>) | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let started: Promise<void> | null = null;
  return {
    start() {
      if (!enabled) return Promise.resolve();
      started ??= load()
        .then((registerSW) => {
          updateSW = registerSW({
            immediate: true,
            onNeedRefresh: offlineActions.updateWaiting,
            onOfflineReady: offlineActions.ready,
            onRegisteredSW: (_url, registration) => {
              // An already-controlled page was cached on an earlier visit: it works offline now.
              if (registration?.active && navigator.serviceWorker.controller) offlineActions.ready();
              if (registration) {
                timer = setInterval(() => {
                  if (typeof navigator === 'undefined' || navigator.onLine !== false) void registration.update().catch(() => undefined);
                }, deps.checkEveryMs ?? HOUR);
              }
            },
            onRegisterError: (e) => deps.onError?.(e),
          });
        })
        .catch((e: unknown) => deps.onError?.(e));
      return started;
    },
    async update() {
      await updateSW?.(true);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
