import { HEADING_START, lineSpansOf } from '../clean/rules/lines.js';
import { ANY_DATE } from './dates.js';
import { COLONS, COMMAS, ENUMERATION_COMMA, SEMICOLONS, SENTENCE_ENDS, charClass } from '../zh/chars.js';

const SENTENCE_INSIDE = new RegExp(charClass(SENTENCE_ENDS, SEMICOLONS));
const OPEN_ENDING = new RegExp(`${charClass(COLONS, COMMAS, ENUMERATION_COMMA)}$`);

/** A piece of the (cleaned) text: [start, end) and its value. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

/** What the lines before the body say: title, dateline, speaker, salutation. */
export interface Header {
  title: Piece | null;
  /** The title line's prefix before "：" when it names the author (市教育局党组理论学习中心组:…). */
  titleAuthor: string | null;
  /** Header lines other than the title (datelines, speaker lines), for dates and occasions. */
  lines: string[];
  salutation: Piece | null;
  /** Offset where the body starts: after the salutation, else after the header lines. */
  bodyStart: number;
}

interface Line {
  /** First and last non-space characters' span. */
  start: number;
  end: number;
  body: string;
}

// \s covers the ideographic space U+3000, U+00A0 and the BOM U+FEFF; not the zero-width space U+200B
const SPACE = /[\s\u200b]/;
/** A CJK ideograph. */
const HAN = /[\u4e00-\u9fa5]/;
/** 目录/提纲:…… — a table of contents some sites put before the title. */
const TOC_START = /^(?:目\s*录|提\s*纲|目录\s*[/／]\s*提纲|提纲\s*[/／]\s*目录)\s*[:：]?/;
const DOTS = /^[…\.·。]+$/;
/** Forms of address that open a speech. */
const SALUTATIONS = /同志们|同事们|各位代表|各位委员|各位领导|各位来宾|各位嘉宾|各位同仁|各位老师|老师们|同学们|朋友们|女士们[、,，]\s*先生们|代表们|委员们/.source;
/** 尊敬的各位领导、: the honorific before a form of address. */
const HONORIFIC = /尊敬的[^，,：:。]{0,30}[，,、]\s*/.source;
/** What closes a salutation: its punctuation or the end of the line. */
const SALUTATION_END = /\s*(?:[:：!！,，]|$)/.source;
/** A colon after a word, spaces allowed before it. */
const COLON = /\s*[:：]/.source;
const SALUTATION = new RegExp(`^(?:${HONORIFIC})?(${SALUTATIONS})${SALUTATION_END}`);
/** A title run into the salutation: "区委书记在区委教育工作会议上的讲话同志们:今天…". */
const RUN_IN = new RegExp(`^(.{4,80}?)(${SALUTATIONS})${COLON}`);
/** A salutation with its colon anywhere in a line (findSalutation's last resort). */
const INLINE_SALUTATION = new RegExp(`(${SALUTATIONS})${COLON}`);
/** 新华社北京3月22日电 — a news agency dateline, not a title. */
const NEWS_DATELINE = /^(?:新华社|中新社|人民网|新华网|本报|央视网|中国政府网).{0,16}电$/;
/** 国办发〔2019〕3号 — a document number. */
const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}[〔\[（(【]\d{4}[〕\]）)】]\s*\d{1,4}\s*号$/;
/** ——2026年1月26日在…上, （2022年10月16日）, 2026年2月3日在…上 */
const DATELINE = new RegExp(`^(?:[—－–]{1,2}|[（(]\\s*${ANY_DATE.source}\\s*[）)]$|${ANY_DATE.source}\\s*在)`);
/** 政府工作报告——2018年3月5日在…: a title with the dateline on its line. */
const EMBEDDED_DATELINE = /^(.{2,40}?)\s*[—－]{2}\s*(?=[\d〇零一二三四五六七八九十]|在)/;
const ROLE_WORDS = /副?总理|副?省长|副?市长|副?主席|副?书记|副?县长|副?区长|副?主任|副?部长|副?厅长|副?局长|副?院长|委员长|副?校长|副?州长|副?旗长/.source;
/** 广东省省长 孟凡利, 国务院总理 李克强, 上海市市长 龚 正 */
export const ROLE_LINE = new RegExp(`^(${HAN.source}{0,16}?(?:${ROLE_WORDS}))\\s*(${HAN.source}(?:\\s?${HAN.source}){1,3})$`);
/** 国务院总理 (the name on the next line). */
export const ROLE_ALONE = new RegExp(`^${HAN.source}{0,16}(?:${ROLE_WORDS})$`);
/** 习　近　平: a name alone. */
const NAME_ONLY = /^[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,3}$/;
/** A title is complete when it ends with the kind of document it is. */
const DOC_TYPE = /(?:讲话|发言|致辞|报告|通知|意见|方案|规划|纲要|决定|决议|办法|预案|公告|通报|条例|规定|细则|说明|批复|函|纪要|总结|计划|要点|建议|讲稿|党课|纪实|通告|指南)$/;
const FILE_EXT = /\.(?:docx?|pdf|pptx?|wps|txt)$/i;
const MAX_HEADER_LINES = 15;
/** …在全市教育大会上(的讲话): the end of a dateline's occasion, which closes it. */
const AT_MEETING_END = /上(?:的(?:讲话|报告|发言))?$/;

