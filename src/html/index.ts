import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { PageField, Removal } from '../clean/types.js';
import { foldForMatching } from '../zh/fold.js';
import { pageFieldLabel } from '../zh/page-labels.js';
import { identityMap, type OffsetMap } from '../offset-map.js';
import { lowerBound } from '../text/search.js';
import type { OutlineOptions } from '../outline/index.js';

export interface HtmlProjection {
  /** The page as plain text: one block (paragraph, heading, list item, table row) per line. */
  text: string;
  /** Maps offsets in `text` back to the HTML source. */
  map: OffsetMap;
  /** What was dropped whole, in source offsets: scripts, styles, head, navigation, headers, footers. */
  removed: Removal[];
  /** HTML headings and list items, in `text` offsets, for the outline. */
  hints: NonNullable<OutlineOptions['hints']>;
  /** The HTML could not be parsed; `text` is the source unchanged. */
  fallback: boolean;
}

type Hint = NonNullable<OutlineOptions['hints']>[number];

const processor = unified().use(rehypeParse);

/** Elements whose content is never text of the document (code, media, forms, metadata). */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'svg', 'math',
  'video', 'audio', 'map', 'button', 'select', 'input', 'textarea', 'form', 'dialog',
]);
/** Site chrome around the document: navigation, page header and footer, side bars. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar']);
/**
 * class/id words of site chrome on government and news sites (导航 bars, breadcrumbs,
 * share buttons, 版权 footers). Matched as whole words of the class or id (split at
 * - _ and case changes) so that "article-title" or "content" never match.
 */
const CHROME_WORDS = /^(?:nav|navbar|navigation|menu|breadcrumb|breadcrumbs|crumb|crumbs|footer|foot|sidebar|share|sharing|toolbar|copyright|topbar|skip|banner|search|pagination|pager)$/i;

/** Elements that start and end a line of the projected text. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Table cells: separated by a tab within their row. */
const CELL = new Set(['td', 'th']);
const HEADING = /^h([1-6])$/;

/**
 * Projects an HTML page (as saved from a government site) to plain text: the text of
 * the body, one block per line, whitespace collapsed as a browser does, entities
 * decoded; scripts, styles, the head, navigation, page header and footer dropped
 * (recorded in `removed`). Every character of the text maps back to the place in the
 * HTML source it came from (an entity's character to the whole entity; a line break
 * between blocks to the tag that opened the next block), so positions point into the
 * HTML. Headings (h1–h6) and list items are returned as hints; the outline takes its
 * levels from the Chinese markers, as for Markdown.
 */
export function projectHtml(source: string): HtmlProjection {
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch {
    return { text: source, map: identityMap, removed: [], hints: [], fallback: true };
  }
  const p = new HtmlProjector(source);
  p.children(tree.children);
  return p.finish();
}

/** A run of the projected text: `length` characters from `sourceLength` source characters. */
interface Piece {
  derived: number;
  source: number;
  length: number;
  sourceLength: number;
}

/** Offset map for text assembled from pieces; a piece whose lengths differ (an entity, a synthetic break) maps as a whole. */
class PieceMap implements OffsetMap {
  constructor(
    private readonly pieces: readonly Piece[],
    private readonly sourceLength: number,
  ) {}

  /** The last piece starting at or before `offset` (the first piece when none does). */
  private find(offset: number): Piece | undefined {
    const ps = this.pieces;
    return ps[Math.max(0, lowerBound(ps.length, (i) => ps[i]!.derived <= offset) - 1)];
  }

  toSource(offset: number): number {
    const p = this.find(offset);
    if (!p) return Math.min(offset, this.sourceLength);
    if (offset >= p.derived + p.length) return Math.min(this.sourceLength, p.source + p.sourceLength);
    if (p.length === p.sourceLength) return p.source + (offset - p.derived);
    return p.source;
  }

  toSourceEnd(end: number): number {
    if (end <= 0) return this.toSource(0);
    const p = this.find(end - 1);
    if (!p) return Math.min(end, this.sourceLength);
    if (p.length === p.sourceLength && end - 1 < p.derived + p.length) return p.source + (end - p.derived);
    return Math.min(this.sourceLength, p.source + p.sourceLength);
  }
}

const WS = /[ \t\n\r\f\u00a0]/;
/** Indentation at the start of a line (&emsp;&emsp;, 　　, &nbsp;): presentation, like CSS text-indent. */
const INDENT = /[\u00a0\u2002\u2003\u3000]/;

class HtmlProjector {
  private readonly parts: string[] = [];
  private readonly pieces: Piece[] = [];
  private length = 0;
  private readonly removed: Removal[] = [];
  private readonly hints: Hint[] = [];
  /** A line break is owed before the next kept character (at this source offset), or -1. */
  private pendingBreak = -1;
  /** A collapsed space is owed before the next kept character (at this source offset), or -1. */
  private pendingSpace = -1;
  /** A tab (between table cells) is owed, or -1. */
  private pendingTab = -1;

