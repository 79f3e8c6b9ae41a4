// renderDocumentHtml: the HTML is well-formed however the spans overlap, every character of
// the document comes back as text (never as markup), and each extraction is one mark (plus
// continuation fragments) covering exactly its span of the original.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightSpans, parse, renderDocumentHtml, renderSpansHtml, type TigangDocument } from '../src/index.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const texts = ['eval', 'corpus'].flatMap((dir) =>
  readdirSync(FIXTURES + dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${FIXTURES}${dir}/${f}`, 'utf8') })),
);

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

interface OpenElement {
  tag: string;
  attrs: Record<string, string>;
  /** text written while this element was open */
  text: string;
}
interface Closed extends OpenElement {}

/**
 * A strict reader for the renderer's output (not a general HTML parser): tags must nest,
 * attribute values must be quoted and escaped, text must hold no raw `<` or `>`, and only
 * the renderer's entities may appear. Returns the plain text and every element with the text inside it.
 */
function readHtml(html: string): { text: string; elements: Closed[] } {
  const token = /<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|([^<>]+)|([<>])/gy;
  const stack: OpenElement[] = [];
  const elements: Closed[] = [];
  let text = '';
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = token.exec(html))) {
    last = token.lastIndex;
    if (m[5]) throw new Error(`raw ${m[5]} in text at ${m.index}: ${html.slice(m.index - 20, m.index + 20)}`);
    if (m[4] !== undefined) {
      const raw = m[4];
      if (/&(?!amp;|lt;|gt;|quot;|#39;)/.test(raw)) throw new Error(`unescaped & at ${m.index}`);
      const plain = raw.replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e] as string);
      text += plain;
      for (const el of stack) el.text += plain;
      continue;
    }
    const [, closing, tag, attrText] = m as unknown as [string, string, string, string];
    if (closing) {
      const top = stack.pop();
      if (!top || top.tag !== tag) throw new Error(`</${tag}> closes <${top?.tag}> at ${m.index}`);
      elements.push(top);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([a-z-]+)="([^"]*)"/g)) attrs[a[1] as string] = (a[2] as string).replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e] as string);
      stack.push({ tag, attrs, text: '' });
    }
  }
  if (last !== html.length) throw new Error(`unreadable HTML at ${last}: ${html.slice(last, last + 40)}`);
  if (stack.length) throw new Error(`unclosed <${stack.map((e) => e.tag).join('> <')}>`);
  return { text, elements };
}

/** The text each mark covers, with its continuation fragments joined, by data-id. */
function markTexts(elements: Closed[]): Map<string, { first: Closed; text: string; fragments: number }> {
  const marks = new Map<string, { first: Closed; text: string; fragments: number }>();
  // elements are listed in closing order; fragments of one mark never nest in each other, so order by data-start of fragment text is not needed: join in document order of opening
  for (const el of elements) {
    if (el.tag !== 'mark') continue;
    const id = el.attrs['data-id'] as string;
    const entry = marks.get(id);
    if (!('data-cont' in el.attrs)) {
      if (entry?.first) throw new Error(`two first fragments for ${id}`);
      marks.set(id, { first: el, text: (entry?.text ?? '') + el.text, fragments: (entry?.fragments ?? 0) + 1 });
    } else marks.set(id, { first: entry?.first as Closed, text: (entry?.text ?? '') + el.text, fragments: (entry?.fragments ?? 0) + 1 });
  }
  return marks;
}

function checkDocument(doc: TigangDocument, text: string): void {
  const html = renderDocumentHtml(doc, text);
  const { text: plain, elements } = readHtml(html);
  expect(plain).toBe(text);
  const spans = highlightSpans(doc);
  expect(spans.length).toBe(doc.quantities.length + doc.deadlines.length + doc.commitments.length + doc.achievements.length);
  const firsts = elements.filter((e) => e.tag === 'mark' && !('data-cont' in e.attrs));
  const nonEmpty = spans.filter((s) => s.end > s.start);
  expect(firsts.length).toBe(nonEmpty.length);
  for (const kind of ['quantity', 'deadline', 'commitment', 'achievement']) {
    expect(firsts.filter((e) => e.attrs['data-kind'] === kind).length).toBe(nonEmpty.filter((s) => s.kind === kind).length);
  }
  // fragments are closed in document order per mark only if joined by position: rebuild by offsets instead
  const byId = new Map(nonEmpty.map((s) => [s.id, s]));
  for (const el of firsts) {
    const span = byId.get(el.attrs['data-id'] as string);
    expect(span, el.attrs['data-id']).toBeDefined();
    expect(Number(el.attrs['data-start'])).toBe(span?.start);
    expect(Number(el.attrs['data-end'])).toBe(span?.end);
    expect(el.attrs.title).toBe(`${span?.label} · ${span?.rule}`);
  }
  const joined = markTexts(elements);
  for (const s of nonEmpty) expect(joined.get(s.id)?.text, s.id).toBe(text.slice(s.start, s.end));
  // headings: one anchor per section that has a heading in the text
  const anchors = elements.filter((e) => e.tag === 'span' && e.attrs.class === 'h' && e.attrs.id);
  const headings: string[] = [];
  const walk = (nodes: TigangDocument['outline']['children']) => {
    for (const n of nodes) {
      if (n.heading && n.heading.position.end.offset > n.heading.position.start.offset) headings.push(n.id);
      walk(n.children);
    }
  };
  walk(doc.outline.children);
  expect(anchors.map((a) => a.attrs.id).sort()).toEqual(headings.map((id) => `sec-${id}`).sort());
  expect(elements.filter((e) => e.tag === 'del' && !('data-cont' in e.attrs)).length).toBe(doc.removed.filter((r) => r.position.end.offset > r.position.start.offset).length);
}

describe('renderDocumentHtml on real texts', () => {
  for (const { name, text } of texts) {
    it(`${name}: well-formed, text preserved, one mark per extraction over its exact span`, () => {
      checkDocument(parse(text), text);
    });
  }
});


describe('renderDocumentHtml with many overlapping spans', () => {
  const position = (text: string, start: number, end: number) => {
    const point = (offset: number) => {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      return { line, column: offset - before.lastIndexOf('\n'), offset };
    };
    return { start: point(start), end: point(end) };
  };
  const spanArb = (n: number) => fc.tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

  it('stays well-formed and exact for random crossing quantities, deadlines, claims, removed spans and headings', () => {
    const alphabet = fc.constantFrom('一', '、', '5', '%', '<', '>', '&', '"', "'", '\n', 'a', '所', ' ');
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 80 }).map((cs) => cs.join('')),
        fc.array(fc.tuple(fc.constantFrom('q', 'd', 'c', 'a', 'r', 'h'), fc.nat(), fc.nat()), { maxLength: 30 }),
        (text, raw) => {
          const n = text.length;
          const doc = parse('');
          const mutable = doc as unknown as { quantities: unknown[]; deadlines: unknown[]; commitments: unknown[]; achievements: unknown[]; removed: unknown[]; source: { length: number }; outline: { children: unknown[] } };
          mutable.source.length = n;
          let i = 0;
          for (const [kind, x, y] of raw) {
            const a = x % (n + 1);
            const b = y % (n + 1);
            const [s, e] = [Math.min(a, b), Math.max(a, b)];
            const pos = position(text, s, e);
            i++;
            if (kind === 'q') mutable.quantities.push({ type: 'quantity', raw: text.slice(s, e), value: i, unit: '%', counts: null, comparator: 'gte', approximate: false, masked: false, kind: 'other', claimId: null, rule: `r<${i}>"`, position: pos });
            if (kind === 'd') mutable.deadlines.push({ type: 'time', raw: text.slice(s, e), kind: 'deadline', interval: { start: '2025-01-01', end: '2025-12-31' }, resolution: 'stated', recurrence: null, rule: 'year', position: pos });
            if (kind === 'c' || kind === 'a') {
              const list = kind === 'c' ? mutable.commitments : mutable.achievements;
              list.push({ type: 'claim', id: `s1/c${i}`, kind: kind === 'c' ? 'commitment' : 'achievement', strength: null, text: text.slice(s, e), cues: ['<b>'], action: null, object: null, actor: null, quantities: [], deadline: null, recurrence: null, sectionPath: [], sectionId: null, position: pos });
            }
            if (kind === 'r') mutable.removed.push({ reason: 'url', text: text.slice(s, e), position: pos });
            if (kind === 'h') mutable.outline.children.push({ type: 'section', id: `s${i}`, marker: '一、', family: 'cn-dun', ordinal: i, depth: 1, title: 't', origin: 'body', layout: 'line', heading: { position: pos }, children: [] });
          }
          checkDocument(doc, text);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('splits a crossing span into fragments, and only the first keeps the id', () => {
    const text = '甲乙丙丁戊己';
    const doc = parse('');
    (doc.source as { length: number }).length = text.length;
    doc.removed.push({ reason: 'url', text: '乙丙丁', position: position(text, 1, 4) });
    doc.outline.children.push({ type: 'section', id: 's1', marker: '一、', family: 'cn-dun', ordinal: 1, depth: 1, title: 'x', origin: 'body', layout: 'line', heading: { position: position(text, 3, 5) }, children: [] });
    const html = renderDocumentHtml(doc, text);
    // the heading outlasts the removed span: it opens inside it, is closed with it, and reopens without its id
    expect(html).toBe('甲<del class="removed" data-reason="url" data-start="1" data-end="4" title="removed · url">乙丙<span class="h" id="sec-s1" data-section="s1" data-depth="1">丁</span></del><span class="h" data-section="s1" data-depth="1" data-cont="">戊</span>己');
  });
});

