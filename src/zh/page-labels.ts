/**
 * The labels web pages put around an article, typed, from the data file
 * `lexicon/page-labels.json`: the metadata fields (信息来源：, 发布时间：, 浏览次数：), the
 * breadcrumb's opening label (当前位置：), the footer's (本文链接：) and the toolbar's words
 * (字号：, 打印本页). Simplified and half-width: callers match them on folded text
 * (`foldForMatching`), so 發布時間：, 来源： and ＥＭＡＩＬ are read alike.
 */
import { pageLabelsLexicon as data } from './lexicon/packed.js';
import { foldCode } from './fold.js';

/**
 * What a metadata field on a page gives: 'published' is the page's date (发布时间), 'written'
 * the document's own (成文日期, in the record table of gov.cn pages).
 */
export type PageFieldKind = 'source' | 'published' | 'written' | 'author' | 'editor' | 'uploader' | 'publisher' | 'views' | 'downloads' | 'file' | 'pages' | 'words';

/** How a field's value must read: a date (with or without a time of day), a count, or any short text. */
export type PageFieldValue = 'date' | 'count' | 'text';

export interface PageLabel {
  /** The label, Simplified (发布时间). */
  label: string;
  kind: PageFieldKind;
  value: PageFieldValue;
  /**
   * A strong label (来源, 发布时间, 浏览次数) marks a metadata line by itself; a weak one (时间,
   * 作者) could be body text (a meeting notice's 时间：…) and needs a strong line near it.
   */
  strong: boolean;
}

interface PageLabelsFile {
  fields: { kind: PageFieldKind; value: PageFieldValue; strong: string[]; weak: string[] }[];
  breadcrumb: string[];
  footer: string[];
  relatedLinks: { headers: string[]; neighbours: string[] };
  toolbar: { strong: string[]; weak: string[]; strongOnlyWithColon: string[] };
}

const file = data as PageLabelsFile;

/** Every field label, longest first (发布时间 before 时间, for an alternation). */
export const PAGE_FIELD_LABELS: readonly PageLabel[] = file.fields
  .flatMap((f) => [
    ...f.strong.map((label) => ({ label, kind: f.kind, value: f.value, strong: true })),
    ...f.weak.map((label) => ({ label, kind: f.kind, value: f.value, strong: false })),
  ])
  .sort((a, b) => b.label.length - a.label.length);

const BY_LABEL = new Map(PAGE_FIELD_LABELS.map((l) => [l.label, l]));

/** The field label `label` (Simplified), or undefined. */
export function pageFieldLabel(label: string): PageLabel | undefined {
  return BY_LABEL.get(label);
}

/** The labels of one kind of field (source: 信息来源, 文章来源 … 来源), longest first. */
export function labelsOf(kind: PageFieldKind): string[] {
  return PAGE_FIELD_LABELS.filter((l) => l.kind === kind).map((l) => l.label);
}

/** 当前位置, 您的位置 …: the label that opens a breadcrumb trail. */
export const BREADCRUMB_LABELS: readonly string[] = file.breadcrumb;

/**
 * 相关链接, 猜你喜欢, 展开阅读全文 …: the header of a list of other pages (`headers`), and
 * 上一篇, 下一篇 …: the links to the article before and after (`neighbours`). The
 * related-links rule matches them as written (not folded).
 */
export const RELATED_LINK_WORDS: { readonly headers: readonly string[]; readonly neighbours: readonly string[] } = file.relatedLinks;

/** 本文标题, 本文链接, 转载请注明 …: how a site's footer lines under an article begin. */
export const FOOTER_LABELS: readonly string[] = file.footer;

/** The toolbar's words (字体, 打印本页 …); `strongOnlyWithColon` are strong only as 分享： or inside a toolbar. */
export const TOOLBAR_WORDS: { readonly strong: readonly string[]; readonly weak: readonly string[]; readonly strongOnlyWithColon: readonly string[] } = file.toolbar;

/**
 * A table of the code units that fold (`foldCode`) to the first character of one of
 * `words`: a cheap test of a line's first character before the line is folded and matched
 * (当 and 當 for 当前位置, 下 for 下载/下載).
 */
export function foldedFirstChars(words: readonly string[]): Uint8Array {
  const firsts = new Set(words.map((w) => w.charCodeAt(0)));
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (firsts.has(foldCode(c))) table[c] = 1;
  return table;
}
