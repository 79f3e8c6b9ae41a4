import type { CleanRule, RuleHit } from '../types.js';
import { HEADING_START, lineSpans, lineText } from './lines.js';

/**
 * Article metadata lines of news and document sites: 信息来源: 台州日报 发布时间: 2022-12-26
 * 09:52 浏览次数:, 来源：甘肃日报 / 时间：2026-02-10, 上传人:王** 文档编号:571412 …, a label
 * alone with its value on the next line (发表时间： / 2026-02-09 09:45:30), （责任编辑： 郭桢 / ）,
 * and a bare publication timestamp (2026年02月10日 07时41分). Their values are metadata:
 * the cleaner removes them and `extractMetadata` reads the removed texts.
 *
 * A label such as 时间 or 作者 alone could be body text (a meeting notice's 时间：…), so a
 * line with only such "weak" labels is removed only next to a line with a strong one
 * (来源, 发布时间, 浏览次数 …) or when it holds two or more labels.
 */
const STRONG = [
  '信息来源', '文章来源', '稿件来源', '新闻来源', '来源', '发布时间', '发表时间', '发布日期', '更新时间',
  '浏览次数', '浏览量', '阅读次数', '阅读量', '阅读数', '点击数', '点击量', '点击次数', '访问量', '访问次数',
  '责任编辑', '责编', '上传人', '上传者', '上传时间', '文档编号', '发布人', '发布者',
];
const WEAK = ['时间', '日期', '作者', '编辑', '审核', '审校', '校对', '编审', '供稿', '摄影', '记者', '通讯员', '格式', '页数', '大小', '文件大小', '字数', '下载次数', '贡献者', '发布机构'];
const TIME_LABELS = new Set(['时间', '日期', '发布时间', '发表时间', '发布日期', '更新时间', '上传时间']);
const COUNT_LABELS = new Set(['浏览次数', '浏览量', '阅读次数', '阅读量', '阅读数', '点击数', '点击量', '点击次数', '访问量', '访问次数', '下载次数', '页数', '字数']);
const ALL = [...STRONG, ...WEAK].sort((a, b) => b.length - a.length);
const LABEL = new RegExp(`(${ALL.join('|')})\\s*[:：]`, 'g');

const DATE = String.raw`\d{4}\s*[-年/.]\s*\d{1,2}(?:\s*[-月/.]\s*\d{1,2}\s*日?)?`;
const TIME = String.raw`\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*分|\s*[:：]\s*\d{1,2})?(?:\s*秒)?`;
const DATE_VALUE = new RegExp(`^(?:${DATE})?\\s*(?:${TIME})?$`);
/** A timestamp alone on a line: a date with a time of day (a date alone may be a signature). */
const TIMESTAMP = new RegExp(`^${DATE}\\s*${TIME}$`);
const COUNT_VALUE = /^(?:\d[\d,]*\s*次?)?$/;
/** Text before the first label on a line: a site name, its address and a date (gov.cn). */
const SITE_PREFIX = new RegExp(`(?:${DATE}|www\\.|\\.(?:cn|com|net|org)\\b|网站|门户)`);
/** A value on its own line that reads like a document title is not a source. */
const TITLE_LIKE = /(?:报告|讲话|通知|意见|方案|规划|决定|纲要|办法|预案|公告|通报)$/;
const TERMINATOR = /[。；;！!？?]/;

type Kind = 'strong' | 'weak' | null;

interface Field {
  label: string;
  value: string;
}

export const pageMeta: CleanRule = {
  name: 'page-meta',
  reason: 'page-meta',
  find(text) {
    const lines = lineSpans(text);
    const kinds: Kind[] = [];
    const spans: (RuleHit | null)[] = [];
    for (let i = 0; i < lines.length; i++) {
      kinds.push(null);
      spans.push(null);
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const body = lineText(text, line);
      if (body.length === 0 || body.length > 160) continue;
      // a timestamp starts with its year's digits; a label needs its colon (cheap checks first)
      const c0 = body.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57 && TIMESTAMP.test(body)) {
        kinds[i] = 'strong';
        spans[i] = { start: line.start, end: line.next };
        continue;
      }
      if (!body.includes('：') && !body.includes(':')) continue;
      const parsed = parseLine(body);
      if (!parsed) continue;
      let end = line.next;
      let skip = 0;
      // a label alone: its value is on the next line
      const last = parsed.fields[parsed.fields.length - 1]!;
      if (last.value === '' && i + 1 < lines.length) {
        const nextBody = lineText(text, lines[i + 1]!);
        if (nextBody.length > 0 && validValue(last.label, nextBody, true) && parseLine(nextBody) === null) {
          end = lines[i + 1]!.next;
          skip = 1;
        }
      }
      // （责任编辑： 郭桢 / ）: the bracket closes on the next line
      if (parsed.openBracket && i + 1 + skip < lines.length && /^[)）]$/.test(lineText(text, lines[i + 1 + skip]!))) {
        end = lines[i + 1 + skip]!.next;
        skip++;
      }
      const strong = parsed.fields.some((f) => STRONG.includes(f.label));
      kinds[i] = strong || parsed.fields.length >= 2 ? 'strong' : 'weak';
      spans[i] = { start: line.start, end };
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
};

/** Splits a line into label: value fields; null when it is not a metadata line. */
function parseLine(body: string): { fields: Field[]; openBracket: boolean } | null {
  let s = body;
  let openBracket = false;
  if (/^[(（]/.test(s)) {
    if (/[)）]$/.test(s)) s = s.slice(1, -1).trim();
    else {
      s = s.slice(1).trim();
      openBracket = true;
    }
  }
  const matches = [...s.matchAll(LABEL)];
  if (matches.length === 0) return null;
  const first = matches[0]!;
  if (first.index > 0) {
    const prefix = s.slice(0, first.index);
    if (prefix.length > 80 || !SITE_PREFIX.test(prefix) || TERMINATOR.test(prefix)) return null;
  }
  const fields: Field[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const valueEnd = k + 1 < matches.length ? matches[k + 1]!.index : s.length;
    const value = s.slice(m.index + m[0].length, valueEnd).trim();
    if (!validValue(m[1]!, value, false)) return null;
    fields.push({ label: m[1]!, value });
  }
  return { fields, openBracket };
}

function validValue(label: string, value: string, ownLine: boolean): boolean {
  if (value.length > (ownLine ? 30 : 40) || TERMINATOR.test(value)) return false;
  if (ownLine && (value.length === 0 || /^[【\[]/.test(value) || HEADING_START.test(value))) return false;
  if (TIME_LABELS.has(label)) return DATE_VALUE.test(value);
  if (COUNT_LABELS.has(label)) return COUNT_VALUE.test(value);
  if (ownLine && TITLE_LIKE.test(value)) return false;
  return !ownLine || !/[:：]/.test(value);
}

/** A strong metadata line within three lines either way. */
function strongNearby(kinds: readonly Kind[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j <= Math.min(kinds.length - 1, i + 3); j++) if (kinds[j] === 'strong') return true;
  return false;
}
