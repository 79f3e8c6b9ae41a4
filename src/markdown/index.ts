import type { Nodes, Parents, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Removal } from '../clean/types.js';
import { applyDeletions, identityMap, type OffsetMap } from '../offset-map.js';
import type { OutlineOptions } from '../outline/index.js';
import type { RemovalReason } from '../schema/diagnostics.js';

export interface MarkdownProjection {
  /** The Markdown as plain text: one block (heading, paragraph, list item) per line, markup deleted. */
  text: string;
  /** Maps offsets in `text` back to the Markdown source (the text is the source with spans deleted). */
  map: OffsetMap;
  /** What was deleted, in source offsets: front matter, comments, code, images, markup. */
  removed: Removal[];
  /** Markdown headings and list items, in `text` offsets, for the outline. */
  hints: NonNullable<OutlineOptions['hints']>;
  /** The Markdown could not be parsed; `text` is the source unchanged. */
  fallback: boolean;
  /** Why, when `fallback`: the parser's error message. */
  fallbackReason?: string;
}

type Hint = NonNullable<OutlineOptions['hints']>[number];

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Projects Markdown (as PDF converters such as MinerU, marker and docling write it) to
 * plain text by deleting markup only — `#`, `**`, `- `, `> `, link targets, images, code,
 * front matter — so every character of the text is a character of the source. Each
 * block ends up on its own line; ordered-list numbers ("1.") are kept, as they are the
 * document's own numbering. Headings and list items are returned as hints; the outline
 * takes levels from the Chinese markers, not from the number of `#`.
 */
export function projectMarkdown(source: string): MarkdownProjection {
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { text: source, map: identityMap, removed: [], hints: [], fallback: true, fallbackReason: reason };
  }
  const p = new Projector(source);
  p.blocks(tree.children);
  return p.finish();
}

/** What follows a masked figure: a measure word or a money unit (**亿元, **所, **余人次, **%). */
const MASKED_UNIT = /^(?:余|多)?(?:[万亿]?元|万|亿|所|个|名|人次|人|家|项|次|户|亩|座|条|台|辆|件|场|批|吨|公里|平方米|%|％)/;

/** `**` at `at` is a mask, not emphasis: right after a word, right before a unit. */
function isMask(source: string, at: number): boolean {
  if (source[at] !== '*' || source[at + 1] !== '*') return false;
  let end = at + 2;
  while (source[end] === '*') end++;
  return /[\u4e00-\u9fff]/.test(source[at - 1] ?? '') && MASKED_UNIT.test(source.slice(end, end + 4));
}

class Projector {
  /** Kept source spans, in order, not overlapping. */
  private readonly kept: { start: number; end: number }[] = [];
  /** Length of the projected text so far. */
  private length = 0;
  /** Source offset up to which everything has been decided. */
  private cursor = 0;
  private readonly special: { start: number; end: number; reason: RemovalReason }[] = [];
  private readonly hints: Hint[] = [];
  /** Source offset of the newline to keep before the next kept character, or -1. */
  private pendingNewline = -1;

  constructor(private readonly source: string) {}

  blocks(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.block(node);
  }

