import { z } from 'zod';
import { Position } from './position.js';

/** A value found in the text, with where it was found. */
export const Located = z.object({ text: z.string(), position: Position });
export type Located = z.infer<typeof Located>;

export const Metadata = z.object({
  title: Located.nullable(),
  /** The meeting or occasion named in the title (在…会议上的讲话 → 市教育高质量发展工作会议). */
  occasion: z.string().nullable(),
  /** Who speaks or writes, where stated (区委书记, 市教育局党组理论学习中心组). */
  speakerRole: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) from 发布时间/日期 lines or a dateline. */
  date: z.string().nullable(),
  /** 信息来源/来源 value (台州日报). */
  source: z.string().nullable(),
  salutation: Located.nullable(),
  closing: Located.nullable(),
});
export type Metadata = z.infer<typeof Metadata>;
