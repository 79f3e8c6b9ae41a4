// The report's browser code, bundled by esbuild into dist/report-client.global.js and inlined
// in each report. Everything from a document (its text, titles, values, paths) goes into the
// page through textContent / createTextNode / attribute values, never through innerHTML.
import { scoreMarks, type Correction, type Mark, type Verdict } from './marks.js';
import type { ReportDocument, ReportExtraction, ReportIndexEntry } from './model.js';
import type { ReportIndex } from './page.js';
import { renderSpansHtml, type HighlightKind, type TextSpan } from '../render/html.js';

const KINDS: readonly HighlightKind[] = ['quantity', 'deadline', 'commitment', 'achievement'];
const KIND_LABEL: Record<HighlightKind, string> = { quantity: 'Quantity', deadline: 'Deadline', commitment: 'Commitment', achievement: 'Achievement' };
const SUBKINDS: Record<HighlightKind, string[]> = {
  quantity: ['commitment', 'achievement', 'other'],
  deadline: ['deadline', 'period', 'recurring', 'past'],
  commitment: ['commitment', 'achievement'],
  achievement: ['commitment', 'achievement'],
};
const ROW_HEIGHT = 66;

// ---- tiny DOM helpers (text always as text) -----------------------------------------------

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}
const clear = (el: Element) => el.replaceChildren();
const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector(sel) as T;

// ---- data ----------------------------------------------------------------------------------

const index: ReportIndex = JSON.parse(document.getElementById('tigang-index')!.textContent!);
const entries: ReportIndexEntry[] = index.documents;
const docCache = new Map<number, ReportDocument>();
function loadDocument(i: number): ReportDocument | null {
  if (docCache.has(i)) return docCache.get(i)!;
  const el = document.getElementById(`tigang-doc-${i}`);
  if (!el) return null;
  const doc = JSON.parse(el.textContent!) as ReportDocument;
  if (docCache.size > 20) docCache.delete(docCache.keys().next().value!); // a few recent documents stay parsed
  docCache.set(i, doc);
  return doc;
}

// ---- marks, in localStorage (in memory when the browser refuses storage) ------------------

type DocMarks = Record<string, Mark>;
const memoryStore = new Map<string, string>();
const store = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return memoryStore.get(key) ?? null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      // full (about 5 MB per file:// origin) or refused: keep the marks for this session and say so
      memoryStore.set(key, value);
      storageWarning();
    }
  },
};
let warnedStorage = false;
function storageWarning(): void {
  if (warnedStorage) return;
  warnedStorage = true;
  const note = h('div', { class: 'banner err', role: 'alert' }, 'This browser will not store more marks (its storage is full or disabled): they are kept until you close the page. Export marks now to keep them.');
  document.querySelector('main.doc')?.prepend(note);
}
const storageKey = (entry: ReportIndexEntry) => `tigang-report:marks:${entry.key}`;
const markKey = (kind: string, start: number, end: number, missed = false) => `${missed ? 'missed:' : ''}${kind}:${start}:${end}`;
const marksCache = new Map<string, DocMarks>();

function marksOf(entry: ReportIndexEntry): DocMarks {
  const cached = marksCache.get(entry.key);
  if (cached) return cached;
  const saved = store.get(storageKey(entry));
  let marks: DocMarks = {};
  if (saved) {
    try {
      marks = JSON.parse(saved) as DocMarks;
    } catch {
      marks = {};
    }
  } else {
    // marks given to `tigang report --marks`, until the reviewer changes any
    for (const m of index.marks) if ((m.sha256 ?? m.path) === entry.key || (m.path !== null && m.path === entry.path)) marks[markKey(m.kind, m.start, m.end, m.verdict === 'missed')] = m;
  }
  marksCache.set(entry.key, marks);
  return marks;
}
function saveMarks(entry: ReportIndexEntry, marks: DocMarks): void {
  marksCache.set(entry.key, marks);
  store.set(storageKey(entry), JSON.stringify(marks));
}
const reviewedCount = (entry: ReportIndexEntry) => Object.values(marksOf(entry)).filter((m) => m.verdict !== 'missed').length;
const totalCount = (entry: ReportIndexEntry) => entry.counts.reduce((a, b) => a + b, 0);

function allMarks(): Mark[] {
  const out: Mark[] = [];
  for (const entry of entries) {
    const marks = Object.values(marksOf(entry)).sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
    out.push(...marks);
  }
  return out;
}
/** The marks of every document of this report as JSONL (the format of docs/report.md). */
function exportMarks(): string {
  return allMarks().map((m) => JSON.stringify(m)).join('\n') + (entries.length ? '\n' : '');
}

// ---- state ---------------------------------------------------------------------------------

const state = {
  current: -1,
  selected: -1,
  pending: null as null | { s: number; e: number; raw: string },
  tab: 'text' as 'text' | 'claims' | 'warnings' | 'noise',
  showNoise: true,
  hidden: new Set<HighlightKind>(),
  filter: '',
  show: 'all',
  visible: [] as number[],
  correcting: false,
};

// ---- layout --------------------------------------------------------------------------------

