// `tigang report` (one self-contained HTML file to review every extraction in its context) and
// `tigang score` (precision and recall from the reviewer marks it exports; gold files).
// Node-only: reads files, hashes them, writes the page. Inputs: .txt/.md files, folders of them,
// and `tigang batch` JSONL (one line per file: {path, sha256, size, format, encoding, document |
// error}, optionally `text`); a batch line's original text is its `text` when present, else the
// file at `path` read again (accepted only when its sha256 still matches).
import { createHash } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './args.js';
import { decode, formatOfPath, isTigangError, outlineToText, parse, type Locale, type TigangDocument } from 'tigang/node';
import { formatScore, goldFiles, markDocumentKey, MarksFormatError, parseMarks, scoreMarks, type Mark } from '../report/marks.js';
import { buildReportDocument, indexEntry, type ReportDocument, type ReportIndexEntry } from '../report/model.js';
import { reportDocumentChunk, reportPageHead, reportPageTail, type ReportIndex } from '../report/page.js';
import type { Io } from './main.js';

declare const __TIGANG_VERSION__: string;
const VERSION = typeof __TIGANG_VERSION__ === 'string' ? __TIGANG_VERSION__ : 'dev';

export const REPORT_USAGE = `Usage: tigang report FILE|DIR|results.jsonl... --out report.html [options]
       tigang score MARKS.jsonl... [--json] [--gold DIR]

report: one self-contained HTML file to review every extraction in its context.
  FILE        a .txt or .md file        DIR   every .txt/.md file under it
  .jsonl      \`tigang batch\` output (the text is the line's "text", else the file at "path")
  --out FILE          Where to write the report (required).
  --marks FILE        Start from these marks (JSONL exported by a report); also prints the score.
  --reference-date D  ISO date that relative deadlines resolve against.
  --locale en|zh      Language of the labels and the interface's default (the reader can switch).
score: precision and recall per extraction kind from reviewer marks.
  --json              The score as JSON.
  --gold DIR          Write the reviewed documents as gold in the format of fixtures/eval.
`;

class ReportUsageError extends Error {}

const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const sha256Base64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The bundled client (dist/report-client.global.js, built by tsup beside cli.js). */
function loadClientScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'report-client.global.js'), join(here, '../../dist/report-client.global.js')]) {
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
  }
  throw new Error('the report client is not built (dist/report-client.global.js): run `npm run build`');
}

interface Loaded {
  entry: ReportIndexEntry;
  doc: ReportDocument | null;
}

function listTextFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (/\.(txt|md|markdown)$/i.test(name) && statSync(path).isFile()) out.push(path);
  }
  return out;
}

function errorEntry(path: string | null, message: string, sha256: string | null = null): Loaded {
  return {
    entry: { key: sha256 ?? path ?? message, path, name: path ? basename(path) : '(unknown)', sha256, title: null, format: null, encoding: null, length: 0, counts: [0, 0, 0, 0], warnings: 0, removed: 0, truncated: false, hasText: false, error: message },
    doc: null,
  };
}

function loadTextFile(path: string, options: { referenceDate?: string; locale: Locale }): Loaded {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return errorEntry(path, `cannot read: ${(error as Error).message}`);
  }
  try {
    const doc = parse(bytes, { format: formatOfPath(path), path, ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) });
    const text = decode(bytes).text;
    const sha = sha256Hex(bytes);
    const report = buildReportDocument(doc, text.length === doc.source.length ? text : null, { locale: options.locale });
    return { entry: indexEntry(report, { path, sha256: sha, format: doc.source.format, encoding: doc.source.encoding, length: doc.source.length }), doc: report };
  } catch (error) {
    return errorEntry(path, isTigangError(error) ? `${error.message} [${error.code}]` : (error as Error).message, sha256Hex(bytes));
  }
}

