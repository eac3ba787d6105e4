import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app ships a Content-Security-Policy with no inline script and no other origin.
 * Only for `vite build`: the dev server injects inline scripts for hot reload.
 */
const CSP = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': compiling WebAssembly from our own files (HarfBuzz subsets the PDF export's font).
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  // blob: the dataset worker hands the map a blob URL of its GeoJSON (made on this machine, never fetched).
  "connect-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

/**
 * Heavy libraries get chunks of their own, named after them, so `npm run size` and the first-load test
 * can tell them apart. Naming a library does not make it lazy: only a dynamic `import()` does; a library
 * that something on the first view imports statically shows up as an initial chunk in `npm run size`.
 */
const lib = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);
const CHUNK_GROUPS = [
  { name: 'maplibre', test: lib('maplibre-gl'), priority: 10 },
  { name: 'echarts', test: lib('echarts|zrender'), priority: 5 },
  { name: 'terra-draw', test: lib('terra-draw|terra-draw-maplibre-gl-adapter'), priority: 5 },
  { name: 'importers', test: lib('papaparse|@tmcw[\\\\/]togeojson|xlsx|shpjs|proj4'), priority: 5 },
  { name: 'pmtiles', test: lib('pmtiles'), priority: 5 },
  { name: 'pdf', test: lib('pdf-lib|@pdf-lib[\\\\/][\\w-]+|subset-font|harfbuzzjs|fontkit'), priority: 5 },
  { name: 'highs', test: lib('highs'), priority: 5 },
];

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
