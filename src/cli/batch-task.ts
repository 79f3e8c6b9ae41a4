// One input of `tigang batch`, start to end: read (within --max-bytes), hash, parse, and
// turn into its JSONL line and table rows. Runs in a worker thread (batch-worker.ts) or,
// when no worker file is built, in the main thread.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { formatOfPath, message, parseBytes, TigangError, type InputFormat, type TigangErrorCode } from 'tigang/node';
import { errorRecord, inputId, type BatchRecord } from './records.js';
import { csvLines, TABLES, TABLE_NAMES, tableRows, type TableName } from './tables.js';

export interface BatchTask {
  index: number;
  /** The input as given ('-' for stdin). */
  path: string;
  /** stdin's bytes (read by the main thread). */
  bytes?: Uint8Array;
  format: InputFormat | null;
  maxBytes: number;
  referenceDate: string | null;
  tables: boolean;
  /** --resume: the hash recorded for this path; equal → skipped. */
  knownSha256: string | null;
  /** --resume with --tables: the recorded line, whose rows the tables need again. */
  knownLine: string | null;
}

export interface BatchResult {
  index: number;
  status: 'parsed' | 'failed' | 'skipped';
  /** The JSONL line (no newline); absent when skipped. */
  line?: string;
  tables?: Partial<Record<TableName, string>>;
  path: string;
  size: number;
  errorCode?: string;
  truncated: boolean;
  counts: { sections: number; claims: number; quantities: number; deadlines: number; chars: number };
}

/** An error of the batch itself, through the one error class. */
function batchError(code: TigangErrorCode, params: Record<string, unknown>): TigangError {
  return new TigangError(code, params as never);
}

function countSections(sections: readonly { children: readonly unknown[] }[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children as { children: readonly unknown[] }[]), 0);
}

/**
 * Files a collected corpus often holds beside its texts that tigang does not read (PDF,
 * legacy Word/WPS, spreadsheets, slides, archives, images): a clear error, not "undecodable".
 */
const UNSUPPORTED = /\.(pdf|doc|wps|odt|rtf|xls|xlsx|et|ppt|pptx|dps|zip|rar|7z|gz|tgz|bz2|xz|png|jpe?g|gif|bmp|tiff?|webp|mp3|mp4)$/i;

export async function processTask(task: BatchTask): Promise<BatchResult> {
  const path = task.path;
  const format: InputFormat = task.format ?? (path === '-' ? 'text' : formatOfPath(path));
  let size: number | null = null;
  let sha256: string | null = null;
  let record: BatchRecord;
  try {
    const unsupported = task.format === null ? UNSUPPORTED.exec(path) : null;
    let bytes: Uint8Array;
    if (task.bytes) bytes = task.bytes;
    else {
      const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? batchError('file-not-found', { path }) : batchError('file-unreadable', { path, reason: error.code ?? error.message });
      });
      if (!info.isFile()) throw batchError('file-unreadable', { path, reason: 'not a regular file' });
      size = info.size;
      // refused before reading: memory stays bounded by --max-bytes
      if (size > task.maxBytes) throw batchError('file-too-large', { path, size, limit: task.maxBytes });
      bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        throw batchError('file-unreadable', { path, reason: error.code ?? error.message });
      });
    }
    size = bytes.length;
    if (unsupported) {
      sha256 = createHash('sha256').update(bytes).digest('hex');
      throw batchError('unsupported-format', { path, format: unsupported[1]!.toLowerCase(), supported: ['text', 'markdown', 'html', 'docx'] });
    }
    if (size > task.maxBytes) throw batchError('file-too-large', { path, size, limit: task.maxBytes });
    sha256 = createHash('sha256').update(bytes).digest('hex');
    if (task.knownSha256 === sha256) return skipped(task, size);
    if (size === 0) throw batchError('empty-input', { path });
    const document = await parseBytes(bytes, { format, path, ...(task.referenceDate ? { referenceDate: task.referenceDate } : {}) });
    record = { id: inputId(path, sha256), path, sha256, size, format, encoding: document.source.encoding, document };
  } catch (error) {
    record = { id: inputId(path, sha256), path, sha256, size, format, encoding: null, error: errorRecord(error) };
  }
  const doc = record.document;
  return {
    index: task.index,
    status: doc ? 'parsed' : 'failed',
    line: JSON.stringify(record),
    ...(task.tables ? { tables: tablesOf(record) } : {}),
    path,
    size: size ?? 0,
    ...(record.error ? { errorCode: record.error.code } : {}),
    truncated: doc?.truncation.truncated ?? false,
    counts: {
      sections: doc ? countSections(doc.outline.children) : 0,
      claims: doc ? doc.commitments.length + doc.achievements.length : 0,
      quantities: doc?.quantities.length ?? 0,
      deadlines: doc?.deadlines.length ?? 0,
      chars: doc?.source.length ?? 0,
    },
  };
}

function tablesOf(record: BatchRecord): Partial<Record<TableName, string>> {
  const rows = tableRows(record);
  const out: Partial<Record<TableName, string>> = {};
  for (const name of TABLE_NAMES) if (rows[name].length) out[name] = csvLines(TABLES[name], rows[name]);
  return out;
}

/** Done in an earlier run: nothing to write, except its table rows (rebuilt from its recorded line). */
function skipped(task: BatchTask, size: number): BatchResult {
  let tables: Partial<Record<TableName, string>> | undefined;
  if (task.tables && task.knownLine) tables = tablesOf(JSON.parse(task.knownLine) as BatchRecord);
  return {
    index: task.index,
    status: 'skipped',
    ...(tables ? { tables } : {}),
    path: task.path,
    size,
    truncated: false,
    counts: { sections: 0, claims: 0, quantities: 0, deadlines: 0, chars: 0 },
  };
}

/** processTask that never rejects: an unexpected failure is the input's error record. */
export async function processTaskSafely(task: BatchTask): Promise<BatchResult> {
  try {
    return await processTask(task);
  } catch (error) {
    return failedResult(task, error);
  }
}

/** The result of an input whose processing failed outside parsing (a bug, a crashed worker). */
export function failedResult(task: BatchTask, error: unknown): BatchResult {
  const record: BatchRecord = { id: inputId(task.path, null), path: task.path, sha256: null, size: null, format: task.format ?? (task.path === '-' ? 'text' : formatOfPath(task.path)), encoding: null, error: errorRecord(error) };
  return {
    index: task.index,
    status: 'failed',
    line: JSON.stringify(record),
    ...(task.tables ? { tables: tablesOf(record) } : {}),
    path: task.path,
    size: 0,
    errorCode: record.error!.code,
    truncated: false,
    counts: { sections: 0, claims: 0, quantities: 0, deadlines: 0, chars: 0 },
  };
}
