// The CLI, in-process through main(argv, io) and as the built bin in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';
import type { Section } from '../src/index.js';
import { SCHEMA_VERSION, TigangDocument } from '../src/schema-entry.js';

const root = join(import.meta.dirname, '..');
const BIN = join(root, 'dist/cli.js');
const SAMPLE = join(root, 'fixtures/corpus/gwr-2026-shanghai.txt');
const SMALL = join(root, 'fixtures/eval/001_51c8b0c266839527.txt');
const tmp = mkdtempSync(join(tmpdir(), 'tigang-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Deterministic "random" bytes that are neither UTF-8, UTF-16 nor text in GB18030. */
function randomBytes(n: number): Uint8Array {
  let x = 12345;
  return new Uint8Array(n).map(() => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);
}
const GARBAGE = join(tmp, 'garbage.txt');
writeFileSync(GARBAGE, randomBytes(1024));

function run(argv: string[], stdin: Uint8Array = new Uint8Array()) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: () => stdin };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

function runBin(argv: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function countSections(nodes: readonly Section[]): number {
  return nodes.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

const processor = unified().use(remarkParse).use(remarkStringify, { bullet: '-' });

describe.each([
  ['main(argv, io)', run],
  ['bin (child process)', runBin],
] as const)('tigang via %s', (_how, exec) => {
  it('parse FILE prints the document as JSON with schemaVersion', () => {
    const { code, stdout, stderr } = exec(['parse', SAMPLE]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = TigangDocument.parse(JSON.parse(stdout));
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.source.path).toBe(SAMPLE);
    expect(doc.source.length).toBe(readFileSync(SAMPLE, 'utf8').replace(/^\ufeff/, '').length);
  });

  it('parse - reads stdin', () => {
    const text = readFileSync(SMALL, 'utf8');
    const { code, stdout } = exec(['parse', '-', '--compact'], new TextEncoder().encode(text));
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const doc = TigangDocument.parse(JSON.parse(stdout));
    expect(doc.source.path).toBeNull();
    expect(doc.source.length).toBe(text.replace(/^\ufeff/, '').length);
  });

  it('--format outline prints one line per section', () => {
    const json = TigangDocument.parse(JSON.parse(exec(['parse', SAMPLE]).stdout));
    const { code, stdout } = exec(['parse', SAMPLE, '--format', 'outline']);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBe(countSections(json.outline.children) + (json.title ? 1 : 0));
    for (const s of json.outline.children) expect(stdout).toContain(`${s.marker} ${s.title}`);
  });

  it('--format md prints valid Markdown, as remark writes it, with one item per section', () => {
    const json = TigangDocument.parse(JSON.parse(exec(['parse', SAMPLE]).stdout));
    const { code, stdout } = exec(['parse', SAMPLE, '--format', 'md']);
    expect(code).toBe(0);
    // remark reads it and writes it back unchanged: it is remark's own serialisation
    expect(String(processor.processSync(stdout))).toBe(stdout);
    const tree = processor.parse(stdout) as Root;
    let headings = 0;
    let items = 0;
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'heading') headings++;
      if (node.type === 'listItem') items++;
      for (const c of node.children ?? []) walk(c as { type: string; children?: unknown[] });
    };
    walk(tree);
    expect(headings + items).toBe(countSections(json.outline.children) + (json.title ? 1 : 0));
  });

  it('a missing file: a clear message and exit code 1', () => {
    const missing = join(tmp, 'no-such-file.txt');
    const { code, stdout, stderr } = exec(['parse', missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(missing);
    expect(stderr).toMatch(/No such file/);
    expect(stderr).toContain('[file-not-found]');
  });

  it('an undecodable file (random bytes): a clear message and exit code 1', () => {
    const { code, stdout, stderr } = exec(['parse', GARBAGE]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(GARBAGE);
    expect(stderr).toContain('[undecodable]');
    expect(stderr).toMatch(/not valid UTF-8, UTF-16, GB18030 or Big5/);
  });

  it('a failing file does not stop the others; the exit code is still 1', () => {
    const { code, stdout, stderr } = exec(['parse', GARBAGE, SMALL]);
    expect(code).toBe(1);
    expect(stderr).toContain('[undecodable]');
    expect(JSON.parse(stdout.trim()).source.path).toBe(SMALL);
  });

  it.each([
    [['parse', SAMPLE, '--format', 'xml'], /Unknown --format "xml" for parse: use json, jsonl, outline, md/],
    [['parse', SAMPLE, '--bogus'], /Unknown option '--bogus'/],
    [['parse', SAMPLE, '--input', 'pdf'], /Unknown --input "pdf"/],
    [['parse', SAMPLE, '--reference-date', 'yesterday'], /--reference-date must be an ISO date/],
    [['parse', SAMPLE, '--reference-date', '2024-02-30'], /--reference-date must be an ISO date/],
    [['frobnicate', SAMPLE], /Unknown command "frobnicate"/],
    [['parse'], /needs a FILE/],
    [['parse', '-', '-'], /stdin \(-\) can be given only once/],
  ])('usage error %j: one clear line, a pointer to --help and exit code 2', (argv, pattern) => {
    const { code, stdout, stderr } = exec(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(pattern);
    expect(stderr).toContain("Try 'tigang --help'");
    expect(stderr).not.toContain('Usage: tigang');
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('no command: the usage on stderr, exit code 2', () => {
    const { code, stdout, stderr } = exec([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: tigang');
  });

  it('an error line names the file once', () => {
    const missing = join(tmp, 'absent.txt');
    const { stderr } = exec(['parse', missing]);
    expect(stderr.split(missing).length - 1).toBe(1);
  });

  it('--help prints the usage, exit code 0', () => {
    const { code, stdout } = exec(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: tigang');
  });
});

describe('bin only', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(runBin(['--version']).stdout.trim()).toBe(version);
  });

  it('reads GB18030 and UTF-16 files; several files print as JSONL', () => {
    const text = readFileSync(SMALL, 'utf8');
    const utf16 = join(tmp, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const files = [utf16, SMALL];
    // Node has no GB18030 encoder: iconv (glibc) makes the bytes when it is there
    const gb = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', SMALL]);
    if (gb.status === 0) {
      writeFileSync(join(tmp, 'gb.txt'), gb.stdout);
      files.push(join(tmp, 'gb.txt'));
    }
    const { code, stdout } = runBin(['parse', ...files]);
    expect(code).toBe(0);
    const docs = stdout.trim().split('\n').map((l) => TigangDocument.parse(JSON.parse(l)));
    expect(docs.map((d) => d.source.encoding)).toEqual(['utf-16le', 'utf-8', 'gb18030'].slice(0, files.length));
    expect(new Set(docs.map((d) => JSON.stringify(d.outline)))).toHaveProperty('size', 1);
  });
});

describe('messages at the edge: warnings and errors as text, in en or zh', () => {
  const CUT = join(root, 'fixtures/eval/000_1ead45d65ebf2d6b.txt');
  const withLang = <T>(lang: string | undefined, fn: () => T): T => {
    const saved = process.env.TIGANG_LANG;
    if (lang === undefined) delete process.env.TIGANG_LANG;
    else process.env.TIGANG_LANG = lang;
    try {
      return fn();
    } finally {
      if (saved === undefined) delete process.env.TIGANG_LANG;
      else process.env.TIGANG_LANG = saved;
    }
  };

  it('--format outline prints each warning on stderr; JSON carries them as data only', () => {
    const outline = withLang('en', () => run(['parse', CUT, '--format', 'outline']));
    expect(outline.code).toBe(0);
    expect(outline.stderr).toMatch(/warning: The text was cut by the site; 715 characters are missing\. \[truncated\]/);
    const json = withLang('en', () => run(['parse', CUT]));
    expect(json.stderr).toBe('');
    const doc = JSON.parse(json.stdout) as TigangDocument;
    expect(doc.warnings.find((w) => w.code === 'truncated')).toMatchObject({ params: { missing: 715 }, stage: 'clean' });
  });

  it('in Chinese when the language is Chinese', () => {
    const outline = withLang('zh_CN.UTF-8', () => run(['parse', CUT, '--format', 'outline']));
    expect(outline.stderr).toContain('原文被网站截断,缺少 715 字。 [truncated]');
    const missing = withLang('zh', () => run(['parse', join(tmp, 'nope.txt')]));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('文件不存在');
  });

  it('reads Markdown from stdin through the public Node entry', () => {
    const r = run(['parse', '-', '--input', 'markdown', '--format', 'outline'], new TextEncoder().encode('## 一、总体要求\n\n到2025年新建学校5所。\n'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/一、\s*总体要求/);
  });
});
