import type { PageField } from '../clean/types.js';
import type { Metadata } from '../schema/metadata.js';
import { lineSpansOf } from '../text/lines.js';
import { foldForMatching } from '../zh/fold.js';
import { labelsOf } from '../zh/page-labels.js';
import { ANY_DATE, findDate } from './dates.js';
import { findSalutation, normalise, readHeader, ROLE_ALONE, ROLE_LINE, type Header, type Piece } from './header.js';

export type { Piece } from './header.js';

/**
 * What the metadata stage reads: the pipeline file (`TigangFile`) has these fields, and
 * tests pass them by hand. Offsets are the working text's.
 */
export interface MetadataInput {
  /** The working (cleaned) text. */
  readonly text: string;
  /** `text` folded for matching (zh/fold.ts), of the same length; defaults to `text`. */
  readonly folded?: string;
  /**
   * The removed spans: only the fields the cleaner read off them are used (来源, 发布时间 on
   * a page-metadata line it removed), never their text.
   */
  readonly removed: readonly { readonly fields?: readonly PageField[] }[];
}

/**
 * The metadata in WORKING offsets: the output's `Metadata` with its located values
 * (title, salutation, closing) as pieces of the working text, and where the body starts.
 * Positions into the original are made from the pieces by whoever builds the output.
 */
export interface MetadataFound extends Omit<Metadata, 'title' | 'salutation' | 'closing'> {
  title: Piece | null;
  salutation: Piece | null;
  closing: Piece | null;
  /** Where the body starts: after the title, the header lines, the salutation and its punctuation. */
  bodyStart: number;
}

/** 在市教育高质量发展工作会议上的讲话 → 市教育高质量发展工作会议 */
const TITLE_OCCASION = /在(.{2,60}?)上的(?:讲话|发言|报告|致辞|总结讲话|主持词|党课|工作报告)/;
/** ——2025年3月5日在第十四届全国人民代表大会第三次会议上 → 第十四届全国人民代表大会第三次会议 */
const DATELINE_OCCASION = /在(.{2,60}?(?:会议|大会|全会|会|论坛|典礼|仪式|开幕式|闭幕式|座谈))上/;
/** 区委书记在区委教育工作会议上的讲话 → 区委书记 */
const TITLE_SPEAKER = /^(.{2,24}?)(?:同志)?在.{2,60}?上的(?:讲话|发言|致辞|报告|总结讲话|党课)/;
/** A 来源 line the cleaner kept (labels: src/zh/lexicon/page-labels.json). */
const SOURCE = new RegExp(`(?:${labelsOf('source').join('|')})\\s*[:：]\\s*([^\\s:：]{2,24})`);
/** A source as a field value gives: its first word (宁夏日报客户端 2026-02-09 → 宁夏日报客户端). */
const SOURCE_VALUE = /^[^\s:：]{2,24}/;
/** A 发布时间/时间/日期 label on a header line. */
const PUBLISHED = new RegExp(`(?:${labelsOf('published').join('|')})\\s*[:：]\\s*`);
const CLOSING = /(谢谢大家|谢谢各位|谢谢你们|谢谢)[!！。.]?$/;
/** A title with its dateline run into one line of a page: …电政府工作报告——2014年3月5日在… */
const RUN_ON_TITLE = new RegExp(`${/(?:^|[。电\s])([^。\s电]{2,30}?)\s*[—－]{2}\s*/.source}(?=${ANY_DATE.source})`);
/** A dateline run into the first line of a page (gwr-2014), read with the spaces taken out: 2014年3月5日在第十二届…会议上. */
const RUN_ON_DATELINE = new RegExp(`${ANY_DATE.source}${DATELINE_OCCASION.source}`);
/** A date alone on a line (a notice's signature). */
const DATE_ALONE = new RegExp(`^${ANY_DATE.source}$`);
/** A 来源 line at the top of the text. */
const SOURCE_LINE = new RegExp(`^[ \\t\\u3000]*${SOURCE.source}`, 'm');

/**
 * Reads the metadata of a CLEANED text, in working offsets. The date is the document's own
 * (a dateline such as "（2025年3月5日在…）") before the page's publication date (the
 * 发布时间 field of a page-metadata line the cleaner removed), before a date alone on a
 * line (a notice's signature date); a date in full-width digits or Traditional characters
 * (２０２４年, 發佈時間) is read from the folded text when the text as written gives none or
 * a less trusted one.
 */
