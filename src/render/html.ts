// A parsed document as highlighted HTML: shared by the docs playground and the HTML review
// report. Pure string building (no DOM), so it runs in Node, in a browser and in a worker.
// Every character of the document goes through escapeHtml: document text is never markup.
import { TigangError } from '../errors.js';
import type { TigangDocument } from '../schema/document.js';
import type { Claim, Comparator, Quantity, TimeExpression } from '../schema/extraction.js';
import type { Section } from '../schema/outline.js';

/** The four kinds of extraction the renderers highlight. */
export type HighlightKind = 'quantity' | 'deadline' | 'commitment' | 'achievement';

/** Language of the labels in tooltips. */
export type RenderLocale = 'en' | 'zh';

/** One extraction to highlight: where it is in the original text and how to describe it. */
export interface HighlightSpan {
  /** What was found: quantity, deadline, commitment or achievement. */
  kind: HighlightKind;
  /** Unique in the document: `q{i}` / `d{i}` (index in `quantities` / `deadlines`), or the claim's own id. */
  id: string;
  /** Offsets into the ORIGINAL text (UTF-16 units, `end` exclusive). */
  start: number;
  /** The first offset after the span. */
  end: number;
  /** The rule that produced it: a quantity's or deadline's `rule`; for a claim, its cue words. */
  rule: string;
  /** The normalised value, for people: `≥ 30 %`, `2025-01-01/2025-12-31`, `commitment · binding`. */
  label: string;
  /** The extraction itself. */
  item: Quantity | TimeExpression | Claim;
}

/** One-letter class names of the `<mark>` elements, per kind. */
export const HIGHLIGHT_CLASS: Readonly<Record<HighlightKind, string>> = {
  quantity: 'q',
  deadline: 'd',
  commitment: 'c',
  achievement: 'a',
};

