// The package as users install it (scripts/check-package.mjs): npm pack → install the
// tarball in an empty folder → ESM import, CJS require, JSON Schema, `npx tigang parse`,
// publint, attw. Skipped, with a message, when the registry is unreachable. Also: parse
// output validates against the shipped JSON Schema (ajv) and the zod schema.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { TigangDocument } from '../src/schema-entry.js';

const root = join(import.meta.dirname, '..');

interface Step { name: string; ok: boolean; ms: number; detail: string }
let report: { ok: boolean; networkDown: boolean; results: Step[] } | null = null;
let failure = '';

describe('package (npm pack → install → use)', () => {
  beforeAll(() => {
    // dist/ and schema/ are built by the vitest globalSetup (test/setup/build.ts)
    const r = spawnSync(process.execPath, [join(root, 'scripts/check-package.mjs'), '--skip-build', '--json'], { cwd: root, encoding: 'utf8', timeout: 110_000 });
    try {
      report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    } catch {
      failure = `check-package.mjs exited ${r.status ?? r.signal}: ${r.stderr || r.stdout}`;
    }
    if (report?.networkDown) console.warn('package test SKIPPED: the npm registry is unreachable and the dependencies are not cached; run `npm run check:package` with network.');
  }, 120_000);

  const stepOf = (prefix: string) => {
    if (failure) throw new Error(failure);
    const step = report?.results.find((s) => s.name.startsWith(prefix));
    if (!step) throw new Error(`check-package.mjs ran no "${prefix}" step: ${JSON.stringify(report?.results.map((s) => [s.name, s.ok, s.detail]))}`);
    return step;
  };

  it.for([
    'npm pack',
    'install the tarball',
    'ESM: import',
    'CJS: require',
    'npx tigang parse',
    'publint',
    'attw',
  ])('%s', (prefix, ctx) => {
    if (report?.networkDown && !['npm pack', 'publint', 'attw'].includes(prefix)) {
      ctx.skip('the npm registry is unreachable');
      return;
    }
    const step = stepOf(prefix);
    expect(step.ok, `${step.name}: ${step.detail}`).toBe(true);
  });
});

describe('JSON Schema (schema/tigang.schema.json)', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schema/tigang.schema.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const samples = ['fixtures/corpus/gwr-2026-shanghai.txt', 'fixtures/corpus/notice-2019-zero-waste-city-pilot.txt', 'fixtures/eval/000_1ead45d65ebf2d6b.txt'];

  it.each(samples)('parse(%s) validates against the JSON Schema and the zod schema', (file) => {
    const doc = JSON.parse(JSON.stringify(parse(readFileSync(join(root, file)), { path: file })));
    const valid = validate(doc);
    expect(valid, ajv.errorsText(validate.errors)).toBe(true);
    expect(TigangDocument.parse(doc)).toEqual(doc);
  });

  it('rejects a document that breaks the contract', () => {
    const doc = JSON.parse(JSON.stringify(parse('一、总体要求\n到2025年，新建学校5所。')));
    expect(validate({ ...doc, schemaVersion: '0.0.0' })).toBe(false);
    expect(validate({ ...doc, outline: { type: 'root', children: [{ type: 'section' }] } })).toBe(false);
    expect(validate({ ...doc, extra: 1 })).toBe(false);
  });

  it('is declared in package.json exports and files', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports['./schema.json']).toBe('./schema/tigang.schema.json');
    expect(pkg.files).toContain('schema');
    expect(schema.title).toBe('TigangDocument');
  });
});