  constructor(private readonly source: string) {}

  children(nodes: readonly (RootContent | ElementContent)[]): void {
    for (const node of nodes) this.node(node);
  }

  private node(node: RootContent | ElementContent): void {
    if (node.type === 'text') {
      this.text(node.value, node.position?.start.offset, node.position?.end.offset);
      return;
    }
    if (node.type === 'comment') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) this.removed.push({ reason: 'html-comment', start: s, end: e, text: this.source.slice(s, e) });
      return;
    }
    if (node.type !== 'element') return;
    const start = node.position?.start.offset ?? -1;
    const end = node.position?.end.offset ?? -1;
    if (isDropped(node)) {
      if (start >= 0 && end > start) this.removed.push({ reason: 'html-markup', start, end, text: this.source.slice(start, end) });
      return;
    }
    const tag = node.tagName;
    if (tag === 'table' && isRecordTable(node)) {
      // the page's record of the document: its values (成文日期, 发布日期) are metadata, read from the removed span's fields
      if (start >= 0 && end > start) this.removed.push({ reason: 'page-meta', start, end, text: textOf(node).replace(/\s+/g, ' ').trim(), fields: recordFields(node) });
      return;
    }
    if (tag === 'br') {
      this.lineBreak(start);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) this.lineBreak(start);
    if (CELL.has(tag) && this.pendingBreak < 0 && this.length > 0) this.pendingTab = start;
    const heading = HEADING.exec(tag);
    const from = this.length;
    this.children(tag === 'template' ? [] : node.children);
    if (heading || tag === 'li') {
      // the hint starts at the first kept character, which follows any owed line break
      const first = this.firstKeptAfter(from);
      if (this.length > first) {
        this.hints.push(heading ? { start: first, end: this.length, kind: 'heading', level: Number(heading[1]) } : { start: first, end: this.length, kind: 'list-item' });
      }
    }
    if (block) this.lineBreak(end >= 0 ? end : start);
  }

  /** Offset of the first kept character at or after `from` that is not a synthetic break. */
  private firstKeptAfter(from: number): number {
    let at = from;
    while (at < this.length && (this.charAt(at) === '\n' || this.charAt(at) === '\t' || this.charAt(at) === ' ')) at++;
    return at;
  }

  private charAt(offset: number): string {
    // pieces and parts are parallel: find the piece (the last starting at or before offset), then the character
    const pieces = this.pieces;
    const lo = Math.max(0, lowerBound(pieces.length, (i) => pieces[i]!.derived <= offset) - 1);
    const p = this.pieces[lo];
    return p ? this.parts[lo]![offset - p.derived] ?? '' : '';
  }

  private lineBreak(at: number): void {
    if (this.length === 0) return;
    if (this.pendingBreak < 0) this.pendingBreak = Math.max(0, at);
    this.pendingSpace = -1;
    this.pendingTab = -1;
  }

  /**
   * Text of a text node: whitespace runs collapse to one space (none at a line start),
   * as a browser renders them. Where the node's value is its source slice, characters
   * map one to one; otherwise (entities) each character of the value is matched to the
   * source, an entity mapping as a whole.
   */
  private text(value: string, start: number | undefined, end: number | undefined): void {
    if (start === undefined || end === undefined) return;
    const slice = this.source.slice(start, end);
    const sourceAt = slice === value ? null : alignEntities(slice, value, start);
    let i = 0;
    while (i < value.length) {
      if (WS.test(value[i]!)) {
        const wsStart = i;
        while (i < value.length && WS.test(value[i]!)) i++;
        if (this.pendingBreak < 0 && this.pendingTab < 0 && this.length > 0) {
          const src = sourceAt ? sourceAt[wsStart]! : start + wsStart;
          if (this.pendingSpace < 0) this.pendingSpace = src;
        }
        continue;
      }
      let runStart = i;
      while (i < value.length && !WS.test(value[i]!)) i++;
      if (this.atLineStart()) {
        while (runStart < i && INDENT.test(value[runStart]!)) runStart++;
        if (runStart === i) continue;
      }
      this.flushPending();
      if (sourceAt === null) this.emit(value.slice(runStart, i), start + runStart, i - runStart);
      else {
        for (let k = runStart; k < i; k++) {
          const s = sourceAt[k]!;
          const next = sourceAt[k + 1] ?? end;
          this.emit(value[k]!, s, Math.max(0, next - s));
        }
      }
    }
  }

  /** The next kept character starts a line (of the text, or after a pending break). */
  private atLineStart(): boolean {
    return this.length === 0 || this.pendingBreak >= 0 || (this.pendingSpace < 0 && this.pendingTab < 0 && this.charAt(this.length - 1) === '\n');
  }

  private flushPending(): void {
    if (this.pendingBreak >= 0) {
      this.emit('\n', this.pendingBreak, 0);
      this.pendingBreak = -1;
      this.pendingSpace = -1;
      this.pendingTab = -1;
    } else if (this.pendingTab >= 0) {
      this.emit('\t', this.pendingTab, 0);
      this.pendingTab = -1;
      this.pendingSpace = -1;
    } else if (this.pendingSpace >= 0) {
      this.emit(' ', this.pendingSpace, 1);
      this.pendingSpace = -1;
    }
  }

  private emit(text: string, source: number, sourceLength: number): void {
    const last = this.pieces[this.pieces.length - 1];
    if (
      last && text.length === sourceLength && last.length === last.sourceLength &&
      last.source + last.sourceLength === source && last.derived + last.length === this.length
    ) {
      last.length += text.length;
      last.sourceLength += sourceLength;
      this.parts[this.parts.length - 1] += text;
    } else {
      this.pieces.push({ derived: this.length, source, length: text.length, sourceLength });
      this.parts.push(text);
    }
    this.length += text.length;
  }

  finish(): HtmlProjection {
    const text = this.parts.join('');
    return {
      text,
      map: new PieceMap(this.pieces, this.source.length),
      removed: this.removed.sort((a, b) => a.start - b.start),
      hints: this.hints,
      fallback: false,
    };
  }
}