const totals = KINDS.map((_, k) => entries.reduce((n, e) => n + e.counts[k]!, 0));
const app = document.getElementById('app')!;
clear(app);
const summary = h('div', { class: 'summary' });
const score = h('div', { class: 'score', title: 'Over every mark in this report: right / (right + corrected + wrong), right / (right + corrected + missed)' });
const legend = h('div', { class: 'legend' });
for (const kind of KINDS) {
  const box = h('input', { type: 'checkbox', checked: true, 'data-kind': kind });
  box.addEventListener('change', () => {
    if (box.checked) state.hidden.delete(kind);
    else state.hidden.add(kind);
    applyTextClasses();
  });
  legend.append(h('label', { title: `Show ${kind} highlights` }, box, h('span', { class: `sw ${kind}` }), KIND_LABEL[kind], ' ', h('b', {}, totals[KINDS.indexOf(kind)]!.toLocaleString('en-US'))));
}
const exportButton = h('button', { class: 'primary', 'data-action': 'export', title: 'Download every mark of this report as JSONL' }, 'Export marks');
const importInput = h('input', { type: 'file', accept: '.jsonl,.json,application/json', class: 'hidden' });
const importButton = h('button', { 'data-action': 'import', title: 'Load marks exported from a report (JSONL)' }, 'Import');
const top = h('header', { class: 'top' }, h('div', { class: 'brand' }, 'tigang', h('small', {}, 'review report')), summary, legend, score, importButton, importInput, exportButton);

const filterInput = h('input', { type: 'search', placeholder: 'Filter by name, path or title…', 'aria-label': 'Filter documents' });
const showSelect = h('select', { 'aria-label': 'Show' });
for (const [value, label] of [['all', 'All'], ['unreviewed', 'Not reviewed'], ['reviewed', 'With marks'], ['warnings', 'With warnings'], ['truncated', 'Truncated'], ['errors', 'Failed']] as const) showSelect.append(h('option', { value }, label));
const sortSelect = h('select', { 'aria-label': 'Sort' });
for (const [value, label] of [['input', 'Input order'], ['name', 'By name'], ['extractions', 'Most found'], ['warnings', 'Most warnings']] as const) sortSelect.append(h('option', { value }, label));
const listCount = h('div', { class: 'listcount' });
const rows = h('div', { class: 'rows' });
const viewport = h('div', { class: 'viewport', 'data-testid': 'doclist' }, rows);
const list = h('aside', { class: 'list' }, h('div', { class: 'filters' }, filterInput, h('div', { class: 'row' }, showSelect, sortSelect), listCount), viewport);

const docHead = h('div', { class: 'dochead' });
const banners = h('div', {});
const pane = h('div', { class: 'pane' });
const main = h('main', { class: 'doc' }, docHead, banners, pane);
const inspector = h('aside', { class: 'inspector' });
const tip = h('div', { class: 'tip hidden', role: 'tooltip' });
app.append(top, h('div', { class: 'body' }, list, main, inspector), tip);

function updateSummary(): void {
  clear(summary);
  const highlights = totals.reduce((a, b) => a + b, 0);
  const parts: Child[] = [h('b', {}, entries.length.toLocaleString('en-US')), ` document${entries.length === 1 ? '' : 's'} · `, h('b', {}, highlights.toLocaleString('en-US')), ' highlights'];
  const failed = entries.filter((e) => e.error).length;
  if (failed) parts.push(` · ${failed} failed`);
  summary.append(...parts.filter((p): p is Node | string => typeof p === 'string' || p instanceof Node));
  const r = scoreMarks(allMarks());
  clear(score);
  if (r.marks === 0) score.append('No marks yet');
  else score.append(`${r.marks} marks · P `, h('b', {}, r.all.precision === null ? '—' : r.all.precision.toFixed(2)), ' R ', h('b', {}, r.all.recall === null ? '—' : r.all.recall.toFixed(2)));
}

// ---- document list (virtualised: only the rows in view exist) -------------------------------

function computeVisible(): void {
  const q = state.filter.trim().toLowerCase();
  let ids = entries.map((_, i) => i).filter((i) => {
    const e = entries[i]!;
    if (q && !`${e.name}\n${e.path ?? ''}\n${e.title ?? ''}`.toLowerCase().includes(q)) return false;
    switch (state.show) {
      case 'unreviewed':
        return !e.error && reviewedCount(e) === 0;
      case 'reviewed':
        return Object.keys(marksOf(e)).length > 0;
      case 'warnings':
        return e.warnings > 0;
      case 'truncated':
        return e.truncated;
      case 'errors':
        return e.error !== null;
      default:
        return true;
    }
  });
  const sort = sortSelect.value;
  if (sort === 'name') ids = ids.sort((a, b) => entries[a]!.name.localeCompare(entries[b]!.name));
  else if (sort === 'extractions') ids = ids.sort((a, b) => totalCount(entries[b]!) - totalCount(entries[a]!));
  else if (sort === 'warnings') ids = ids.sort((a, b) => entries[b]!.warnings - entries[a]!.warnings);
  state.visible = ids;
  listCount.textContent = `${ids.length.toLocaleString('en-US')} of ${entries.length.toLocaleString('en-US')} documents`;
  rows.style.height = `${ids.length * ROW_HEIGHT}px`;
  renderRows(true);
}

