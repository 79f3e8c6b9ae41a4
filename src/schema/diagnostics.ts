import { z } from 'zod';
import { STAGES, WARNING_CODES } from '../issues.js';
import { Position } from './position.js';

/** Codes of problems that do not stop parsing. Params per code: src/issues.ts; texts: src/messages.ts. */
export const WarningCode = z.enum(WARNING_CODES);
export type WarningCode = z.infer<typeof WarningCode>;

/** The stage that raised a warning. */
export const Stage = z.enum(STAGES);

const int = z.number().int();
/** Params of each warning code (mirrors `WarningParams` in src/issues.ts; a test checks both agree). */
export const WarningParams = {
  truncated: z.object({ missing: int.nullable() }),
  'ordinal-gap': z.object({ previous: int, current: int, marker: z.string() }),
  'orphan-heading': z.object({ marker: z.string() }),
  'toc-only-heading': z.object({ marker: z.string() }),
  'replacement-character': z.object({ count: int }),
  'unresolved-deadline': z.object({ raw: z.string() }),
  'markdown-fallback': z.object({ reason: z.string() }),
  'empty-document': z.object({ length: int }),
} as const satisfies Record<WarningCode, z.ZodType>;

const warningOf = <C extends WarningCode>(code: C) =>
  z.object({ code: z.literal(code), params: WarningParams[code], position: Position.optional(), stage: Stage });

/** A warning is data: `{ code, params, position?, stage }`; `message(warning, locale)` makes its text. */
export const Warning = z.discriminatedUnion('code', [
  warningOf('truncated'),
  warningOf('ordinal-gap'),
  warningOf('orphan-heading'),
  warningOf('toc-only-heading'),
  warningOf('replacement-character'),
  warningOf('unresolved-deadline'),
  warningOf('markdown-fallback'),
  warningOf('empty-document'),
]);
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
  /** HTML: scripts, styles, the head, navigation, page header and footer, hidden elements. */
  'html-markup',
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

/** A span the cleaner deleted before the outline and extraction read the text. */
export const RemovedSpan = z.object({
  /** The rule that removed it. */
  reason: RemovalReason,
  /** The removed text. */
  text: z.string(),
  /** Where it was in the original text. */
  position: Position,
});
export type RemovedSpan = z.infer<typeof RemovedSpan>;

/** Whether the site cut the text (paywall, "read more"), and how much is missing. */
export const Truncation = z.object({
  /** true when at least one cut was found. */
  truncated: z.boolean(),
  /** Characters the site says are missing (全文共3811字,当前仅显示2007字 → 1804; 省略715字 → 715), summed over cuts. */
  missingChars: z.number().int().nullable(),
  /** Total length the site claims for the full text, where stated. */
  statedTotalChars: z.number().int().nullable(),
  /** Each cut: `omitted` for a passage left out in the middle (……省略715字……), `tail` for a text cut at its end; with the notice's position. */
  cuts: z.array(
    z.object({
      kind: z.enum(['omitted', 'tail']),
      missingChars: z.number().int().nullable(),
      position: Position,
    }),
  ),
});
export type Truncation = z.infer<typeof Truncation>;
