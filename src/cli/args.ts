import { parseArgs } from 'node:util';

export type OutputFormat = 'json' | 'jsonl' | 'outline' | 'md' | 'csv';

export interface CliCommand {
  command: 'parse' | 'commitments' | 'help' | 'version';
  files: string[];
  format: OutputFormat;
  inputFormat: 'text' | 'markdown' | null;
  referenceDate: string | null;
  compact: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FORMATS: Record<'parse' | 'commitments', OutputFormat[]> = {
  parse: ['json', 'jsonl', 'outline', 'md'],
  commitments: ['json', 'csv'],
};

export const USAGE = `Usage: tigang <command> [options] FILE... | -

Commands:
  parse FILE|-          Parse .txt or .md files (or stdin) and print the document.
  commitments FILE|-    Print one row per commitment/achievement with its section path.
  compare A B | --corpus DIR|FILE... --out DIR   Compare two texts, or a corpus (tigang compare --help).

Options:
  --format FORMAT       parse: json (default), jsonl, outline, md
                        commitments: csv (default, UTF-8 with BOM), json
  --input text|markdown Read the input as this format (default: from the file extension).
  --reference-date DATE ISO date that relative deadlines (今年, 年内) resolve against.
  --compact             JSON on one line.
  -h, --help            Show this help.
  -v, --version         Show the version.
`;

/** Parses process arguments into a command; throws UsageError with a clear message. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        input: { type: 'string' },
        'reference-date': { type: 'string' },
        compact: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  const base = { files: [], format: 'json' as OutputFormat, inputFormat: null, referenceDate: null, compact: false };
  if (values.version) return { command: 'version', ...base };
  const [command, ...files] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help', ...base };
  if (command !== 'parse' && command !== 'commitments') throw new UsageError(`Unknown command "${command}". Commands: parse, commitments.`);
  if (files.length === 0) throw new UsageError(`tigang ${command} needs a FILE (or - for stdin).`);
  const format = (values.format ?? (command === 'commitments' ? 'csv' : 'json')) as OutputFormat;
  if (!FORMATS[command].includes(format)) {
    throw new UsageError(`Unknown --format "${values.format}" for ${command}: use ${FORMATS[command].join(', ')}.`);
  }
  const input = values.input ?? null;
  if (input !== null && input !== 'text' && input !== 'markdown') throw new UsageError(`Unknown --input "${input}": use text or markdown.`);
  const referenceDate = values['reference-date'] ?? null;
  if (referenceDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new UsageError(`--reference-date must be an ISO date (YYYY-MM-DD), got "${referenceDate}".`);
  }
  return { command, files, format, inputFormat: input, referenceDate, compact: values.compact ?? false };
}
