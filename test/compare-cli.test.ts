// `tigang compare`: two files (text, json, md) and a corpus (CSV/JSONL outputs), in-process.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { CompareResult } from '../src/schema-entry.js';

const root = join(import.meta.dirname, '..');
const A = join(root, 'fixtures/compare/kunming-city-2016-wenzengzhang.txt');
const B = join(root, 'fixtures/compare/kunming-guandu-2016-wenzengzhang.txt');
const tmp = mkdtempSync(join(tmpdir(), 'tigang-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: () => new Uint8Array() };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

describe('tigang compare A B', () => {
  it('prints a side-by-side summary with aligned sections, passages and targets', () => {
    const r = run(['compare', A, B]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/similarity 0\.\d+/);
    expect(r.stdout).toMatch(/1\.简化项目审批手续\s+↔ 1\.精简项目审批手续/);
    expect(r.stdout).toMatch(/Reused passages/);
    expect(r.stdout).toMatch(/added\s+.*4000万元/);
  });

  it('--format json prints the schema-valid result; --format md a Markdown report', () => {
    const j = run(['compare', A, B, '--format', 'json', '--compact']);
    expect(j.code).toBe(0);
    expect(CompareResult.safeParse(JSON.parse(j.stdout)).success).toBe(true);
    const md = run(['compare', A, B, '--format', 'md']);
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toMatch(/\| match \| [\d.]+ \| 1\.简化项目审批手续 \| 1\.精简项目审批手续 \|/);
  });

  it('usage errors exit 2, a missing file exits 1', () => {
    expect(run(['compare', A]).code).toBe(2);
    expect(run(['compare', A, B, '--format', 'csv']).code).toBe(2);
    expect(run(['compare', '--corpus', A]).code).toBe(2);
    const missing = run(['compare', A, join(tmp, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No such file/);
  });
});

describe('tigang compare --corpus', () => {
  it('writes pairs.csv, groups.csv, themes.csv, reuse.jsonl and signatures.jsonl', () => {
    const out = join(tmp, 'out');
    // the district text reposted with its first paragraph cut: a near-duplicate to be found
    const copy = join(tmp, 'guandu-repost.txt');
    writeFileSync(copy, readFileSync(B, 'utf8').split('\n').slice(1).join('\n'));
    const samples = readdirSync(join(root, 'fixtures/eval')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'fixtures/eval', f));
    const r = run(['compare', '--corpus', A, B, copy, ...samples, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^8 documents, \d+ candidate pairs, 1 near-duplicate groups/);
    const pairs = readFileSync(join(out, 'pairs.csv'), 'utf8');
    expect(pairs.startsWith('\ufeffa,b,similarity,aInB,bInA\r\n')).toBe(true);
    expect(pairs).toMatch(/kunming-guandu-2016-wenzengzhang\.txt,.*guandu-repost\.txt,0\.[89]/);
    const themes = readFileSync(join(out, 'themes.csv'), 'utf8').split('\r\n');
    expect(themes[0]).toMatch(/^\ufeffdoc,党的建设,/);
    expect(themes).toHaveLength(8 + 2);
    const sig = readFileSync(join(out, 'signatures.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(sig).toHaveLength(8 * 32);
    expect(Object.keys(sig[0])).toEqual(['docId', 'band', 'bucket']);
    expect(readFileSync(join(out, 'groups.csv'), 'utf8').startsWith('\ufeffgroup,size,doc')).toBe(true);
    for (const line of readFileSync(join(out, 'reuse.jsonl'), 'utf8').trim().split('\n')) expect(JSON.parse(line).docs.length).toBeGreaterThanOrEqual(2);
  });
});
