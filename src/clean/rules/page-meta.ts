import type { PageField, RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { foldCode, foldForMatching } from '../../zh/fold.js';
import { PAGE_FIELD_LABELS, pageFieldLabel, type PageLabel } from '../../zh/page-labels.js';
import { bodyEnd, bodyStart, HEADING_START, linesOf, lineText } from './lines.js';
import { SEMICOLONS, SENTENCE_ENDS, charClass } from '../../zh/chars.js';
import { charTable } from '../../text/scan.js';

/**
 * Article metadata lines of news and document sites: 信息来源: 台州日报 发布时间: 2022-12-26
 * 09:52 浏览次数:, 来源：甘肃日报 / 时间：2026-02-10, 上传人:王** 文档编号:571412 …, a label
 * alone with its value on the next line (发表时间： / 2026-02-09 09:45:30), （责任编辑： 郭桢 / ）,
 * and a bare publication timestamp (2026年02月10日 07时41分). Their values are metadata: the
 * rule records the fields it read on the span it removes (`RuleHit.fields`), and
 * `extractMetadata` reads them from there.
 *
 * The labels are data (src/zh/lexicon/page-labels.json), matched on the line folded for
 * matching (zh/fold.ts, same length), so 發布時間：, 來源： and ２０２６－０２－１０ read as
 * 发布时间:, 来源: and 2026-02-10; labels and values are recorded as written.
 *
 * A label such as 时间 or 作者 alone could be body text (a meeting notice's 时间：…), so a
 * line with only such "weak" labels is removed only next to a line with a strong one
 * (来源, 发布时间, 浏览次数 …) or when it holds two or more labels.
 */
const LABEL = new RegExp(`(${PAGE_FIELD_LABELS.map((l) => l.label).join('|')})\\s*:`, 'g');

// Patterns below read FOLDED text: ASCII digits and colons only.
const DATE = /\d{4}\s*[-年/.]\s*\d{1,2}(?:\s*[-月/.]\s*\d{1,2}\s*日?)?/.source;
const TIME = /\d{1,2}\s*[:时]\s*\d{1,2}(?:\s*分|\s*:\s*\d{1,2})?(?:\s*秒)?/.source;
const DATE_VALUE = new RegExp(`^(?:${DATE})?\\s*(?:${TIME})?$`);
/** A timestamp alone on a line: a date with a time of day (a date alone may be a signature). */
const TIMESTAMP = new RegExp(`^${DATE}\\s*${TIME}$`);
/** A timestamp opening the text before the first label (2019-01-09 10:00 来源：中国政府网). */
const LEADING_TIMESTAMP = new RegExp(`^${DATE}\\s*${TIME}`);
const COUNT_VALUE = /^(?:\d[\d,]*\s*次?)?$/;
/** Text before the first label on a line: a site name, its address and a date (gov.cn). */
const SITE_PREFIX = new RegExp(`${DATE}|${/www\.|\.(?:cn|com|net|org)\b|网站|门户/.source}`);
/** A value on its own line that reads like a document title is not a source. */
const TITLE_LIKE = /(?:报告|讲话|通知|意见|方案|规划|决定|纲要|办法|预案|公告|通报)$/;
const TERMINATOR = new RegExp(charClass(SENTENCE_ENDS, SEMICOLONS));
const SPACE = /\s/;

type Kind = 'strong' | 'weak' | null;

/** A field as read: its label from the lexicon, and the field as written. */
interface ParsedField {
  label: PageLabel | null;
  field: PageField;
}

export const pageMeta = cleanRule({
  name: 'page-meta',
  find(text, context) {
    const lines = linesOf(text, context);
    const kinds: Kind[] = new Array<Kind>(lines.length).fill(null);
    const spans: (RuleHit | null)[] = new Array<RuleHit | null>(lines.length).fill(null);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const from = bodyStart(text, line);
      const to = bodyEnd(text, line, from);
      if (to === from || to - from > 160) continue;
      const body = text.slice(from, to);
      // a timestamp starts with its year's digits; a label needs its colon (cheap checks first)
      const c0 = foldCode(body.charCodeAt(0));
      if (c0 >= 48 && c0 <= 57) {
        const folded = foldForMatching(body);
        if (TIMESTAMP.test(folded)) {
          kinds[i] = 'strong';
          spans[i] = { start: line.start, end: line.next, fields: [{ kind: 'published', label: null, value: body }] };
          continue;
        }
      }
      if (!body.includes('：') && !body.includes(':')) continue;
      const parsed = parseLine(body);
      if (!parsed) continue;
      let end = line.next;
      let skip = 0;
      // a label alone: its value is on the next line
      const last = parsed.fields[parsed.fields.length - 1]!;
      if (last.field.value === '' && last.label && i + 1 < lines.length) {
        const nextBody = lineText(text, lines[i + 1]!);
        if (nextBody.length > 0 && validValue(last.label, foldForMatching(nextBody), true) && parseLine(nextBody) === null) {
          last.field.value = nextBody;
          end = lines[i + 1]!.next;
          skip = 1;
        }
      }
      // （责任编辑： 郭桢 / ）: the bracket closes on the next line
      if (parsed.openBracket && i + 1 + skip < lines.length && /^[)）]$/.test(lineText(text, lines[i + 1 + skip]!))) {
        end = lines[i + 1 + skip]!.next;
        skip++;
      }
      const labelled = parsed.fields.filter((f) => f.label !== null);
      const strong = labelled.some((f) => f.label!.strong);
      kinds[i] = strong || labelled.length >= 2 ? 'strong' : 'weak';
      spans[i] = { start: line.start, end, fields: parsed.fields.map((f) => f.field) };
      i += skip;
    }
    const hits: RuleHit[] = [];
    for (let i = 0; i < lines.length; i++) {
      const span = spans[i];
      if (!span) continue;
      if (kinds[i] === 'weak' && !strongNearby(kinds, i)) continue;
      hits.push(span);
    }
    return hits;
  },
});

