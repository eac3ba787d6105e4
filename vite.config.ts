import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { buildCsp, injectCsp } from './src/deploy/csp.ts';
import { parseDeployConfig } from './src/deploy/tile-source.ts';

/** The deploy config (README: "A bureau's own street tiles"); none = the default, fully offline build. */
const DEPLOY_CONFIG_FILE = process.env.ATLAS_DEPLOY_CONFIG ?? 'deploy.config.json';
const deployConfig = parseDeployConfig(existsSync(DEPLOY_CONFIG_FILE) ? readFileSync(DEPLOY_CONFIG_FILE, 'utf8') : null, DEPLOY_CONFIG_FILE);

/**
 * The built app ships a Content-Security-Policy with no inline script and no other origin (but the
 * deploy-time tile server's, if configured). Only for `vite build`: the dev server injects inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  const csp = buildCsp(deployConfig);
  return { name: 'csp-meta', apply: 'build', transformIndexHtml: (html) => injectCsp(html, csp) };
}

/**
 * Installable and offline after one visit: the service worker precaches the app, geodata and fonts.
 * registerType 'prompt': a new version waits until the planner says "update" (src/app/offline.ts);
 * the registration code is our own module (no inline script), loaded after the first map paint.
 */
function offlineApp() {
  const tiles = deployConfig.tileSource;
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false, // public/manifest.webmanifest, linked from index.html
    workbox: {
      globPatterns: ['**/*'],
      globIgnores: ['**/*.map', '.vite/**'],
      // The shipped font is ~100 files of ≈ 30 kB; the analysis worker and context geodata are the big ones.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A bureau's XYZ tiles seen while online are kept for the meeting room (PMTiles uses range requests: not cached).
      runtimeCaching:
        tiles?.type === 'xyz'
          ? [
              {
                // A RegExp, not a function: Workbox copies this into sw.js as source text.
                urlPattern: new RegExp(`^${new URL(tiles.url).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`),
                handler: 'StaleWhileRevalidate' as const,
                options: { cacheName: 'street-tiles', expiration: { maxEntries: 4000, maxAgeSeconds: 60 * 60 * 24 * 60 }, cacheableResponse: { statuses: [200] } },
              },
            ]
          : [],
    },
  });
}

/**
 * Heavy libraries get chunks of their own, named after them, so `npm run size` and the first-load test
 * can tell them apart. Naming a library does not make it lazy: only a dynamic `import()` does; a library
 * that something on the first view imports statically shows up as an initial chunk in `npm run size`.
 */
const lib = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);
// Only the named packages themselves: their own dependencies (e.g. fflate, also used by share links on
// the first view) are left to automatic chunking, so a shared helper never drags a heavy chunk into the first load.
const group = (name: string, names: string, priority = 5, includeDependenciesRecursively = false) => ({ name, test: lib(names), priority, includeDependenciesRecursively });
const CHUNK_GROUPS = [
  group('maplibre', 'maplibre-gl', 10),
  group('echarts', 'echarts|zrender'),
  group('terra-draw', 'terra-draw|terra-draw-maplibre-gl-adapter'),
  group('importers', 'papaparse|@tmcw[\\\\/]togeojson|xlsx|@e965[\\\\/]xlsx|shpjs|proj4|@xmldom[\\\\/]xmldom'),
  group('pmtiles', 'pmtiles'),
  // pdf-lib and fontkit with their dependencies (pako, tslib, …): split apart, their module cycles broke at
  // run time ("t is not a function" on PDF export). Nothing on the first view uses those dependencies.
  group('pdf', 'pdf-lib|@pdf-lib[\\\\/][\\w-]+|subset-font|harfbuzzjs|fontkit', 5, true),
  group('highs', 'highs'),
];

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlineApp()],
  define: { __ATLAS_DEPLOY__: JSON.stringify(deployConfig) },
  // Relative asset paths: the built app also works opened from any folder or sub-path.
  base: './',
  worker: { format: 'es' },
  build: {
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
    // Never inline geodata or fonts as data: URLs: the CSP allows fetching only from our own origin.
    assetsInlineLimit: (file) => (/\.(geojson|woff2)$/.test(file) ? false : undefined),
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  preview: { port: 4173, strictPort: true },
});
