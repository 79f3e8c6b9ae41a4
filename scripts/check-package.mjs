#!/usr/bin/env node
// Checks the package as users get it: npm pack (its prepack script builds, as on a fresh
// clone) → install the tarball in an empty folder (optional dependencies omitted, so the
// Intl fallback is what runs; no compiler is needed) → import (ESM) and require (CJS)
// every entry, read its JSON Schema, run `npx tigang parse FILE`; then publint and
// `attw --pack . --profile node16` on the repository.
//
//   node scripts/check-package.mjs [--skip-build] [--json] [--keep]
//
// --skip-build packs the dist/ already built (npm pack --ignore-scripts).
//
// Exit codes: 0 all passed, 1 a check failed, 3 the registry was unreachable (the install
// could not fetch the dependencies and none were cached).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const SAMPLE = join(root, 'fixtures/eval/001_51c8b0c266839527.txt');
const NETWORK = /E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH|HOSTUNREACH)|network|ENOTCACHED/i;

/** @type {{ name: string, ok: boolean, ms: number, detail: string }[]} */
const results = [];
let networkDown = false;

function sh(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options, env: { ...process.env, npm_config_update_notifier: 'false', ...options.env } });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '').replace(/^npm warn Unknown user config.*\n/gm, ''), error: r.error };
}

function step(name, fn) {
  const started = performance.now();
  let ok = false;
  let detail = '';
  try {
    detail = fn() ?? '';
    ok = true;
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  const ms = Math.round(performance.now() - started);
  results.push({ name, ok, ms, detail });
  if (!asJson) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${(ms / 1000).toFixed(1)} s)${detail ? `\n     ${detail.split('\n').join('\n     ')}` : ''}`);
  return ok;
}

function expectOk(r, what) {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}:\n${(r.stderr || r.stdout).trim().slice(-3000)}`);
  return r;
}

const work = mkdtempSync(join(tmpdir(), 'tigang-package-'));
const app = join(work, 'app');
let tarball = '';