/**
 * Splits a line into label: value fields; null when it is not a metadata line. Matched on
 * the folded line; labels and values are sliced from the line as written at the same offsets.
 */
function parseLine(body: string): { fields: ParsedField[]; openBracket: boolean } | null {
  if (!mayHoldLabel(body)) return null;
  const folded = foldForMatching(body);
  let lo = 0;
  let hi = folded.length;
  let openBracket = false;
  if (folded[0] === '(' || folded[0] === '（') {
    lo = 1;
    if (folded[hi - 1] === ')' || folded[hi - 1] === '）') hi--;
    else openBracket = true;
    [lo, hi] = trimmed(folded, lo, hi);
  }
  LABEL.lastIndex = lo;
  const matches: RegExpExecArray[] = [];
  for (let m = LABEL.exec(folded); m !== null && m.index < hi; m = LABEL.exec(folded)) {
    if (m.index + m[0].length > hi) break;
    matches.push(m);
  }
  if (matches.length === 0) return null;
  const fields: ParsedField[] = [];
  const first = matches[0]!;
  if (first.index > lo) {
    const prefix = folded.slice(lo, first.index);
    if (prefix.length > 80 || !SITE_PREFIX.test(prefix) || TERMINATOR.test(prefix)) return null;
    // gov.cn: 2019-01-09 10:00 来源：中国政府网 — the timestamp is the publication time
    const stamp = LEADING_TIMESTAMP.exec(prefix);
    if (stamp) fields.push({ label: null, field: { kind: 'published', label: null, value: body.slice(lo, lo + stamp[0].length) } });
  }
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const label = pageFieldLabel(m[1]!)!;
    const [vs, ve] = trimmed(folded, m.index + m[0].length, k + 1 < matches.length ? matches[k + 1]!.index : hi);
    if (!validValue(label, folded.slice(vs, ve), false)) return null;
    fields.push({ label, field: { kind: label.kind, label: body.slice(m.index, m.index + m[1]!.length), value: body.slice(vs, ve) } });
  }
  return { fields, openBracket };
}

/** The last characters of the field labels (folded: the labels are Simplified and half-width). */
const LABEL_LAST = charTable(PAGE_FIELD_LABELS.map((l) => l.label[l.label.length - 1]).join(''));
const FOLDED_COLON = 0x3a;

/**
 * Whether some colon of the line follows, past spaces, the last character of a label: LABEL
 * can match only then. Most lines with a colon are body text (各市人民政府：, 主要任务：), and
 * this spares them the fold and the label alternation.
 */
function mayHoldLabel(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    if (foldCode(body.charCodeAt(i)) !== FOLDED_COLON) continue;
    let j = i - 1;
    while (j >= 0 && SPACE.test(String.fromCharCode(foldCode(body.charCodeAt(j))))) j--;
    if (j >= 0 && LABEL_LAST[foldCode(body.charCodeAt(j))]) return true;
  }
  return false;
}

/** [lo, hi) without the spaces at either end. */
function trimmed(s: string, lo: number, hi: number): [number, number] {
  while (lo < hi && SPACE.test(s[lo]!)) lo++;
  while (hi > lo && SPACE.test(s[hi - 1]!)) hi--;
  return [lo, hi];
}

/** Whether a (folded) value reads as the label's kind of value. */
function validValue(label: PageLabel, value: string, ownLine: boolean): boolean {
  if (value.length > (ownLine ? 30 : 40) || TERMINATOR.test(value)) return false;
  if (ownLine && (value.length === 0 || /^[【\[]/.test(value) || HEADING_START.test(value))) return false;
  if (label.value === 'date') return DATE_VALUE.test(value);
  if (label.value === 'count') return COUNT_VALUE.test(value);
  if (ownLine && TITLE_LIKE.test(value)) return false;
  return !ownLine || !/[:：]/.test(value);
}

/** A strong metadata line within three lines either way. */
function strongNearby(kinds: readonly Kind[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j <= Math.min(kinds.length - 1, i + 3); j++) if (kinds[j] === 'strong') return true;
  return false;
}
