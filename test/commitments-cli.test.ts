// `tigang commitments FILE --format csv|json`, in-process through main(argv, io).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS, claimsToCsv, describeQuantity } from '../src/cli/commitments.js';
import { main, type Io } from '../src/cli/main.js';
import { parse } from '../src/parse.js';
import { readCsv } from './helpers/csv.js';

const root = join(import.meta.dirname, '..');
const samples = join(root, 'fixtures/eval');
const S000 = join(samples, '000_1ead45d65ebf2d6b.txt');
const S004 = join(samples, '004_32842fa02733a23c.txt');

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: () => new Uint8Array() };
  const code = main(argv, io);
  return { code, out, err };
}


describe('tigang commitments --format csv', () => {
  const { code, out, err } = run(['commitments', S000, '--format', 'csv']);
  const rows = readCsv(out.replace(/^\uFEFF/, ''));
  const header = rows[0]!;
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));

  it('exits 0 and writes UTF-8 CSV with a BOM and CRLF line ends', () => {
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(header).toEqual([...COLUMNS]);
    for (const r of rows) expect(r.length).toBe(COLUMNS.length);
  });

  it('has one row per claim, in document order, with its section path', () => {
    const doc = parse(readFileSync(S000), { path: S000 });
    expect(records.length).toBe(doc.commitments.length + doc.achievements.length);
    const offsets = records.map((r) => Number(r.offset));
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    const row = records.find((r) => r.text!.includes('年内完成20所乡镇初中'))!;
    expect(row).toMatchObject({
      kind: 'commitment',
      strength: 'neutral',
      sectionPath: '二、聚焦关键、精准发力,推动教育高质量发展各项任务落地见效 > (二)聚焦“优质均衡”发展目标,打好资源配置组合拳 > 一是优化学校布局',
      quantities: '20所; 30所',
      deadline: '年内',
      action: '完成',
      sectionId: 's2.2.1',
    });
    expect(records.find((r) => r.text!.includes('市教育局要牵头'))).toMatchObject({ actor: '市教育局', recurrence: '每学期', quantities: '≥2次', strength: 'binding' });
    expect(records.find((r) => r.text!.includes('实践教学基地28个'))).toMatchObject({ kind: 'achievement', strength: '' });
  });

  it('quotes cells holding commas and quotes, and keeps them whole', () => {
    const row = records.find((r) => r.text!.includes('不低于1:2000'))!;
    expect(row.text).toContain(',');
    expect(row.quantities).toBe('≥1:2000; ≥2名');
  });
});

describe('tigang commitments --format json', () => {
  it('prints the rows as a JSON array, the due date where the deadline resolved', () => {
    const { code, out } = run(['commitments', S000, '--format', 'json', '--reference-date', '2025-03-01']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    const row = rows.find((r) => String(r.text).includes('年内评选100个'))!;
    expect(row).toMatchObject({ kind: 'commitment', deadline: '年内', due: '2025-12-31', quantities: '≥1块; 1间; 100个' });
    expect(Object.keys(row)).toEqual([...COLUMNS]);
  });

  it('reads a report of results as achievements', () => {
    const rows = JSON.parse(run(['commitments', S004, '--format', 'json']).out) as { kind: string; quantities: string }[];
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.quantities !== '').every((r) => r.kind === 'achievement')).toBe(true);
  });

  it('defaults to CSV', () => {
    expect(run(['commitments', S000]).out.startsWith('\uFEFFdocumentId,file,id,kind')).toBe(true);
  });

  it('reports a missing file with exit code 1', () => {
    const { code, err } = run(['commitments', join(root, 'no-such-file.txt')]);
    expect(code).toBe(1);
    expect(err).toMatch(/no-such-file/);
  });
});

describe('cells', () => {
  it('describes quantities compactly', () => {
    const base = { type: 'quantity' as const, raw: '', value: 5, unit: '所', counts: null, comparator: 'eq' as const, approximate: false, masked: false, kind: 'commitment' as const, claimId: null, rule: '', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    expect(describeQuantity(base)).toBe('5所');
    expect(describeQuantity({ ...base, comparator: 'gte', unit: '%', value: 30 })).toBe('≥30%');
    expect(describeQuantity({ ...base, masked: true, value: null })).toBe('?所');
    expect(describeQuantity({ ...base, min: 3, max: 5 })).toBe('3-5所');
    expect(describeQuantity({ ...base, from: 91.3, to: 94.5, unit: '%' })).toBe('91.3→94.5%');
  });
  it('neutralises cells a spreadsheet would read as formulas', () => {
    const doc = parse('一、重点任务\n=HYPERLINK("x")年内新建学校5所。');
    const csv = claimsToCsv([doc]);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });
});
