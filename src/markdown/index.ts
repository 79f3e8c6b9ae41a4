import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Removal } from '../clean/types.js';
import { identityMap, type OffsetMap } from '../offset-map.js';
import { projectBlocks, type Hint } from './blocks.js';
import { KeptSpanWriter } from './writer.js';

export interface MarkdownProjection {
  /** The Markdown as plain text: one block (heading, paragraph, list item) per line, markup deleted. */
  text: string;
  /** Maps offsets in `text` back to the Markdown source (the text is the source with spans deleted). */
  map: OffsetMap;
  /** What was deleted, in source offsets: front matter, comments, code, images, markup. */
  removed: Removal[];
  /** Markdown headings and list items, in `text` offsets, for the outline. */
  hints: readonly Hint[];
  /** The Markdown could not be parsed; `text` is the source unchanged. */
  fallback: boolean;
  /** Why, when `fallback`: the parser's error message. */
  fallbackReason?: string;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Projects Markdown (as PDF converters such as MinerU, marker and docling write it) to
 * plain text by deleting markup only — `#`, `**`, `- `, `> `, link targets, images, code,
 * front matter — so every character of the text is a character of the source. Each
 * block ends up on its own line; ordered-list numbers ("1.") are kept, as they are the
 * document's own numbering. Headings and list items are returned as hints; the outline
 * takes levels from the Chinese markers, not from the number of `#`.
 *
 * The modules: `blocks.ts` walks the flow content (headings, paragraphs, lists) and
 * records the hints, `inline.ts` the phrasing content, `text.ts` keeps a text node's
 * characters, `html.ts` the text between HTML tags, `mask.ts` tells masked figures
 * (新建**所) from bold, and `writer.ts` keeps source spans and turns the rest into the
 * removed spans and the offset map.
 */
export function projectMarkdown(source: string): MarkdownProjection {
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { text: source, map: identityMap, removed: [], hints: [], fallback: true, fallbackReason: reason };
  }
  const writer = new KeptSpanWriter(source);
  const hints: Hint[] = [];
  projectBlocks(writer, tree.children, hints);
  const { text, map, removed } = writer.finish();
  return { text, map, removed, hints: hints.filter((h) => h.end > h.start), fallback: false };
}
