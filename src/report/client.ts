// The report's browser code, bundled by esbuild into dist/report-client.global.js and inlined
// in each report. Everything from a document (its text, titles, values, paths) goes into the
// page through textContent / createTextNode / attribute values, never through innerHTML.
import { csvCell } from './csv.js';
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

// ---- interface language (the report's own words; document text is never translated) --------

const ZH: Record<string, string> = {
  Quantity: '数量', Deadline: '时限', Commitment: '承诺', Achievement: '成绩',
  quantity: '数量', deadline: '时限', commitment: '承诺', achievement: '成绩',
  'review report': '审阅报告', 'Export marks': '导出标注', Import: '导入', 'No marks yet': '尚无标注',
  '{n} marks · P ': '{n} 条标注 · 精确率 ', ' R ': ' 召回率 ',
  'Filter by name, path or title…': '按文件名、路径或标题筛选…', All: '全部', 'Not reviewed': '未审阅', 'With marks': '有标注',
  'With warnings': '有警告', Truncated: '被截断', Failed: '解析失败', 'Input order': '输入顺序', 'By name': '按名称',
  'Most found': '提取最多', 'Most warnings': '警告最多', '{shown} of {all} documents': '{shown} / {all} 篇文档',
  ' document': ' 篇文档', ' documents': ' 篇文档', ' highlights': ' 处标注', ' · {n} failed': ' · {n} 篇失败',
  Text: '正文', Commitments: '承诺与成绩', Warnings: '警告', 'Removed noise': '已移除的噪声', Outline: '提纲',
  'No headings found.': '未识别出标题。', Italic: '斜体', ': only in the table of contents (the body was cut).': ':仅见于目录(正文被截断)。',
  'Only in the table of contents': '仅见于目录',
  'Show removed noise ({n}, struck through)': '显示已移除的噪声({n} 处,删除线)',
  'The original text is not available, so the highlights cannot be shown. The commitments, warnings and outline are still listed.': '原文不可用,无法显示标注;承诺表、警告和提纲仍然列出。',
  'This file failed to parse: {e}': '该文件解析失败:{e}',
  '✂ Truncated text: the site cut it at {n} place(s); {missing}{stated}. Extractions cover only what is here.': '✂ 原文被网站截断({n} 处);{missing}{stated}。提取结果只覆盖现有文字。',
  'about {n} characters are missing': '约缺 {n} 字', 'an unknown part is missing': '缺失字数未知', ' (the site states {n} in all)': '(网站称全文 {n} 字)',
  kind: '类型', section: '章节', text: '原文', 'action · object': '动作 · 对象', values: '数值', actor: '主体',
  code: '代码', stage: '阶段', message: '说明', offset: '位置', reason: '原因', 'removed text': '移除的文字', offsets: '位置',
  'No commitments or achievements found.': '未发现承诺或成绩。', 'No warnings.': '没有警告。', 'Nothing was removed.': '没有移除任何内容。',
  'Choose a document on the left.': '请在左侧选择文档。', 'Add a missed extraction': '补充漏提取项', 'Add as missed': '作为漏提取添加',
  Cancel: '取消', 'Offsets {s}–{e}': '位置 {s}–{e}', Type: '类别', Value: '数值', Unit: '单位', Kind: '类型', Strength: '强度',
  Normalised: '规范值', Rule: '规则', Offsets: '位置', masked: '已遮蔽', Review: '审阅', '✓ Right': '✓ 正确', '✗ Wrong': '✗ 错误', '✎ Correct': '✎ 更正',
  'Save correction': '保存更正', 'Marked {v} · {at}': '已标为 {v} · {at}', right: '正确', wrong: '错误', corrected: '已更正', missed: '漏提取',
  'This document': '本文档', Reviewed: '已审阅', '{n} found · {m} missed': '提取 {n} · 漏 {m}', 'Mark the other {n} right': '其余 {n} 项标为正确',
  'Mark the {n} unmarked extractions of this document as right?': '将本文档其余 {n} 个未标注的提取项标为正确?',
  'Added as missed': '已补充的漏提取', Remove: '删除', 'How to review': '如何审阅',
  'Click a highlight to see its normalised value and rule, then mark it. Select text that should have been extracted to add it as missed. Marks stay in this browser; Export writes them as JSONL for ': '点击标注查看规范值和规则,然后标记对错;选中应提取却未提取的文字可补充漏提取。标注保存在本浏览器中;“导出标注”生成 JSONL,供 ',
  ' next / previous  ': ' 下一个/上一个  ', ' right  ': ' 正确  ', ' wrong  ': ' 错误  ', ' correct  ': ' 更正  ', ' clear': ' 清除',
  '{p} of {n}': '{p} / {n}', 'Download CSV': '下载 CSV', '{n} chars': '{n} 字', 'Imported {n} of {all} marks.': '已导入 {n} / {all} 条标注。',
  'This browser will not store more marks (its storage is full or disabled): they are kept until you close the page. Export marks now to keep them.': '浏览器无法再保存标注(存储已满或被禁用):关闭页面前标注仍在。请立即导出标注以免丢失。',
  'e.g. 28, 3-5, null': '如 28、3-5、null', 'e.g. 个, %, 亿元': '如 个、%、亿元', 'Removed noise: {r}': '已移除的噪声:{r}', 'Missed {k} (added by a reviewer)': '漏提取的{k}(审阅者补充)',
};
const LANG_KEY = 'tigang-report:lang';
/** The interface language: the reader's choice, else the report's --locale, else the browser's. */
function chooseLanguage(locale: string | undefined): 'en' | 'zh' {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    // storage refused: fall through
  }
  if (saved === 'en' || saved === 'zh') return saved;
  if (locale === 'en' || locale === 'zh') return locale;
  return /^zh\b/i.test(navigator.language) ? 'zh' : 'en';
}
let lang: 'en' | 'zh' = 'en';
/** The interface text for `en` in the current language, with {name} filled from `vars`. */
function t(en: string, vars: Record<string, string | number> = {}): string {
  const text = lang === 'zh' ? ZH[en] ?? en : en;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

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
lang = chooseLanguage(index.locale);
document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
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
  const note = h('div', { class: 'banner err', role: 'alert' }, t('This browser will not store more marks (its storage is full or disabled): they are kept until you close the page. Export marks now to keep them.'));
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
  legend.append(h('label', { title: `Show ${kind} highlights` }, box, h('span', { class: `sw ${kind}` }), t(KIND_LABEL[kind]), ' ', h('b', {}, totals[KINDS.indexOf(kind)]!.toLocaleString('en-US'))));
}
const exportButton = h('button', { class: 'primary', 'data-action': 'export', title: 'Download every mark of this report as JSONL' }, t('Export marks'));
const importInput = h('input', { type: 'file', accept: '.jsonl,.json,application/json', class: 'hidden' });
const importButton = h('button', { 'data-action': 'import', title: 'Load marks exported from a report (JSONL)' }, t('Import'));
const langButton = h('button', { 'data-action': 'language', title: lang === 'zh' ? 'English interface' : '中文界面' }, lang === 'zh' ? 'EN' : '中文');
langButton.addEventListener('click', () => {
  try {
    localStorage.setItem(LANG_KEY, lang === 'zh' ? 'en' : 'zh');
  } catch {
    // cannot remember the choice; the reload below then keeps the language
  }
  location.reload();
});
const top = h('header', { class: 'top' }, h('div', { class: 'brand' }, 'tigang', h('small', {}, t('review report'))), summary, legend, score, langButton, importButton, importInput, exportButton);