let renderedRange = '';
function renderRows(force = false): void {
  const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - 4);
  const last = Math.min(state.visible.length, Math.ceil((viewport.scrollTop + viewport.clientHeight) / ROW_HEIGHT) + 4);
  const range = `${first}:${last}`;
  if (!force && range === renderedRange) return;
  renderedRange = range;
  const frag = document.createDocumentFragment();
  for (let r = first; r < last; r++) frag.append(docRow(state.visible[r]!, r));
  rows.replaceChildren(frag);
}

function docRow(i: number, r: number): HTMLElement {
  const e = entries[i]!;
  const badges = h('div', { class: 'badges' });
  if (e.error) badges.append(h('span', { class: 'flag err', title: e.error }, 'error'));
  else {
    KINDS.forEach((kind, k) => {
      if (e.counts[k]) badges.append(h('span', { class: `cnt ${kind}`, title: `${e.counts[k]} ${kind}` }, String(e.counts[k])));
    });
    if (e.truncated) badges.append(h('span', { class: 'flag', title: 'The site cut the text' }, '✂'));
    if (e.warnings) badges.append(h('span', { class: 'flag', title: `${e.warnings} warnings` }, `⚠${e.warnings}`));
  }
  const total = totalCount(e);
  const done = total ? Math.min(1, reviewedCount(e) / total) : 0;
  const bar = h('i');
  bar.style.width = `${(done * 100).toFixed(1)}%`;
  const row = h('div', { class: `docrow${i === state.current ? ' current' : ''}`, 'data-doc': i, title: e.path ?? e.name }, h('div', { class: 'name' }, e.name), h('div', { class: 'sub' }, e.title ?? e.path ?? ''), badges, h('div', { class: 'progress' }, bar));
  row.style.top = `${r * ROW_HEIGHT}px`;
  row.addEventListener('click', () => openDocument(i));
  return row;
}
viewport.addEventListener('scroll', () => renderRows());
filterInput.addEventListener('input', () => {
  state.filter = filterInput.value;
  viewport.scrollTop = 0;
  computeVisible();
});
showSelect.addEventListener('change', () => {
  state.show = showSelect.value;
  computeVisible();
});
sortSelect.addEventListener('change', computeVisible);
window.addEventListener('resize', () => renderRows(true));

// ---- one document --------------------------------------------------------------------------

/** The text with its highlights, headings, removed noise and missed marks, woven into HTML by the
 * shared renderer (src/render/html.ts: the text is escaped there, never markup). Spans that cross
 * are split; the later pieces carry data-cont, so `mark:not([data-cont])` counts each extraction once. */
function renderText(doc: ReportDocument, entry: ReportIndexEntry, text: string): HTMLElement {
  const marks = marksOf(entry);
  const spans: TextSpan[] = [];
  doc.extractions.forEach((x, j) => {
    const verdict = marks[markKey(x.k, x.s, x.e)]?.verdict;
    spans.push({ start: x.s, end: x.e, tag: 'mark', attributes: { class: `m k-${x.k}${verdict ? ` rv-${verdict}` : ''}`, 'data-kind': x.k, 'data-start': String(x.s), 'data-end': String(x.e), 'data-x': String(j) } });
  });
  for (const m of Object.values(marks)) {
    if (m.verdict === 'missed') spans.push({ start: m.start, end: m.end, tag: 'span', attributes: { class: 'missed', 'data-kind': m.kind, 'data-start': String(m.start), 'data-end': String(m.end), title: `Missed ${m.kind} (added by a reviewer)` } });
  }
  for (const node of doc.outline) if (node.s !== null && node.e !== null) spans.push({ start: node.s, end: node.e, tag: 'span', attributes: { class: 'hd', 'data-sid': node.id } });
  for (const r of doc.removed) spans.push({ start: r.s, end: r.e, tag: 'span', attributes: { class: 'noise', 'data-reason': r.reason, title: `Removed noise: ${r.reason}` } });
  const container = h('div', { class: 'text', 'data-testid': 'text' });
  container.innerHTML = renderSpansHtml(text, spans); // escaped by the renderer: text, never markup
  return container;
}

function applyTextClasses(): void {
  const text = $('.text', pane);
  if (!text) return;
  for (const kind of KINDS) text.classList.toggle(`hide-${kind}`, state.hidden.has(kind));
  text.classList.toggle('hide-noise', !state.showNoise);
}

function openDocument(i: number): void {
  if (i < 0 || i >= entries.length) return;
  state.current = i;
  state.selected = -1;
  state.pending = null;
  state.correcting = false;
  renderRows(true);
  renderDocument();
  renderInspector();
  try {
    history.replaceState(null, '', `#doc=${i}`);
  } catch {
    // file:// may refuse; the report works without it
  }
}

