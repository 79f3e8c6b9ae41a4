import { z } from 'zod';

/** A place in the ORIGINAL text, as unist defines it: line and column from 1, offset from 0 (UTF-16 units). */
export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof Point>;

/** `end` is the first character after the span. */
export const Position = z.object({ start: Point, end: Point });
export type Position = z.infer<typeof Position>;