const filterInput = h('input', { type: 'search', placeholder: t('Filter by name, path or title…'), 'aria-label': 'Filter documents' });
const showSelect = h('select', { 'aria-label': 'Show' });
for (const [value, label] of [['all', 'All'], ['unreviewed', 'Not reviewed'], ['reviewed', 'With marks'], ['warnings', 'With warnings'], ['truncated', 'Truncated'], ['errors', 'Failed']] as const) showSelect.append(h('option', { value }, t(label)));
const sortSelect = h('select', { 'aria-label': 'Sort' });
for (const [value, label] of [['input', 'Input order'], ['name', 'By name'], ['extractions', 'Most found'], ['warnings', 'Most warnings']] as const) sortSelect.append(h('option', { value }, t(label)));
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
  const parts: Child[] = [h('b', {}, entries.length.toLocaleString('en-US')), `${t(entries.length === 1 ? ' document' : ' documents')} · `, h('b', {}, highlights.toLocaleString('en-US')), t(' highlights')];
  const failed = entries.filter((e) => e.error).length;
  if (failed) parts.push(t(' · {n} failed', { n: failed }));
  summary.append(...parts.filter((p): p is Node | string => typeof p === 'string' || p instanceof Node));
  const r = scoreMarks(allMarks());
  clear(score);
  if (r.marks === 0) score.append(t('No marks yet'));
  else score.append(t('{n} marks · P ', { n: r.marks }), h('b', {}, r.all.precision === null ? '—' : r.all.precision.toFixed(2)), t(' R '), h('b', {}, r.all.recall === null ? '—' : r.all.recall.toFixed(2)));
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
  listCount.textContent = t('{shown} of {all} documents', { shown: ids.length.toLocaleString('en-US'), all: entries.length.toLocaleString('en-US') });
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
    if (m.verdict === 'missed') spans.push({ start: m.start, end: m.end, tag: 'span', attributes: { class: 'missed', 'data-kind': m.kind, 'data-start': String(m.start), 'data-end': String(m.end), title: t('Missed {k} (added by a reviewer)', { k: t(m.kind) }) } });
  }
  for (const node of doc.outline) if (node.s !== null && node.e !== null) spans.push({ start: node.s, end: node.e, tag: 'span', attributes: { class: 'hd', 'data-sid': node.id } });
  for (const r of doc.removed) spans.push({ start: r.s, end: r.e, tag: 'span', attributes: { class: 'noise', 'data-reason': r.reason, title: t('Removed noise: {r}', { r: r.reason }) } });
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
  if (entry.format) meta.append(h('span', {}, `${entry.format} · ${entry.encoding ?? '?'} · ${t('{n} chars', { n: entry.length.toLocaleString('en-US') })}`));
  if (doc?.meta.date) meta.append(h('span', {}, doc.meta.date));
  if (doc?.meta.source) meta.append(h('span', {}, doc.meta.source));
  if (doc?.meta.speaker) meta.append(h('span', {}, doc.meta.speaker));
  docHead.append(h('h1', {}, doc?.title ?? entry.title ?? entry.name), meta);
  if (entry.error || !doc) {
    banners.append(h('div', { class: 'banner err' }, t('This file failed to parse: {e}', { e: entry.error ?? 'no data' })));
    return;
  }
  const tabs = h('div', { class: 'tabs', role: 'tablist' });
  const tab = (id: typeof state.tab, label: string, n: number | null) => {
    const b = h('button', { class: state.tab === id ? 'on' : '', role: 'tab', 'data-tab': id }, t(label), n === null ? null : h('span', { class: 'n' }, String(n)));
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
    const tr = doc.truncation;
    const missing = tr.missingChars !== null ? t('about {n} characters are missing', { n: tr.missingChars.toLocaleString('en-US') }) : t('an unknown part is missing');
    const stated = tr.statedTotalChars !== null ? t(' (the site states {n} in all)', { n: tr.statedTotalChars.toLocaleString('en-US') }) : '';
    banners.append(h('div', { class: 'banner trunc', 'data-testid': 'truncation' }, t('✂ Truncated text: the site cut it at {n} place(s); {missing}{stated}. Extractions cover only what is here.', { n: tr.cuts.length || 1, missing, stated })));
  }
  for (const note of doc.notes) banners.append(h('div', { class: 'banner note' }, note));

  if (state.tab === 'text') renderTextTab(doc, entry);
  else if (state.tab === 'claims') renderClaimsTab(doc);
  else if (state.tab === 'warnings') renderWarningsTab(doc);
  else renderNoiseTab(doc);
}