describe('hostile text', () => {
  it('escapes markup in the document and in attributes', () => {
    const text = '一、<img src=x onerror=alert(1)>\n到2025年，新建学校5所</mark><script>alert(1)</script>"\'&amp;';
    const doc = parse(text);
    const html = renderDocumentHtml(doc, text);
    expect(html).not.toMatch(/<img|<script|<\/mark><script/);
    expect(html).toContain('&lt;img src=x onerror=alert');
    expect(html).toContain('&lt;/mark&gt;&lt;script&gt;');
    expect(html).toContain('&amp;amp;');
    expect(readHtml(html).text).toBe(text);
    expect(doc.quantities.length).toBeGreaterThan(0);
  });
  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('refuses a text that is not the one parsed', () => {
    const doc = parse('一、总体要求');
    expect(() => renderDocumentHtml(doc, '一、总体要求。')).toThrow(/characters/);
  });
  it('omits removed noise when asked, keeping every mark', () => {
    const text = readFileSync(`${FIXTURES}eval/000_1ead45d65ebf2d6b.txt`, 'utf8');
    const doc = parse(text);
    const html = renderDocumentHtml(doc, text, { removed: 'omit' });
    const { text: plain } = readHtml(html);
    expect(plain).not.toContain('省略715字');
    expect(plain.length).toBe(text.length - doc.removed.reduce((n, r) => n + r.position.end.offset - r.position.start.offset, 0));
    expect((html.match(/<mark /g) ?? []).filter(Boolean).length).toBeGreaterThanOrEqual(highlightSpans(doc).length);
  });
  it('labels in Chinese', () => {
    const doc = parse('到2025年，城镇新增就业不少于30万人。');
    const spans = highlightSpans(doc, { locale: 'zh' });
    expect(spans.find((s) => s.kind === 'commitment')?.label).toMatch(/^承诺/);
    expect(spans.find((s) => s.kind === 'quantity')?.label).toBe('≥ 300000 人');
    expect(spans.find((s) => s.kind === 'deadline')?.label).toBe('2025-01-01/2025-12-31');
  });
});

describe('renderSpansHtml', () => {
  it('nests crossing spans, escapes the text and drops unsafe attribute names', () => {
    const text = 'a<b>c&d';
    const html = renderSpansHtml(text, [
      { start: 0, end: 4, attributes: { class: 'x', onclick: 'alert(1)', 'data-i': '"1"' } },
      { start: 2, end: 6, tag: 'span', attributes: { class: 'y' } },
    ]);
    expect(html).toBe('<mark class="x" data-i="&quot;1&quot;">a&lt;<span class="y">b&gt;</span></mark><span class="y" data-cont="">c&amp;</span>d');
    expect(readHtml(html).text).toBe(text);
  });
});