export function extractMetadata(input: MetadataInput): MetadataFound {
  const { text } = input;
  const fields = input.removed.flatMap((r) => r.fields ?? []);
  const header = readHeader(text);
  let title = header.title;
  if (title === null) title = runOnTitle(text);
  const found = header.salutation ? null : findSalutation(text, header.bodyStart);
  const salutation = header.salutation ?? found;
  const headerText = withoutSpaces(header.lines.join(''));
  let date = documentDate(text, headerText, header.lines, title?.text ?? null, fields, false);
  // a dateline in full-width digits or Traditional characters (２０２４年, 發佈時間): the folded
  // text is read too, and its date taken when it is better founded (a dateline over a title's year)
  const folded = input.folded ?? text;
  if (folded !== text && date.dateSource !== 'dateline' && foldMayDate(text, folded, trust(date), fields)) {
    const foldedHeader = readHeader(folded);
    const foldedTitle = foldedHeader.title ?? runOnTitle(folded);
    const fromFolded = documentDate(folded, withoutSpaces(foldedHeader.lines.join('')), foldedHeader.lines, foldedTitle?.text ?? null, fields, true, trust(date));
    if (fromFolded.date !== null) date = fromFolded;
  }
  return {
    title,
    occasion: occasionOf(title?.text ?? '', headerText, text),
    speakerRole: speakerOf(header, title?.text ?? ''),
    ...date,
    source: sourceOf(fields, text),
    salutation,
    closing: findClosing(text),
    bodyStart: afterPunctuation(text, found ? found.end : header.bodyStart),
  };
}

/** How far into the text the dateline and label readers look (readHeader: 60 lines within 20000 characters). */
const HEADER_REACH = 20000;

/**
 * Whether the folded text could give a date the text as written does not: folding changed a
 * digit, a letter or an ideograph (２０２４, 發) where the readers more
 * trusted than `before` look (the header, or the whole text for signature, title and heading),
 * or in a field's value. Folded punctuation alone (，：（）－) is not worth reading the folded
 * text again for (a date written 2019－01－09 is rare).
 */
function foldMayDate(text: string, folded: string, before: number, fields: readonly PageField[]): boolean {
  const end = before > DATE_SOURCES.indexOf('signature') ? text.length : Math.min(text.length, HEADER_REACH);
  for (let i = 0; i < end; i++) {
    const f = folded.charCodeAt(i);
    if (f !== text.charCodeAt(i) && (f >= 0x2e80 || (f >= 0x30 && f <= 0x39) || ((f | 0x20) >= 0x61 && (f | 0x20) <= 0x7a))) return true;
  }
  return fields.some((f) => foldForMatching(f.value) !== f.value);
}

/** The order of trust of the date sources (documentDate): lower is better founded. */
const DATE_SOURCES: readonly NonNullable<Metadata['dateSource']>[] = ['dateline', 'label', 'signature', 'title', 'heading'];
const trust = (d: Pick<Metadata, 'dateSource'>) => (d.dateSource ? DATE_SOURCES.indexOf(d.dateSource) : DATE_SOURCES.length);

/**
 * The document's own date and where it was read, in this order of trust:
 * - 'dateline': a dated header line (——2025年3月5日在第十四届全国人民代表大会第三次会议上,
 *   （2022年10月16日）), also run into the first line of a page;
 * - 'label': a 发布时间/日期 label (in the header, or a field of a page-metadata line the cleaner removed);
 * - 'signature': a date alone on a line (the 落款 under a notice: 国务院办公厅 / 2019年1月9日);
 * - 'title': the one year a title names (2016年国务院政府工作报告): year only;
 * - 'heading': the year after the one a review heading looks back on (一、2024年工作回顾 →
 *   2025), or the year a task heading is for (三、2025年政府工作任务): year only.
 * A year-only date is written YYYY (ISO 8601 reduced precision).
 */
function documentDate(
  text: string,
  headerText: string,
  headerLines: readonly string[],
  title: string | null,
  fields: readonly PageField[],
  folded: boolean,
  /** Read only the sources more trusted than this one (an index into DATE_SOURCES). */
  before = DATE_SOURCES.length,
): Pick<Metadata, 'date' | 'dateSource'> {
  const labelled = headerLines.some((l) => PUBLISHED.test(l));
  const readers: [NonNullable<Metadata['dateSource']>, () => string | null][] = [
    [labelled ? 'label' : 'dateline', () => findDate(headerText)],
    ['dateline', () => runOnDate(text)],
    ['label', () => labelledDate(fields, folded)],
    ['signature', () => signatureDate(text)],
    ['title', () => titleYear(title)],
    ['heading', () => headingYear(text)],
  ];
  for (const [dateSource, read] of readers) {
    if (DATE_SOURCES.indexOf(dateSource) >= before) continue;
    const date = read();
    if (date) return { date, dateSource };
  }
  return { date: null, dateSource: null };
}

/** A title naming one year (2016年国务院政府工作报告, 2025年全市教育工作要点): that year; none for a span (2021—2025年). */
function titleYear(title: string | null): string | null {
  if (!title) return null;
  const years = [...title.matchAll(TITLE_YEAR)];
  if (years.length !== 1) return null;
  const m = years[0]!;
  if (/[-–—~～至到]\s*$/.test(title.slice(0, m.index))) return null;
  if (/^\s*[-–—~～至到]/.test(title.slice(m.index + m[0].length))) return null;
  return m[1]!;
}
const TITLE_YEAR = /(?<![0-9])((?:19|20)[0-9]{2})\s*年/g;