/**
 * For a text node whose value differs from its source (entities): the source offset of
 * each character of the value. A character equal to the source character maps to it;
 * otherwise the source has an entity (&…;) there, which maps as a whole.
 */
function alignEntities(slice: string, value: string, base: number): number[] {
  const at: number[] = [];
  let s = 0;
  for (let v = 0; v < value.length; v++) {
    at.push(base + Math.min(s, slice.length));
    if (slice[s] === '&') {
      const m = /^&(?:#\d{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};?)/.exec(slice.slice(s, s + 40));
      if (m) {
        // a numeric entity above U+FFFF is two UTF-16 units of the value
        const code = value.codePointAt(v)!;
        if (code > 0xffff) {
          at.push(base + s);
          v++;
        }
        s += m[0].length;
        continue;
      }
    }
    if (slice[s] === '\r' && slice[s + 1] === '\n' && value[v] === '\n') s += 2;
    else s++;
  }
  return at;
}

/** Text of an element, cells separated by spaces. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const inner = node.children.map(textOf).join('');
  return CELL.has(node.tagName) ? ` ${inner} ` : inner;
}

function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (n: Element) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c.children.filter((x): x is Element => x.type === 'element' && CELL.has(x.tagName)));
      else if (c.tagName !== 'table') visit(c);
    }
  };
  visit(table);
  return rows;
}

/**
 * A label：value table (索 引 号： | 000014349/2019-00005 | 主题分类： | 教育; 发文机关： | 国务院 …),
 * as gov.cn and provincial sites put a document's record above its body: in most rows the
 * first of two or more cells is a short Chinese label ending in a colon.
 */
const RECORD_LABEL = /^[\p{Script=Han}\s　]{2,10}[：:]$/u;
function isRecordTable(table: Element): boolean {
  const rows = rowsOf(table).filter((r) => r.length > 0);
  if (rows.length === 0) return false;
  const labelled = rows.filter((r) => r.length >= 2 && RECORD_LABEL.test(textOf(r[0]!).trim()));
  return labelled.length >= Math.max(1, rows.length * 0.6);
}

/** The fields of a record table whose labels are page labels (成文日期： | 2019年01月24日), as written. */
function recordFields(table: Element): PageField[] {
  const fields: PageField[] = [];
  for (const row of rowsOf(table)) {
    for (let k = 0; k + 1 < row.length; k++) {
      const cell = textOf(row[k]!).trim();
      if (!RECORD_LABEL.test(cell)) continue;
      const label = cell.replace(/[\s　：:]+/g, '');
      const known = pageFieldLabel(foldForMatching(label));
      if (!known) continue;
      fields.push({ kind: known.kind, label, value: textOf(row[k + 1]!).replace(/\s+/g, ' ').trim() });
      k++;
    }
  }
  return fields;
}

function isDropped(node: Element): boolean {
  const tag = node.tagName;
  if (DROPPED.has(tag) || CHROME.has(tag)) return true;
  const props = node.properties ?? {};
  if (props.hidden !== undefined && props.hidden !== false && props.hidden !== null) return true;
  if (typeof props.ariaHidden === 'string' && props.ariaHidden === 'true') return true;
  const style = typeof props.style === 'string' ? props.style : '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = typeof props.role === 'string' ? props.role : '';
  if (CHROME_ROLES.has(role)) return true;
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article' || tag === 'p' || HEADING.test(tag)) return false;
  const names = [...(Array.isArray(props.className) ? props.className.map(String) : []), typeof props.id === 'string' ? props.id : ''];
  return names.some((name) => words(name).some((w) => CHROME_WORDS.test(w)));
}

/** Words of a class or id: split at - _ . spaces and lower-to-upper case changes (BreadcrumbNav → Breadcrumb, Nav). */
function words(name: string): string[] {
  return name.split(/[-_.\s]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
}