function renderDocument(): void {
  const i = state.current;
  const entry = entries[i]!;
  clear(docHead);
  clear(banners);
  clear(pane);
  const doc = entry.error ? null : loadDocument(i);
  const meta = h('div', { class: 'meta' }, h('code', {}, entry.path ?? entry.name));
  if (entry.format) meta.append(h('span', {}, `${entry.format} · ${entry.encoding ?? '?'} · ${entry.length.toLocaleString('en-US')} chars`));
  if (doc?.meta.date) meta.append(h('span', {}, doc.meta.date));
  if (doc?.meta.source) meta.append(h('span', {}, doc.meta.source));
  if (doc?.meta.speaker) meta.append(h('span', {}, doc.meta.speaker));
  docHead.append(h('h1', {}, doc?.title ?? entry.title ?? entry.name), meta);
  if (entry.error || !doc) {
    banners.append(h('div', { class: 'banner err' }, `This file failed to parse: ${entry.error ?? 'no data'}`));
    return;
  }
  const tabs = h('div', { class: 'tabs', role: 'tablist' });
  const tab = (id: typeof state.tab, label: string, n: number | null) => {
    const b = h('button', { class: state.tab === id ? 'on' : '', role: 'tab', 'data-tab': id }, label, n === null ? null : h('span', { class: 'n' }, String(n)));
    b.addEventListener('click', () => {
      state.tab = id;
      renderDocument();
    });
    tabs.append(b);
  };
  tab('text', 'Text', null);
  tab('claims', 'Commitments', doc.claims.length);
  tab('warnings', 'Warnings', doc.warnings.length);
  tab('noise', 'Removed noise', doc.removed.length);
  docHead.append(tabs);

  if (doc.truncation.truncated) {
    const t = doc.truncation;
    const missing = t.missingChars !== null ? `about ${t.missingChars.toLocaleString('en-US')} characters are missing` : 'an unknown part is missing';
    const stated = t.statedTotalChars !== null ? ` (the site states ${t.statedTotalChars.toLocaleString('en-US')} in all)` : '';
    banners.append(h('div', { class: 'banner trunc', 'data-testid': 'truncation' }, `✂ Truncated text: the site cut it at ${t.cuts.length || 1} place${t.cuts.length > 1 ? 's' : ''}; ${missing}${stated}. Extractions cover only what is here.`));
  }
  for (const note of doc.notes) banners.append(h('div', { class: 'banner note' }, note));

  if (state.tab === 'text') renderTextTab(doc, entry);
  else if (state.tab === 'claims') renderClaimsTab(doc);
  else if (state.tab === 'warnings') renderWarningsTab(doc);
  else renderNoiseTab(doc);
}

function renderTextTab(doc: ReportDocument, entry: ReportIndexEntry): void {
  const outline = h('nav', { class: 'outline', 'aria-label': 'Outline' }, h('h3', {}, 'Outline'));
  if (!doc.outline.length) outline.append(h('div', { class: 'empty' }, 'No headings found.'));
  if (doc.outline.some((n) => n.s === null)) outline.append(h('div', { class: 'empty' }, h('i', {}, 'Italic'), ': only in the table of contents (the body was cut).'));
  for (const node of doc.outline) {
    const a = h('a', { class: node.s === null ? 'toc' : '', 'data-sid': node.id, title: node.s === null ? 'Only in the table of contents' : `${node.marker} ${node.title}` }, h('span', { class: 'mk' }, node.marker), node.title);
    a.style.paddingLeft = `${6 + (node.depth - 1) * 12}px`;
    if (node.s !== null) a.addEventListener('click', () => scrollToHeading(node.id));
    outline.append(a);
  }
  const scroller = h('div', { class: 'scroller' });
  if (doc.text === null) scroller.append(h('p', { class: 'notext' }, 'The original text is not available, so the highlights cannot be shown. The commitments, warnings and outline are still listed.'));
  else {
    const noiseToggle = h('label', { class: 'help' }, h('input', { type: 'checkbox', checked: state.showNoise }), ` Show removed noise (${doc.removed.length}, struck through)`);
    noiseToggle.querySelector('input')!.addEventListener('change', (ev) => {
      state.showNoise = (ev.target as HTMLInputElement).checked;
      applyTextClasses();
    });
    if (doc.removed.length) scroller.append(h('div', { class: 'noisebar' }, noiseToggle));
    scroller.append(renderText(doc, entry, doc.text));
  }
  pane.append(h('div', { class: 'textwrap' }, outline, scroller));
  applyTextClasses();
}

function table(head: string[], body: HTMLElement[]): HTMLElement {
  return h('div', { class: 'tablewrap' }, h('table', {}, h('thead', {}, h('tr', {}, ...head.map((c) => h('th', {}, c)))), h('tbody', {}, ...body)));
}

function goToExtraction(kind: HighlightKind | null, s: number, e: number | null): void {
  const doc = loadDocument(state.current)!;
  const j = doc.extractions.findIndex((x) => (kind === null || x.k === kind) && x.s === s && (e === null || x.e === e));
  state.tab = 'text';
  renderDocument();
  if (j >= 0) selectExtraction(j);
  else scrollToOffset(s);
}

/** A claim's section as its markers from the top plus the title of its own section (ids are paths: s2.1.3). */
function sectionCell(doc: ReportDocument, sec: string | null): HTMLElement {
  const cell = h('td', { class: 'sec' });
  if (!sec) return cell;
  const byId = new Map(doc.outline.map((n) => [n.id, n]));
  const parts = sec.replace(/^s/, '').split('.');
  const path = parts.map((_, k) => byId.get(`s${parts.slice(0, k + 1).join('.')}`)).filter((n) => n !== undefined);
  const own = path[path.length - 1];
  cell.title = path.map((n) => `${n.marker} ${n.title}`).join(' › ');
  cell.append(h('b', {}, path.map((n) => n.marker).join(' ')), own ? ` ${own.title}` : '');
  return cell;
}

