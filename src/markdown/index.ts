import type { Removal } from '../clean/types.js';
import { identityMap, type OffsetMap } from '../offset-map.js';
import type { OutlineOptions } from '../outline/index.js';

export interface MarkdownProjection {
  text: string;
  map: OffsetMap;
  removed: Removal[];
  hints: NonNullable<OutlineOptions['hints']>;
}

/** Stub: replaced by the Markdown adapter (unified + remark-parse). */
export function projectMarkdown(source: string): MarkdownProjection {
  return { text: source, map: identityMap, removed: [], hints: [] };
}
