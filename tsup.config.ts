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
    // The CLI and its batch worker: ESM files that import the package's public entries by
    // name (tigang/node resolves to this package's own dist/node.js); nodejieba stays external.
    entry: { cli: 'src/cli/index.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    external: ['tigang', 'tigang/node'],
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    define: { __TIGANG_VERSION__: JSON.stringify(version) },
  },
]);
