// `tigang compare A B` and `tigang compare --corpus DIR|FILES… --out DIR`.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import cliProgress from 'cli-progress';
import { compare, createCorpusIndex, decode, formatOfPath, getSegmenter, isTigangError, parse, type CompareResult, type CorpusDocument, type CorpusResult } from 'tigang/node';
import { parseOptions, UsageError } from './args.js';
import { csvCell } from './tables.js';
import type { Io } from './main.js';

export const COMPARE_USAGE = `Usage: tigang compare A B [--format text|json|md]
       tigang compare --corpus DIR|FILE... --out DIR

Compare two texts: aligned sections, reused passages, changed targets.
  --format text   a side-by-side summary (default)
  --format json   the whole result (see docs/compare.md)
  --format md     a Markdown report
  --top N         passages and sections shown in text and md (default 12)
  --compact       JSON on one line

Compare a corpus (.txt and .md files; a directory is searched recursively):
  --out DIR       writes pairs.csv, groups.csv, themes.csv, reuse.jsonl, signatures.jsonl
`;

interface CompareCommand {
  corpus: boolean;
  files: string[];
  format: 'text' | 'json' | 'md';
  out: string | null;
  top: number;
  compact: boolean;
  help: boolean;
}


export function parseCompareArgs(argv: readonly string[]): CompareCommand {
  const parsed = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    corpus: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    top: { type: 'string' },
    compact: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'md') throw new UsageError(`Unknown --format "${format}" for compare: use text, json, md.`);
  const top = values.top === undefined ? 12 : Number(values.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top must be a whole number, got "${values.top}".`);
  const cmd: CompareCommand = { corpus: values.corpus ?? false, files: positionals, format, out: values.out ?? null, top, compact: values.compact ?? false, help: values.help ?? false };
  if (cmd.help) return cmd;
  if (cmd.corpus) {
    if (!cmd.files.length) throw new UsageError('tigang compare --corpus needs a directory or files.');
    if (!cmd.out) throw new UsageError('tigang compare --corpus needs --out DIR.');
  } else if (cmd.files.length !== 2) {
    throw new UsageError(`tigang compare needs two files (A B), got ${cmd.files.length}; use --corpus for more.`);
  }
  return cmd;
}

function readText(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw Object.assign(new Error(code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path}: ${(error as Error).message}`), { code: code === 'ENOENT' ? 'file-not-found' : 'file-unreadable' });
  }
  return decode(bytes).text;
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