  private block(node: RootContent): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if ((node.type as string) === 'toml') {
      // remark-frontmatter's TOML node (+++ … +++), not in mdast's own types
      this.special.push({ start, end, reason: 'front-matter' });
      return;
    }
    switch (node.type) {
      case 'yaml':
        this.special.push({ start, end, reason: 'front-matter' });
        return;
      case 'code':
      case 'thematicBreak':
      case 'definition':
        this.special.push({ start, end, reason: 'markdown-syntax' });
        return;
      case 'html':
        this.html(node.value, start, end);
        return;
      case 'heading': {
        this.newline(start);
        const from = this.length + (this.pendingNewline >= 0 ? 1 : 0);
        this.inline(node.children);
        if (this.length > from) this.hints.push({ start: from, end: this.length, kind: 'heading', level: node.depth });
        return;
      }
      case 'paragraph':
        this.newline(start);
        this.inline(node.children);
        return;
      case 'blockquote':
        this.blocks(node.children);
        return;
      case 'list':
        for (const item of node.children) {
          const s = item.position?.start.offset;
          if (s === undefined) continue;
          this.newline(s);
          const from = this.length + (this.pendingNewline >= 0 ? 1 : 0);
          if (node.ordered) {
            // keep the list number: "1." / "1)" is the document's numbering
            const first = item.children[0]?.position?.start.offset ?? item.position?.end.offset ?? s;
            const markerEnd = this.markerEnd(s, first);
            this.keep(s, markerEnd);
          }
          this.hints.push({ start: from, end: from, kind: 'list-item' });
          const hint = this.hints[this.hints.length - 1]!;
          this.blocks(item.children);
          hint.end = this.length;
        }
        return;
      default:
        // tables (GFM off), footnotes and the like: keep their text
        if ('children' in node) this.inline((node as Parents).children as Nodes[]);
        else if ('value' in node && typeof node.value === 'string') this.text(node.value, start, end);
    }
  }

  /** End of a list marker ("1." plus its spaces) that starts at `s`, before the item's content at `first`. */
  private markerEnd(s: number, first: number): number {
    const m = /^[ \t]*\d{1,9}[.)][ \t]?/.exec(this.source.slice(s, Math.max(s, first)));
    return m ? s + m[0].length : s;
  }

  private inline(nodes: readonly Nodes[]): void {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      switch (node.type) {
        case 'text':
          this.text(node.value, start, end);
          break;
        case 'inlineCode':
          this.text(node.value, start, end);
          break;
        case 'break': {
          const nl = this.source.indexOf('\n', start);
          if (nl >= 0 && nl < end) this.keep(nl, nl + 1);
          break;
        }
        case 'image':
        case 'imageReference':
          this.special.push({ start, end, reason: 'markdown-syntax' });
          break;
        case 'html':
          this.html(node.value, start, end);
          break;
        case 'strong':
        case 'emphasis':
          // 投入**亿元，新建**所: masked figures of a scraped text, not bold
          if (isMask(this.source, start)) this.keep(start, end);
          else {
            this.inline(node.children);
            // **全文加粗…投入**亿元: the bold was closed by a mask, which stays
            if (node.type === 'strong' && isMask(this.source, end - 2)) this.keep(end - 2, end);
          }
          break;
        default:
          if ('children' in node) this.inline((node as Parents).children as Nodes[]);
      }
    }
  }

  /** Inline or block HTML: comments go, tags go, the text between tags stays. */
  private html(value: string, start: number, end: number): void {
    if (/^\s*<!--[\s\S]*-->\s*$/.test(value)) {
      this.special.push({ start, end, reason: 'html-comment' });
      return;
    }
    const slice = this.source.slice(start, end);
    const tag = /<!--[\s\S]*?-->|<[^>]*>/g;
    let last = 0;
    for (const m of slice.matchAll(tag)) {
      if (m.index > last) this.keepText(start + last, start + m.index);
      last = m.index + m[0].length;
    }
    if (last < slice.length) this.keepText(start + last, end);
  }

  private keepText(start: number, end: number): void {
    // text between tags: keep it, without the blank lines around it
    const s = this.source.slice(start, end);
    const a = s.search(/\S/);
    if (a < 0) return;
    const b = s.length - (s.length - s.trimEnd().length);
    this.keep(start + a, start + b);
  }

  /**
   * Keeps the characters of the source span that make up the node's value (escapes and
   * indents deleted). Emphasis markers that CommonMark leaves as text next to CJK
   * punctuation ("**（一）重大意义。**党的…") are deleted too.
   */
  private text(value: string, start: number, end: number): void {
    const slice = this.source.slice(start, end);
    if (slice === value) {
      if (/(?<![*_])(?:\*{2,3}|_{2,3})(?![*_])/.test(slice)) {
        let at = 0;
        for (const m of slice.matchAll(/(?<![*_])(?:\*{2,3}|_{2,3})(?![*_])/g)) {
          if (isMask(this.source, start + m.index)) continue; // a masked figure (新建**所) stays
          this.keep(start + at, start + m.index);
          this.special.push({ start: start + m.index, end: start + m.index + m[0].length, reason: 'markdown-syntax' });
          at = m.index + m[0].length;
        }
        this.keep(start + at, end);
        return;
      }
      this.keep(start, end);
      return;
    }
    const picks: number[] = [];
    let j = 0;
    for (let i = 0; i < slice.length && j < value.length; i++) {
      if (slice[i] === value[j]) {
        picks.push(start + i);
        j++;
      }
    }
    if (j < value.length) {
      this.keep(start, end); // entities like &#x4E00; cannot be undone by deleting: keep the source as is
      return;
    }
    let runStart = -1;
    let prev = -2;
    for (const at of picks) {
      if (at !== prev + 1) {
        if (runStart >= 0) this.keep(runStart, prev + 1);
        runStart = at;
      }
      prev = at;
    }
    if (runStart >= 0) this.keep(runStart, prev + 1);
  }

  /** Keeps one newline of the source before a block that starts at `blockStart` (blocks are on their own lines), once the block keeps something. */
  private newline(blockStart: number): void {
    if (this.length === 0) return;
    const nl = this.source.lastIndexOf('\n', blockStart - 1);
    this.pendingNewline = nl >= this.cursor ? nl : -1;
  }

  private keep(start: number, end: number): void {
    if (this.pendingNewline >= 0) {
      const nl = this.pendingNewline;
      this.pendingNewline = -1;
      if (nl < start) this.keep(nl, nl + 1);
    }
    const s = Math.max(start, this.cursor);
    if (end <= s) return;
    const last = this.kept[this.kept.length - 1];
    if (last && last.end === s) last.end = end;
    else this.kept.push({ start: s, end });
    this.length += end - s;
    this.cursor = end;
  }

  finish(): MarkdownProjection {
    const deletions: { start: number; end: number }[] = [];
    let at = 0;
    for (const k of this.kept) {
      if (k.start > at) deletions.push({ start: at, end: k.start });
      at = k.end;
    }
    if (at < this.source.length) deletions.push({ start: at, end: this.source.length });
    const { text, map } = applyDeletions(this.source, deletions);
    const removed: Removal[] = [];
    const special = [...this.special].sort((a, b) => a.start - b.start);
    for (const d of deletions) {
      // split each deleted span by the special removals inside it
      let pos = d.start;
      for (const s of special) {
        if (s.end <= pos || s.start >= d.end) continue;
        if (s.start > pos) this.syntax(removed, pos, s.start);
        const e = Math.min(s.end, d.end);
        removed.push({ reason: s.reason, start: Math.max(s.start, pos), end: e, text: this.source.slice(Math.max(s.start, pos), e) });
        pos = e;
      }
      if (pos < d.end) this.syntax(removed, pos, d.end);
    }
    return { text, map, removed, hints: this.hints.filter((h) => h.end > h.start), fallback: false };
  }

  /**
   * Markup removed. Spaces and line breaks alone are recorded too: nothing is lost, and a
   * quantity or claim that spans one (a line's trailing space, "2.1 - ⏎3所") still equals the
   * original at its position with the removed spans deleted.
   */
  private syntax(out: Removal[], start: number, end: number): void {
    out.push({ reason: 'markdown-syntax', start, end, text: this.source.slice(start, end) });
  }
}
