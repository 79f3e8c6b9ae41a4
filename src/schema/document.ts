import { z } from 'zod';
import { RemovedSpan, Truncation, Warning } from './diagnostics.js';
import { Claim, Quantity, TimeExpression } from './extraction.js';
import { Metadata } from './metadata.js';
import { OutlineRoot, Toc } from './outline.js';

import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION } from './version.js';

/** docx is read by tigang/node (parseFile), which projects it to text first. */
export const InputFormat = z.enum(['text', 'markdown', 'html', 'docx']);
export type InputFormat = z.infer<typeof InputFormat>;

export const SourceInfo = z.object({
  path: z.string().nullable(),
  format: InputFormat,
  /** Encoding the bytes were decoded from; "string" when a string was given. */
  encoding: z.string(),
  /** Length of the decoded original text in UTF-16 units: every position points into it. */
  length: z.number().int(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

export const TigangDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceInfo,
  title: z.string().nullable(),
  metadata: Metadata,
  removed: z.array(RemovedSpan),
  truncation: Truncation,
  toc: Toc.nullable(),
  outline: OutlineRoot,
  quantities: z.array(Quantity),
  deadlines: z.array(TimeExpression),
  commitments: z.array(Claim),
  achievements: z.array(Claim),
  warnings: z.array(Warning),
});
export type TigangDocument = z.infer<typeof TigangDocument>;
