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

/** body: a heading found in the text; toc: a heading known only from the table of contents. */
export const Origin = z.enum(['body', 'toc']);
export type Origin = z.infer<typeof Origin>;

const sectionFields = {
  type: z.literal('section'),
  /** Stable id from the section path: "s2.1.3" is the 3rd child of the 1st child of the 2nd top-level section. */
  id: z.string(),
  /** The enumerator exactly as written (一、, （一）, 1., ①, 一是, 第一章). */
  marker: z.string(),
  /** The kind of marker; see MarkerFamily. */
  family: MarkerFamily,
  /** 1-based number of the marker (三、 → 3; 1.2.1 → 1, the last component). */
  ordinal: z.number().int(),
  /** Level in the tree from 1, from context rather than from the family. */
  depth: z.number().int().min(1),
  /** The heading's text without the marker. */
  title: z.string(),
  /** Set when nothing told where the title ends (a one-line text with no punctuation after it): it was cut at a length limit. */
  titleUncertain: z.boolean().optional(),
  origin: Origin,
  /** Heading written on its own line, or run in at the start of a paragraph/sentence. */
  layout: z.enum(['line', 'run-in', 'toc']),
  /** The heading (marker + title) in the original text; absent for headings known only from a TOC. */
  heading: z.object({ position: Position }).optional(),
};

/** One numbered heading and everything up to the next heading at the same or a higher level; see docs/spec/tree.md. */
export interface Section {
  type: 'section';
  /** Stable id from the section path ("s2.1.3"). */
  id: string;
  /** The enumerator exactly as written (一、, （一）, 1., ①, 一是, 第一章). */
  marker: string;
  /** The kind of marker; see MarkerFamily. */
  family: MarkerFamily;
  /** 1-based number of the marker (三、 → 3). */
  ordinal: number;
  /** Level in the tree from 1, from context rather than from the family. */
  depth: number;
  /** The heading's text without the marker. */
  title: string;
  /** Set when nothing told where the title ends (a one-line text with no punctuation after it): it was cut at a length limit. */
  titleUncertain?: boolean | undefined;
  origin: Origin;
  /** On its own line, run in at the start of a paragraph, or known only from the TOC. */
  layout: 'line' | 'run-in' | 'toc';
  /** The heading (marker + title) in the original text; absent for TOC-only headings. */
  heading?: { position: Position } | undefined;
  /** The whole section: from its heading to the start of the next heading at the same or a higher level. */
  position?: Position | undefined;
  /** The sections directly under this one. */
  children: Section[];
}

export const Section: z.ZodType<Section> = z.object({
  ...sectionFields,
  position: Position.optional(),
  get children() {
    return z.array(Section);
  },
});

/** The root of the outline tree: its children are the top-level sections. */
export const OutlineRoot = z.object({
  type: z.literal('root'),
  /** The top-level sections, in reading order. */
  children: z.array(Section),
  /** The whole text, when present. */
  position: Position.optional(),
});
export type OutlineRoot = z.infer<typeof OutlineRoot>;

/** One line of the table of contents. */
export const TocEntry = z.object({
  /** The enumerator as written in the table of contents. */
  marker: z.string(),
  /** The kind of marker. */
  family: MarkerFamily,
  /** 1-based number of the marker. */
  ordinal: z.number().int(),
  /** Depth within the table of contents. */
  depth: z.number().int().min(1),
  /** The entry's text without the marker (dot leaders and page numbers stripped). */
  title: z.string(),
  /** The entry's marker and title in the original text. */
  position: Position,
  /** id of the body section this entry was matched to, or of the section inserted for it. */
  sectionId: z.string().nullable(),
});
export type TocEntry = z.infer<typeof TocEntry>;

/** The document's table of contents (目录/提纲 block), beside the tree. */
export const Toc = z.object({
  /** The whole block, its header included. */
  position: Position,
  /** Its lines, in order. */
  entries: z.array(TocEntry),
});
export type Toc = z.infer<typeof Toc>;