try {
  step('npm pack', () => {
    // without --skip-build, prepack builds dist/ and schema/ (what a fresh clone needs)
    const ignoreScripts = args.has('--skip-build') ? ['--ignore-scripts'] : [];
    const r = expectOk(sh(npm, ['pack', '--json', ...ignoreScripts, '--pack-destination', work], { cwd: root }), 'npm pack');
    const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
    tarball = join(work, info.filename);
    const files = info.files.map((f) => f.path);
    const entries = ['index', 'markdown', 'node', 'schema'].flatMap((e) => [`dist/${e}.js`, `dist/${e}.cjs`, `dist/${e}.d.ts`, `dist/${e}.d.cts`]);
    const need = ['package.json', 'README.md', 'LICENSE', ...entries, 'dist/cli.js', 'schema/tigang.schema.json'];
    const missing = need.filter((f) => !files.includes(f));
    if (missing.length) throw new Error(`the tarball lacks ${missing.join(', ')}`);
    // source maps would point at src/, which is not shipped
    const maps = files.filter((f) => f.endsWith('.map'));
    if (maps.length) throw new Error(`the tarball ships source maps without their sources: ${maps.join(', ')}`);
    const stray = files.filter((f) => /^(src|test|fixtures|bench|scripts|node_modules)\//.test(f));
    if (stray.length) throw new Error(`the tarball ships ${stray.slice(0, 5).join(', ')}${stray.length > 5 ? ', …' : ''}`);
    return `${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`;
  });

  const installed = tarball !== '' && step('install the tarball in an empty folder (--omit=optional)', () => {
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'tigang-package-check', version: '0.0.0', private: true }, null, 2));
    copyFileSync(SAMPLE, join(app, 'sample.txt'));
    const r = sh(npm, ['install', tarball, '--omit=optional', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });
    if (r.code !== 0 && NETWORK.test(r.stderr)) {
      networkDown = true;
      throw new Error(`the registry is unreachable and the dependencies are not cached:\n${r.stderr.trim().slice(-800)}`);
    }
    expectOk(r, 'npm install');
    const du = sh('du', ['-sk', join(app, 'node_modules')]);
    const count = sh(npm, ['ls', '--all', '--parseable'], { cwd: app }).stdout.trim().split('\n').length - 1;
    return `${count} packages, node_modules ${du.code === 0 ? `${(Number(du.stdout.split('\t')[0]) / 1024).toFixed(1)} MB` : '?'}`;
  });

  if (installed) {
    step("ESM: import { parse } from 'tigang'; tigang/markdown; tigang/node; tigang/schema; tigang/schema.json", () => {
      const code = `
        import { readFileSync } from 'node:fs';
        import { parse, safeParse, SCHEMA_VERSION } from 'tigang';
        import { TigangDocument } from 'tigang/schema';
        import { parse as parseMarkdown } from 'tigang/markdown';
        import { parseFileSync, getSegmenter } from 'tigang/node';
        import schema from 'tigang/schema.json' with { type: 'json' };
        const doc = parse(readFileSync('sample.txt'));
        TigangDocument.parse(doc);
        const fromFile = parseFileSync('sample.txt');
        if (doc.schemaVersion !== SCHEMA_VERSION || fromFile.source.length !== doc.source.length) throw new Error('bad document');
        if (schema.title !== 'TigangDocument') throw new Error('bad schema.json');
        if (parseMarkdown('## 一、总体要求', { format: 'markdown' }).outline.children.length !== 1) throw new Error('tigang/markdown reads no Markdown');
        const failed = safeParse(null);
        if (failed.success || failed.error.code !== 'invalid-input') throw new Error('safeParse(null) is not an invalid-input error');
        const seg = getSegmenter();
        console.log(JSON.stringify({ length: doc.source.length, sections: doc.outline.children.length, quantities: doc.quantities.length, segmenter: seg.name, words: seg.cut('到2025年新建学校5所').join('|') }));`;
      const r = expectOk(sh(process.execPath, ['--input-type=module', '-e', code], { cwd: app }), 'node (ESM)');
      const out = JSON.parse(r.stdout);
      if (out.segmenter !== 'intl') throw new Error(`expected the Intl fallback without nodejieba, got ${out.segmenter}`);
      return r.stdout.trim();
    });

    step("CJS: require('tigang'), require('tigang/markdown'), require('tigang/node'), require('tigang/schema'), require('tigang/schema.json')", () => {
      const code = `
        const { readFileSync } = require('node:fs');
        const { parse } = require('tigang');
        const { TigangDocument } = require('tigang/schema');
        if (typeof require('tigang/markdown').projectMarkdown !== 'function') throw new Error('no projectMarkdown');
        const { parseFileSync, getSegmenter } = require('tigang/node');
        const schema = require('tigang/schema.json');
        const doc = TigangDocument.parse(parse(readFileSync('sample.txt')));
        if (parseFileSync('sample.txt').source.length !== doc.source.length || schema.title !== 'TigangDocument') throw new Error('mismatch');
        console.log(JSON.stringify({ length: doc.source.length, sections: doc.outline.children.length, segmenter: getSegmenter().name }));`;
      return expectOk(sh(process.execPath, ['-e', code], { cwd: app }), 'node (CJS)').stdout.trim();
    });

    step('npx tigang parse sample.txt', () => {
      const r = expectOk(sh(npx, ['--no', '--', 'tigang', 'parse', 'sample.txt', '--compact'], { cwd: app }), 'npx tigang parse');
      const doc = JSON.parse(r.stdout);
      if (typeof doc.schemaVersion !== 'string') throw new Error('no schemaVersion in the output');
      const version = expectOk(sh(npx, ['--no', '--', 'tigang', '--version'], { cwd: app }), 'npx tigang --version').stdout.trim();
      return `schemaVersion ${doc.schemaVersion}, tigang --version ${version}`;
    });
  }

  step('publint', () => {
    const r = expectOk(sh(join(root, 'node_modules/.bin/publint'), ['--strict'], { cwd: root }), 'publint --strict');
    return r.stdout.trim().split('\n').filter((l) => !/^(Running|Packing|Linting)/.test(l)).join('\n');
  });

  step('attw --pack . --profile node16', () => {
    // the tarball packed above: `attw --pack .` would pack again, and prepack would build again
    const target = tarball ? [tarball] : ['--pack', '.'];
    const r = sh(join(root, 'node_modules/.bin/attw'), [...target, '--profile', 'node16', '--format', 'json'], { cwd: root });
    const problems = Object.values(JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))).problems ?? {}).flat();
    const counted = problems.filter((p) => p.resolutionKind !== 'node10');
    const list = (ps) => ps.map((p) => `${p.kind} ${p.entrypoint ?? ''} (${p.resolutionKind ?? 'all'})`).join('; ');
    if (r.code !== 0 || counted.length) throw new Error(`attw exited ${r.code}: ${list(counted) || r.stderr.trim().slice(-1000)}`);
    const ignored = problems.length - counted.length;
    return `no problems for node16 (CJS and ESM) and bundlers${ignored ? `; node10, ignored by the profile: ${list(problems)}` : ''}`;
  });
} finally {
  if (args.has('--keep')) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
if (asJson) console.log(JSON.stringify({ ok: failed.length === 0, networkDown, results }, null, 2));
else console.log(failed.length ? `\n${failed.length} check(s) failed` : '\nall package checks passed');
process.exitCode = networkDown ? 3 : failed.length ? 1 : 0;