function renderTextTab(doc: ReportDocument, entry: ReportIndexEntry): void {
  const outline = h('nav', { class: 'outline', 'aria-label': 'Outline' }, h('h3', {}, t('Outline')));
  if (!doc.outline.length) outline.append(h('div', { class: 'empty' }, t('No headings found.')));
  if (doc.outline.some((n) => n.s === null)) outline.append(h('div', { class: 'empty' }, h('i', {}, t('Italic')), t(': only in the table of contents (the body was cut).')));
  for (const node of doc.outline) {
    const a = h('a', { class: node.s === null ? 'toc' : '', 'data-sid': node.id, title: node.s === null ? t('Only in the table of contents') : `${node.marker} ${node.title}` }, h('span', { class: 'mk' }, node.marker), node.title);
    a.style.paddingLeft = `${6 + (node.depth - 1) * 12}px`;
    if (node.s !== null) a.addEventListener('click', () => scrollToHeading(node.id));
    outline.append(a);
  }
  const scroller = h('div', { class: 'scroller' });
  if (doc.text === null) scroller.append(h('p', { class: 'notext' }, t('The original text is not available, so the highlights cannot be shown. The commitments, warnings and outline are still listed.')));
  else {
    const noiseToggle = h('label', { class: 'help' }, h('input', { type: 'checkbox', checked: state.showNoise }), ` ${t('Show removed noise ({n}, struck through)', { n: doc.removed.length })}`);
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

function download(name: string, content: string, type: string): void {
  const a = h('a', { href: URL.createObjectURL(new Blob([content], { type })), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
}

/** The commitments table of the open document as CSV (UTF-8 with BOM, for spreadsheets). */
function claimsCsv(doc: ReportDocument, entry: ReportIndexEntry): string {
  const byId = new Map(doc.outline.map((n) => [n.id, n]));
  const path = (sec: string | null) => {
    if (!sec) return '';
    const parts = sec.replace(/^s/, '').split('.');
    return parts.map((_, k) => byId.get(`s${parts.slice(0, k + 1).join('.')}`)).filter((n) => n !== undefined).map((n) => `${n.marker} ${n.title}`).join(' > ');
  };
  const head = ['file', 'kind', 'strength', 'section', 'text', 'action', 'object', 'values', 'deadline', 'actor', 'start', 'end'];
  const rows = doc.claims.map((c) => [entry.path ?? entry.name, c.k, c.strength, path(c.sec), doc.text?.slice(c.s, c.e) ?? '', c.action, c.object, c.values, c.deadline, c.actor, c.s, c.e]);
  return '\uFEFF' + [head, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function table(head: string[], body: HTMLElement[]): HTMLElement {
  return h('div', { class: 'tablewrap' }, h('table', {}, h('thead', {}, h('tr', {}, ...head.map((c) => h('th', {}, t(c))))), h('tbody', {}, ...body)));
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
      h('td', {}, h('span', { class: `pill ${c.k}` }, t(c.k)), c.strength && c.strength !== 'neutral' ? h('div', { class: 'strength' }, c.strength) : null),
      sectionCell(doc, c.sec),
      h('td', { class: 'claimtext', title: sentence }, sentence),
      h('td', {}, [c.action, c.object].filter(Boolean).join(' · ')),
      h('td', { class: 'vals' }, c.values),
      h('td', {}, c.deadline ?? ''),
      h('td', {}, c.actor ?? ''));
    tr.addEventListener('click', () => goToExtraction(c.k, c.s, c.e));
    return tr;
  });
  if (!doc.claims.length) {
    pane.append(h('div', { class: 'empty-state' }, t('No commitments or achievements found.')));
    return;
  }
  const entry = entries[state.current]!;
  const csv = h('button', { 'data-action': 'claims-csv', title: 'CSV, UTF-8 with BOM' }, t('Download CSV'));
  csv.addEventListener('click', () => download(`${entry.name.replace(/\.[^.]+$/, '')}.commitments.csv`, claimsCsv(doc, entry), 'text/csv'));
  const wrap = table(['kind', 'section', 'text', 'action · object', 'values', 'deadline', 'actor'], body);
  wrap.prepend(h('div', { class: 'tabletools' }, csv));
  pane.append(wrap);
}

function renderWarningsTab(doc: ReportDocument): void {
  const body = doc.warnings.map((w) => {
    const tr = h('tr', { class: w.s === null ? '' : 'click' }, h('td', {}, h('code', {}, w.code)), h('td', {}, h('span', { class: 'pill stage' }, w.stage)), h('td', {}, lang === 'zh' ? w.zh ?? w.text : w.text), h('td', { class: 'num' }, w.s === null ? '' : String(w.s)));
    if (w.s !== null) tr.addEventListener('click', () => goToExtraction(null, w.s!, null));
    return tr;
  });
  pane.append(doc.warnings.length ? table(['code', 'stage', 'message', 'offset'], body) : h('div', { class: 'empty-state' }, t('No warnings.')));
}

function renderNoiseTab(doc: ReportDocument): void {
  const text = doc.text ?? '';
  const body = doc.removed.map((r) => {
    const tr = h('tr', { class: 'click' }, h('td', {}, r.reason), h('td', {}, h('del', {}, JSON.stringify(text.slice(r.s, r.e)).slice(1, -1))), h('td', { class: 'num' }, `${r.s}–${r.e}`));
    tr.addEventListener('click', () => goToExtraction(null, r.s, null));
    return tr;
  });
  pane.append(doc.removed.length ? table(['reason', 'removed text', 'offsets'], body) : h('div', { class: 'empty-state' }, t('Nothing was removed.')));
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
  tip.append(h('div', { class: 't' }, `${t(KIND_LABEL[x.k])}${x.sk ? ` · ${t(x.sk)}` : ''}`), h('div', {}, x.n), h('div', { class: 'r' }, x.r));
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
  for (const k of KINDS) typeSelect.append(h('option', { value: k, selected: k === kind }, t(KIND_LABEL[k])));
  const value = h('input', { type: 'text', name: 'value', value: initial.value, placeholder: t('e.g. 28, 3-5, null') });
  const unit = h('input', { type: 'text', name: 'unit', value: initial.unit, placeholder: t('e.g. 个, %, 亿元') });
  const sub = h('select', { name: 'kind' });
  const fillSub = () => {
    clear(sub);
    const k = typeSelect.value as HighlightKind;
    for (const option of SUBKINDS[k]) sub.append(h('option', { value: option, selected: option === initial.kind }, t(option)));
  };
  fillSub();
  typeSelect.addEventListener('change', fillSub);
  const submit = h('button', { class: 'primary', 'data-action': 'save' }, submitLabel);
  const form = h('form', { class: 'form' });
  if (chooseKind) form.append(h('label', {}, t('Type'), typeSelect));
  form.append(h('label', {}, t('Value'), value), h('label', {}, t('Unit'), unit), h('label', {}, t('Kind'), sub), submit);
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
    inspector.append(h('div', { class: 'help' }, t('Choose a document on the left.')));
    return;
  }
  const doc = entry.error ? null : loadDocument(state.current);
  const marks = marksOf(entry);
  if (doc && state.pending) {
    const p = state.pending;
    const card = h('div', { class: 'card', 'data-testid': 'missed-card' }, h('h3', {}, t('Add a missed extraction')), h('div', { class: `raw${p.raw.length > 24 ? ' long' : ''}` }, p.raw), h('div', { class: 'help' }, t('Offsets {s}–{e}', { s: p.s, e: p.e })));
    card.append(correctionForm('quantity', { value: '', unit: '', kind: 'commitment' }, t('Add as missed'), (c, kind) => addMissed(kind, p.s, p.e, c), true));
    const cancel = h('button', {}, t('Cancel'));
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
      h('div', { class: 'navrow' }, h('span', { class: `pill ${x.k}` }, t(KIND_LABEL[x.k])), h('span', {}, prev, ` ${t('{p} of {n}', { p: pos + 1, n: sameKind.length })} `, next)),
      h('div', { class: `raw${raw.length > 24 ? ' long' : ''}` }, raw),
      kv([
        [t('Normalised'), x.n],
        [t('Rule'), h('code', {}, x.r)],
        [t(x.k === 'quantity' || x.k === 'deadline' ? 'Kind' : 'Strength'), x.sk ? t(x.sk) : '—'],
        ...(x.k === 'quantity' ? ([[t('Value'), x.v === null ? t('masked') : String(x.v)], [t('Unit'), x.u ?? '—']] as [string, Child][]) : []),
        [t('Offsets'), `${x.s}–${x.e}`],
      ]),
    );
    if (doc.text !== null && x.e - x.s < 60) card.append(contextOf(doc.text, x.s, x.e));
    const verdicts = h('div', { class: 'verdicts' });
    for (const [verdict, label, key] of [['right', '✓ Right', '1'], ['wrong', '✗ Wrong', '2'], ['corrected', '✎ Correct', '3']] as const) {
      const b = h('button', { class: `${verdict}${mark?.verdict === verdict ? ' on' : ''}`, 'data-verdict': verdict, title: `${t(label)} (${key})` }, t(label));
      b.addEventListener('click', () => {
        if (verdict === 'corrected') {
          state.correcting = true;
          renderInspector();
        } else setVerdict(state.selected, mark?.verdict === verdict ? null : verdict);
      });
      verdicts.append(b);
    }
    card.append(h('h3', {}, t('Review')), verdicts);
    if (state.correcting || mark?.verdict === 'corrected') {
      const c = mark?.correction;
      const initial = { value: String(c?.value ?? x.v ?? ''), unit: c?.unit ?? x.u ?? '', kind: c?.kind ?? (x.k === 'commitment' || x.k === 'achievement' ? x.k : x.sk ?? '') };
      card.append(correctionForm(x.k, initial, t('Save correction'), (corr) => setVerdict(state.selected, 'corrected', corr), false));
    }
    if (mark) card.append(h('div', { class: 'help' }, t('Marked {v} · {at}', { v: t(mark.verdict), at: new Date(mark.at).toLocaleString() })));
    inspector.append(card);
  }
  if (doc) {
    const reviewed = reviewedCount(entry);
    const total = totalCount(entry);
    const bar = h('i');
    bar.style.width = `${total ? ((100 * reviewed) / total).toFixed(1) : 0}%`;
    const progress = h('div', { class: 'card' }, h('h3', {}, t('This document')), h('div', { class: 'progressline' }, h('span', {}, t('Reviewed')), h('b', {}, `${reviewed} / ${total}`)), h('div', { class: 'bar' }, bar));
    const counts = h('dl', { class: 'kv' });
    KINDS.forEach((kind, k) => counts.append(h('dt', {}, h('span', { class: `pill ${kind}` }, t(KIND_LABEL[kind]))), h('dd', {}, t('{n} found · {m} missed', { n: entry.counts[k]!, m: Object.values(marks).filter((m) => m.kind === kind && m.verdict === 'missed').length }))));
    progress.append(counts);
    const unmarked = doc.extractions.filter((y) => !marks[markKey(y.k, y.s, y.e)]);
    if (unmarked.length && unmarked.length < total) {
      // after reading the whole document: what is left unmarked was checked and is right
      const rest = h('button', { 'data-action': 'rest-right', title: 'Mark every extraction without a mark as right' }, t('Mark the other {n} right', { n: unmarked.length }));
      rest.addEventListener('click', () => {
        if (!confirm(t('Mark the {n} unmarked extractions of this document as right?', { n: unmarked.length }))) return;
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
      const ul = h('div', { class: 'help' }, h('h3', {}, t('Added as missed')));
      for (const [key, m] of missed) {
        const remove = h('button', { title: 'Remove' }, '×');
        remove.addEventListener('click', () => removeMissed(key));
        ul.append(h('div', { class: 'navrow' }, h('span', {}, `${t(m.kind)}: ${m.raw}`), remove));
      }
      progress.append(ul);
    }
    inspector.append(progress);
  }
  inspector.append(
    h('div', { class: 'help' },
      h('h3', {}, t('How to review')),
      t('Click a highlight to see its normalised value and rule, then mark it. Select text that should have been extracted to add it as missed. Marks stay in this browser; Export writes them as JSONL for '),
      h('code', {}, 'tigang score'), '.', h('br'),
      h('kbd', {}, 'j'), ' / ', h('kbd', {}, 'k'), t(' next / previous  '), h('kbd', {}, '1'), t(' right  '), h('kbd', {}, '2'), t(' wrong  '), h('kbd', {}, '3'), t(' correct  '), h('kbd', {}, '0'), t(' clear')),
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

exportButton.addEventListener('click', () => download('tigang-marks.jsonl', exportMarks(), 'application/x-ndjson'));
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
  alert(t('Imported {n} of {all} marks.', { n: added, all: lines.length }));
});

// A small API for scripts and tests.
(window as unknown as { tigangReport: unknown }).tigangReport = { exportMarks, openDocument, documents: entries.length };

// ---- start ---------------------------------------------------------------------------------

document.title = `tigang report — ${entries.length.toLocaleString('en-US')} document${entries.length === 1 ? '' : 's'}`;
updateSummary();
computeVisible();
const fromHash = /#doc=(\d+)/.exec(location.hash);
openDocument(fromHash ? Number(fromHash[1]) : entries.findIndex((e) => !e.error));
