import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
// the CLI goes through the public Node entry only ('tigang/node')
import { formatOfPath, isTigangError, message, outlineToMarkdown, outlineToText, parse, parseBytes, parseFile, parseFileSync, type Locale, type TigangDocument } from 'tigang/node';
import { NO_COMMAND, parseCliArgs, UsageError, USAGE, type CliCommand } from './args.js';
import { runBatch } from './batch.js';
import { claimsToCsv, claimsToRows } from './commitments.js';
import { errorLine, errorRecord, inputId } from './records.js';
import { runReportCommand } from './report.js';
import { runCompare } from './compare.js';

declare const __TIGANG_VERSION__: string;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Uint8Array;
  /** stderr is a terminal: batch draws a progress bar on it. */
  stderrIsTTY?: boolean;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => readFileSync(0),
  stderrIsTTY: process.stderr.isTTY === true,
};

function load(file: string, cmd: CliCommand): TigangDocument {
  const options = { ...(cmd.referenceDate ? { referenceDate: cmd.referenceDate } : {}) };
  if (file === '-') return parse(processIoOverride.readStdin(), { format: cmd.inputFormat ?? 'text', path: null, ...options });
  return parseFileSync(file, { format: cmd.inputFormat ?? formatOfPath(file), ...options });
}

/** load(), for inputs that are read asynchronously (.docx). */
async function loadAsync(file: string, cmd: CliCommand): Promise<TigangDocument> {
  const options = { ...(cmd.referenceDate ? { referenceDate: cmd.referenceDate } : {}) };
  const format = cmd.inputFormat ?? (file === '-' ? 'text' : formatOfPath(file));
  if (file === '-') return parseBytes(processIoOverride.readStdin(), { format, path: null, ...options });
  if (format !== 'docx') return load(file, cmd);
  return parseFile(file, { format, ...options });
}

/** documentId of the claims table: the same id a batch gives the file. */
function documentIdOf(file: string): string | null {
  if (file === '-') return null;
  try {
    return inputId(file, createHash('sha256').update(readFileSync(file)).digest('hex'));
  } catch {
    return null;
  }
}

/** One usage error line and where to look: the whole help is for --help. */
function usageError(io: Io, error: UsageError, command = 'tigang'): number {
  io.stderr(error.message === NO_COMMAND ? USAGE : `tigang: ${error.message}\nTry '${command} --help' for the usage.\n`);
  return 2;
}

/**
 * Runs any command, .docx inputs and `tigang batch` included (the bin calls this);
 * returns the exit code: 0 ok, 1 a file failed, 2 usage error.
 */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (argv[0] === 'report' || argv[0] === 'score') return runReportCommand(argv, io);
  if (argv[0] === 'compare') return runCompare(argv.slice(1), io);
  if (argv[0] === 'batch') {
    try {
      return await runBatch(argv.slice(1), io);
    } catch (error) {
      if (error instanceof UsageError) return usageError(io, error, 'tigang batch');
      throw error;
    }
  }
  const cmd = commandOf(argv, io);
  if (typeof cmd === 'number') return cmd;
  processIoOverride = io;
  const docx = (f: string) => (cmd.inputFormat ?? (f === '-' ? 'text' : formatOfPath(f))) === 'docx';
  if ((cmd.command !== 'parse' && cmd.command !== 'commitments') || !cmd.files.some(docx)) return runCommand(cmd, io);
  return processFiles(cmd, io, (file) => loadAsync(file, cmd));
}

/** The command the arguments name, or the exit code of a usage error (reported on io). */
function commandOf(argv: readonly string[], io: Io): CliCommand | number {
  try {
    return parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error);
    throw error;
  }
}

let processIoOverride: Io = processIo;

/** Messages are made here, at the edge: in Chinese when the environment's language is Chinese. */
function localeOf(env: NodeJS.ProcessEnv): Locale {
  const lang = env.TIGANG_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(lang) ? 'zh' : 'en';
}

