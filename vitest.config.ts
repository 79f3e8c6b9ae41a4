import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the CLI imports the public entries by name; in tests they are the sources
  resolve: {
    alias: [
      { find: /^tigang\/node$/, replacement: fileURLToPath(new URL('./src/node.ts', import.meta.url)) },
      { find: /^tigang$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.spec.ts'],
    // builds dist/ and schema/ once when stale: the CLI, package and segmentation tests run the built files
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
