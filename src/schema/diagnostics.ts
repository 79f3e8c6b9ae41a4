import { z } from 'zod';
import { Position } from './position.js';

/** Codes of problems that do not stop parsing. Message texts live in src/messages.ts. */
export const WarningCode = z.enum([
  'truncated',
  'ordinal-gap',
  'orphan-heading',
  'toc-only-heading',
  'replacement-character',
  'unresolved-deadline',
  'markdown-fallback',
  'empty-document',
]);
export type WarningCode = z.infer<typeof WarningCode>;

export const Warning = z.object({
  code: WarningCode,
  message: z.string(),
  position: Position.optional(),
  /** The stage that raised it: decode, clean, metadata, outline, extract. */
  source: z.string(),
});
export type Warning = z.infer<typeof Warning>;

/** Why the cleaner removed a span. One reason per rule file in src/clean/rules. */
export const RemovalReason = z.enum([
  'breadcrumb',
  'page-meta',
  'page-chrome',
  'copyright',
  'share-notice',
  'related-links',
  'paywall-cut',
  'truncation-notice',
  'url',
  'footer',
  'page-chunk-number',
  'page-number',
  'hard-wrap',
  'zero-width',
  'pinyin-annotation',
  'html-comment',
  'escape-token',
  'repeated-block',
  'front-matter',
  'markdown-syntax',
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

export const RemovedSpan = z.object({
  reason: RemovalReason,
  text: z.string(),
  position: Position,
});
export type RemovedSpan = z.infer<typeof RemovedSpan>;

export const Truncation = z.object({
  truncated: z.boolean(),
  /** Characters the site says are missing (全文共3811字,当前仅显示2007字 → 1804; 省略715字 → 715), summed over cuts. */
  missingChars: z.number().int().nullable(),
  /** Total length the site claims for the full text, where stated. */
  statedTotalChars: z.number().int().nullable(),
  cuts: z.array(
    z.object({
      kind: z.enum(['omitted', 'tail']),
      missingChars: z.number().int().nullable(),
      position: Position,
    }),
  ),
});
export type Truncation = z.infer<typeof Truncation>;