/** The original text of a batch line: its own `text`, else the file at `path` when it is unchanged. */
function batchText(line: Record<string, unknown>, doc: TigangDocument, jsonlDir: string): { text: string | null; note: string | null } {
  if (typeof line.text === 'string') return line.text.length === doc.source.length ? { text: line.text, note: null } : { text: null, note: 'The embedded text does not match the document (length differs); highlights are not shown.' };
  const path = typeof line.path === 'string' ? line.path : doc.source.path;
  if (!path) return { text: null, note: 'The batch line has no path and no text: highlights cannot be shown.' };
  const candidates = [resolve(path), resolve(jsonlDir, path)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) return { text: null, note: `The file ${path} is not where the batch read it, so its text (and the highlights) cannot be shown.` };
  const bytes = readFileSync(found);
  if (typeof line.sha256 === 'string' && line.sha256 !== sha256Hex(bytes)) return { text: null, note: `The file ${path} changed since the batch ran (sha256 differs); highlights are not shown.` };
  const text = decode(bytes).text;
  if (text.length !== doc.source.length) return { text: null, note: `The file ${path} does not decode to the batch's text (length differs); highlights are not shown.` };
  return { text, note: null };
}

/** The lines of a file, read in chunks (a batch's JSONL can be larger than a string may be). */
function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(1 << 22);
  let rest = '';
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      const lines = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

function* loadJsonl(path: string, options: { locale: Locale }): Generator<Loaded> {
  let i = 0;
  for (const raw of readLines(path)) {
    i++;
    if (!raw.trim()) continue;
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      yield errorEntry(`${path}:${i}`, 'not a JSON line');
      continue;
    }
    // a batch line ({path, sha256, document | error}) or a bare document (`tigang parse --format jsonl`)
    const doc = (line.document ?? (line.schemaVersion ? line : null)) as TigangDocument | null;
    const filePath = typeof line.path === 'string' ? line.path : doc?.source?.path ?? null;
    const sha = typeof line.sha256 === 'string' ? line.sha256 : null;
    if (!doc) {
      const error = line.error as { message?: string; code?: string } | string | undefined;
      yield errorEntry(filePath, typeof error === 'string' ? error : error ? `${error.message ?? 'failed'}${error.code ? ` [${error.code}]` : ''}` : 'no document in this line', sha);
      continue;
    }
    const { text, note } = batchText(line, doc, dirname(path));
    const report = buildReportDocument(doc, text, { locale: options.locale, notes: note ? [note] : [] });
    yield { entry: indexEntry(report, { path: filePath, sha256: sha, format: doc.source.format, encoding: (line.encoding as string | undefined) ?? doc.source.encoding, length: doc.source.length }), doc: report };
  }
}

function readMarksFile(path: string): Mark[] {
  return parseMarks(readFileSync(path, 'utf8'));
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;

export interface ReportResult {
  out: string;
  bytes: number;
  documents: number;
  highlights: number;
}

function* loadInputs(inputs: readonly string[], options: { referenceDate?: string; locale: Locale }): Generator<Loaded> {
  for (const input of inputs) {
    if (existsSync(input) && statSync(input).isDirectory()) for (const file of listTextFiles(input)) yield loadTextFile(file, options);
    else if (/\.(jsonl|ndjson)$/i.test(input)) yield* loadJsonl(input, options);
    else yield loadTextFile(input, options);
  }
}

/** Builds the report for `inputs` and writes it to `out`, one document at a time; returns what it wrote. */
export function buildReport(inputs: readonly string[], out: string, options: { marks?: Mark[]; referenceDate?: string; locale?: Locale } = {}): ReportResult {
  const parts = { clientScript: loadClientScript(), sha256Base64, version: VERSION };
  const entries: ReportIndexEntry[] = [];
  let highlights = 0;
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const fd = openSync(out, 'w');
  let bytes = 0;
  const write = (chunk: string) => {
    const buffer = Buffer.from(chunk, 'utf8');
    writeSync(fd, buffer);
    bytes += buffer.length;
  };
  try {
    write(reportPageHead(parts));
    for (const loaded of loadInputs(inputs, { ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}), locale: options.locale ?? 'en' })) {
      if (loaded.doc) {
        write(reportDocumentChunk(entries.length, loaded.doc));
        highlights += loaded.doc.extractions.length;
      }
      entries.push(loaded.entry);
    }
    const index: ReportIndex = { tigangReport: 1, generated: new Date().toISOString(), version: VERSION, ...(options.locale ? { locale: options.locale } : {}), documents: entries, marks: options.marks ?? [], notes: [] };
    write(reportPageTail(index, parts));
  } finally {
    closeSync(fd);
  }
  return { out, bytes, documents: entries.length, highlights };
}