function renderClaimsTab(doc: ReportDocument): void {
  const text = doc.text;
  const body = doc.claims.map((c) => {
    const sentence = text === null ? '' : text.slice(c.s, c.e);
    const tr = h('tr', { class: 'click' },
      h('td', {}, h('span', { class: `pill ${c.k}` }, c.k), c.strength && c.strength !== 'neutral' ? h('div', { class: 'strength' }, c.strength) : null),
      sectionCell(doc, c.sec),
      h('td', { class: 'claimtext', title: sentence }, sentence),
      h('td', {}, [c.action, c.object].filter(Boolean).join(' · ')),
      h('td', { class: 'vals' }, c.values),
      h('td', {}, c.deadline ?? ''),
      h('td', {}, c.actor ?? ''));
    tr.addEventListener('click', () => goToExtraction(c.k, c.s, c.e));
    return tr;
  });
  pane.append(doc.claims.length ? table(['kind', 'section', 'text', 'action · object', 'values', 'deadline', 'actor'], body) : h('div', { class: 'empty-state' }, 'No commitments or achievements found.'));
}

function renderWarningsTab(doc: ReportDocument): void {
  const body = doc.warnings.map((w) => {
    const tr = h('tr', { class: w.s === null ? '' : 'click' }, h('td', {}, h('code', {}, w.code)), h('td', {}, h('span', { class: 'pill stage' }, w.stage)), h('td', {}, w.text), h('td', { class: 'num' }, w.s === null ? '' : String(w.s)));
    if (w.s !== null) tr.addEventListener('click', () => goToExtraction(null, w.s!, null));
    return tr;
  });
  pane.append(doc.warnings.length ? table(['code', 'stage', 'message', 'offset'], body) : h('div', { class: 'empty-state' }, 'No warnings.'));
}

function renderNoiseTab(doc: ReportDocument): void {
  const text = doc.text ?? '';
  const body = doc.removed.map((r) => {
    const tr = h('tr', { class: 'click' }, h('td', {}, r.reason), h('td', {}, h('del', {}, JSON.stringify(text.slice(r.s, r.e)).slice(1, -1))), h('td', { class: 'num' }, `${r.s}–${r.e}`));
    tr.addEventListener('click', () => goToExtraction(null, r.s, null));
    return tr;
  });
  pane.append(doc.removed.length ? table(['reason', 'removed text', 'offsets'], body) : h('div', { class: 'empty-state' }, 'Nothing was removed.'));
}

function flash(el: Element): void {
  el.classList.remove('flash');
  void (el as HTMLElement).offsetWidth;
  el.classList.add('flash');
}

function scrollToHeading(id: string): void {
  const el = $(`.text [data-sid="${CSS.escape(id)}"]`, pane);
  if (!el) return;
  el.scrollIntoView({ block: 'start', behavior: 'auto' });
  flash(el);
}

/** Scrolls the text so that offset `at` is in view (for warnings and noise rows). */
function scrollToOffset(at: number): void {
  const container = $('.text', pane);
  if (!container) return;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (seen + length > at) {
      const parent = node.parentElement!;
      parent.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at - seen);
      range.setEnd(node, Math.min(length, at - seen + 1));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    seen += length;
  }
}

// ---- selection, hover, review --------------------------------------------------------------

function markElements(j: number): HTMLElement[] {
  return Array.from(pane.querySelectorAll<HTMLElement>(`mark[data-x="${j}"]`));
}

function selectExtraction(j: number, scroll = true): void {
  for (const el of Array.from(pane.querySelectorAll('mark.sel'))) el.classList.remove('sel');
  state.selected = j;
  state.pending = null;
  state.correcting = false;
  const els = markElements(j);
  for (const el of els) el.classList.add('sel');
  if (scroll && els[0]) els[0].scrollIntoView({ block: 'nearest' });
  renderInspector();
}

function setVerdict(j: number, verdict: Verdict | null, correction: Correction | null = null): void {
  const entry = entries[state.current]!;
  const doc = loadDocument(state.current)!;
  const x = doc.extractions[j]!;
  const marks = { ...marksOf(entry) };
  const key = markKey(x.k, x.s, x.e);
  if (verdict === null) delete marks[key];
  else marks[key] = newMark(entry, doc, x, verdict, correction);
  saveMarks(entry, marks);
  for (const el of markElements(j)) {
    el.classList.remove('rv-right', 'rv-wrong', 'rv-corrected');
    if (verdict) el.classList.add(`rv-${verdict}`);
  }
  state.correcting = false;
  renderInspector();
  renderRows(true);
  updateSummary();
}

function newMark(entry: ReportIndexEntry, doc: ReportDocument, x: ReportExtraction, verdict: Verdict, correction: Correction | null): Mark {
  const claim = x.k === 'commitment' || x.k === 'achievement';
  return {
    tigangMarks: 1,
    path: entry.path,
    sha256: entry.sha256,
    kind: x.k,
    start: x.s,
    end: x.e,
    raw: doc.text?.slice(x.s, x.e) ?? '',
    verdict,
    extracted: { value: x.v, unit: x.u, kind: claim ? x.k : x.sk, ...(x.vs ? { values: x.vs } : {}), rule: x.r },
    correction,
    at: new Date().toISOString(),
  };
}

