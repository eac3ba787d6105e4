import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app ships a Content-Security-Policy with no inline script and no other origin.
 * Only for `vite build`: the dev server injects inline scripts for hot reload.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
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
  },
  preview: { port: 4173, strictPort: true },
});
