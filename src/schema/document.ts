import { z } from 'zod';
import { RemovedSpan, Truncation, Warning } from './diagnostics.js';
import { Claim, Quantity, TimeExpression } from './extraction.js';
import { Explain } from './explain.js';
import { Metadata } from './metadata.js';
import { OutlineRoot, Toc } from './outline.js';

import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION } from './version.js';

/** docx is read by tigang/node (parseFile), which projects it to text first. */
export const InputFormat = z.enum(['text', 'markdown', 'html', 'docx']);
export type InputFormat = z.infer<typeof InputFormat>;

/** Where the text came from and how it was read. */
export const SourceInfo = z.object({
  /** The file path, when parsed from a file or given as `options.path`. */
  path: z.string().nullable(),
  /** How the input was read: text, or Markdown projected to text. */
  format: InputFormat,
  /** Encoding the bytes were decoded from; "string" when a string was given. */
  encoding: z.string(),
  /** Length of the decoded original text in UTF-16 units: every position points into it. */
  length: z.number().int(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

/** What `parse` returns: one document, every position pointing into its original text. */
export const TigangDocument = z.object({
  /** The version of this shape (semver; see SCHEMA_VERSION). */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Where the text came from, its encoding and its length. */
  source: SourceInfo,
  /** The document's title, when found (also in `metadata.title`, with its position). */
  title: z.string().nullable(),
  /** Title, occasion, speaker, date, source, salutation and closing, where found. */
  metadata: Metadata,
  /** Every span the cleaner deleted, with its reason, in text order. */
  removed: z.array(RemovedSpan),
  /** Whether the site cut the text, and how much is missing. */
  truncation: Truncation,
  /** The table of contents, when the text has one. */
  toc: Toc.nullable(),
  /** The outline tree (unist): numbered headings nested by their numbering. */
  outline: OutlineRoot,
  /** Every quantity in the body, in text order. */
  quantities: z.array(Quantity),
  /** Every time expression in the body (deadlines, periods, recurrences, past spans), in text order. */
  deadlines: z.array(TimeExpression),
  /** Claims that set a target or task. */
  commitments: z.array(Claim),
  /** Claims that report a result. */
  achievements: z.array(Claim),
  /** Problems that did not stop parsing. */
  warnings: z.array(Warning),
  /** What the extractors rejected and why: present only with the `explain` option. */
  explain: Explain.optional(),
});
export type TigangDocument = z.infer<typeof TigangDocument>;
