import { z } from 'zod';
import { Position } from './position.js';

/** A value found in the text, with where it was found. */
export const Located = z.object({ text: z.string(), position: Position });
export type Located = z.infer<typeof Located>;

/** What the text says about itself, outside its body. */
export const Metadata = z.object({
  /** The title line, with its position. */
  title: Located.nullable(),
  /** The meeting or occasion named in the title (在…会议上的讲话 → 市教育高质量发展工作会议). */
  occasion: z.string().nullable(),
  /** Who speaks or writes, where stated (区委书记, 市教育局党组理论学习中心组). */
  speakerRole: z.string().nullable(),
  /** The document's own date: ISO YYYY-MM-DD, or YYYY when only the year is stated (a title, a heading). */
  date: z.string().nullable(),
  /**
   * Where `date` was read: 'dateline' (——2025年3月5日在…会议上), 'label' (发布时间：…),
   * 'signature' (the date under the text), 'title' (2016年国务院政府工作报告: year only),
   * 'heading' (一、2024年工作回顾 → 2025: year only); null when there is no date.
   * Optional: documents from earlier versions lack it.
   */
  dateSource: z.enum(['dateline', 'label', 'signature', 'title', 'heading']).nullable().optional(),
  /** 信息来源/来源 value (台州日报). */
  source: z.string().nullable(),
  /** The opening address of a speech (同志们:), with its position. */
  salutation: Located.nullable(),
  /** The closing line (谢谢大家!), with its position. */
  closing: Located.nullable(),
});
export type Metadata = z.infer<typeof Metadata>;
