import { describe, expect, it } from 'vitest';
import { buildCsp, injectCsp } from './csp.ts';
import type { DeployConfig } from './tile-source.ts';

const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
/** Every origin named anywhere in the policy (not keywords or schemes). */
const origins = (csp: string) => [...new Set(csp.split(/[; ]+/).filter((t) => /^https?:\/\//.test(t)))];

describe('the built Content-Security-Policy', () => {
  it('by default allows no other origin and no inline script', () => {
    const csp = buildCsp({ tileSource: null });
    expect(origins(csp)).toEqual([]);
    const d = directives(csp);
    expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d['connect-src']).toEqual(["'self'", 'blob:']);
    expect(d['default-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/\*|'unsafe-eval'/); // WebAssembly may compile ('wasm-unsafe-eval'), eval() may not
  });

  it('with a deploy-time tile server allows exactly its origin, for fetching tiles only', () => {
    const config: DeployConfig = {
      tileSource: { type: 'xyz', kind: 'vector', url: 'https://tiles.pnr.sz.gov.cn:8443/v1/{z}/{x}/{y}.pbf', attribution: 'x', minzoom: 0, maxzoom: 14, tileSize: 256 },
    };
    const csp = buildCsp(config);
    expect(origins(csp)).toEqual(['https://tiles.pnr.sz.gov.cn:8443']);
    const d = directives(csp);
    expect(d['connect-src']).toEqual(["'self'", 'blob:', 'https://tiles.pnr.sz.gov.cn:8443']);
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.pnr.sz.gov.cn:8443']);
    expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d['worker-src']).toEqual(["'self'", 'blob:']);
  });

  it('a PMTiles file on object storage: its origin, not its path', () => {
    const csp = buildCsp({ tileSource: { type: 'pmtiles', url: 'https://oss.example.org/maps/sz.pmtiles', attribution: 'x' } });
    expect(origins(csp)).toEqual(['https://oss.example.org']);
  });

  it('goes into index.html right after the charset, before any script', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <script type="module" src="./a.js"></script>';
    const out = injectCsp(html, buildCsp({ tileSource: null }));
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(() => injectCsp('<head></head>', 'x')).toThrow(/charset/);
  });
});
