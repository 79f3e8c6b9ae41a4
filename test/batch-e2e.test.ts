// `tigang batch` end to end, with the built bin in a child process: a folder of a few hundred
// mixed files (every fixture text in UTF-8, UTF-8 with BOM, UTF-16, GBK and Big5; Markdown,
// HTML and .docx versions; the real HTML pages of fixtures/corpus/formats; an empty file, a
// binary file, a UTF-8 file cut inside a character, a zip-bomb .docx and an oversize file).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { outlineToText, parse, type Section, type TigangDocument } from '../src/node.js';
import { textToDocx, zipBomb } from './helpers/docx.js';
import { encodeBig5, encodeGbk, textToHtml, textToMarkdown, traditional } from './helpers/formats.js';
import type { BatchRecord } from '../src/cli/records.js';

const root = join(import.meta.dirname, '..');
const BIN = join(root, 'dist/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'tigang-batch-'));
const folder = join(tmp, 'corpus');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MAX_BYTES = 1_000_000;
const PREFIX = 6000;

type Record_ = BatchRecord;

function runBin(argv: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: tmp, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function readJsonl(path: string): Record_[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record_);
}

/** Deterministic bytes that are no text in any encoding (the generator of test/cli.test.ts). */
function randomBytes(n: number): Uint8Array {
  let x = 12345;
  return new Uint8Array(n).map(() => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);
}

/** The shape of an outline: depth, marker family and number of every section. */
function shape(nodes: readonly Section[]): string[] {
  return nodes.flatMap((s) => [`${s.depth}:${s.family}:${s.ordinal}`, ...shape(s.children)]);
}

const sources = [
  ...readdirSync(join(root, 'fixtures/corpus')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'fixtures/corpus', f)),
  ...readdirSync(join(root, 'fixtures/eval')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'fixtures/eval', f)),
];
/** name → the text version's document, for comparison. */
const reference = new Map<string, TigangDocument>();
/** name → the Traditional version's document (UTF-8), for the Big5 files. */
const traditionalReference = new Map<string, TigangDocument>();
const expectedFailures = new Map<string, string>();
let inputCount = 0;

beforeAll(async () => {
  for (const dir of ['utf8', 'bom', 'utf16', 'gbk', 'big5', 'md', 'html', 'docx', 'web', 'bad']) mkdirSync(join(folder, dir), { recursive: true });
  for (const [i, src] of sources.entries()) {
    // the first lines of each text (up to ~6000 characters) keep the test fast; their outlines are real ones
    const whole = readFileSync(src, 'utf8').replace(/^\ufeff/, '');
    const cut = whole.length > PREFIX ? whole.lastIndexOf('\n', PREFIX) : -1;
    const text = cut > 0 ? whole.slice(0, cut + 1) : whole;
    const name = `${String(i).padStart(2, '0')}-${basename(src, '.txt')}`;
    reference.set(name, parse(text));
    const big5 = encodeBig5(traditional(text));
    // Big5 has no code for a few characters (iconv writes ?): the reference is the same loss
    traditionalReference.set(name, parse(new TextDecoder('big5').decode(big5)));
    writeFileSync(join(folder, 'utf8', `${name}.txt`), text);
    writeFileSync(join(folder, 'bom', `${name}.txt`), '\ufeff' + text);
    writeFileSync(join(folder, 'utf16', `${name}.txt`), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(folder, 'gbk', `${name}.txt`), encodeGbk(text));
    writeFileSync(join(folder, 'big5', `${name}.txt`), big5);
    writeFileSync(join(folder, 'md', `${name}.md`), textToMarkdown(text));
    writeFileSync(join(folder, 'html', `${name}.html`), textToHtml(text));
    writeFileSync(join(folder, 'docx', `${name}.docx`), (await textToDocx(text)).bytes);
    inputCount += 8;
  }
  for (const f of readdirSync(join(root, 'fixtures/corpus/formats')).filter((f) => f.endsWith('.html'))) {
    copyFileSync(join(root, 'fixtures/corpus/formats', f), join(folder, 'web', f));
    inputCount++;
  }
  const bad = (name: string, bytes: Uint8Array | string, code: string | null) => {
    writeFileSync(join(folder, 'bad', name), bytes);
    if (code) expectedFailures.set(`corpus/bad/${name}`, code);
    inputCount++;
  };
  bad('empty.txt', '', 'empty-input');
  bad('binary.txt', randomBytes(4096), 'undecodable');
  // a download cut inside the last character: UTF-8 with one replacement, not GB18030 garbage
  const cut = Buffer.from(readFileSync(sources[0]!, 'utf8').slice(0, 3000), 'utf8');
  bad('cut.txt', cut.subarray(0, cut.length - 1), null);
  bad('bomb.docx', await zipBomb(), 'zip-bomb');
  bad('huge.txt', readFileSync(sources[0]!, 'utf8').repeat(Math.ceil((MAX_BYTES * 1.2) / Buffer.byteLength(readFileSync(sources[0]!, 'utf8')))), 'file-too-large');
  bad('not-a-docx.docx', 'plain text named .docx', 'docx-invalid');
  bad('scan.pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj', 'unsupported-format');
  // hidden files are not inputs
  writeFileSync(join(folder, '.DS_Store'), randomBytes(64));
}, 60_000);