function render(doc: TigangDocument, cmd: CliCommand, many: boolean): string {
  if (cmd.command === 'commitments') {
    return cmd.format === 'csv' ? '' : JSON.stringify(claimsToRows(doc, doc.source.path ? documentIdOf(doc.source.path) : null), null, cmd.compact ? 0 : 2) + '\n';
  }
  switch (cmd.format) {
    case 'outline': {
      const head = many ? `# ${doc.source.path ?? '-'}\n` : '';
      const title = doc.title ? `${doc.title}\n` : '';
      return `${head}${title}${outlineToText(doc.outline)}\n${many ? '\n' : ''}`;
    }
    case 'md':
      return outlineToMarkdown(doc.outline, doc.title);
    case 'jsonl':
      return JSON.stringify(doc) + '\n';
    default:
      return (many || cmd.compact ? JSON.stringify(doc) : JSON.stringify(doc, null, 2)) + '\n';
  }
}

/** Runs the CLI; returns the exit code (0 ok, 1 a file failed, 2 usage error). */
export function main(argv: readonly string[], io: Io = processIo): number {
  processIoOverride = io;
  if (argv[0] === 'report' || argv[0] === 'score') return runReportCommand(argv, io);
  if (argv[0] === 'compare') return runCompare(argv.slice(1), io);
  const cmd = commandOf(argv, io);
  return typeof cmd === 'number' ? cmd : runCommand(cmd, io);
}

/** help, version, or parse/commitments with every file read synchronously. */
function runCommand(cmd: CliCommand, io: Io): number {
  if (cmd.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (cmd.command === 'version') {
    io.stdout(`${typeof __TIGANG_VERSION__ === 'string' ? __TIGANG_VERSION__ : 'dev'}\n`);
    return 0;
  }
  return processFiles(cmd, io, (file) => load(file, cmd));
}

/** Loads, renders and reports every file (synchronously when `loadOne` is, so that main stays synchronous). */
function processFiles<R extends TigangDocument | Promise<TigangDocument>>(
  cmd: CliCommand,
  io: Io,
  loadOne: (file: string) => R,
): R extends Promise<TigangDocument> ? Promise<number> : number {
  let failed = 0;
  const many = cmd.files.length > 1;
  const csvDocs: TigangDocument[] = [];
  const csvIds: (string | null)[] = [];
  const done = (file: string, doc: TigangDocument) => {
    if (cmd.command === 'commitments' && cmd.format === 'csv') {
      csvDocs.push(doc);
      csvIds.push(documentIdOf(file));
    } else io.stdout(render(doc, cmd, many));
    // JSON carries the warnings as data; the text formats show them on stderr
    if (cmd.format === 'outline' || cmd.format === 'md') {
      for (const w of doc.warnings) io.stderr(`tigang: ${file}: warning: ${message(w, localeOf(process.env))} [${w.code}]\n`);
    }
  };
  const fail = (file: string, error: unknown) => {
    failed++;
    const record = errorRecord(error);
    if (isTigangError(error)) record.message = message(error, localeOf(process.env));
    io.stderr(`${errorLine(file, record)}\n`);
    if (record.code === 'internal-error' && process.env.DEBUG) io.stderr(`${(error as Error).stack}\n`);
  };
  const finish = () => {
    if (csvDocs.length) io.stdout(claimsToCsv(csvDocs, csvIds));
    return failed ? 1 : 0;
  };
  type Out = R extends Promise<TigangDocument> ? Promise<number> : number;
  const files = [...cmd.files];
  const step = (): number | Promise<number> => {
    while (files.length) {
      const file = files.shift()!;
      let result: TigangDocument | Promise<TigangDocument>;
      try {
        result = loadOne(file);
      } catch (error) {
        fail(file, error);
        continue;
      }
      if (result instanceof Promise) {
        return result.then((doc) => done(file, doc), (error: unknown) => fail(file, error)).then(step);
      }
      done(file, result);
    }
    return finish();
  };
  return step() as Out;
}