/** Cuts to a display width (with …) and pads to it. */
function fit(s: string, w: number): string {
  const flat = s.replace(/\s+/g, ' ');
  let out = '';
  for (const ch of flat) {
    if (width(out + ch) > w - 1 && width(flat) > w) return out + '…' + ' '.repeat(Math.max(0, w - width(out) - 1));
    out += ch;
  }
  return out + ' '.repeat(Math.max(0, w - width(out)));
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function describeTarget(t: CompareResult['commitments']['added'][number]): string {
  return `${t.indicator} ${t.raw}${t.deadline ? ` (${t.deadline})` : ''}`;
}

/** The terminal summary: scores, aligned sections side by side, top passages, changed targets. */
export function renderText(r: CompareResult, top: number): string {
  const lines: string[] = [];
  const W = 34;
  lines.push(`A: ${r.a.path ?? '-'}${r.a.title ? ` — ${r.a.title}` : ''} (${r.a.length} chars)`);
  lines.push(`B: ${r.b.path ?? '-'}${r.b.title ? ` — ${r.b.title}` : ''} (${r.b.length} chars)`);
  lines.push('');
  lines.push(`similarity ${r.similarity.toFixed(3)}  (content ${r.scores.content}, reuse ${r.scores.reuseNonFormulaic} without 套话 / ${r.scores.reuse} with, structure ${r.scores.structure ?? '-'})`);
  lines.push(`containment  A in B ${pct(r.containment.aInB)}   B in A ${pct(r.containment.bInA)}`);
  lines.push('');
  lines.push(`Aligned sections (${r.sections.length}; only in A ${r.onlyInA.length}, only in B ${r.onlyInB.length})`);
  for (const p of r.sections.slice(0, top * 2)) {
    lines.push(`  ${p.relation.padEnd(7)} ${p.score.toFixed(2)}  ${fit(p.a.marker + p.a.title, W)} ↔ ${fit(p.b.marker + p.b.title, W)} ${p.sharedTerms.slice(0, 3).join(' ')}`);
  }
  if (r.sections.length > top * 2) lines.push(`  … ${r.sections.length - top * 2} more`);
  if (r.onlyInA.length) lines.push(`  only in A: ${r.onlyInA.slice(0, top).map((s) => s.marker + s.title).join(' | ')}`);
  if (r.onlyInB.length) lines.push(`  only in B: ${r.onlyInB.slice(0, top).map((s) => s.marker + s.title).join(' | ')}`);
  lines.push('');
  const passages = [...r.reuse].sort((x, y) => Number(x.formulaic) - Number(y.formulaic) || y.length - x.length);
  lines.push(`Reused passages (${r.reuse.length}, ${r.reuse.filter((p) => p.formulaic).length} formulaic), longest first`);
  for (const p of passages.slice(0, top)) {
    lines.push(`  ${String(p.length).padStart(4)} chars ${pct(p.identity).padStart(6)} same  A ${p.a.position.start.line}:${p.a.position.start.column} ${p.a.sectionId ?? '-'}  B ${p.b.position.start.line}:${p.b.position.start.column} ${p.b.sectionId ?? '-'}${p.formulaic ? '  套话' : ''}`);
    lines.push(`       ${fit(p.a.text, 100)}`);
    if (p.diff.length) lines.push(`    B: ${fit(p.b.text, 100)}`);
  }
  lines.push('');
  const c = r.commitments;
  lines.push(`Targets: ${c.changed.length} changed, ${c.same.length} same, ${c.added.length} added, ${c.dropped.length} dropped`);
  for (const t of c.changed.slice(0, top * 2)) lines.push(`  ${t.changes.join('+').padEnd(18)} ${fit(t.topic, 28)} ${t.a.raw} → ${t.b.raw}`);
  for (const t of c.added.slice(0, top)) lines.push(`  ${'added'.padEnd(18)} ${describeTarget(t)}`);
  for (const t of c.dropped.slice(0, top)) lines.push(`  ${'dropped'.padEnd(18)} ${describeTarget(t)}`);
  return lines.join('\n') + '\n';
}

const mdCell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/** A Markdown report. */
export function renderMarkdown(r: CompareResult, top: number): string {
  const out: string[] = [];
  out.push(`# ${r.a.title ?? r.a.path ?? 'A'} ↔ ${r.b.title ?? r.b.path ?? 'B'}`, '');
  out.push('| score | value |', '| --- | --- |');
  out.push(`| similarity | ${r.similarity} |`, `| content | ${r.scores.content} |`, `| reuse (without 套话) | ${r.scores.reuseNonFormulaic} |`, `| reuse | ${r.scores.reuse} |`, `| structure | ${r.scores.structure ?? '-'} |`);
  out.push(`| A in B | ${pct(r.containment.aInB)} |`, `| B in A | ${pct(r.containment.bInA)} |`, '');
  out.push('## Sections', '', '| relation | score | A | B | shared terms |', '| --- | --- | --- | --- | --- |');
  for (const p of r.sections) out.push(`| ${p.relation} | ${p.score} | ${mdCell(p.a.marker + p.a.title)} | ${mdCell(p.b.marker + p.b.title)} | ${mdCell(p.sharedTerms.join('、'))} |`);
  if (r.onlyInA.length) out.push('', `Only in A: ${r.onlyInA.map((s) => mdCell(s.marker + s.title)).join('; ')}`);
  if (r.onlyInB.length) out.push('', `Only in B: ${r.onlyInB.map((s) => mdCell(s.marker + s.title)).join('; ')}`);
  out.push('', '## Reused passages', '');
  const passages = [...r.reuse].sort((x, y) => Number(x.formulaic) - Number(y.formulaic) || y.length - x.length).slice(0, top);
  for (const p of passages) {
    out.push(`- **${p.length}** chars, ${pct(p.identity)} identical, A ${p.a.sectionId ?? '-'} (line ${p.a.position.start.line}), B ${p.b.sectionId ?? '-'} (line ${p.b.position.start.line})${p.formulaic ? ', 套话' : ''}`);
    out.push(`  > ${mdCell(p.a.text)}`);
    if (p.diff.length) out.push('', `  ${p.diff.map(([op, t]) => (op === 0 ? mdCell(t) : op < 0 ? `~~${mdCell(t)}~~` : `**${mdCell(t)}**`)).join('')}`);
  }
  out.push('', '## Targets', '', '| change | indicator | A | B |', '| --- | --- | --- | --- |');
  for (const t of r.commitments.changed) out.push(`| ${t.changes.join(', ')} | ${mdCell(t.topic)} | ${mdCell(t.a.raw)} | ${mdCell(t.b.raw)} |`);
  for (const t of r.commitments.same) out.push(`| same | ${mdCell(t.topic)} | ${mdCell(t.a.raw)} | ${mdCell(t.b.raw)} |`);
  for (const t of r.commitments.added) out.push(`| added | ${mdCell(t.indicator)} |  | ${mdCell(t.raw)} |`);
  for (const t of r.commitments.dropped) out.push(`| dropped | ${mdCell(t.indicator)} | ${mdCell(t.raw)} |  |`);
  return out.join('\n') + '\n';
}

/** Files of a corpus: .txt and .md files under each directory (recursively), and the files named. */
export function corpusFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(txt|md|markdown)$/i.test(entry.name)) out.push(p);
    }
  };
  for (const p of paths) {
    if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

const csv = (rows: readonly (readonly unknown[])[]): string => '\ufeff' + rows.map((r) => r.map((v) => csvCell(v as Parameters<typeof csvCell>[0])).join(',')).join('\r\n') + '\r\n';

/** Writes the corpus outputs; returns the files written. */
export function writeCorpusOutputs(result: CorpusResult, bandRows: Iterable<{ docId: string; band: number; bucket: number }>, out: string): string[] {
  mkdirSync(out, { recursive: true });
  const files: [string, string][] = [
    ['pairs.csv', csv([['a', 'b', 'similarity', 'aInB', 'bInA'], ...result.pairs.map((p) => [p.a, p.b, p.similarity, p.aInB, p.bInA])])],
    ['groups.csv', csv([['group', 'size', 'doc'], ...result.groups.flatMap((g, i) => g.map((d) => [i + 1, g.length, d]))])],
    ['themes.csv', csv([['doc', ...result.themes.names], ...Object.entries(result.themes.matrix).map(([id, row]) => [id, ...row])])],
    ['reuse.jsonl', result.passages.map((p) => JSON.stringify(p)).join('\n') + (result.passages.length ? '\n' : '')],
  ];
  for (const [name, body] of files) writeFileSync(join(out, name), body);
  const lines: string[] = [];
  for (const row of bandRows) lines.push(JSON.stringify(row));
  writeFileSync(join(out, 'signatures.jsonl'), lines.join('\n') + (lines.length ? '\n' : ''));
  return [...files.map(([n]) => n), 'signatures.jsonl'];
}

function firstLine(text: string): string | null {
  const line = text.split('\n').find((l) => l.trim());
  return line ? line.trim().slice(0, 80) : null;
}

function runCorpus(cmd: CompareCommand, io: Io, isTTY: boolean): number {
  const files = corpusFiles(cmd.files);
  if (!files.length) {
    io.stderr('tigang: compare --corpus found no .txt or .md file.\n');
    return 1;
  }
  const index = createCorpusIndex();
  const bar = isTTY ? new cliProgress.SingleBar({ format: 'compare {bar} {value}/{total} documents', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(files.length, 0);
  let failed = 0;
  const base = cmd.files.length === 1 && statSync(cmd.files[0]!, { throwIfNoEntry: false })?.isDirectory() ? cmd.files[0]! : null;
  const docs = function* (): Generator<CorpusDocument> {
    for (const f of files) {
      let text: string;
      try {
        text = readText(f);
      } catch (error) {
        failed++;
        io.stderr(`tigang: ${f}: ${(error as Error).message}\n`);
        bar?.increment();
        continue;
      }
      yield { id: base ? relative(base, f) : f, text, title: firstLine(text) };
      bar?.increment();
    }
  };
  index.add(docs());
  bar?.stop();
  const result = index.result();
  const written = writeCorpusOutputs(result, index.bandRows(), cmd.out!);
  io.stdout(`${result.documents.length} documents, ${result.pairs.length} candidate pairs, ${result.groups.length} near-duplicate groups; wrote ${written.map((w) => join(cmd.out!, w)).join(', ')}\n`);
  return failed ? 1 : 0;
}

/** Runs `tigang compare …`; returns the exit code (0 ok, 1 a file failed, 2 usage error). */
export function runCompare(argv: readonly string[], io: Io, isTTY = Boolean(process.stderr.isTTY)): number {
  let cmd: CompareCommand;
  try {
    cmd = parseCompareArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tigang: ${error.message}\n\n${COMPARE_USAGE}`);
      return 2;
    }
    throw error;
  }
  if (cmd.help) {
    io.stdout(COMPARE_USAGE);
    return 0;
  }
  try {
    if (cmd.corpus) return runCorpus(cmd, io, isTTY);
    const [fa, fb] = cmd.files as [string, string];
    const load = (f: string) => {
      const text = readText(f);
      return { text, document: parse(text, { path: f, format: formatOfPath(f) }) };
    };
    let segmenter;
    try {
      segmenter = getSegmenter();
    } catch {
      segmenter = undefined;
    }
    const result = compare(load(fa), load(fb), segmenter ? { segmenter } : {});
    if (cmd.format === 'json') io.stdout(JSON.stringify(result, null, cmd.compact ? 0 : 2) + '\n');
    else if (cmd.format === 'md') io.stdout(renderMarkdown(result, cmd.top));
    else io.stdout(renderText(result, cmd.top));
    return 0;
  } catch (error) {
    const code = isTigangError(error) ? error.code : (error as { code?: string }).code;
    io.stderr(`tigang: compare: ${(error as Error).message}${code ? ` [${code}]` : ''}\n`);
    if (process.env.DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return 1;
  }
}
