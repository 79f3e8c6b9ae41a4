#!/usr/bin/env node
// Size of a minified browser bundle of `parse` alone, as an app that imports only
// `parse` from 'tigang' would ship it (esbuild, platform browser, minify, ESM). Used by
// `npm run bench` (bench/run.mjs) and test/public-surface.test.ts; run alone it prints
// the sizes and the ten largest inputs:
//
//   npm run build && node scripts/bundle-size.mjs [--entry dist/index.js] [--json]
//   node scripts/bundle-size.mjs --files   (bundles src/index.ts: the 25 largest source files)
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles `import { parse } from ENTRY` and returns { parseMinifiedBytes, gzipBytes,
 * inputs } where inputs maps each package (or "tigang" for the library's own code) to
 * its bytes in the output, and inputPaths the files that contribute bytes.
 */
export async function measureParseBundle(entry = join(root, 'dist/index.js')) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: `import { parse } from ${JSON.stringify(entry)};\nglobalThis.tigangParse = parse;\n`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  // esbuild escapes every non-ASCII character (\uXXXX, 6 bytes) by default; Vite (since 4)
  // and terser keep UTF-8 (3 bytes for a Chinese character): both sizes are reported
  const utf8 = await esbuild.build({
    stdin: { contents: `import { parse } from ${JSON.stringify(entry)};\nglobalThis.tigangParse = parse;\n`, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', charset: 'utf8',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = {};
  for (const [path, info] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'tigang';
    inputs[pkg] = (inputs[pkg] ?? 0) + info.bytesInOutput;
  }
  return { parseMinifiedBytes: bytes.length, gzipBytes: gzipSync(bytes).length, utf8MinifiedBytes: utf8.outputFiles[0].contents.length, inputs, // files that put code in the bundle (imported but tree-shaken to nothing do not count)
    inputPaths: Object.entries(output.inputs).filter(([, info]) => info.bytesInOutput > 0).map(([path]) => path),
    fileBytes: Object.fromEntries(Object.entries(output.inputs).map(([path, info]) => [path, info.bytesInOutput])) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--entry');
  const files = process.argv.includes('--files');
  const entry = files ? join(root, 'src/index.ts') : i > 0 ? join(process.cwd(), process.argv[i + 1]) : undefined;
  const m = await measureParseBundle(entry);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ parseMinifiedBytes: m.parseMinifiedBytes, gzipBytes: m.gzipBytes, utf8MinifiedBytes: m.utf8MinifiedBytes, inputs: m.inputs }, null, 2));
  else {
    console.log(`parse alone (${relative(root, entry ?? join(root, 'dist/index.js'))}): ${(m.parseMinifiedBytes / 1000).toFixed(1)} kB minified, ${(m.gzipBytes / 1000).toFixed(1)} kB gzip; ${(m.utf8MinifiedBytes / 1000).toFixed(1)} kB minified with charset utf8`);
    for (const [pkg, n] of Object.entries(m.inputs).sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${pkg.padEnd(40)} ${(n / 1000).toFixed(1)} kB`);
    // from src/, each module apart (dist/index.js is one file; its size is within ~1 % of this)
    if (files) for (const [path, n] of Object.entries(m.fileBytes).sort((a, b) => b[1] - a[1]).slice(0, process.argv.includes("--all") ? Infinity : 25)) console.log(`    ${path.padEnd(44)} ${(n / 1000).toFixed(1)} kB`);
  }
}
