import { parseArgs, type ParseArgsConfig } from 'node:util';
import { toReferenceDate } from 'tigang/node';

export type OutputFormat = 'json' | 'jsonl' | 'outline' | 'md' | 'csv';

export interface CliCommand {
  command: 'parse' | 'commitments' | 'batch' | 'help' | 'version';
  files: string[];
  format: OutputFormat;
  inputFormat: 'text' | 'markdown' | 'html' | 'docx' | null;
  referenceDate: string | null;
  compact: boolean;
}

/** `tigang` alone: the usage is printed (to stderr, exit code 2). */
export const NO_COMMAND = 'missing command: parse, commitments or batch.';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs over the command's arguments, positionals allowed; what it rejects
 * becomes a UsageError (without node's "To specify a positional…" advice). Every command
 * reads its options through this.
 */
export function parseOptions<const O extends OptionsConfig>(argv: readonly string[], options: O): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>> {
  try {
    return parseArgs<{ args: string[]; allowPositionals: true; options: O }>({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, '.'));
  }
}

const FORMATS: Record<'parse' | 'commitments', OutputFormat[]> = {
  parse: ['json', 'jsonl', 'outline', 'md'],
  commitments: ['json', 'csv'],
};

export const USAGE = `Usage: tigang <command> [options] FILE... | -

Commands:
  parse FILE|-          Parse .txt, .md, .html or .docx files (or stdin) and print the document.
  commitments FILE|-    Print one row per commitment/achievement with its section path.
  batch INPUT...        Parse files, folders and globs in parallel into JSONL and tables
                        (tigang batch --help for its options).
  report FILE|DIR|JSONL --out report.html  One HTML file to review every extraction (tigang report -h).
  score MARKS.jsonl     Precision and recall from a report's exported reviewer marks.
  compare A B | --corpus DIR|FILE... --out DIR   Compare two texts, or a corpus (tigang compare --help).

Options:
  --format FORMAT       parse: json (default), jsonl, outline, md
                        commitments: csv (default, UTF-8 with BOM), json
  --input FORMAT        Read the input as text, markdown, html or docx (default: from the file extension).
  --reference-date DATE ISO date that relative deadlines (今年, 年内) resolve against.
  --compact             JSON on one line.
  -h, --help            Show this help.
  -v, --version         Show the version.
`;

/** Parses process arguments into a command; throws UsageError with a clear message. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const parsed = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    input: { type: 'string' },
    'reference-date': { type: 'string' },
    compact: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  const { values, positionals } = parsed;
  const base = { files: [], format: 'json' as OutputFormat, inputFormat: null, referenceDate: null, compact: false };
  if (values.version) return { command: 'version', ...base };
  const [command, ...files] = positionals;
  if (values.help || command === 'help') return { command: 'help', ...base };
  if (command === undefined) throw new UsageError(NO_COMMAND);
  if (command !== 'parse' && command !== 'commitments') throw new UsageError(`Unknown command "${command}". Commands: parse, commitments, batch.`);
  if (files.length === 0) throw new UsageError(`tigang ${command} needs a FILE (or - for stdin).`);
  // stdin can be read once: a second - would be an empty document
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be given only once.');
  const format = (values.format ?? (command === 'commitments' ? 'csv' : 'json')) as OutputFormat;
  if (!FORMATS[command].includes(format)) {
    throw new UsageError(`Unknown --format "${values.format}" for ${command}: use ${FORMATS[command].join(', ')}.`);
  }
  const input = values.input ?? null;
  if (input !== null && input !== 'text' && input !== 'markdown' && input !== 'html' && input !== 'docx') {
    throw new UsageError(`Unknown --input "${input}": use text, markdown, html or docx.`);
  }
  let referenceDate: string | null;
  try {
    // the library's own check (a real calendar date: 2024-02-30 is not one)
    referenceDate = toReferenceDate(values['reference-date'] ?? null, '--reference-date');
  } catch {
    throw new UsageError(`--reference-date must be an ISO date (YYYY-MM-DD), got "${values['reference-date']}".`);
  }
  return { command, files, format, inputFormat: input, referenceDate, compact: values.compact ?? false };
}