function addMissed(kind: HighlightKind, s: number, e: number, correction: Correction): void {
  const entry = entries[state.current]!;
  const doc = loadDocument(state.current)!;
  const marks = { ...marksOf(entry) };
  marks[markKey(kind, s, e, true)] = { tigangMarks: 1, path: entry.path, sha256: entry.sha256, kind, start: s, end: e, raw: doc.text?.slice(s, e) ?? '', verdict: 'missed', extracted: null, correction, at: new Date().toISOString() };
  saveMarks(entry, marks);
  state.pending = null;
  rerenderTextKeepingScroll();
  renderInspector();
  renderRows(true);
  updateSummary();
}

function removeMissed(key: string): void {
  const entry = entries[state.current]!;
  const marks = { ...marksOf(entry) };
  delete marks[key];
  saveMarks(entry, marks);
  rerenderTextKeepingScroll();
  renderInspector();
  renderRows(true);
  updateSummary();
}

function rerenderTextKeepingScroll(): void {
  const scroller = $('.scroller', pane);
  const top = scroller?.scrollTop ?? 0;
  renderDocument();
  const again = $('.scroller', pane);
  if (again) again.scrollTop = top;
  if (state.selected >= 0) for (const el of markElements(state.selected)) el.classList.add('sel');
}

pane.addEventListener('click', (ev) => {
  const mark = (ev.target as Element).closest('mark[data-x]');
  if (!mark) return;
  if (getSelection()?.isCollapsed === false && getSelection()!.toString().length > 0) return;
  selectExtraction(Number(mark.getAttribute('data-x')), false);
});

pane.addEventListener('mouseover', (ev) => {
  const mark = (ev.target as Element).closest('mark[data-x]');
  if (!mark) {
    tip.classList.add('hidden');
    return;
  }
  const doc = loadDocument(state.current);
  const x = doc?.extractions[Number(mark.getAttribute('data-x'))];
  if (!x) return;
  clear(tip);
  tip.append(h('div', { class: 't' }, `${KIND_LABEL[x.k]}${x.sk ? ` · ${x.sk}` : ''}`), h('div', {}, x.n), h('div', { class: 'r' }, x.r));
  tip.classList.remove('hidden');
  const rect = mark.getBoundingClientRect();
  const left = Math.min(window.innerWidth - 350, Math.max(8, rect.left));
  tip.style.left = `${left}px`;
  tip.style.top = `${rect.bottom + 6 + 90 > window.innerHeight ? rect.top - 80 : rect.bottom + 6}px`;
});
pane.addEventListener('mouseleave', () => tip.classList.add('hidden'));

/** Offset in the original text of a DOM point inside the text container: the length of the text before it. */
function offsetOf(container: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

pane.addEventListener('mouseup', () => {
  const sel = getSelection();
  const container = $('.text', pane);
  if (!sel || sel.isCollapsed || !container || sel.rangeCount === 0) return;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
  const s = offsetOf(container, range.startContainer, range.startOffset);
  const e = offsetOf(container, range.endContainer, range.endOffset);
  const doc = loadDocument(state.current)!;
  if (e <= s || doc.text === null) return;
  state.pending = { s, e, raw: doc.text.slice(s, e) };
  renderInspector();
});

function kv(pairs: [string, Child][]): HTMLElement {
  const dl = h('dl', { class: 'kv' });
  for (const [k, v] of pairs) dl.append(h('dt', {}, k), h('dd', {}, v ?? '—'));
  return dl;
}

function contextOf(text: string, s: number, e: number): HTMLElement {
  const from = Math.max(0, s - 40);
  const to = Math.min(text.length, e + 40);
  return h('div', { class: 'ctx' }, (from > 0 ? '…' : '') + text.slice(from, s), h('b', {}, text.slice(s, e)), text.slice(e, to) + (to < text.length ? '…' : ''));
}

function correctionForm(kind: HighlightKind, initial: { value: string; unit: string; kind: string }, submitLabel: string, onSubmit: (c: Correction, kind: HighlightKind) => void, chooseKind: boolean): HTMLElement {
  const typeSelect = h('select', { name: 'type' });
  for (const k of KINDS) typeSelect.append(h('option', { value: k, selected: k === kind }, KIND_LABEL[k]));
  const value = h('input', { type: 'text', name: 'value', value: initial.value, placeholder: 'e.g. 28, 3-5, null' });
  const unit = h('input', { type: 'text', name: 'unit', value: initial.unit, placeholder: 'e.g. 个, %, 亿元' });
  const sub = h('select', { name: 'kind' });
  const fillSub = () => {
    clear(sub);
    const k = typeSelect.value as HighlightKind;
    for (const option of SUBKINDS[k]) sub.append(h('option', { value: option, selected: option === initial.kind }, option));
  };
  fillSub();
  typeSelect.addEventListener('change', fillSub);
  const submit = h('button', { class: 'primary', 'data-action': 'save' }, submitLabel);
  const form = h('form', { class: 'form' });
  if (chooseKind) form.append(h('label', {}, 'Type', typeSelect));
  form.append(h('label', {}, 'Value', value), h('label', {}, 'Unit', unit), h('label', {}, 'Kind', sub), submit);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = value.value.trim();
    const numeric = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v === '' || v === 'null' ? null : v;
    onSubmit({ value: numeric, unit: unit.value.trim() || null, kind: sub.value || null }, typeSelect.value as HighlightKind);
  });
  return form;
}