describe('tigang batch over a folder of mixed files', () => {
  let first: ReturnType<typeof runBin>;
  let records: Record_[];
  const byPath = (p: string) => records.find((r) => r.path === p);

  beforeAll(() => {
    first = runBin(['batch', 'corpus', '--out', 'results.jsonl', '--tables', 'tables', '--jobs', '2', '--max-bytes', String(MAX_BYTES)]);
    records = readJsonl(join(tmp, 'results.jsonl'));
  }, 120_000);

  it('has at least 200 inputs, each exactly once, in a stable (sorted) order', () => {
    expect(inputCount).toBeGreaterThanOrEqual(200);
    expect(records).toHaveLength(inputCount);
    const paths = records.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(paths).not.toContain('corpus/.DS_Store');
  });

  it('bad files are error records with their code; every other file is a document', () => {
    for (const r of records) {
      const code = expectedFailures.get(r.path);
      if (code) {
        expect(r.error, r.path).toMatchObject({ code });
        expect(r.error!.message.length).toBeGreaterThan(0);
        expect(r.document).toBeUndefined();
      } else expect(r.error, `${r.path}: ${r.error?.message}`).toBeUndefined();
    }
  });

  it('exit code 1 and a summary that adds up', () => {
    expect(first.code).toBe(1);
    const failed = expectedFailures.size;
    expect(first.stderr).toContain(`${inputCount} inputs: ${inputCount} read, ${inputCount - failed} parsed, ${failed} failed (`);
    for (const code of new Set(expectedFailures.values())) expect(first.stderr).toMatch(new RegExp(`${code} \\d+`));
    expect(first.stderr).toMatch(/0 skipped/);
    expect(first.stderr).toMatch(/truncated texts: \d+; totals: [\d.]+ MB/);
    expect(first.stderr).toMatch(/time: [\d.]+ s/);
  });

  it('records carry path, sha256, size, format and encoding', () => {
    const r = records.find((x) => x.path.startsWith('corpus/gbk/'))!;
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.size).toBe(readFileSync(join(tmp, r.path)).length);
    expect(r).toMatchObject({ format: 'text', encoding: 'gb18030' });
    expect(byPath(records.find((x) => x.path.startsWith('corpus/big5/'))!.path)).toMatchObject({ encoding: 'big5' });
    expect(byPath(records.find((x) => x.path.startsWith('corpus/utf16/'))!.path)).toMatchObject({ encoding: 'utf-16le' });
    expect(records.find((x) => x.path.startsWith('corpus/docx/'))).toMatchObject({ format: 'docx' });
    expect(records.find((x) => x.path.startsWith('corpus/html/'))).toMatchObject({ format: 'html' });
  });

  it('the UTF-8 (with or without BOM), UTF-16, GBK, Markdown, HTML and .docx versions give the same outline as the text', () => {
    const mismatches: string[] = [];
    for (const [name, ref] of reference) {
      const want = outlineToText(ref.outline);
      for (const path of [`utf8/${name}.txt`, `bom/${name}.txt`, `utf16/${name}.txt`, `gbk/${name}.txt`, `md/${name}.md`, `html/${name}.html`, `docx/${name}.docx`]) {
        const doc = byPath(`corpus/${path}`)?.document;
        if (!doc || outlineToText(doc.outline) !== want) mismatches.push(path);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('the Big5 versions give the outline of their Traditional text', () => {
    const mismatches: string[] = [];
    for (const [name, ref] of traditionalReference) {
      const doc = byPath(`corpus/big5/${name}.txt`)?.document;
      if (!doc || outlineToText(doc.outline) !== outlineToText(ref.outline)) mismatches.push(name);
    }
    expect(mismatches).toEqual([]);
  });

  it('HTML positions point into the HTML source; site chrome is not in the document', () => {
    for (const r of records.filter((x) => x.path.startsWith('corpus/html/')).slice(0, 10)) {
      const html = readFileSync(join(tmp, r.path), 'utf8');
      const doc = r.document!;
      for (const q of doc.quantities) expect(html.slice(q.position.start.offset, q.position.end.offset)).toBe(q.raw);
      const titles = JSON.stringify(doc.outline);
      expect(titles).not.toContain('互动');
      expect(titles).not.toContain('网站声明');
      expect(doc.removed.some((x) => x.reason === 'html-markup' && x.text.startsWith('<script'))).toBe(true);
    }
  });

  it('the cut UTF-8 file is UTF-8 with one replaced character, not GB18030', () => {
    const r = byPath('corpus/bad/cut.txt')!;
    expect(r.encoding).toBe('utf-8');
    expect(r.document!.warnings.map((w) => w.code)).toContain('replacement-character');
  });

  it('tables: UTF-8 with BOM, joined by documentId; numbers as numbers', () => {
    const read = (name: string) => {
      const text = readFileSync(join(tmp, 'tables', `${name}.csv`), 'utf8');
      expect(text.startsWith('\ufeff')).toBe(true);
      return text.slice(1).split('\r\n').filter(Boolean);
    };
    const documents = read('documents');
    expect(documents).toHaveLength(inputCount + 1);
    const ids = new Set(records.map((r) => r.id));
    const quantities = read('quantities');
    const header = quantities[0]!.split(',');
    const valueAt = header.indexOf('value');
    const unitAt = header.indexOf('unit');
    const baseAt = header.indexOf('baseValue');
    expect(quantities.length).toBeGreaterThan(1000);
    // rows without quoted cells, for a simple split
    for (const row of quantities.slice(1).filter((l) => !l.includes('"')).slice(0, 500)) {
      const cells = row.split(',');
      expect(ids.has(cells[0]!)).toBe(true);
      if (cells[valueAt]) expect(cells[valueAt]).toMatch(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/);
      if (cells[unitAt] === '亿元' && cells[valueAt]) expect(Number(cells[baseAt])).toBeCloseTo(Number(cells[valueAt]) * 1e8, 0);
    }
    const claims = read('claims');
    expect(claims.length).toBeGreaterThan(100);
    expect(claims.join('\n')).not.toMatch(/section:/);
    const sections = read('sections');
    expect(sections[0]).toBe('documentId,sectionId,parentId,depth,marker,family,ordinal,title,path,origin,layout,line,offset');
    read('deadlines');
  });

  it('--resume skips exactly the inputs already done (same path and hash)', () => {
    const all = readFileSync(join(tmp, 'results.jsonl'), 'utf8').split('\n').filter(Boolean);
    // an interrupted run: the first 150 lines, the 151st cut in the middle
    const kept = all.slice(0, 150);
    writeFileSync(join(tmp, 'resumed.jsonl'), kept.join('\n') + '\n' + all[150]!.slice(0, 100));
    const done = kept.map((l) => JSON.parse(l) as Record_).filter((r) => r.document);
    // one done file changed since: it is parsed again
    const changed = done.find((r) => r.path.endsWith('.txt') && r.encoding === 'utf-8')!;
    writeFileSync(join(tmp, changed.path), readFileSync(join(tmp, changed.path), 'utf8') + '\n补充说明。\n');
    const second = runBin(['batch', 'corpus', '--out', 'resumed.jsonl', '--resume', '--jobs', '2', '--max-bytes', String(MAX_BYTES)]);
    expect(second.code).toBe(1);
    const skipped = done.length - 1;
    expect(second.stderr).toContain(`${inputCount} inputs: ${inputCount - skipped} read, `);
    expect(second.stderr).toContain(`, ${skipped} skipped`);
    // every input once, the cut line's input included; the changed file's record replaced
    const afterFirstResume = readJsonl(join(tmp, 'resumed.jsonl'));
    expect(afterFirstResume.map((r) => r.path).sort()).toEqual(records.map((r) => r.path).sort());
    const again = runBin(['batch', 'corpus', '--out', 'resumed.jsonl', '--resume', '--tables', 'tables2', '--jobs', '2', '--max-bytes', String(MAX_BYTES)]);
    // the tables of a resumed run still hold every input (skipped ones from their recorded lines)
    const documentsCsv = readFileSync(join(tmp, 'tables2', 'documents.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(documentsCsv).toHaveLength(inputCount + 1);
    const resumed = readJsonl(join(tmp, 'resumed.jsonl'));
    expect(resumed.map((r) => r.path).sort()).toEqual(records.map((r) => r.path).sort());
    expect(resumed.find((r) => r.path === changed.path)!.sha256).not.toBe(changed.sha256);
    // the second resume: every parsed input is done; only the failed ones are tried again
    expect(again.stderr).toContain(`${inputCount - expectedFailures.size} skipped`);
    expect(skipped).toBeGreaterThan(100);
  });
});

describe('tigang batch inputs and usage', () => {
  it('files, globs, --from lists and - (stdin), each once, in the order given', () => {
    const list = join(tmp, 'list.txt');
    writeFileSync(list, '# a list\ncorpus/utf8/00-cpc-20th-congress-report.txt\n\ncorpus/md/00-cpc-20th-congress-report.md\n');
    const r = spawnSync(process.execPath, [BIN, 'batch', 'corpus/web/*.html', '-', '--from', 'list.txt', 'corpus/utf8/00-cpc-20th-congress-report.txt', '--quiet'], {
      cwd: tmp,
      input: '一、总体要求\n到2025年，新建学校3所。\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record_);
    expect(out.map((x) => x.path)).toEqual([
      'corpus/web/notice-2019-vocational-education-reform.html',
      'corpus/web/opinion-2018-agri-mechanization.html',
      '-',
      'corpus/utf8/00-cpc-20th-congress-report.txt',
      'corpus/md/00-cpc-20th-congress-report.md',
    ]);
    expect(out[2]!.document!.quantities[0]).toMatchObject({ value: 3, unit: '所' });
  });

  it('tigang parse reads a .docx too (asynchronously), with the outline of the text', () => {
    const [name, ref] = [...reference][0]!;
    const r = runBin(['parse', `corpus/docx/${name}.docx`, '--compact']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as TigangDocument;
    expect(doc.source.format).toBe('docx');
    expect(outlineToText(doc.outline)).toBe(outlineToText(ref.outline));
  });

  it('usage errors: one line, a pointer to tigang batch --help, exit code 2', async () => {
    for (const argv of [['batch'], ['batch', 'corpus', '--jobs', 'zero'], ['batch', 'corpus', '--resume'], ['batch', 'corpus', '--max-bytes', 'lots'], ['batch', '-', '-']]) {
      let stderr = '';
      const code = await run(argv, { stdout: () => {}, stderr: (t) => void (stderr += t), readStdin: () => new Uint8Array() });
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(2);
      expect(stderr).toContain("Try 'tigang batch --help'");
    }
  });

  it('V8 flags on the node command line (which a Worker refuses) do not stop the workers; --jobs 1 and 3 write the same lines', () => {
    const outputs = [1, 3].map((jobs) => {
      const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=1024', '--no-warnings', BIN, 'batch', 'corpus/utf8', '--jobs', String(jobs), '--quiet'], {
        cwd: tmp,
        encoding: 'utf8',
        maxBuffer: 256 * 2 ** 20,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      return r.stdout;
    });
    expect(outputs[0]!.split('\n').filter(Boolean).length).toBe(readdirSync(join(folder, 'utf8')).length);
    expect(outputs[1]).toBe(outputs[0]);
  });

  it('an output closed early (| head) ends quietly', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" batch corpus/utf8 --quiet | head -c 100 > /dev/null`], { cwd: tmp, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });
});

describe('real HTML pages (fixtures/corpus/formats)', () => {
  it.each(readdirSync(join(root, 'fixtures/corpus/formats')).filter((f) => f.endsWith('.html')))('%s: as many headings as its text version, the same outline', (file) => {
    const html = readFileSync(join(root, 'fixtures/corpus/formats', file), 'utf8');
    const text = readFileSync(join(root, 'fixtures/corpus', file.replace(/\.html$/, '.txt')), 'utf8');
    const a = parse(html, { format: 'html' });
    const b = parse(text);
    expect(shape(a.outline.children as Section[]).length).toBe(shape(b.outline.children as Section[]).length);
    expect(outlineToText(a.outline)).toBe(outlineToText(b.outline));
    expect(a.title).toBe(b.title);
    for (const c of a.commitments) expect(c.text.startsWith('">')).toBe(false);
  });
});
