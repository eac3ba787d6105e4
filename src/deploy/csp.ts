/**
 * The Content-Security-Policy of the built index.html (a <meta> tag, so it travels with the static files
 * to any web server). No inline script, nothing from any other origin — except, when the deploy config
 * names a street-tile server, exactly that one origin for fetching tiles (MapLibre fetches tiles, raster
 * ones too, with fetch(); img-src is allowed as well for the same origin only).
 */
import { tileSourceOrigin, type DeployConfig } from './tile-source.ts';

export function buildCsp(config: DeployConfig): string {
  const tiles = tileSourceOrigin(config);
  const extra = tiles ? ` ${tiles}` : '';
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval': compiling WebAssembly from our own files (HarfBuzz subsets the PDF export's font).
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    // blob: the dataset worker hands the map a blob URL of its GeoJSON (made on this machine, never fetched).
    `connect-src 'self' blob:${extra}`,
    `img-src 'self' data: blob:${extra}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Puts the policy right after <meta charset> (it must come before anything it governs). */
export function injectCsp(html: string, csp: string): string {
  const anchor = /<meta charset="UTF-8"\s*\/?>/i;
  if (!anchor.test(html)) throw new Error('index.html: no <meta charset="UTF-8" /> to put the Content-Security-Policy after');
  return html.replace(anchor, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
}