export interface RenderHtmlOptions {
  /** Language of the tooltip labels; default `en`. */
  locale?: RenderLocale;
  /** Kinds to highlight; default all four. */
  kinds?: readonly HighlightKind[];
  /** Removed noise: `show` (default) wraps it in `<del class="removed">`; `omit` leaves it out of the HTML. */
  removed?: 'show' | 'omit';
  /** Wrap each heading in `<span class="h" id="{idPrefix}{section id}">`; default true. */
  headings?: boolean;
  /** Prefix of heading anchors (`sec-` → `id="sec-s1.2"`); give each document its own when several share a page. */
  idPrefix?: string;
  /** Extra attributes for a mark (for example a reviewer's verdict); names must be `data-*`, values are escaped. */
  attributes?: (span: HighlightSpan) => Record<string, string> | undefined;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values (`& < > " '`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

const COMPARATOR_SIGN: Record<Comparator, string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ' };

const LABELS = {
  en: {
    commitment: 'commitment',
    achievement: 'achievement',
    binding: 'binding',
    aspirational: 'aspirational',
    neutral: 'neutral',
    masked: 'masked',
    unresolved: 'unresolved',
    deadline: 'deadline',
    period: 'period',
    recurring: 'recurring',
    past: 'past',
    cues: 'cues',
    removed: 'removed',
    yuan: 'yuan',
  },
  zh: {
    commitment: '承诺',
    achievement: '成绩',
    binding: '约束性',
    aspirational: '预期性',
    neutral: '一般',
    masked: '已遮蔽',
    unresolved: '未解析',
    deadline: '期限',
    period: '时期',
    recurring: '周期',
    past: '过去',
    cues: '线索词',
    removed: '已移除',
    yuan: '元',
  },
} as const;

const num = (n: number): string => String(n);

/** A quantity's normalised value: comparator sign, number (or range, or change), unit. */
export function formatQuantity(q: Quantity, locale: RenderLocale = 'en'): string {
  const unit = q.unit ? ` ${q.unit}` : '';
  let body: string;
  if (q.masked || q.value === null) body = `■${unit} (${LABELS[locale].masked})`;
  else if (q.min !== undefined && q.max !== undefined) body = `${num(q.min)}–${num(q.max)}${unit}`;
  else if (q.from !== undefined && q.to !== undefined) body = `${num(q.from)} → ${num(q.to)}${unit}`;
  else if (q.change) {
    const sign = { increase: '+', decrease: '−', multiply: '×', to: '→ ' }[q.change.direction];
    body = `${sign}${num(q.value)}${unit}`;
  } else if (q.ratio) body = q.ratio;
  else body = `${num(q.value)}${unit}`;
  const yuan = q.yuan !== undefined && !q.masked ? ` (= ${num(q.yuan)} ${LABELS[locale].yuan})` : '';
  return `${COMPARATOR_SIGN[q.comparator]}${body}${yuan}`;
}

/** A time expression's normalised value: its ISO interval, or its kind when it cannot be resolved. */
export function formatTime(t: TimeExpression, locale: RenderLocale = 'en'): string {
  const l = LABELS[locale];
  const kind = l[t.kind];
  const recurrence = t.recurrence ? ` · ${t.recurrence}` : '';
  if (!t.interval) return `${kind} · ${l.unresolved}${recurrence}`;
  const { start, end } = t.interval;
  return `${start === end ? start : `${start}/${end}`}${recurrence}`;
}

/** A claim's label: its kind, strength and deadline. */
export function formatClaim(c: Claim, locale: RenderLocale = 'en'): string {
  const l = LABELS[locale];
  const parts: string[] = [l[c.kind]];
  if (c.strength) parts.push(l[c.strength]);
  if (c.deadline) parts.push(formatTime(c.deadline, locale));
  return parts.join(' · ');
}

/**
 * Every quantity, deadline, commitment and achievement of a document as a span of the
 * original text, sorted by start (then longest first), with its label and rule.
 */
export function highlightSpans(doc: TigangDocument, options: { locale?: RenderLocale; kinds?: readonly HighlightKind[] } = {}): HighlightSpan[] {
  const locale = options.locale ?? 'en';
  const kinds = new Set(options.kinds ?? (['quantity', 'deadline', 'commitment', 'achievement'] as const));
  const spans: HighlightSpan[] = [];
  if (kinds.has('quantity')) {
    doc.quantities.forEach((q, i) => spans.push({ kind: 'quantity', id: `q${i}`, start: q.position.start.offset, end: q.position.end.offset, rule: q.rule, label: formatQuantity(q, locale), item: q }));
  }
  if (kinds.has('deadline')) {
    doc.deadlines.forEach((t, i) => spans.push({ kind: 'deadline', id: `d${i}`, start: t.position.start.offset, end: t.position.end.offset, rule: t.rule, label: formatTime(t, locale), item: t }));
  }
  for (const kind of ['commitment', 'achievement'] as const) {
    if (!kinds.has(kind)) continue;
    const claims = kind === 'commitment' ? doc.commitments : doc.achievements;
    for (const c of claims) {
      spans.push({ kind, id: c.id, start: c.position.start.offset, end: c.position.end.offset, rule: `${LABELS[locale].cues}: ${c.cues.join(', ')}`, label: formatClaim(c, locale), item: c });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

// ---- nesting ----------------------------------------------------------------------------

/** An element to wrap around [start, end): a heading anchor, a removed span or a mark. */
interface Wrap {
  start: number;
  end: number;
  /** Outer before inner when two spans start and end together: heading, claim, removed, deadline, quantity. */
  rank: number;
  tag: 'span' | 'del' | 'mark';
  /** Attributes of the first fragment; later fragments drop `id` and get `data-cont`. */
  attrs: [string, string][];
}

const KIND_RANK: Record<HighlightKind, number> = { commitment: 1, achievement: 1, deadline: 3, quantity: 4 };

function openTag(w: Wrap, continued: boolean): string {
  let out = `<${w.tag}`;
  for (const [name, value] of w.attrs) {
    if (continued && name === 'id') continue;
    out += ` ${name}="${escapeHtml(value)}"`;
  }
  return `${out}${continued ? ' data-cont=""' : ''}>`;
}

/** Orders spans to open at one point so that the one that ends last is outermost. */
const outerFirst = (a: Wrap, b: Wrap): number => b.end - a.end || a.rank - b.rank;

/**
 * Writes `text` with every wrap applied, as well-formed HTML. Spans that cross (a claim
 * that ends inside a removed span, say) are split: the inner element is closed where the
 * outer one ends and reopened after it, the reopened fragment marked `data-cont`, so
 * `mark:not([data-cont])` counts each extraction once.
 */
function weave(text: string, wraps: Wrap[], gaps: readonly [number, number][] = []): string {
  const hidden = new Uint8Array(gaps.length ? text.length : 0);
  const points = new Set<number>([0, text.length]);
  for (const [s, e] of gaps) {
    hidden.fill(1, s, e);
    points.add(s);
    points.add(e);
  }
  for (const w of wraps) {
    points.add(w.start);
    points.add(w.end);
  }
  const boundaries = [...points].sort((a, b) => a - b);
  const byStart = new Map<number, Wrap[]>();
  for (const w of wraps) {
    const list = byStart.get(w.start);
    if (list) list.push(w);
    else byStart.set(w.start, [w]);
  }

  const stack: Wrap[] = [];
  let out = '';
  let cursor = 0;
  for (const p of boundaries) {
    if (p > cursor) {
      // gaps are boundaries too, so a segment is either wholly hidden or wholly shown
      if (!hidden[cursor]) out += escapeHtml(text.slice(cursor, p));
      cursor = p;
    }
    // close everything down to the deepest-but-outermost span ending here, keep the rest for reopening
    let lowest = stack.length;
    for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as Wrap).end <= p) lowest = i;
    const reopen: Wrap[] = [];
    while (stack.length > lowest) {
      const w = stack.pop() as Wrap;
      out += `</${w.tag}>`;
      if (w.end > p) reopen.push(w);
    }
    reopen.reverse(); // back to outer-first order, as they were nested
    const starting = (byStart.get(p) ?? []).filter((w) => w.end > p).sort(outerFirst);
    // reopened spans go outside new ones when they end later; otherwise a new span that outlasts them encloses them
    const toOpen = [...reopen.map((w) => ({ w, continued: true })), ...starting.map((w) => ({ w, continued: false }))];
    toOpen.sort((a, b) => outerFirst(a.w, b.w));
    for (const { w, continued } of toOpen) {
      out += openTag(w, continued);
      stack.push(w);
    }
  }
  while (stack.length) out += `</${(stack.pop() as Wrap).tag}>`;
  return out;
}

function collectHeadings(nodes: readonly Section[], into: Section[]): Section[] {
  for (const node of nodes) {
    if (node.heading) into.push(node);
    collectHeadings(node.children, into);
  }
  return into;
}

/**
 * The original text of a parsed document as HTML: every extraction in a
 * `<mark class="q|d|c|a" data-kind data-id data-start data-end data-rule title="value · rule">`,
 * each heading in `<span class="h" id="sec-…">`, removed noise in `<del class="removed" data-reason>`.
 * Returns the inner HTML of a container; style it with `white-space: pre-wrap` (see {@link HIGHLIGHT_CSS}).
 * Throws `TigangError('invalid-option')` when `originalText` is not the text `doc` was parsed from.
 */
export function renderDocumentHtml(doc: TigangDocument, originalText: string, options: RenderHtmlOptions = {}): string {
  if (originalText.length !== doc.source.length) {
    // (code, message, params) with the params of 'invalid-option': accepted by both shapes of TigangError
    throw new TigangError('invalid-option', `renderDocumentHtml: the text has ${originalText.length} characters but the document was parsed from ${doc.source.length}.`, {
      option: 'originalText',
      value: `${originalText.length} characters`,
      expected: `the text the document was parsed from (${doc.source.length} characters)`,
    });
  }
  const locale = options.locale ?? 'en';
  const idPrefix = options.idPrefix ?? 'sec-';
  const wraps: Wrap[] = [];
  const clamp = (n: number) => Math.max(0, Math.min(originalText.length, n));

  if (options.headings !== false) {
    for (const s of collectHeadings(doc.outline.children, [])) {
      const pos = (s.heading as { position: { start: { offset: number }; end: { offset: number } } }).position;
      wraps.push({
        start: clamp(pos.start.offset),
        end: clamp(pos.end.offset),
        rank: 0,
        tag: 'span',
        attrs: [['class', 'h'], ['id', `${idPrefix}${s.id}`], ['data-section', s.id], ['data-depth', String(s.depth)]],
      });
    }
  }

  const omitRemoved = options.removed === 'omit';
  if (!omitRemoved) {
    for (const r of doc.removed) {
      wraps.push({
        start: clamp(r.position.start.offset),
        end: clamp(r.position.end.offset),
        rank: 2,
        tag: 'del',
        attrs: [['class', 'removed'], ['data-reason', r.reason], ['data-start', String(r.position.start.offset)], ['data-end', String(r.position.end.offset)], ['title', `${LABELS[locale].removed} · ${r.reason}`]],
      });
    }
  }

  for (const span of highlightSpans(doc, { locale, ...(options.kinds ? { kinds: options.kinds } : {}) })) {
    const attrs: [string, string][] = [
      ['class', HIGHLIGHT_CLASS[span.kind]],
      ['data-kind', span.kind],
      ['data-id', span.id],
      ['data-start', String(span.start)],
      ['data-end', String(span.end)],
      ['data-rule', span.rule],
      ['title', `${span.label} · ${span.rule}`],
    ];
    const extra = options.attributes?.(span);
    if (extra) for (const [name, value] of Object.entries(extra)) if (/^data-[a-z0-9-]+$/.test(name)) attrs.push([name, value]);
    wraps.push({ start: clamp(span.start), end: clamp(span.end), rank: KIND_RANK[span.kind], tag: 'mark', attrs });
  }

  // omit: the removed characters are not written, but offsets stay those of the original
  const gaps = omitRemoved ? doc.removed.map((r): [number, number] => [clamp(r.position.start.offset), clamp(r.position.end.offset)]) : [];
  return weave(originalText, wraps.filter((w) => w.end > w.start), gaps);
}

/** A span to wrap in {@link renderSpansHtml}: `tag` (default `mark`) with attributes (names `[a-z][a-z0-9-]*`, not `on…`; values are escaped). */
export interface TextSpan {
  start: number;
  end: number;
  tag?: 'mark' | 'span';
  attributes: Record<string, string>;
}

/**
 * Any text with arbitrary, possibly crossing spans wrapped in elements, as well-formed HTML
 * (the same nesting as {@link renderDocumentHtml}): for views other than a parsed document's,
 * such as the passages two documents share. The text is escaped; unsafe attribute names are dropped.
 */
export function renderSpansHtml(text: string, spans: readonly TextSpan[]): string {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const wraps: Wrap[] = [];
  for (const s of spans) {
    const start = clamp(s.start);
    const end = clamp(s.end);
    if (end <= start) continue;
    const attrs = Object.entries(s.attributes).filter(([name]) => /^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on'));
    wraps.push({ start, end, rank: 0, tag: s.tag ?? 'mark', attrs });
  }
  return weave(text, wraps);
}

/** A default stylesheet for the rendered HTML: colour per kind, removed noise struck through (hidden under `.tg-hide-removed`). */
export const HIGHLIGHT_CSS = `
.tg-text{white-space:pre-wrap;word-break:break-word;line-height:1.9}
.tg-text mark{color:inherit;border-radius:3px;padding:0 1px}
.tg-text mark.c{background:rgba(59,130,246,.12);box-shadow:inset 0 -2px 0 rgba(59,130,246,.55)}
.tg-text mark.a{background:rgba(16,185,129,.12);box-shadow:inset 0 -2px 0 rgba(16,185,129,.6)}
.tg-text mark.q{background:rgba(245,158,11,.35);font-weight:600}
.tg-text mark.d{background:rgba(236,72,153,.25);font-weight:600}
.tg-text .h{font-weight:700}
.tg-text del.removed{color:#9ca3af;text-decoration:line-through}
.tg-hide-removed del.removed{display:none}
`;