/** Reads the header of a cleaned text. Linear: it looks at the first lines only. */
export function readHeader(text: string): Header {
  const lines = headLines(text, 60);
  let k = 0;
  while (k < lines.length && lines[k]!.body === '') k++;
  // a table of contents before the title: its heading lines, up to a line of dots
  if (k < lines.length && TOC_START.test(lines[k]!.body)) {
    k++;
    while (k < lines.length && (lines[k]!.body === '' || HEADING_START.test(lines[k]!.body) || DOTS.test(lines[k]!.body))) k++;
  }
  const header: Header = { title: null, titleAuthor: null, lines: [], salutation: null, bodyStart: lines[k]?.start ?? 0 };
  let titleLine = -1;
  let complete = false;
  let inDateline = false;
  let seen = 0;
  for (let i = k; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const line = lines[i]!;
    const b = line.body;
    if (b === '') continue;
    seen++;
    const sal = SALUTATION.exec(b);
    if (sal) {
      setSalutation(header, line, sal.index + sal[0].indexOf(sal[1]!), sal[1]!, text);
      return header;
    }
    const run = header.title === null ? RUN_IN.exec(b) : null;
    if (run && titleish(run[1]!.trim())) {
      setTitle(header, line.start, line.start + run[1]!.trimEnd().length, text);
      setSalutation(header, line, run[1]!.length, run[2]!, text);
      return header;
    }
    if (NEWS_DATELINE.test(b) || DOC_NUMBER.test(b) || (header.title !== null && NAME_ONLY.test(b) && !titleish2(b, complete))) {
      header.bodyStart = line.next;
      continue;
    }
    if (DATELINE.test(b) || ROLE_LINE.test(b) || ROLE_ALONE.test(b) || (inDateline && b.length <= 40 && AT_MEETING_END.test(b))) {
      header.lines.push(b);
      inDateline = DATELINE.test(b) && !AT_MEETING_END.test(b);
      header.bodyStart = line.next;
      if (header.title !== null) complete = true;
      continue;
    }
    inDateline = false;
    const emb = EMBEDDED_DATELINE.exec(b);
    if (header.title === null) {
      if (emb && titleish(emb[1]!)) {
        setTitle(header, line.start, line.start + emb[1]!.length, text);
        header.lines.push(b.slice(emb[0].length));
        header.bodyStart = line.next;
        complete = true;
        continue;
      }
      if (titleish(b)) {
        setTitle(header, line.start, line.end, text);
        titleLine = i;
        complete = DOC_TYPE.test(header.title!.text) || FILE_EXT.test(b);
        header.bodyStart = line.next;
        continue;
      }
      break;
    }
    // a dateline on the line of a repeated title: 政 府 工 作 报 告 ——2006年3月5日在…
    if (emb && DATELINE.test(b.slice(emb[0].length - 2))) {
      header.lines.push(b.slice(emb[0].length));
      header.bodyStart = line.next;
      complete = true;
      continue;
    }
    // a title split over lines: 国务院办公厅关于开展 / 城镇小区配套幼儿园治理工作的通知, 政府工作报 / 告
    if (!complete && titleLine >= 0 && (titleish(b) || (b.length === 1 && HAN.test(b))) && i - titleLine <= 8) {
      const adjacent = i === titleLine + 1;
      const joined = `${header.title.text}${adjacent ? '' : ' '}${normalise(b)}`;
      if (joined.length <= 100) {
        header.title = { start: header.title.start, end: line.end, text: joined };
        titleLine = i;
        complete = DOC_TYPE.test(joined);
        header.bodyStart = line.next;
        continue;
      }
    }
    // the page's headline and the document's own title: 2026年宁夏回族自治区政府工作报告 / 政府工作报告
    if (complete && titleish(b) && b.length <= 40) continue;
    break;
  }
  return header;
}