function goldName(mark: Mark, used: Set<string>): string {
  const base = mark.path ? basename(mark.path, extname(mark.path)) : (mark.sha256 ?? 'document').slice(0, 16);
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

/** Writes one set of gold files per reviewed document; returns the lines to print. */
function writeGold(marks: readonly Mark[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const byDoc = new Map<string, Mark[]>();
  for (const m of marks) byDoc.set(markDocumentKey(m), [...(byDoc.get(markDocumentKey(m)) ?? []), m]);
  const used = new Set<string>();
  const lines: string[] = [];
  for (const docMarks of byDoc.values()) {
    const first = docMarks[0]!;
    const name = goldName(first, used);
    let text: string | null = null;
    let outline: string | null = null;
    if (first.path && existsSync(first.path)) {
      const bytes = readFileSync(first.path);
      if (first.sha256 === null || first.sha256 === sha256Hex(bytes)) {
        text = decode(bytes).text;
        const doc = parse(bytes, { format: formatOfPath(first.path), path: first.path });
        outline = outlineToText(doc.outline);
        writeFile(join(dir, `${name}${first.path.toLowerCase().endsWith('.md') ? '.md' : '.txt'}`), bytes);
      }
    }
    const gold = goldFiles(docMarks, text);
    writeFile(join(dir, `${name}.quantities.tsv`), gold.quantities);
    writeFile(join(dir, `${name}.deadlines.tsv`), gold.deadlines);
    if (outline !== null) writeFile(join(dir, `${name}.outline`), `${outline}\n`);
    lines.push(`${name}: ${gold.quantities.split('\n').length - 2} quantity rows, ${gold.deadlines.split('\n').length - 2} deadline rows${text === null ? ' (text not found: no .txt/.outline, context = the raw text)' : ', outline as parsed (not reviewed)'}`);
  }
  return lines;
}

function writeFile(path: string, content: string | Uint8Array): void {
  writeFileSync(path, content);
}

/** `tigang report …` and `tigang score …`; returns the exit code. */
export function runReportCommand(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseOptions(rest, {
      out: { type: 'string', short: 'o' },
      marks: { type: 'string' },
      'reference-date': { type: 'string' },
      locale: { type: 'string' },
      json: { type: 'boolean' },
      gold: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (parsed.values.help) {
      io.stdout(REPORT_USAGE);
      return 0;
    }
    if (!parsed.positionals.length) throw new ReportUsageError(`tigang ${command} needs ${command === 'score' ? 'a MARKS.jsonl file' : 'a FILE, DIR or results.jsonl'}.`);
    if (command === 'report' && !parsed.values.out) throw new ReportUsageError('tigang report needs --out report.html.');
    const locale = parsed.values.locale ?? 'en';
    if (locale !== 'en' && locale !== 'zh') throw new ReportUsageError(`Unknown --locale "${locale}": use en or zh.`);
    const date = parsed.values['reference-date'];
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ReportUsageError(`--reference-date must be an ISO date (YYYY-MM-DD), got "${date}".`);
  } catch (error) {
    io.stderr(`tigang: ${(error as Error).message.replace(/\. To specify.*$/s, '.')}\n\n${REPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  try {
    if (command === 'score') {
      const marks = positionals.flatMap(readMarksFile);
      const report = scoreMarks(marks);
      io.stdout(values.json ? JSON.stringify(report, null, 2) + '\n' : formatScore(report));
      if (values.gold) for (const line of writeGold(marks, values.gold)) io.stderr(`gold: ${line}\n`);
      return 0;
    }
    const marks = values.marks ? readMarksFile(values.marks) : undefined;
    const started = performance.now();
    const result = buildReport(positionals, values.out!, {
      ...(marks ? { marks } : {}),
      ...(values['reference-date'] ? { referenceDate: values['reference-date'] } : {}),
      locale: values.locale as Locale | undefined ?? 'en',
    });
    io.stderr(`tigang: wrote ${result.out}: ${result.documents} document${result.documents === 1 ? '' : 's'}, ${result.highlights} highlights, ${mb(result.bytes)} (${result.bytes} bytes) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    if (marks) io.stdout(formatScore(scoreMarks(marks)));
    return 0;
  } catch (error) {
    if (error instanceof MarksFormatError) io.stderr(`tigang: ${error.message}\n`);
    else io.stderr(`tigang: ${(error as Error).message}\n`);
    return 1;
  }
}
