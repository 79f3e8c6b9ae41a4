// The report's Node side: embedded JSON, the warnings adapter, the batch JSONL reader, marks,
// score and gold files. The browser side is in report-e2e.test.ts.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import { parse } from '../src/index.js';
import { formatScore, goldFiles, MarksFormatError, parseMarks, scoreMarks, type Mark } from '../src/report/marks.js';
import { buildReportDocument, warningText } from '../src/report/model.js';
import { scriptSafeJson } from '../src/report/page.js';
import { csvCell } from '../src/report/csv.js';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'tigang-report-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: () => new Uint8Array() };
  return { code: main(argv, io), stdout, stderr };
}

const mark = (over: Partial<Mark>): Mark => ({
  tigangMarks: 1,
  path: 'a.txt',
  sha256: 'abc',
  kind: 'quantity',
  start: 0,
  end: 2,
  raw: '5所',
  verdict: 'right',
  extracted: { value: 5, unit: '所', kind: 'commitment', rule: 'arabic' },
  correction: null,
  at: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('embedded JSON', () => {
  it('cannot close its <script> element and has no raw U+2028/2029, and reads back unchanged', () => {
    const value = { text: '</script><script>alert(1)</script><!-- \u2028\u2029 </SCRIPT >' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/<\/script|<!--|\u2028|\u2029/i);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('CSV cells', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('确保新建学校5所')).toBe('确保新建学校5所');
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });
});

describe('warnings adapter', () => {
  it('reads the warnings of today ({code, message, source})', () => {
    expect(warningText({ code: 'truncated', message: 'cut', source: 'clean', position: { start: { offset: 7 } } })).toEqual({ code: 'truncated', stage: 'clean', text: 'cut', s: 7 });
  });
  it('formats a warning given as {code, params, stage} through message()', () => {
    const w = warningText({ code: 'ordinal-gap', params: { previous: 2, current: 4 }, stage: 'outline' });
    expect(w.stage).toBe('outline');
    expect(w.text).toContain('4');
    expect(w.text).not.toBe('ordinal-gap');
    expect(warningText({ code: 'ordinal-gap', params: { previous: 2, current: 4 }, stage: 'outline' }, 'zh').text).toMatch(/标题序号/);
  });
});

describe('report documents', () => {
  it('holds every extraction of parse() with its offsets, and the outline, noise and claims', () => {
    const path = join(root, 'fixtures/eval/000_1ead45d65ebf2d6b.txt');
    const doc = parse(readFileSync(path), { path });
    const report = buildReportDocument(doc, null);
    expect(report.extractions).toHaveLength(doc.quantities.length + doc.deadlines.length + doc.commitments.length + doc.achievements.length);
    const q = doc.quantities[0]!;
    expect(report.extractions.find((x) => x.k === 'quantity' && x.s === q.position.start.offset)).toMatchObject({ e: q.position.end.offset, r: q.rule, v: q.value, u: q.unit, sk: q.kind });
    expect(report.removed).toHaveLength(doc.removed.length);
    expect(report.claims).toHaveLength(doc.commitments.length + doc.achievements.length);
    expect(report.truncation.truncated).toBe(doc.truncation.truncated);
  });
});

describe('marks', () => {
  it('rejects lines that are not marks, naming the line', () => {
    expect(() => parseMarks('{"tigangMarks":1}\n')).toThrow(MarksFormatError);
    expect(() => parseMarks(`${JSON.stringify(mark({}))}\nnot json`)).toThrow(/line 2/);
    expect(parseMarks(`\n${JSON.stringify(mark({}))}\n\n`)).toHaveLength(1);
  });

  it('scores precision and recall per kind; the last mark of an extraction wins', () => {
    const marks = [
      mark({ verdict: 'wrong' }),
      mark({ verdict: 'right' }), // changed their mind: same extraction
      mark({ start: 5, end: 8, verdict: 'corrected', correction: { value: 6, unit: '所', kind: null } }),
      mark({ start: 9, end: 10, verdict: 'wrong' }),
      mark({ start: 20, end: 22, verdict: 'missed', extracted: null, correction: { value: 1, unit: '个', kind: 'other' } }),
      mark({ kind: 'deadline', start: 30, end: 32, verdict: 'right' }),
    ];
    const score = scoreMarks(marks);
    expect(score.marks).toBe(5);
    const q = score.kinds.find((k) => k.kind === 'quantity')!;
    expect(q).toMatchObject({ right: 1, corrected: 1, wrong: 1, missed: 1 });
    expect(q.precision).toBeCloseTo(1 / 3);
    expect(q.recall).toBeCloseTo(1 / 3);
    expect(q.spanPrecision).toBeCloseTo(2 / 3);
    expect(score.kinds.find((k) => k.kind === 'deadline')).toMatchObject({ precision: 1, recall: 1 });
    expect(score.kinds.find((k) => k.kind === 'commitment')).toMatchObject({ precision: null, recall: null });
    expect(formatScore(score)).toMatch(/commitment\s+0\s+0\s+0\s+0\s+—\s+—/);
  });

  it('writes gold rows: ranges and changes give a row per end, wrong ones are dropped', () => {
    const text = '新建学校3-5所,达标率从91.3%提升至94.5%,年内完成。';
    const gold = goldFiles(
      [
        mark({ start: 4, end: 8, raw: '3-5所', extracted: { value: 3, unit: '所', kind: 'commitment', values: [3, 5], rule: 'range' } }),
        mark({ start: 12, end: 25, raw: '91.3%提升至94.5%', verdict: 'corrected', extracted: { value: 94.5, unit: '%', kind: 'other', values: [91.3, 94.5], rule: 'change' }, correction: { value: '91.3→94.5', unit: '%', kind: 'achievement' } }),
        mark({ start: 26, end: 28, raw: '年内', kind: 'deadline', extracted: { value: null, unit: null, kind: 'deadline', rule: 'x' } }),
        mark({ start: 0, end: 2, raw: '新建', verdict: 'wrong' }),
      ],
      text,
    );
    expect(gold.quantities.split('\n').slice(0, 5).map((r) => r.split('\t').slice(0, 3).join(' '))).toEqual(['value unit kind', '3 所 commitment', '5 所 commitment', '91.3 % achievement', '94.5 % achievement']);
    expect(gold.deadlines).toMatch(/^raw\tkind\tcontext\n年内\tdeadline\t.*年内完成/);
  });
});

describe('tigang report and score on the command line', () => {
  it('needs --out and an input; score needs a marks file', () => {
    expect(run(['report', 'x.txt']).code).toBe(2);
    expect(run(['report', '--out', join(tmp, 'r.html')]).code).toBe(2);
    expect(run(['score']).code).toBe(2);
    const bad = join(tmp, 'bad.jsonl');
    writeFileSync(bad, '{"a":1}\n');
    const r = run(['score', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 1: not a tigang mark/);
  });

  it('report --marks prints the score and opens with those marks', () => {
    const file = join(tmp, 'marked.txt');
    writeFileSync(file, '一、目标\n确保新建学校5所。\n');
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    const marksFile = join(tmp, 'marks.jsonl');
    writeFileSync(marksFile, `${JSON.stringify(mark({ path: file, sha256: sha, start: 10, end: 12, raw: '5所' }))}\n`);
    const out = join(tmp, 'marked.html');
    const r = run(['report', file, '--out', out, '--marks', marksFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 marks in 1 document\n/);
    expect(r.stdout).toMatch(/quantity\s+1\s+0\s+0\s+0\s+1\.000\s+1\.000/);
    const index = JSON.parse(readFileSync(out, 'utf8').match(/id="tigang-index">(.*?)<\/script>/)![1]!);
    expect(index.marks).toHaveLength(1);
    expect(index.documents[0]).toMatchObject({ key: sha, sha256: sha, path: file });
  });

  it('shows a batch line without highlights when its file changed since the batch ran', () => {
    const file = join(tmp, 'doc.txt');
    writeFileSync(file, '一、目标\n确保新建学校5所。\n');
    const bytes = readFileSync(file);
    const doc = parse(bytes, { path: file });
    const sha = createHash('sha256').update(bytes).digest('hex');
    const batch = join(tmp, 'batch.jsonl');
    writeFileSync(batch, `${JSON.stringify({ path: file, sha256: sha, size: bytes.length, format: 'text', encoding: 'utf-8', document: doc })}\n`);
    const out = join(tmp, 'r.html');
    expect(run(['report', batch, '--out', out]).code).toBe(0);
    const textOf = () => JSON.parse(readFileSync(out, 'utf8').match(/id="tigang-doc-0">(.*?)<\/script>/)![1]!);
    expect(textOf().text).toBe('一、目标\n确保新建学校5所。\n');
    writeFileSync(file, '一、目标\n确保新建学校6所。\n');
    expect(run(['report', batch, '--out', out]).code).toBe(0);
    expect(textOf().text).toBeNull();
    expect(textOf().notes.join(' ')).toMatch(/changed since the batch ran/);
  });
});