/**
 * The year a report speaks in, from its top-level headings: a review of year Y
 * (一、2024年工作回顾 / 2024年工作总结) is given in Y+1; tasks for year Y (三、2025年政府工作任务,
 * 2025年重点工作) are set in Y. The first such heading counts.
 */
function headingYear(text: string): string | null {
  const m = HEADING_YEAR.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  return String(m[2] ? y + 1 : y);
}
const HEADING_YEAR = /(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分[ \t\u3000]*)?[ \t\u3000]*((?:19|20)[0-9]{2})年(?:[^\n。，；]{0,8}?(?:工作)?(回顾|总结)|[^\n。，；]{0,10}(?:工作任务|重点工作|主要任务|工作安排|工作要点))[ \t\u3000]*(?:\n|$)/;

/** The first offset from `at` on that is not the salutation's punctuation or a space (同志们： → 今天). */
function afterPunctuation(text: string, at: number): number {
  while (at < text.length && /[:：!！,，\s]/.test(text[at]!)) at++;
  return at;
}

function occasionOf(title: string, headerText: string, text: string): string | null {
  const t = TITLE_OCCASION.exec(title);
  if (t) return t[1]!;
  const d = DATELINE_OCCASION.exec(headerText);
  if (d) return d[1]!;
  // a run-on dateline (gwr-2014): look near the top of the text
  const r = runOnDateline(text);
  return r ? r[r.length - 1]! : null;
}

function speakerOf(header: Header, title: string): string | null {
  const t = TITLE_SPEAKER.exec(title);
  if (t && !t[1]!.startsWith('在')) return t[1]!;
  if (header.titleAuthor) return header.titleAuthor;
  for (const line of header.lines) {
    // 政府工作报告——2018年3月5日在…上国务院总理 李克强: the role after the dateline
    const tail = line.replace(/^.*?在.{2,60}?(?:会议|大会|会)上(?:的(?:讲话|报告|发言))?/, '');
    const m = ROLE_LINE.exec(tail.trim()) ?? ROLE_LINE.exec(line.trim());
    if (m) return m[1]!;
    if (ROLE_ALONE.test(line.trim())) return line.trim();
  }
  return null;
}

/**
 * The date a removed page-metadata line or record table gives: the document's own (成文日期)
 * before the page's (发布时间：2022-12-26 09:52), the first of each; else the first timestamp
 * without a label (2026年02月10日 07时41分). Values are read as written, or folded along with
 * the text (２０２３－１２－０６).
 */
function labelledDate(fields: readonly PageField[], folded: boolean): string | null {
  const first = (test: (f: PageField) => boolean) => {
    for (const f of fields) {
      if (!test(f)) continue;
      const d = findDate(folded ? foldForMatching(f.value) : f.value);
      if (d) return d;
    }
    return null;
  };
  return first((f) => f.kind === 'written') ?? first((f) => f.kind === 'published' && f.label !== null) ?? first((f) => f.kind === 'published' && f.label === null);
}

/** A date alone on a line (a notice's signature: 国务院办公厅 / 2019年1月9日). */
function signatureDate(text: string): string | null {
  for (const line of lineSpansOf(text)) {
    const body = text.slice(line.start, line.end).trim();
    if (body.length <= 16 && DATE_ALONE.test(body)) return findDate(body);
  }
  return null;
}

/** The source: a 来源 field of a removed page-metadata line, else a 来源 line at the top of the text. */
function sourceOf(fields: readonly PageField[], text: string): string | null {
  for (const f of fields) {
    if (f.kind !== 'source') continue;
    const m = SOURCE_VALUE.exec(f.value);
    if (m) return m[0];
  }
  const m = SOURCE_LINE.exec(text.slice(0, 600));
  return m ? m[1]! : null;
}

/** A dateline run into the first line of a page (gwr-2014): 2014年3月5日在第十二届…会议上. */
function runOnDate(text: string): string | null {
  const m = runOnDateline(text);
  return m ? findDate(m[0]) : null;
}

/** RUN_ON_DATELINE in the first 400 characters, spaces taken out. */
function runOnDateline(text: string): RegExpExecArray | null {
  return RUN_ON_DATELINE.exec(withoutSpaces(text.slice(0, 400)));
}

/** The text without its spaces (a dateline written 2025年 3月 5日 在…). */
function withoutSpaces(s: string): string {
  return s.replace(/\s+/g, ''); // \s covers U+3000 and U+00A0
}

function runOnTitle(text: string): Piece | null {
  const top = text.slice(0, 500);
  const m = RUN_ON_TITLE.exec(top);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, text: normalise(m[1]!) };
}

/** 谢谢大家！ at the very end of the text (the last line, or the end of the last paragraph). */
function findClosing(text: string): Piece | null {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const tail = text.slice(Math.max(0, end - 12), end);
  const m = CLOSING.exec(tail);
  if (!m) return null;
  const start = end - tail.length + m.index;
  const before = text[start - 1];
  if (before !== undefined && !/[\s。！!？?…]/.test(before)) return null;
  return { start, end, text: text.slice(start, end) };
}
