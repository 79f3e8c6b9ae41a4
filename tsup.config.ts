import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library, one file per public entry (package.json "exports"):
    //   index    'tigang'           the browser-safe core: no zod, no Markdown parser
    //   markdown 'tigang/markdown'  the core + Markdown input (remark-parse, micromark)
    //   schema   'tigang/schema'    the zod schemas of the output
    //   node     'tigang/node'      the above minus zod, + files and word segmentation
    entry: { index: 'src/index.ts', markdown: 'src/markdown-entry.ts', schema: 'src/schema-entry.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'], // .js for import, .cjs for require
    dts: true, // .d.ts and .d.cts beside each
    // no source maps: they would point at src/, which the package does not ship
    sourcemap: false,
    clean: true,
    target: 'node20',
    splitting: false, // one self-contained file per entry and format
    treeshake: true,
    // import.meta.url (createRequire for the lazy nodejieba load) gets a CJS shim in node.cjs
    shims: true,
  },
  {
    // The CLI and its batch worker: ESM files that import the package's public entries by
    // name (tigang/node resolves to this package's own dist/node.js); nodejieba stays external.
    entry: { cli: 'src/cli/index.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    external: ['tigang', 'tigang/node'],
    format: ['esm'],
    dts: false,
    sourcemap: false,
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
