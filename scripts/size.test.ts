import { beforeAll, describe, expect, it } from 'vitest';
import { init } from 'es-module-lexer';
import { htmlEntries, initialChunks, staticImports } from './size.ts';

beforeAll(async () => {
  await init;
});

const HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-AbC12345.js"></script>
<link rel="modulepreload" crossorigin href="./assets/maplibre-Xy_9-abc.js">
<link rel="stylesheet" crossorigin href="./assets/index-Q1w2e3r4.css">
<script src="./registerSW.js"></script>
</head></html>`;

describe('npm run size: what loads before the first paint', () => {
  it('reads the module entry and the modulepreload links of the built page, with a relative base', () => {
    expect(htmlEntries(HTML)).toEqual({ scripts: ['assets/index-AbC12345.js'], preloads: ['assets/maplibre-Xy_9-abc.js'] });
  });

  it('follows static imports only: dynamic imports and workers stay out of the initial set', () => {
    const files: Record<string, string> = {
      'assets/index.js': `import{a as b}from"./maplibre.js";import"./react.js";const c=()=>import("./echarts.js");new Worker(new URL("./worker.js",import.meta.url));`,
      'assets/maplibre.js': `export const a=1;`,
      'assets/react.js': `import{x}from"./shared.js";export{};`,
      'assets/shared.js': `export const x=1;`,
      'assets/echarts.js': `import{x}from"./shared.js";`,
    };
    expect(staticImports(files['assets/index.js']!, 'assets/index.js')).toEqual(['assets/maplibre.js', 'assets/react.js']);
    const initial = initialChunks((p) => files[p]!, ['assets/index.js']);
    expect([...initial].sort()).toEqual(['assets/index.js', 'assets/maplibre.js', 'assets/react.js', 'assets/shared.js']);
  });
});