/** A line that can be (part of) a title: short, no sentence inside, not a heading or an address line. */
function titleish(b: string): boolean {
  if (b.length < 2 || b.length > 100) return false;
  if (SENTENCE_INSIDE.test(b) || OPEN_ENDING.test(b)) return false;
  if (HEADING_START.test(b)) return false;
  return HAN.test(b);
}

/** A spaced name after the title is a name; a spaced line completing an unfinished title is title. */
function titleish2(b: string, complete: boolean): boolean {
  return !complete && titleish(b) && !/\s/.test(b);
}

function setTitle(header: Header, start: number, end: number, text: string): void {
  let e = end;
  let value = text.slice(start, e);
  const ext = FILE_EXT.exec(value);
  if (ext) {
    e -= ext[0].length;
    value = value.slice(0, -ext[0].length);
  }
  // 市教育局党组理论学习中心组:以党的二十大精神为指引 … — the author before the colon
  const author = /^([^:：\s]{2,30}?(?:组|委员会|党委|党组|局|厅|部|办公室|政府|中心|书记|主任|校长|院长|宣传部))[:：]\s*/.exec(value);
  let s = start;
  if (author && value.length - author[0].length >= 4) {
    header.titleAuthor = author[1]!;
    s += author[0].length;
    value = value.slice(author[0].length);
  }
  header.title = { start: s, end: e, text: normalise(value) };
}

function setSalutation(header: Header, line: Line, offset: number, word: string, text: string): void {
  const start = line.start + offset;
  header.salutation = { start, end: start + word.length, text: word };
  let body = start + word.length;
  while (body < text.length && /[:：!！,，]/.test(text[body]!)) body++;
  while (body < text.length && SPACE.test(text[body]!)) body++;
  header.bodyStart = body;
}

/** 政 府 工 作 报 告 → 政府工作报告: letter-spaced titles lose their spaces; other runs of space become one. */
export function normalise(s: string): string {
  const t = s.trim();
  if (/^[\u4e00-\u9fa5](?:[ \u3000]+[\u4e00-\u9fa5])+/.test(t)) return t.replace(/([\u4e00-\u9fa5])[ \u3000]+(?=[\u4e00-\u9fa5])/g, '$1');
  return t.replace(/\s+/g, ' ');
}

/** The first `max` non-blank lines (and the blank ones between), trimmed, with offsets. */
function headLines(text: string, max: number): (Line & { next: number })[] {
  const out: (Line & { next: number })[] = [];
  let nonBlank = 0;
  for (const span of lineSpansOf(text, 20000)) {
    let s = span.start;
    let e = span.end;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    out.push({ start: s, end: e, next: span.next, body: text.slice(s, e) });
    if (e > s && ++nonBlank >= max) break;
  }
  return out;
}

/**
 * The salutation when the header scan stopped before it (a photo caption between the
 * speaker line and 各位代表：): the first of the next 8 lines that opens with one, before
 * any heading; failing that, one inside the first 600 characters (gwr-2014 is one line:
 * "…国务院总理李克强各位代表：现在，…").
 */
export function findSalutation(text: string, from: number): Piece | null {
  let seen = 0;
  for (const span of lineSpansOf(text, from + 20000)) {
    if (span.start < from) continue;
    const body = text.slice(span.start, span.end).trim();
    if (body === '') continue;
    if (++seen > 8 || HEADING_START.test(body)) break;
    const m = SALUTATION.exec(body);
    if (m) {
      const start = text.indexOf(m[1]!, span.start);
      return { start, end: start + m[1]!.length, text: m[1]! };
    }
  }
  const inline = INLINE_SALUTATION.exec(text.slice(0, 600));
  if (inline) return { start: inline.index, end: inline.index + inline[1]!.length, text: inline[1]! };
  return null;
}
