// `tigang batch INPUTS… --out results.jsonl [--tables DIR]`: every input parsed in worker
// threads, one JSON line per input in input order (written as soon as its turn comes, so
// memory holds a few results, not the corpus), tables beside, a summary at the end.
import { once } from 'node:events';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readSync, renameSync, statSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import cliProgress from 'cli-progress';
import type { InputFormat } from 'tigang/node';
import { parseOptions, UsageError } from './args.js';
import { failedResult, processTaskSafely, type BatchResult, type BatchTask } from './batch-task.js';
import { expandInputs } from './inputs.js';
import type { Io } from './main.js';
import { errorLine, type BatchRecord } from './records.js';
import { csvHeader, TABLES, TABLE_NAMES, type TableName } from './tables.js';

export const BATCH_USAGE = `Usage: tigang batch INPUT... [options]

Parses every input into one JSON line: {id, path, sha256, size, format, encoding, document}
or, when it cannot be read or parsed, {…, error: {code, message, params}}.
INPUT is a file (.txt .md .html .docx), a folder (recursive), a glob ("corpus/**/*.txt") or - (stdin).

Options:
  --out FILE            Write the JSONL here (default: stdout).
  --tables DIR          Also write documents.csv, sections.csv, claims.csv, quantities.csv,
                        deadlines.csv (UTF-8 with BOM) into DIR.
  --from FILE           Read more inputs from FILE, one path per line.
  --jobs N              Worker threads (default: the number of cores).
  --resume              Skip the inputs already in --out with the same path and sha256.
  --max-bytes N         Refuse files larger than N bytes (default 50MB; suffixes K, M, G).
  --input FORMAT        Read every input as text, markdown, html or docx (default: by extension).
  --reference-date DATE ISO date that relative deadlines (今年, 年内) resolve against.
  --quiet               No progress and no summary.
  -h, --help            Show this help.

Exit code: 0 all inputs parsed, 1 some failed (all the others are written), 2 usage error.
`;

export interface BatchOptions {
  inputs: string[];
  out: string | null;
  tables: string | null;
  from: string[];
  jobs: number;
  resume: boolean;
  maxBytes: number;
  inputFormat: InputFormat | null;
  referenceDate: string | null;
  quiet: boolean;
}

const DEFAULT_MAX_BYTES = 50 * 2 ** 20;

/**
 * Inputs sent to a worker before its answer. 2 (the next input waiting in the worker, with
 * the worker taking its inputs in order and reading files synchronously) raised a worker's
 * event-loop utilization from 0.52–0.59 to 0.92, yet on the shared 2-core machine (load
 * average 20+) runs took longer in 4 pairs out of 4: a thread that never sleeps gets a
 * smaller share of a busy machine's cores. Kept at 1 until it is measured on free cores
 * (docs/batch.md, "Speed at 1 and 2 jobs").
 */
const WORKER_QUEUE_DEPTH = 1;

/**
 * The process's flags a worker needs (how modules load: --import, --conditions, --require,
 * --loader, --experimental-…, warnings, source maps). Not those that only apply to an
 * --eval'd main script, nor V8 flags (--max-old-space-size, --expose-gc …): a Worker refuses
 * those (ERR_WORKER_INVALID_EXEC_ARGV), and they already apply to the whole process.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  const withValue = /^(--import|--require|-r|--loader|--experimental-loader|--conditions|-C)$/;
  const keep = /^(--import|--require|--loader|--experimental-loader|--conditions|-C)=|^--(no-)?experimental-|^--no-warnings$|^--no-deprecation$|^--disable-warning=|^--enable-source-maps$/;
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!;
    if (withValue.test(flag) && i + 1 < execArgv.length) kept.push(flag, execArgv[++i]!);
    else if (keep.test(flag)) kept.push(flag);
  }
  return kept;
}

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--max-bytes must be a size such as 50000000 or 50MB, got "${text}".`);
  const scale = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * scale);
}

export function parseBatchArgs(argv: readonly string[]): BatchOptions | 'help' {
  const parsed = parseOptions(argv, {
    out: { type: 'string', short: 'o' },
    tables: { type: 'string' },
    from: { type: 'string', multiple: true },
    jobs: { type: 'string', short: 'j' },
    resume: { type: 'boolean' },
    'max-bytes': { type: 'string' },
    input: { type: 'string' },
    'reference-date': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const from = values.from ?? [];
  if (positionals.length === 0 && from.length === 0) throw new UsageError('tigang batch needs an INPUT (a file, folder, glob or -) or --from FILE.');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be given only once.');
  for (const list of from) if (!existsSync(list)) throw new UsageError(`--from: no such file: ${list}`);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, got "${values.jobs}".`);
  const input = values.input ?? null;
  if (input !== null && !['text', 'markdown', 'html', 'docx'].includes(input)) throw new UsageError(`Unknown --input "${input}": use text, markdown, html or docx.`);
  const referenceDate = values['reference-date'] ?? null;
  if (referenceDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new UsageError(`--reference-date must be an ISO date (YYYY-MM-DD), got "${referenceDate}".`);
  }
  const out = values.out ?? null;
  if (values.resume && out === null) throw new UsageError('--resume needs --out FILE (the output to resume).');
  if (out !== null && existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out must be a file, "${out}" is a folder.`);
  return {
    inputs: positionals,
    out,
    tables: values.tables ?? null,
    from,
    jobs,
    resume: values.resume ?? false,
    maxBytes: values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-bytes']),
    inputFormat: input as InputFormat | null,
    referenceDate,
    quiet: values.quiet ?? false,
  };
}

/** What an earlier output holds: path → its last record's sha256 and line (the line only when tables need it). */
interface ResumeIndex {
  records: Map<string, { sha256: string | null; line: string | null }>;
  lines: number;
  /** The file ends inside a line (an interrupted run): appending starts on a new line. */
  cutLine: boolean;
}

