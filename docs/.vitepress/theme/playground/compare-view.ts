// The compare tab's view of a compare() result (shape of issue 13): aligned sections, reused
// passages highlighted in both texts (HTML from the shared renderer), and changed targets.
// Read defensively: fields the result lacks show as empty, never as an error.
import { renderSpansHtml, type TextSpan } from 'tigang';

type Side = { id?: string; marker?: string; title?: string; path?: string[] | string };
type Pos = { start: { offset: number } | number; end: { offset: number } | number } | [number, number];

export interface CompareView {
  similarity: number | null;
  aInB: number | null;
  bInA: number | null;
  sections: { a: string; b: string; relation: string; score: number | null; shared: string }[];
  onlyInA: string[];
  onlyInB: string[];
  reuse: { text: string; formulaic: boolean; length: number }[];
  changed: { topic: string; change: string; a: string; b: string }[];
  counts: { same: number; added: number; dropped: number };
  added: string[];
  dropped: string[];
  htmlA: string;
  htmlB: string;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const heading = (s: Side | undefined): string => (s ? `${str(s.marker)}${str(s.title)}` || str(s.id) : '');

function span(p: Pos | undefined): [number, number] | null {
  if (!p) return null;
  if (Array.isArray(p)) return [p[0], p[1]];
  const off = (x: { offset: number } | number) => (typeof x === 'number' ? x : x?.offset);
  const s = off(p.start);
  const e = off(p.end);
  return typeof s === 'number' && typeof e === 'number' ? [s, e] : null;
}

/** A target side as a short cell: the figure as written, its deadline, and the indicator when no figure. */
function targetText(c: unknown): string {
  const o = (c ?? {}) as { text?: string; raw?: string; indicator?: string; deadline?: string | null; claimId?: string };
  const figure = str(o.raw);
  const deadline = str(o.deadline);
  const head = figure ? `${str(o.indicator)} ${figure}`.trim() : str(o.text) || str(o.claimId);
  return deadline ? `${head} · ${deadline}` : head;
}

export function compareView(result: unknown, textA: string, textB: string): CompareView {
  const r = (result ?? {}) as Record<string, any>;
  const sections = Array.isArray(r.sections) ? r.sections : [];
  const reuse = Array.isArray(r.reuse) ? r.reuse : [];
  const spansA: TextSpan[] = [];
  const spansB: TextSpan[] = [];
  reuse.forEach((p: any, i: number) => {
    const cls = p?.formulaic ? 'reuse formulaic' : 'reuse';
    const a = span(p?.a?.position);
    const b = span(p?.b?.position);
    if (a) spansA.push({ start: a[0], end: a[1], attributes: { class: cls, 'data-reuse': String(i), title: p?.formulaic ? 'formulaic' : `#${i + 1}` } });
    if (b) spansB.push({ start: b[0], end: b[1], attributes: { class: cls, 'data-reuse': String(i), title: p?.formulaic ? 'formulaic' : `#${i + 1}` } });
  });
  const c = (r.commitments ?? {}) as Record<string, unknown[]>;
  const list = (k: string) => (Array.isArray(c[k]) ? (c[k] as unknown[]) : []);
  return {
    similarity: num(r.similarity),
    aInB: num(r.containment?.aInB),
    bInA: num(r.containment?.bInA),
    sections: sections.map((s: any) => ({ a: heading(s?.a), b: heading(s?.b), relation: str(s?.relation), score: num(s?.score), shared: Array.isArray(s?.sharedTerms) ? s.sharedTerms.slice(0, 6).join(' ') : '' })),
    onlyInA: (Array.isArray(r.onlyInA) ? r.onlyInA : []).map(heading),
    onlyInB: (Array.isArray(r.onlyInB) ? r.onlyInB : []).map(heading),
    reuse: reuse.map((p: any) => ({ text: str(p?.text) || str(p?.a?.text), formulaic: Boolean(p?.formulaic), length: num(p?.length) ?? (str(p?.text) || str(p?.a?.text)).length })),
    changed: list('changed').map((x: any) => ({ topic: str(x?.topic), change: Array.isArray(x?.changes) && x.changes.length ? x.changes.join(' + ') : str(x?.change), a: targetText(x?.a), b: targetText(x?.b) })),
    counts: { same: list('same').length, added: list('added').length, dropped: list('dropped').length },
    added: list('added').map((x: any) => targetText(x?.b ?? x)),
    dropped: list('dropped').map((x: any) => targetText(x?.a ?? x)),
    htmlA: renderSpansHtml(textA, spansA),
    htmlB: renderSpansHtml(textB, spansB),
  };
}
