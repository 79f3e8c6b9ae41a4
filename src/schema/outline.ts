import { z } from 'zod';
import { Position } from './position.js';

/** Families of heading markers; see docs/spec/tree.md. */
export const MarkerFamily = z.enum([
  'cn-dun', // 一、
  'cn-paren', // (一)
  'cn-half-paren', // 一)
  'arabic-dot', // 1.
  'arabic-dun', // 1、
  'arabic-paren', // (1)
  'arabic-half-paren', // 1)
  'circled', // ①
  'cn-shi', // 一是
  'cn-yao', // 一要 (一要加快…。二要…: a speech's or report's list of demands)
  'di-comma', // 第一,
  'sequence-word', // 首先/其次/再次/最后
  'di-zhang', // 第一章
  'di-jie', // 第一节
  'di-tiao', // 第一条
  'di-bufen', // 第一部分
  'di-pian', // 第一篇
  'decimal', // 1 / 1.1 / 1.1.1
]);
export type MarkerFamily = z.infer<typeof MarkerFamily>;

export const Origin = z.enum(['body', 'toc']);
export type Origin = z.infer<typeof Origin>;

const sectionFields = {
  type: z.literal('section'),
  /** Stable id from the section path: "s2.1.3" is the 3rd child of the 1st child of the 2nd top-level section. */
  id: z.string(),
  marker: z.string(),
  family: MarkerFamily,
  /** 1-based number of the marker (三、 → 3; 1.2.1 → 1, the last component). */
  ordinal: z.number().int(),
  depth: z.number().int().min(1),
  title: z.string(),
  /** Set when nothing told where the title ends (a one-line text with no punctuation after it): it was cut at a length limit. */
  titleUncertain: z.boolean().optional(),
  origin: Origin,
  /** Heading written on its own line, or run in at the start of a paragraph/sentence. */
  layout: z.enum(['line', 'run-in', 'toc']),
  /** The heading (marker + title) in the original text; absent for headings known only from a TOC. */
  heading: z.object({ position: Position }).optional(),
};

export interface Section {
  type: 'section';
  id: string;
  marker: string;
  family: MarkerFamily;
  ordinal: number;
  depth: number;
  title: string;
  /** Set when nothing told where the title ends (a one-line text with no punctuation after it): it was cut at a length limit. */
  titleUncertain?: boolean | undefined;
  origin: Origin;
  layout: 'line' | 'run-in' | 'toc';
  heading?: { position: Position } | undefined;
  /** The whole section: from its heading to the start of the next heading at the same or a higher level. */
  position?: Position | undefined;
  children: Section[];
}

export const Section: z.ZodType<Section> = z.object({
  ...sectionFields,
  position: Position.optional(),
  get children() {
    return z.array(Section);
  },
});

export const OutlineRoot = z.object({
  type: z.literal('root'),
  children: z.array(Section),
  position: Position.optional(),
});
export type OutlineRoot = z.infer<typeof OutlineRoot>;

export const TocEntry = z.object({
  marker: z.string(),
  family: MarkerFamily,
  ordinal: z.number().int(),
  depth: z.number().int().min(1),
  title: z.string(),
  position: Position,
  /** id of the body section this entry was matched to, or of the section inserted for it. */
  sectionId: z.string().nullable(),
});
export type TocEntry = z.infer<typeof TocEntry>;

export const Toc = z.object({
  position: Position,
  entries: z.array(TocEntry),
});
export type Toc = z.infer<typeof Toc>;