function renderInspector(): void {
  clear(inspector);
  const entry = entries[state.current];
  if (!entry) {
    inspector.append(h('div', { class: 'help' }, 'Choose a document on the left.'));
    return;
  }
  const doc = entry.error ? null : loadDocument(state.current);
  const marks = marksOf(entry);
  if (doc && state.pending) {
    const p = state.pending;
    const card = h('div', { class: 'card', 'data-testid': 'missed-card' }, h('h3', {}, 'Add a missed extraction'), h('div', { class: `raw${p.raw.length > 24 ? ' long' : ''}` }, p.raw), h('div', { class: 'help' }, `Offsets ${p.s}–${p.e}`));
    card.append(correctionForm('quantity', { value: '', unit: '', kind: 'commitment' }, 'Add as missed', (c, kind) => addMissed(kind, p.s, p.e, c), true));
    const cancel = h('button', {}, 'Cancel');
    cancel.addEventListener('click', () => {
      state.pending = null;
      renderInspector();
    });
    card.append(h('div', { class: 'navrow' }, h('span', {}), cancel));
    inspector.append(card);
  }
  const x = doc && state.selected >= 0 ? doc.extractions[state.selected] : undefined;
  if (doc && x) {
    const mark = marks[markKey(x.k, x.s, x.e)];
    const sameKind = doc.extractions.map((y, j) => [y, j] as const).filter(([y]) => y.k === x.k);
    const pos = sameKind.findIndex(([, j]) => j === state.selected);
    const prev = h('button', { title: 'Previous (k)', disabled: pos <= 0 }, '‹');
    const next = h('button', { title: 'Next (j)', disabled: pos >= sameKind.length - 1 }, '›');
    prev.addEventListener('click', () => selectExtraction(sameKind[pos - 1]![1]));
    next.addEventListener('click', () => selectExtraction(sameKind[pos + 1]![1]));
    const raw = doc.text?.slice(x.s, x.e) ?? '';
    const card = h('div', { class: 'card', 'data-testid': 'inspector' },
      h('div', { class: 'navrow' }, h('span', { class: `pill ${x.k}` }, KIND_LABEL[x.k]), h('span', {}, prev, ` ${pos + 1} of ${sameKind.length} `, next)),
      h('div', { class: `raw${raw.length > 24 ? ' long' : ''}` }, raw),
      kv([
        ['Normalised', x.n],
        ['Rule', h('code', {}, x.r)],
        [x.k === 'quantity' ? 'Kind' : x.k === 'deadline' ? 'Kind' : 'Strength', x.sk ?? '—'],
        ...(x.k === 'quantity' ? ([['Value', x.v === null ? 'masked' : String(x.v)], ['Unit', x.u ?? '—']] as [string, Child][]) : []),
        ['Offsets', `${x.s}–${x.e}`],
      ]),
    );
    if (doc.text !== null && x.e - x.s < 60) card.append(contextOf(doc.text, x.s, x.e));
    const verdicts = h('div', { class: 'verdicts' });
    for (const [verdict, label, key] of [['right', '✓ Right', '1'], ['wrong', '✗ Wrong', '2'], ['corrected', '✎ Correct', '3']] as const) {
      const b = h('button', { class: `${verdict}${mark?.verdict === verdict ? ' on' : ''}`, 'data-verdict': verdict, title: `${label.slice(2)} (${key})` }, label);
      b.addEventListener('click', () => {
        if (verdict === 'corrected') {
          state.correcting = true;
          renderInspector();
        } else setVerdict(state.selected, mark?.verdict === verdict ? null : verdict);
      });
      verdicts.append(b);
    }
    card.append(h('h3', {}, 'Review'), verdicts);
    if (state.correcting || mark?.verdict === 'corrected') {
      const c = mark?.correction;
      const initial = { value: String(c?.value ?? x.v ?? ''), unit: c?.unit ?? x.u ?? '', kind: c?.kind ?? (x.k === 'commitment' || x.k === 'achievement' ? x.k : x.sk ?? '') };
      card.append(correctionForm(x.k, initial, 'Save correction', (corr) => setVerdict(state.selected, 'corrected', corr), false));
    }
    if (mark) card.append(h('div', { class: 'help' }, `Marked ${mark.verdict} · ${new Date(mark.at).toLocaleString()}`));
    inspector.append(card);
  }
  if (doc) {
    const reviewed = reviewedCount(entry);
    const total = totalCount(entry);
    const bar = h('i');
    bar.style.width = `${total ? ((100 * reviewed) / total).toFixed(1) : 0}%`;
    const progress = h('div', { class: 'card' }, h('h3', {}, 'This document'), h('div', { class: 'progressline' }, h('span', {}, 'Reviewed'), h('b', {}, `${reviewed} / ${total}`)), h('div', { class: 'bar' }, bar));
    const counts = h('dl', { class: 'kv' });
    KINDS.forEach((kind, k) => counts.append(h('dt', {}, h('span', { class: `pill ${kind}` }, KIND_LABEL[kind])), h('dd', {}, `${entry.counts[k]} found · ${Object.values(marks).filter((m) => m.kind === kind && m.verdict === 'missed').length} missed`)));
    progress.append(counts);
    const unmarked = doc.extractions.filter((y) => !marks[markKey(y.k, y.s, y.e)]);
    if (unmarked.length && unmarked.length < total) {
      // after reading the whole document: what is left unmarked was checked and is right
      const rest = h('button', { 'data-action': 'rest-right', title: 'Mark every extraction without a mark as right' }, `Mark the other ${unmarked.length} right`);
      rest.addEventListener('click', () => {
        if (!confirm(`Mark the ${unmarked.length} unmarked extractions of this document as right?`)) return;
        const next = { ...marksOf(entry) };
        for (const y of unmarked) next[markKey(y.k, y.s, y.e)] = newMark(entry, doc, y, 'right', null);
        saveMarks(entry, next);
        rerenderTextKeepingScroll();
        renderInspector();
        renderRows(true);
        updateSummary();
      });
      progress.append(h('div', { class: 'navrow' }, h('span', {}), rest));
    }
    const missed = Object.entries(marks).filter(([, m]) => m.verdict === 'missed');
    if (missed.length) {
      const ul = h('div', { class: 'help' }, h('h3', {}, 'Added as missed'));
      for (const [key, m] of missed) {
        const remove = h('button', { title: 'Remove' }, '×');
        remove.addEventListener('click', () => removeMissed(key));
        ul.append(h('div', { class: 'navrow' }, h('span', {}, `${m.kind}: ${m.raw}`), remove));
      }
      progress.append(ul);
    }
    inspector.append(progress);
  }
  inspector.append(
    h('div', { class: 'help' },
      h('h3', {}, 'How to review'),
      'Click a highlight to see its normalised value and rule, then mark it. Select text that should have been extracted to add it as missed. Marks stay in this browser; Export writes them as JSONL for ',
      h('code', {}, 'tigang score'), '.', h('br'),
      h('kbd', {}, 'j'), ' / ', h('kbd', {}, 'k'), ' next / previous  ', h('kbd', {}, '1'), ' right  ', h('kbd', {}, '2'), ' wrong  ', h('kbd', {}, '3'), ' correct  ', h('kbd', {}, '0'), ' clear'),
  );
}

