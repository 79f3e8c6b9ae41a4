import { readFileSync } from 'node:fs';
import { isTigangError } from '../errors.js';
import { formatOfPath, parseFileSync } from '../node.js';
import { parse } from '../parse.js';
import { outlineToMarkdown } from '../render/outline-markdown.js';
import { outlineToText } from '../render/outline-text.js';
import type { TigangDocument } from '../schema/document.js';
import { parseCliArgs, UsageError, USAGE, type CliCommand } from './args.js';
import { claimsToCsv, claimsToRows } from './commitments.js';
import { runCompare } from './compare.js';

declare const __TIGANG_VERSION__: string;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Uint8Array;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => readFileSync(0),
};

function load(file: string, cmd: CliCommand): TigangDocument {
  const options = { ...(cmd.referenceDate ? { referenceDate: cmd.referenceDate } : {}) };
  if (file === '-') return parse(processIoOverride.readStdin(), { format: cmd.inputFormat ?? 'text', path: null, ...options });
  return parseFileSync(file, { format: cmd.inputFormat ?? formatOfPath(file), ...options });
}

let processIoOverride: Io = processIo;

function render(doc: TigangDocument, cmd: CliCommand, many: boolean): string {
  if (cmd.command === 'commitments') {
    return cmd.format === 'csv' ? '' : JSON.stringify(claimsToRows(doc), null, cmd.compact ? 0 : 2) + '\n';
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
  if (argv[0] === 'compare') return runCompare(argv.slice(1), io);
  let cmd: CliCommand;
  try {
    cmd = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tigang: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (cmd.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (cmd.command === 'version') {
    io.stdout(`${typeof __TIGANG_VERSION__ === 'string' ? __TIGANG_VERSION__ : 'dev'}\n`);
    return 0;
  }
  let failed = 0;
  const many = cmd.files.length > 1;
  const csvDocs: TigangDocument[] = [];
  for (const file of cmd.files) {
    try {
      const doc = load(file, cmd);
      if (cmd.command === 'commitments' && cmd.format === 'csv') csvDocs.push(doc);
      else io.stdout(render(doc, cmd, many));
    } catch (error) {
      failed++;
      if (isTigangError(error)) io.stderr(`tigang: ${file}: ${error.message} [${error.code}]\n`);
      else {
        io.stderr(`tigang: ${file}: unexpected error: ${(error as Error).message}\n`);
        if (process.env.DEBUG) io.stderr(`${(error as Error).stack}\n`);
      }
    }
  }
  if (csvDocs.length) io.stdout(claimsToCsv(csvDocs));
  return failed ? 1 : 0;
}
