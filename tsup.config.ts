import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: the browser-safe core (index) and the Node entry (node).
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'], // .js for import, .cjs for require
    dts: true, // .d.ts and .d.cts beside each
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false, // one self-contained file per entry and format
    treeshake: true,
    // import.meta.url (createRequire for the lazy nodejieba load) gets a CJS shim in node.cjs
    shims: true,
  },
  {
    // The CLI: one ESM file with a shebang; nodejieba stays external (optional, lazy).
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    define: { __TIGANG_VERSION__: JSON.stringify(version) },
  },
  {
    // The review report's browser code (src/report/client.ts): one minified IIFE,
    // dist/report-client.global.js, that `tigang report` inlines in each report.
    entry: { 'report-client': 'src/report/client.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    dts: false,
    sourcemap: false,
    clean: false,
  },
]);