async function readResumeIndex(out: string, keepLines: boolean): Promise<ResumeIndex> {
  const records = new Map<string, { sha256: string | null; line: string | null }>();
  let lines = 0;
  if (!existsSync(out)) return { records, lines, cutLine: false };
  const rl = createInterface({ input: createReadStream(out, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    lines++;
    try {
      const r = JSON.parse(line) as BatchRecord;
      // only parsed inputs are done; a failed one is tried again
      if (typeof r.path === 'string') records.set(r.path, { sha256: r.document ? r.sha256 : null, line: keepLines ? line : null });
    } catch {
      // a line cut by an interrupted run: that input is simply done again
    }
  }
  const size = statSync(out).size;
  let cutLine = false;
  if (size > 0) {
    const last = Buffer.alloc(1);
    const fd = openSync(out, 'r');
    readSync(fd, last, 0, 1, size - 1);
    closeSync(fd);
    cutLine = last[0] !== 0x0a;
  }
  return { records, lines, cutLine };
}

/**
 * After a resumed run: one line per path (the last one written wins: a file that changed
 * since was appended again), in the order of the file. Written beside, then renamed.
 */
async function compact(out: string): Promise<void> {
  const lastLineOf = new Map<string, number>();
  const kept: string[] = [];
  const rl = createInterface({ input: createReadStream(out, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let path: string | null = null;
    try {
      path = (JSON.parse(line) as BatchRecord).path;
    } catch {
      continue; // a cut line of an interrupted run
    }
    const previous = lastLineOf.get(path);
    if (previous !== undefined) kept[previous] = '';
    lastLineOf.set(path, kept.length);
    kept.push(line);
  }
  const tmp = `${out}.tmp-${process.pid}`;
  const stream = createWriteStream(tmp);
  for (const line of kept) if (line) if (!stream.write(line + '\n')) await once(stream, 'drain');
  stream.end();
  await once(stream, 'finish');
  renameSync(tmp, out);
}

interface Summary {
  inputs: number;
  read: number;
  parsed: number;
  failed: number;
  skipped: number;
  failedByCode: Map<string, number>;
  truncated: number;
  bytes: number;
  chars: number;
  sections: number;
  claims: number;
  quantities: number;
  deadlines: number;
}

/** Runs `tigang batch`; returns the exit code. */
export async function runBatch(argv: readonly string[], io: Io): Promise<number> {
  const options = parseBatchArgs(argv);
  if (options === 'help') {
    io.stdout(BATCH_USAGE);
    return 0;
  }
  const started = performance.now();
  const exclude = [options.out, options.tables].filter((p): p is string => p !== null);
  const inputs = await expandInputs(options.inputs, { from: options.from, exclude });
  const resume = options.resume && options.out ? await readResumeIndex(options.out, options.tables !== null) : null;

  // outputs
  let out: WriteStream | null = null;
  let closedEarly = false;
  let outputError: Error | null = null;
  if (options.out) {
    out = createWriteStream(options.out, { flags: resume ? 'a' : 'w' });
    if (resume?.cutLine) out.write('\n');
    out.on('error', (error) => {
      // a full disk or a vanished folder: stop starting inputs, report, exit 1
      closedEarly = true;
      outputError ??= error;
    });
  }
  const writeOut = async (text: string) => {
    if (closedEarly) return;
    if (out) {
      // an error instead of 'drain' (disk full) is reported at the end, through outputError
      if (!out.write(text)) await once(out, 'drain').catch(() => {});
    } else io.stdout(text);
  };
  const tableStreams = new Map<TableName, WriteStream>();
  if (options.tables) {
    mkdirSync(options.tables, { recursive: true });
    for (const name of TABLE_NAMES) {
      const stream = createWriteStream(`${options.tables}/${name}.csv`);
      stream.write(csvHeader(TABLES[name]));
      tableStreams.set(name, stream);
    }
  }

  const summary: Summary = {
    inputs: inputs.length, read: 0, parsed: 0, failed: 0, skipped: 0, failedByCode: new Map(),
    truncated: 0, bytes: 0, chars: 0, sections: 0, claims: 0, quantities: 0, deadlines: 0,
  };
  const progress = new Progress(io, inputs.length, options.quiet);

  const taskOf = (index: number): BatchTask => {
    const path = inputs[index]!;
    const known = resume?.records.get(path) ?? null;
    const task: BatchTask = {
      index, path, format: options.inputFormat, maxBytes: options.maxBytes, referenceDate: options.referenceDate,
      tables: options.tables !== null, knownSha256: known?.sha256 ?? null, knownLine: known?.line ?? null,
    };
    if (path === '-') task.bytes = io.readStdin();
    return task;
  };

  // results are written in input order: a result waits in `pending` until its turn
  const pending = new Map<number, BatchResult>();
  let nextToWrite = 0;
  const flush = async () => {
    while (pending.has(nextToWrite)) {
      const r = pending.get(nextToWrite)!;
      pending.delete(nextToWrite);
      nextToWrite++;
      account(summary, r);
      if (r.line !== undefined) await writeOut(r.line + '\n');
      if (r.tables) for (const [name, text] of Object.entries(r.tables)) if (text) tableStreams.get(name as TableName)!.write(text);
      if (r.status === 'failed' && r.line) progress.failure(r.path, (JSON.parse(r.line) as BatchRecord).error!);
      progress.tick(r.size);
    }
  };

  const workerUrl = new URL('./batch-worker.js', import.meta.url);
  const useWorkers = existsSync(fileURLToPath(workerUrl)) && inputs.length > 1;
  const jobs = Math.max(1, Math.min(options.jobs, inputs.length));
  // a bounded window of inputs in flight or waiting for their turn: memory stays bounded
  const window = jobs * 4;
  let nextToStart = 0;
  // one flush at a time, so that the JSONL and the tables keep the same order
  let flushing: Promise<void> = Promise.resolve();
  const settle = (result: BatchResult) => {
    pending.set(result.index, result);
    return (flushing = flushing.then(flush));
  };

  if (useWorkers) {
    await new Promise<void>((resolveAll, rejectAll) => {
      interface Slot {
        worker: Worker;
        /** Sent and not yet answered, in the order sent (the worker takes them in that order). */
        tasks: BatchTask[];
      }
      const slots: Slot[] = [];
      let finished = false;
      const finishIfDone = () => {
        if (finished || slots.some((s) => s.tasks.length > 0) || (nextToWrite < inputs.length && !closedEarly)) return;
        finished = true;
        for (const s of slots) void s.worker.terminate();
        resolveAll();
      };
      const send = (slot: Slot, task: BatchTask) => {
        slot.tasks.push(task);
        slot.worker.postMessage(task);
      };
      const pump = () => {
        // breadth first: every worker gets its first input before any gets a second
        for (let depth = 1; depth <= WORKER_QUEUE_DEPTH; depth++) {
          for (const slot of slots) {
            if (slot.tasks.length >= depth) continue;
            if (closedEarly || nextToStart >= inputs.length || nextToStart >= nextToWrite + window) break;
            send(slot, taskOf(nextToStart++));
          }
        }
        finishIfDone();
      };
      const start = (slot: Slot): Worker => {
        const worker = new Worker(workerUrl, { execArgv: workerExecArgv(process.execArgv) });
        worker.on('message', (result: BatchResult) => {
          slot.tasks = slot.tasks.filter((t) => t.index !== result.index);
          settle(result).then(pump, rejectAll);
        });
        worker.on('error', (error) => {
          // a crashed worker (out of memory on one input): the input it was on fails, a fresh
          // worker takes the ones queued behind it
          const [failed, ...queued] = slot.tasks;
          slot.tasks = [];
          if (finished) return;
          slot.worker = start(slot);
          for (const task of queued) send(slot, task);
          (failed ? settle(failedResult(failed, error)) : Promise.resolve()).then(pump, rejectAll);
        });
        return worker;
      };
      for (let i = 0; i < jobs; i++) {
        const slot: Slot = { worker: null as unknown as Worker, tasks: [] };
        slot.worker = start(slot);
        slots.push(slot);
      }
      pump();
    });
  } else {
    for (; nextToStart < inputs.length && !closedEarly; nextToStart++) await settle(await processTaskSafely(taskOf(nextToStart)));
  }

  progress.stop();
  for (const stream of tableStreams.values()) stream.end();
  await Promise.all([...tableStreams.values()].map((s) => once(s, 'finish')));
  if (out && !outputError) {
    out.end();
    await once(out, 'finish').catch(() => {});
    if (!outputError && resume && resume.lines > 0 && summary.read > 0) await compact(options.out!);
  }
  if (outputError) {
    io.stderr(`tigang: cannot write ${options.out}: ${(outputError as Error).message}\n`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!options.quiet) io.stderr(formatSummary(summary, seconds));
  return summary.failed > 0 ? 1 : 0;
}

function account(s: Summary, r: BatchResult): void {
  if (r.status === 'skipped') {
    s.skipped++;
    return;
  }
  s.read++;
  s.bytes += r.size;
  if (r.status === 'parsed') s.parsed++;
  else {
    s.failed++;
    const code = r.errorCode ?? 'internal-error';
    s.failedByCode.set(code, (s.failedByCode.get(code) ?? 0) + 1);
  }
  if (r.truncated) s.truncated++;
  s.chars += r.counts.chars;
  s.sections += r.counts.sections;
  s.claims += r.counts.claims;
  s.quantities += r.counts.quantities;
  s.deadlines += r.counts.deadlines;
}

export function formatSummary(s: Summary, seconds: number): string {
  const mb = s.bytes / 1e6;
  const byCode = [...s.failedByCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${c} ${n}`).join(', ');
  return (
    `tigang batch: ${s.inputs} inputs: ${s.read} read, ${s.parsed} parsed, ${s.failed} failed${byCode ? ` (${byCode})` : ''}, ${s.skipped} skipped\n` +
    `  truncated texts: ${s.truncated}; totals: ${mb.toFixed(2)} MB, ${s.chars} characters, ${s.sections} sections, ${s.claims} claims, ${s.quantities} quantities, ${s.deadlines} deadlines\n` +
    `  time: ${seconds.toFixed(1)} s (${(s.read / Math.max(seconds, 1e-3)).toFixed(1)} files/s, ${(mb / Math.max(seconds, 1e-3)).toFixed(2)} MB/s)\n`
  );
}

/** A progress bar on a terminal, a plain line every few seconds otherwise, nothing with --quiet. */
class Progress {
  private readonly bar: cliProgress.SingleBar | null = null;
  private done = 0;
  private bytes = 0;
  private readonly started = performance.now();
  private lastLine = performance.now();

  constructor(
    private readonly io: Io,
    private readonly total: number,
    private readonly quiet: boolean,
  ) {
    if (quiet || !io.stderrIsTTY) return;
    this.bar = new cliProgress.SingleBar(
      { format: 'tigang batch [{bar}] {value}/{total} files | {mbps} MB/s | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0, { mbps: '0.00' });
  }

  tick(size: number): void {
    this.done++;
    this.bytes += size;
    if (this.quiet) return;
    const seconds = (performance.now() - this.started) / 1000;
    const mbps = (this.bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(2);
    if (this.bar) this.bar.update(this.done, { mbps });
    else if (performance.now() - this.lastLine > 2000 && this.done < this.total) {
      this.lastLine = performance.now();
      const eta = this.done ? ((this.total - this.done) * seconds) / this.done : 0;
      this.io.stderr(`tigang batch: ${this.done}/${this.total} files, ${mbps} MB/s, ETA ${Math.ceil(eta)} s\n`);
    }
  }

  failure(path: string, error: BatchRecord['error'] & object): void {
    if (this.quiet) return;
    const line = `${errorLine(path, error)}\n`;
    if (this.bar) {
      // a line above the bar
      process.stderr.write('\r\x1b[K' + line);
      this.bar.updateETA();
    } else this.io.stderr(line);
  }

  stop(): void {
    this.bar?.stop();
  }
}
