/**
 * `npm run size` — what the built app weighs, per JavaScript chunk, gzipped (a report, not a test).
 *
 * "Initial" is computed, not guessed: starting from the module scripts of the built `dist/index.html`, it
 * follows every static `import` (with es-module-lexer) through the chunks; dynamic `import()`s and
 * workers are not followed. That set is cross-checked against the page's `<link rel="modulepreload">`
 * links. The budget of issue 11 is the initial JavaScript excluding maplibre-gl (its own chunk,
 * `maplibre-*.js`, named in vite.config.ts): ≤ 300 kB gzip. Run `npx vite build` first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

export const BUDGET_KB = 300;
/** Chunks that do not count against the budget (the map library itself). */
export const EXCLUDED = /^maplibre(-gl-worker)?-[\w-]{8}\.js$/;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
  initial: boolean;
  kind: 'entry' | 'static' | 'lazy' | 'worker';
}

const gzipSize = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Module script and modulepreload URLs of a built index.html, relative to its folder. */
export function htmlEntries(html: string): { scripts: string[]; preloads: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  const clean = (u: string) => posix.normalize(u.replace(/^\.\//, '').replace(/^\//, ''));
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /type="module"/.test(t))
    .map((t) => attr(t, 'src'))
    .filter((s): s is string => !!s)
    .map(clean);
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /rel="modulepreload"/.test(t))
    .map((t) => attr(t, 'href'))
    .filter((s): s is string => !!s)
    .map(clean);
  return { scripts, preloads };
}

/** Static imports of one chunk, as paths relative to dist/. */
export function staticImports(code: string, chunkPath: string): string[] {
  const [imports] = parse(code);
  const dir = posix.dirname(chunkPath);
  return imports
    .filter((i) => i.d === -1 && i.n && (i.n.startsWith('./') || i.n.startsWith('../')))
    .map((i) => posix.normalize(posix.join(dir, i.n!)));
}

/** The initial set: the html's module scripts and everything they import statically, transitively. */
export function initialChunks(read: (path: string) => string, scripts: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...scripts];
  while (queue.length) {
    const p = queue.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    queue.push(...staticImports(read(p), p));
  }
  return seen;
}

function listJs(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base)).flatMap((name) => {
    const rel = base ? `${base}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) return listJs(dir, rel);
    return rel.endsWith('.js') ? [rel] : [];
  });
}

export function measure(dist: string): { chunks: ChunkSize[]; preloadMismatch: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const { scripts, preloads } = htmlEntries(html);
  const read = (p: string) => readFileSync(join(dist, p), 'utf8');
  const initial = initialChunks(read, scripts);
  // Vite preloads exactly the entry's static imports; a difference means this walk misread the build.
  const expected = new Set([...initial].filter((p) => !scripts.includes(p)));
  const preloadMismatch = [
    ...[...expected].filter((p) => !preloads.includes(p)).map((p) => `imported but not preloaded: ${p}`),
    ...preloads.filter((p) => !expected.has(p)).map((p) => `preloaded but not imported: ${p}`),
  ];
  // Workers are started with `new Worker(new URL(…))`: their file names appear in the chunk that starts them.
  const all = listJs(dist).filter((p) => p !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(p));
  const chunks = all.map((file): ChunkSize => {
    const buf = readFileSync(join(dist, file));
    const isWorker = /worker/i.test(posix.basename(file)) && !initial.has(file);
    return {
      file,
      bytes: buf.length,
      gzip: gzipSize(buf),
      initial: initial.has(file),
      kind: scripts.includes(file) ? 'entry' : initial.has(file) ? 'static' : isWorker ? 'worker' : 'lazy',
    };
  });
  chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  return { chunks, preloadMismatch };
}

const kB = (n: number) => (n / 1000).toFixed(1).padStart(8);

function report(dist: string): void {
  const { chunks, preloadMismatch } = measure(dist);
  const width = Math.max(...chunks.map((c) => c.file.length), 10);
  console.log(`${'chunk'.padEnd(width)}  ${'kind'.padEnd(7)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}`);
  for (const c of chunks) console.log(`${c.file.padEnd(width)}  ${c.kind.padEnd(7)} ${kB(c.bytes)} ${kB(c.gzip)}`);
  const sum = (cs: ChunkSize[]) => cs.reduce((s, c) => s + c.gzip, 0);
  const initial = chunks.filter((c) => c.initial);
  const budgeted = initial.filter((c) => !EXCLUDED.test(posix.basename(c.file)));
  console.log('');
  console.log(`initial JS (entry + static imports), gzip: ${kB(sum(initial))} kB  (${initial.length} chunks)`);
  console.log(`initial JS excluding maplibre-gl, gzip:    ${kB(sum(budgeted))} kB  (budget ${BUDGET_KB} kB: ${sum(budgeted) <= BUDGET_KB * 1000 ? 'within' : 'OVER'})`);
  console.log(`all JS chunks and workers, gzip:           ${kB(sum(chunks))} kB  (${chunks.length} files)`);
  console.log('gzip level 9 (node:zlib); kB = 1000 bytes; sw.js and workbox runtime not counted.');
  for (const m of preloadMismatch) console.log(`warning: ${m}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await init;
  report(process.argv[2] ?? 'dist');
}
