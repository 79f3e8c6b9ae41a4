// Reports the size of the built playground's JavaScript, gzipped: what a visit to
// playground.html downloads (not the search box, loaded when search opens, nor the
// main-thread fallback, loaded only when no Web Worker can start). Run after `vitepress build docs`.
// Usage: node scripts/docs-size.mjs [DIST]   (default docs/.vitepress/dist)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'docs/.vitepress/dist';
if (!existsSync(join(dist, 'playground.html'))) {
  console.error(`docs-size: no ${dist}/playground.html; run npm run docs:build first`);
  process.exit(1);
}
const html = readFileSync(join(dist, 'playground.html'), 'utf8');
const exists = (f) => existsSync(join(dist, f));
// What a visit loads: the page's own script and modulepreload tags (VitePress preloads every static
// import), then, once mounted, the playground's worker wrapper and the samples; and the worker itself.
const initial = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))].filter(exists);
const chunks = readdirSync(join(dist, 'assets/chunks')).map((f) => `assets/chunks/${f}`);
const lazy = chunks.filter((f) => /\/(worker|samples)\.[\w-]+\.js$/.test(f));
const workers = readdirSync(join(dist, 'assets')).filter((f) => /^worker-.*\.js$/.test(f)).map((f) => `assets/${f}`);
const size = (files) => files.reduce((t, f) => {
  const b = readFileSync(join(dist, f));
  return { raw: t.raw + b.length, gz: t.gz + gzipSync(b, { level: 9 }).length };
}, { raw: 0, gz: 0 });
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const page = size(initial);
const extra = size(lazy);
const worker = size(workers);
console.log(`playground JS (gzipped): page ${kb(page.gz)} (site framework and theme, ${initial.length} files) + samples and worker loader ${kb(extra.gz)} + worker with the tigang core ${kb(worker.gz)} (${kb(worker.raw)} raw) = ${kb(page.gz + extra.gz + worker.gz)}`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ initial, lazy, workers, page, extra, worker }));