document.addEventListener('keydown', (ev) => {
  const target = ev.target as HTMLElement;
  if (ev.metaKey || ev.ctrlKey || ev.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
  const doc = state.current >= 0 ? loadDocument(state.current) : null;
  if (!doc) return;
  const visible = doc.extractions.map((x, j) => [x, j] as const).filter(([x]) => !state.hidden.has(x.k));
  const at = visible.findIndex(([, j]) => j === state.selected);
  if (ev.key === 'j' || ev.key === 'k') {
    const to = ev.key === 'j' ? (at < 0 ? 0 : at + 1) : at - 1;
    if (visible[to]) selectExtraction(visible[to]![1]);
  } else if (state.selected >= 0 && (ev.key === '1' || ev.key === '2')) setVerdict(state.selected, ev.key === '1' ? 'right' : 'wrong');
  else if (state.selected >= 0 && ev.key === '0') setVerdict(state.selected, null);
  else if (state.selected >= 0 && ev.key === '3') {
    state.correcting = true;
    renderInspector();
  } else return;
  ev.preventDefault();
});

// ---- export / import -----------------------------------------------------------------------

exportButton.addEventListener('click', () => {
  const blob = new Blob([exportMarks()], { type: 'application/x-ndjson' });
  const a = h('a', { href: URL.createObjectURL(blob), download: 'tigang-marks.jsonl' });
  document.body.append(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
});
importButton.addEventListener('click', () => importInput.click());
importInput.addEventListener('change', async () => {
  const file = importInput.files?.[0];
  if (!file) return;
  const lines = (await file.text()).split(/\r?\n/).filter((l) => l.trim());
  let added = 0;
  for (const line of lines) {
    try {
      const m = JSON.parse(line) as Mark;
      const entry = entries.find((e) => (m.sha256 !== null && e.sha256 === m.sha256) || (m.path !== null && e.path === m.path));
      if (!entry || m.tigangMarks !== 1) continue;
      saveMarks(entry, { ...marksOf(entry), [markKey(m.kind, m.start, m.end, m.verdict === 'missed')]: m });
      added++;
    } catch {
      // not a mark line
    }
  }
  importInput.value = '';
  updateSummary();
  renderRows(true);
  if (state.current >= 0) openDocument(state.current);
  alert(`Imported ${added} of ${lines.length} marks.`);
});

// A small API for scripts and tests.
(window as unknown as { tigangReport: unknown }).tigangReport = { exportMarks, openDocument, documents: entries.length };

// ---- start ---------------------------------------------------------------------------------

document.title = `tigang report — ${entries.length.toLocaleString('en-US')} document${entries.length === 1 ? '' : 's'}`;
updateSummary();
computeVisible();
const fromHash = /#doc=(\d+)/.exec(location.hash);
openDocument(fromHash ? Number(fromHash[1]) : entries.findIndex((e) => !e.error));
