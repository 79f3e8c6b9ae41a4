/**
 * The quantity extractor: every measurable amount in a policy text.
 *
 * One global scan finds the candidates (numbers, 百分之, 分之, 一半, 翻一番, ratios);
 * each candidate is read by a small parser (quantity/amount.ts, quantity/special.ts),
 * composed into ranges (3-5所) and from-to changes (从91.3%提升至94.5%), filtered by
 * the rules of Chinese policy language that make a numeral a year, a date, an ordinal,
 * a name or an idiom rather than an amount, and bound to its comparator and change
 * verb (quantity/context.ts). A refiner pass then carries a change verb along a list
 * (分别增长8.9%、7.7%). Every step reads a bounded window around the candidate, so the
 * whole extraction is linear in the text.
 *
 * Conventions (see docs in the tests' case table):
 * - value: the number; 万/亿 folded in for measure words (1256万人 → 12560000 人), kept
 *   in the unit for money (17.56亿元 → 17.56 亿元, yuan 1756000000).
 * - ranges: value = min, with min/max; from-to: value = to, with from/to and change "to".
 * - 三成 → 30 %; 三分之一 → 0.333…, unit null (a proportion, like 一半 → 0.5);
 *   翻一番 → 1 番 with change "multiply"; 1:2000 → 0.0005, unit "ratio", ratio "1:2000".
 * - raw covers the number, unit and a trailing comparator (以上, 左右), not a leading one.
 */
import type { Change, Comparator, Quantity } from '../schema/extraction.js';
import { charTable } from '../text/scan.js';
import { foldForMatching, foldForms } from '../zh/fold.js';
import { CURRENCIES, IDIOMS, SLOGAN_TAILS, UNITS } from './units.js';
import { type Amount, percentSlipEnd, readAmount } from './quantity/amount.js';
import { LOOKBACK, isTimeSpan, prefixChange, prefixComparator, suffixComparator } from './quantity/context.js';
import { BLANK_START, readBlanked } from './quantity/blanked.js';
import { countedNoun } from './quantity/counts.js';
import { DECIMAL_RUN, type TableZone, rowUnit, splitGluedRun, tableZones } from './quantity/table.js';
import { CHINESE_NUMERAL, TOKEN_START, tokenAt } from './quantity/tokens.js';
import { type SpecialResult, parseDoubling, parseFraction, parseHalf, parsePercentWords, parseRatio, parseSlashFraction } from './quantity/special.js';

export type QuantityMatch = Omit<Quantity, 'type' | 'position' | 'kind' | 'claimId'> & { start: number; end: number };

/**
 * Most Chinese numerals in a text are words (统一, 一些, 进一步), not amounts. A run of
 * them can only start an amount when the character after it can go on with one: a unit or
 * currency, 余/多/成/点, 分之 or 半, a range separator or a space, or a change verb of a
 * from-to (从三个增加到五个); or when the run itself holds 万/亿 (惠及一亿农民). Other runs
 * are skipped without running the scan and the readers on them: the same result, faster.
 */
const CAN_FOLLOW_CHINESE = charTable(
  [
    ...UNITS.map((u) => u.unit[0]),
    ...CURRENCIES.map((c) => c[0]),
    '余多成点分半',
    '-－—–~～〜至到', // RANGE_SEP_Y
    '提增上扩拓降下减缩压延回攀跃发升涨调变', // first characters of FROM_TO_Y's verbs
    ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff', // \s
  ].join(''),
);
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);

/** Longest numeral read as an amount (1,234,567,890.12 or 一千二百三十四万五千六百七十八 fit). */
const MAX_NUMBER_LENGTH = 40;

const LATIN_OR_DIGIT = /[A-Za-z0-9０-９._\/\\@#-]/;
const LATIN = /[A-Za-z]/;
const RANGE_SEP_Y = /\s?(?:[-－—–~～〜]{1,2}|至|到)\s?/y;
const FROM_TO_Y =
  /(?:(?:提升|提高|增加|增长|上升|扩大|拓展|扩展|降低|下降|减少|缩小|缩短|压减|压缩|延长|上涨|回落|攀升|跃升|发展|增|降|升|减|涨|调整|变为|变成)了?)?(?:至|到)/y;
const OPEN_QUOTES = '“"‘「『《';
const CLOSE_QUOTES = '”"’」』》';
const BOUNDARY = /^(?:$|[\s，,。；;、：:）)(（！!？?“”"]|以上|以下|和|与|及|或|[0-9])/;
const IDIOM_RE = new RegExp(IDIOMS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const MAX_IDIOM = Math.max(...IDIOMS.map((w) => w.length));
/** True when an idiom (千家万户, 约法三章) covers the number at [start, end). */
function inIdiom(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - MAX_IDIOM + 1);
  const window = text.slice(from, Math.min(text.length, end + MAX_IDIOM));
  IDIOM_RE.lastIndex = 0;
  for (let m = IDIOM_RE.exec(window); m; m = IDIOM_RE.exec(window)) {
    const s = from + m.index;
    if (s <= start && s + m[0].length > start) return true;
  }
  return false;
}
/** A short quoted name around the number (“五个中心”, “最多跑一次”, “一次挂号管三天”). */
function inShortQuote(text: string, start: number, end: number): boolean {
  const MAX = 12;
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - MAX); i--) {
    const c = text.charCodeAt(i);
    if (CLOSE_QUOTE[c] && c !== STRAIGHT_QUOTE) return false;
    if (OPEN_QUOTE[c]) { open = i; break; }
    if (QUOTE_STOP[c]) return false;
  }
  if (open < 0) return false;
  for (let i = end; i < Math.min(text.length, open + MAX + 2); i++) {
    const c = text.charCodeAt(i);
    if (CLOSE_QUOTE[c]) return true;
    if (OPEN_QUOTE[c] && c !== STRAIGHT_QUOTE) return false;
    if (QUOTE_STOP[c]) return false;
  }
  return false;
}
const OPEN_QUOTE = charTable(OPEN_QUOTES);
const CLOSE_QUOTE = charTable(CLOSE_QUOTES);
const QUOTE_STOP = charTable('，,。；;！!？?\n');
const STRAIGHT_QUOTE = 34; // " opens and closes
/**
 * True when a Markdown bold run is open on this line before `pos`: a ** after a
 * non-word character opens one, the next ** closes it; a ** right after a word with no
 * run open is a mask (资金**亿元) and is skipped.
 */
function openBold(text: string, pos: number): boolean {
  let from = pos;
  while (from > 0 && from > pos - 200 && text[from - 1] !== '\n') from--;
  let open = false;
  for (let i = from; i < pos - 1; i++) {
    if (text[i] !== '*' || text[i + 1] !== '*') continue;
    const prev = text[i - 1] ?? '';
    // *.**万亿元, **个, ***公里: stars that read as a masked figure with a unit are not bold
    if (prev === '.' || readAmount(text, i)?.masked) {
      while (text[i + 1] === '*' || text[i + 1] === '.') i++;
      continue;
    }
    if (open) open = false;
    else if (!/[\u4e00-\u9fffA-Za-z0-9]/.test(prev)) open = true;
    i++;
    while (text[i + 1] === '*') i++;
  }
  if (!open) return false;
  // an opener with no closer after it on the line (**号线 masked, then ***公里) opened nothing
  for (let i = pos; i < text.length - 1 && text[i] !== '\n'; i++) {
    if (text[i] === '*' && text[i + 1] === '*' && text[i - 1] !== '*' && text[i - 1] !== '.' && !readAmount(text, i)?.masked) return true;
  }
  return false;
}
/** Characters before a Chinese numeral that make it part of a word (第三, 初二, 周三, 统一, 唯一). */
const CN_WORD_BEFORE = /(?:[第统唯同单专逐合划之万归腊数]|星期|礼拜|农历|若干)$/;
/** Session ordinals: 十四届全国人大三次会议, 二十届三中全会. */
const SESSION_BEFORE = /(人大|政协|全会|常委会|党的|届)$/;
const LEVEL_LIST_BEFORE = /[省市县区乡镇村]$/;
const SESSION_AFTER = /^(?:会议|全会|全体会议|代表大会|党代会)/;
const COUNTED_TERMS_BEFORE = /(连续|举办|已办|累计|共|历经|办了)$/;
const ADMIN_AFTER = /^(?:省|自治区|直辖市|市|县|区|地区|国家)/;

interface Candidate {
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  masked: boolean;
  approx: boolean;
  rule: string;
  min?: number;
  max?: number;
  from?: number;
  to?: number;
  yuan?: number;
  ratio?: string;
  change?: Change;
  comparator?: Comparator;
  countable: boolean;
  /** The amounts read (one, or both ends of a range or change). */
  first?: Amount;
  last?: Amount;
}

/** 2025年, and a masked year (202x年, 20XX年, XXXX年: four characters before 年): a date, not an amount. */
const isYear = (a: Amount): boolean =>
  a.factorText === '' &&
  (a.unit === '年' || a.unit === null) &&
  ((a.numeral === 'arabic' && /^(?:1[89]|20|21)[0-9]{2}$/.test(a.digits)) || (a.numeral === 'masked' && /^[0-9Xx×*]{4}$/.test(a.digits)));

/** The same unit on both ends of a range or change (3-5所, 5%-20%, 从39个到91个). */
function sameUnit(a: Amount, b: Amount): boolean {
  if (a.unit === null) return true;
  const norm = (u: string | null): string => (u ?? '').replace('％', '%').replace(/^个(?=.)/, '');
  return norm(a.unit) === norm(b.unit);
}

/** The first end of a range takes the unit (and multiplier) of the second: 3-5万人 → 30000–50000 人. */
function adopt(a: Amount, b: Amount): Amount {
  if (a.unit !== null) return a;
  const value = a.base === null ? null : b.cls === 'money' ? a.base : a.base * b.factor;
  return { ...a, unit: b.unit, cls: b.cls, entry: b.entry, value, factor: b.factor, factorText: b.factorText };
}

/** Why an amount with a unit is not a quantity here (a year, an ordinal, a name, an idiom); null when it is one. */
function rejectReason(text: string, a: Amount, last: Amount, before: string): string | null {
  const after = text.slice(last.end, last.end + 8);
  if (/第\s?$/.test(before)) return 'ordinal';
  if (a.numeral === 'chinese' && CN_WORD_BEFORE.test(before)) return 'word';
  if (SESSION_BEFORE.test(before) && (last.unit === '次' || last.unit === '届' || a.numeral === 'chinese')) return 'session';
  if (isYear(a) || isYear(last)) return 'year';
  // names in quotes: “五个中心”, “最多跑一次”
  if (inShortQuote(text, a.start, last.end)) return 'quoted-name';
  if (inIdiom(text, a.start, last.end)) return 'idiom';
  // before a measure word 2 is 两; a lone 二 is an ordinal (二期, 二轮, 二类, 二次开发)
  if (a.numeral === 'chinese' && a.digits === '二' && last.cls !== 'percent') return 'ordinal';
  if (last.numeral === 'chinese' && (last.unit === '个' || last.unit === '项' || last.unit === '位' || last.unit === '条')) {
    for (const t of SLOGAN_TAILS) if (text.startsWith(t, last.end)) return 'slogan';
  }
  if (last.cls === 'medal' && !BOUNDARY.test(after)) return 'medal-name';
  // 市、区两级; 省市县三级: a count of levels; otherwise 三级名校长, 二级以上, 四类优秀教师 are grades
  if (last.cls === 'level' && !(last.digits === '两' || (LEVEL_LIST_BEFORE.test(before) && BOUNDARY.test(after)) || (last.unit === '类' && last.numeral !== 'chinese'))) {
    return 'level-name';
  }
  if (last.unit === '次' && last.numeral === 'chinese') {
    if (last.digits === '二') return 'ordinal';
    if (last.digits !== '两' && SESSION_AFTER.test(after)) return 'session'; // 三次会议, 八次全会
  }
  // 二期工程, 18号线二期, 二十届历次全会: a Chinese numeral before 期/届 names a phase or a term
  if (last.numeral === 'chinese' && last.digits !== '两' && (last.unit === '期' || (last.unit === '届' && !COUNTED_TERMS_BEFORE.test(before)))) return 'phase';
  // 前五位, 前10名: a rank
  if ((last.unit === '位' || last.unit === '名') && /[前后]$/.test(before)) return 'rank';
  // 15分钟社区生活圈, 1小时通勤圈: names of service radii
  if (last.cls === 'time' && /^[\u4e00-\u9fff]{0,6}圈/.test(after)) return 'circle-name';
  // 1%人口抽样调查: the name of a sample survey
  if (last.cls === 'percent' && /^(?:人口)?抽样/.test(after)) return 'survey-name';
  if (last.unit === '点' && last.numeral !== 'chinese' && !/[\u4e00-\u9fff]/.test(text[last.end] ?? '')) return 'clock';
  return null;
}

/** Measure words of events and rounds: what follows them is an action, not a noun counted. */
const EVENT_UNITS = new Set(['次', '人次', '批次', '场次', '轮', '届', '期', '门次', '件次', '户次', '家次', '架次', '车次', '人日', '岁', '学时', '课时']);
/** 一批, 一些, 一种, 一支, 一系列: never a count. */
const ONE_NEVER = new Set(['批', '种', '支', '类', '点', '方面', '部', '门', '块', '片', '套', '群', '起', '组', '队', '班', '轮', '期', '级']);
/** Comparators strict enough to make 一 + measure word a count (至少一所, 一个以上); not 突破/近/约. */
const STRICT_CMP = new Set(['gte', 'lte', 'lt']);

/** The one rule: 一 + measure word is rhetoric (一支队伍, 每一个孩子, 一批) unless clearly a count. */
function acceptOne(text: string, a: Amount, before: string, hasComparator: boolean): boolean {
  if (!(a.numeral === 'chinese' && (a.digits === '一' || a.digits === '壹'))) return true;
  if (a.unit !== null && ONE_NEVER.has(a.unit)) return false;
  if (hasComparator) return true;
  // 增长一倍, 提高一个百分点, 延长一个月: an amount of change
  if (a.cls === 'multiple' || a.cls === 'percent' || prefixChange(before) !== null) return true;
  if (/各$/.test(before)) return true;
  if (a.unit === '个' && /[在跨]$/.test(before) && ADMIN_AFTER.test(text.slice(a.end, a.end + 3))) return true;
  return false;
}

function fromAmount(a: Amount, rule: string, first: Amount = a): Candidate {
  const c: Candidate = {
    start: first.start, end: a.end, value: a.value, unit: a.unit, masked: a.masked, approx: a.approx, rule, first, last: a,
    countable: (a.cls === 'count' || a.cls === 'level') && !EVENT_UNITS.has(a.unit ?? ''),
  };
  if (a.yuan !== undefined) c.yuan = a.yuan;
  return c;
}

/** Reads a number candidate at `start`: an amount, a range, or a from-to change. Returns the candidate and where to resume. */
function readNumber(text: string, start: number, tokenEnd: number): { cand: Candidate | null; resume: number } {
  const fail = { cand: null, resume: tokenEnd };
  const prev = text[start - 1] ?? '';
  const first = text[start] as string;
  const arabic = /[0-9０-９]/.test(first);
  if (arabic && LATIN_OR_DIGIT.test(prev) && !(prev === '-' && !/[0-9]/.test(text[start - 2] ?? ''))) return fail; // PM2.5, G20, 2022-12-26
  if (text[tokenEnd] === '+' || text[tokenEnd] === '＋' || prev === '+' || prev === '＋') return fail; // 1+7, 1+X
  // a list marker at line start followed by a year: "1.2025年…" is "1." + "2025年"
  if (arabic && (start === 0 || text[start - 1] === '\n')) {
    const m = /^[0-9]{1,2}[.．](?=[12][0-9]{3}年)/.exec(text.slice(start, start + 8));
    if (m) return { cand: null, resume: start + m[0].length };
  }
  if (first === '*') {
    // **所 is a masked figure; **加强…** is Markdown bold: the mask follows a word and closes no bold run
    if (/[A-Za-z0-9_\\]/.test(prev) || /\s/.test(text[tokenEnd] ?? ' ') || openBold(text, start)) return fail;
  } else if (!arabic && /[Xx×]/.test(first) && LATIN_OR_DIGIT.test(prev)) return fail; // XXL, Max

  const a0 = readAmount(text, start, { allowNoUnit: true });
  if (!a0) return fail;
  if (a0.numeral !== 'chinese' && LATIN.test(text[a0.numEnd] ?? '') && (a0.unit === null || !LATIN.test(a0.unit))) return fail; // 5G, 4K
  const before = text.slice(Math.max(0, start - LOOKBACK), start);

  // from-to: 从91.3%提升至94.5%, 由4.16万亿元增加到5.67万亿元, 从39个拓展到91个
  if (/[从由]$/.test(before)) {
    FROM_TO_Y.lastIndex = a0.end;
    const m = FROM_TO_Y.exec(text);
    if (m) {
      const b = readAmount(text, a0.end + m[0].length);
      if (b && b.numeral === a0.numeral && sameUnit(a0, b) && !isYear(b) && !isYear(a0)) {
        const a = adopt(a0, b);
        const c = fromAmount(b, 'from-to', a);
        c.from = a.value ?? undefined;
        c.to = b.value ?? undefined;
        c.masked = a.masked || b.masked;
        c.change = { direction: 'to', points: false };
        if (c.from === undefined) delete c.from;
        if (c.to === undefined) delete c.to;
        return { cand: c, resume: b.end };
      }
    }
  }
  // range: 3-5所, 3至5所, 三到五年, 5-20%, 3—5年一遇
  RANGE_SEP_Y.lastIndex = a0.end;
  const sep = RANGE_SEP_Y.exec(text);
  if (sep) {
    const b = readAmount(text, a0.end + sep[0].length, { allowNoUnit: true });
    // XX—XX岁, X-X所: a masked range is one masked quantity with the unit of its second end
    if (b && a0.masked && b.masked && b.unit !== null && sameUnit(a0, b) && !isYear(b) && !isYear(a0)) {
      return { cand: fromAmount(b, 'masked', adopt(a0, b)), resume: b.end };
    }
    if (b && b.numeral === a0.numeral && !b.masked) {
      if (isYear(a0) && (isYear(b) || b.unit === '年' || /^[0-9]{2}$/.test(b.digits))) return { cand: null, resume: b.end }; // 2025-2030, 2025—2027年
      if (b.unit !== null && sameUnit(a0, b) && a0.value !== null && b.value !== null) {
        const a = adopt(a0, b);
        if (a.value !== null && a.value <= b.value && a.value !== b.value) {
          const c = fromAmount(b, 'range', a);
          c.value = a.value;
          c.min = a.value ?? undefined;
          c.max = b.value;
          c.approx = a.approx || b.approx;
          delete c.yuan;
          if (a.yuan !== undefined) c.yuan = a.yuan;
          else if (b.cls === 'money' && b.yuan !== undefined && a.value !== null) c.yuan = (b.yuan / b.value) * a.value;
          return { cand: c, resume: b.end };
        }
      }
      if (b.unit === null && a0.unit === null) return { cand: null, resume: b.end }; // 12-26, 1-3 (no unit)
    }
  }
  if (a0.unit === null) {
    // 惠及1.77亿农民, 九百六十多万贫困人口: a multiplied amount with no measure word; value folded, unit null
    const multiplied = a0.factorText !== '' || (a0.numeral === 'chinese' && /[万亿]/.test(a0.digits));
    if (!multiplied || /[A-Za-z0-9０-９]/.test(text[a0.end] ?? '')) return fail;
    if (a0.numeral === 'chinese' && a0.value !== null && a0.value < 1e4) return fail;
    if (/每$/.test(before)) return fail; // 每10万人口: a rate's base
    return { cand: { ...fromAmount(a0, 'bare-multiplier'), countable: false }, resume: a0.end };
  }
  return { cand: fromAmount(a0, a0.masked ? 'masked' : a0.numeral === 'chinese' ? 'chinese' : 'arabic'), resume: a0.end };
}

export interface FindQuantitiesOptions {
  /** False only to test that skipping word numerals changes nothing. */
  skipWordNumerals?: boolean;
  /**
   * Offsets where text was cut out (a paywall's ……省略715字……): no quantity reads across
   * one, so 百分之二十……(省略)……左右 is 百分之二十, not 百分之二十左右.
   */
  barriers?: readonly number[];
  /** The text is already folded for matching (zh/fold.ts), as in `parse`: the fold is skipped. */
  folded?: boolean;
}

/**
 * Every measurable amount in `text`; start/end are offsets into `text`; text.slice(start,end) === raw.
 * Matching runs on the text folded (half-width, Simplified: zh/fold.ts); `raw` is as written and
 * `unit` has its forms folded only (億元, %). Never throws, linear time.
 */
export function findQuantities(input: string, options: FindQuantitiesOptions = {}): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  if (typeof input !== 'string' || input.length === 0) return out;
  const text = options.folded ? input : foldForMatching(input);
  const skipWordNumerals = options.skipWordNumerals ?? true;
  const ends = [...(options.barriers ?? [])].filter((b) => b > 0 && b < text.length).sort((a, b) => a - b);
  ends.push(text.length);
  let from = 0;
  for (const end of ends) {
    // the segment is scanned on the text cut at its end: a reader can look back, never past the cut
    scan(end === text.length ? text : text.slice(0, end), from, skipWordNumerals, out);
    from = end;
  }
  const zones = tableZones(text);
  if (zones.length) readGluedCells(text, zones, out);
  refine(text, out);
  if (text !== input) for (const q of out) asWritten(q, input, text);
  return out;
}

/**
 * Cells that ran together in a flattened indicator table (quantity/table.ts): each glued
 * run replaces what the number scan read there by its cells, marked uncertain.
 */
function readGluedCells(text: string, zones: readonly TableZone[], out: QuantityMatch[]): void {
  const added: QuantityMatch[] = [];
  const replaced: { start: number; end: number }[] = [];
  for (const zone of zones) {
    const table = text.slice(zone.start, zone.end);
    for (const m of table.matchAll(DECIMAL_RUN)) {
      const start = zone.start + m.index;
      if (/^(?:19|20)[0-9]{2}\.[0-9]{1,2}\.[0-9]{1,2}$/.test(m[0])) continue; // a date
      if (/[〔\[［(（]/.test(text[start - 1] ?? '')) continue; // 〔1.38〕: a bracket delimits its cell
      const cells = splitGluedRun(m[0], start, zone.precision);
      if (!cells) continue;
      replaced.push({ start, end: start + m[0].length });
      const unit = rowUnit(text, zone.start, start);
      cells.forEach((cell, k) => {
        const last = k === cells.length - 1;
        const suffix = last ? suffixComparator(text, cell.end) : null;
        const end = suffix ? cell.end + suffix.word.length : cell.end;
        added.push({
          raw: text.slice(cell.start, end), value: cell.value, unit, counts: null,
          comparator: suffix ? suffix.comparator : 'eq', approximate: suffix?.approximate ?? false, masked: false,
          rule: 'table-cell', start: cell.start, end, uncertain: true,
        });
      });
    }
  }
  if (!added.length) return;
  const overlaps = (q: QuantityMatch) => replaced.some((r) => q.start < r.end && q.end > r.start);
  const kept = out.filter((q) => !overlaps(q));
  out.length = 0;
  out.push(...[...kept, ...added].sort((a, b) => a.start - b.start));
}

/** A quantity's raw as written in `input`, and its unit with the forms folded only (億元 stays 億元). */
function asWritten(q: QuantityMatch, input: string, folded: string): void {
  const matched = folded.slice(q.start, q.end);
  q.raw = input.slice(q.start, q.end);
  if (q.unit === null) return;
  const k = matched.lastIndexOf(q.unit);
  if (k >= 0) q.unit = foldForms(input.slice(q.start + k, q.start + k + q.unit.length));
}

/** The characters a blanked figure can start with, and the last characters of the verbs before one. */
const BLANK_AT = charTable(BLANK_START);
const VERB_END = charTable('到长加高升降少过破成入增现计比均达为约占共至了减');

function scan(text: string, from: number, skipWordNumerals: boolean, out: QuantityMatch[]): void {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (BLANK_AT[code] && i > 0 && VERB_END[text.charCodeAt(i - 1)]) {
      // 达到 亿元, 增长%: a blanked figure
      const a = readBlanked(text, i);
      if (a) {
        const q = finish(text, fromAmount(a, 'blanked'), text.slice(Math.max(0, i - LOOKBACK), i));
        if (q) {
          out.push(q);
          i = q.end - 1;
          continue;
        }
      }
    }
    if (!TOKEN_START[code]) continue;
    if (skipWordNumerals && CHINESE_NUMERAL[code]) {
      let end = i + 1;
      let multiplied = code === WAN || code === YI;
      for (; end < text.length && CHINESE_NUMERAL[text.charCodeAt(end)]; end++) {
        const c = text.charCodeAt(end);
        if (c === WAN || c === YI) multiplied = true;
      }
      if (!multiplied && !CAN_FOLLOW_CHINESE[text.charCodeAt(end)]) {
        i = end - 1; // as after a failed read: the scan resumes after the run
        continue;
      }
    }
    const token = tokenAt(text, i);
    if (token === null) continue;
    const start = i;
    const before = text.slice(Math.max(0, start - LOOKBACK), start);
    let cand: Candidate | null = null;
    let resume = start + token.text.length;
    let special: SpecialResult | null = null;
    // no try/catch: a reader that throws is a bug to see, not a quantity to drop silently
    const t = token.text;
    if (token.kind === 'ratio') {
      const prev = text[start - 1] ?? '';
      if (LATIN_OR_DIGIT.test(prev)) special = null;
      else if (/[Xx×*]/.test(t[0] as string)) {
        // X:XXXX after 比 or before 比例; XX:XX alone is a masked clock time
        const ratioContext = /比/.test(before) || /比例/.test(text.slice(start + t.length, start + t.length + 4));
        special = ratioContext ? { end: start + t.length, value: null, unit: 'ratio', rule: 'masked', ratio: t } : null;
      }
      else special = parseRatio(text, start, t, before);
    } else if (token.kind === 'pctw') special = parsePercentWords(text, start, t);
    else if (token.kind === 'frac') special = parseFraction(text, start, t);
    else if (token.kind === 'afrac') {
      if (!LATIN_OR_DIGIT.test(text[start - 1] ?? '')) special = parseSlashFraction(start, t, before);
    }
    else if (token.kind === 'half') special = parseHalf(text, start, t);
    else if (token.kind === 'fan') special = parseDoubling(text, start, t);
    else if (t.length > MAX_NUMBER_LENGTH) {
      // a run this long is an ID, a hash or garbage, never an amount; skipping it keeps
      // the scan linear (number arithmetic on it is not)
    } else {
      const r = readNumber(text, start, start + t.length);
      resume = Math.max(resume, r.resume);
      cand = r.cand;
    }
    if (special) {
      cand = {
        start, end: special.end, value: special.value, unit: special.unit, masked: special.rule === 'masked', approx: false, rule: special.rule, countable: false,
      };
      if (special.ratio !== undefined) cand.ratio = special.ratio;
      if (special.comparator) cand.comparator = special.comparator;
      if (special.multiply) cand.change = { direction: 'multiply', points: false };
      resume = Math.max(resume, special.end);
    }
    if (cand) {
      const q = finish(text, cand, before);
      if (q) {
        out.push(q);
        resume = Math.max(resume, q.end);
      }
    }
    i = resume - 1;
  }
}

/**
 * Where a minus sign before the number at `start` begins, or -1: -2.5%, −3, 负四十五亿. A
 * hyphen after a digit, a letter or a closing bracket joins a range or a code (3-5, G-20),
 * and 负 is a sign only right before the numeral.
 */
function signAt(text: string, start: number): number {
  const c = text[start - 1];
  if (c === '负') return /[正胜抱担欠自]/.test(text[start - 2] ?? '') ? -1 : start - 1;
  if (c !== '-' && c !== '−') return -1;
  return /[0-9A-Za-z.%)\]\-−~]/.test(text[start - 2] ?? '') ? -1 : start - 1;
}

/** Applies the language filters to a candidate and binds its comparator and change. */
function finish(text: string, c: Candidate, beforeNumber: string): QuantityMatch | null {
  let before = beforeNumber;
  const sign = c.value !== null && c.min === undefined && c.from === undefined && c.ratio === undefined ? signAt(text, c.start) : -1;
  if (sign >= 0) {
    // 增长-2.5%: the words before the sign bind (a growth of −2.5 %)
    before = text.slice(Math.max(0, sign - LOOKBACK), sign);
    c = { ...c, start: sign, value: -(c.value as number) };
    if (c.yuan !== undefined) c.yuan = -c.yuan;
  }
  let end = percentSlipEnd(text, c.end, c.unit);
  const suffix = suffixComparator(text, end);
  const pre = prefixComparator(before);
  if (c.first && c.last) {
    const a = c.first;
    const b = c.last;
    if (rejectReason(text, a, b, before)) return null;
    if (b.cls === 'time') {
      const afterText = text.slice(suffix ? end + suffix.word.length : end, end + 12);
      const hasGte = !!(suffix && suffix.comparator === 'gte') || !!(pre && (pre.comparator === 'gte' || pre.comparator === 'gt'));
      const bound = !!pre && pre.comparator !== 'approx';
      const gteOrRange = hasGte || a !== b;
      // a mask that cannot be a year (X.X年, XX年: a year has four digits and no decimals)
      // is a length, read like 10.5年; a single X may be either and is read as a Chinese 年 is
      const numeral = a.numeral === 'masked' && (a.digits.includes('.') || a.digits.length === 2 || a.digits.length === 3) ? 'arabic' : a.numeral;
      const span =
        suffix?.word === '之内' || // 5日之内, 1个月之内: a window (the time extractor's), not an amount ≤ 1
        isTimeSpan(before, afterText, b.unit ?? '', numeral, gteOrRange) ||
        (!!pre && isTimeSpan(before.slice(0, pre.at), afterText, b.unit ?? '', numeral, gteOrRange));
      // a bound duration (至少1个月, 不超过4个小时) is a quantity even where a span word precedes it; 每 never
      if (span && (!bound || /每(?:隔)?$/.test(before.slice(0, pre?.at ?? before.length)))) return null;
    }
    if (a === b && !acceptOne(text, a, before, !!(pre && STRICT_CMP.has(pre.comparator)) || !!(suffix && STRICT_CMP.has(suffix.comparator)))) return null;
  }
  if (suffix) end += suffix.word.length;
  let comparator: Comparator = c.comparator ?? 'eq';
  let approximate = c.approx;
  if (pre && !c.comparator) {
    comparator = pre.comparator;
    approximate ||= pre.approximate;
  }
  if (suffix && (comparator === 'eq' || (suffix.comparator !== 'approx' && pre?.comparator === 'approx'))) {
    comparator = suffix.comparator;
    approximate ||= suffix.approximate;
  } else if (suffix?.approximate) approximate = true;
  if (comparator === 'eq' && approximate) comparator = 'approx';
  let change = c.change;
  if (!change) {
    const ch = prefixChange(pre ? before.slice(0, pre.at) : before);
    if (ch) change = ch;
  }
  if (change && c.unit && /百分点$/.test(c.unit)) change = { ...change, points: true };
  const raw = text.slice(c.start, end);
  const q: QuantityMatch = {
    raw,
    value: c.masked ? null : c.value,
    unit: c.unit,
    counts: c.countable ? countedNoun(text, c.start, end) : null,
    comparator,
    approximate,
    masked: c.masked,
    rule: c.rule,
    start: c.start,
    end,
  };
  if (c.min !== undefined) q.min = c.min;
  if (c.max !== undefined) q.max = c.max;
  if (c.from !== undefined) q.from = c.from;
  if (c.to !== undefined) q.to = c.to;
  if (change) q.change = change;
  if (c.yuan !== undefined && !c.masked) q.yuan = c.yuan;
  if (c.ratio !== undefined) q.ratio = c.ratio;
  return q;
}

/** Refiner: a change verb carries along a list (分别增长8.9%、7.7%; 分别下降13.5%、8.6%、2.7%). */
function refine(text: string, qs: QuantityMatch[]): QuantityMatch[] {
  for (let i = 1; i < qs.length; i++) {
    const prev = qs[i - 1] as QuantityMatch;
    const cur = qs[i] as QuantityMatch;
    if (cur.change || !prev.change || prev.change.direction === 'multiply') continue;
    const between = text.slice(prev.end, cur.start);
    if (/^(?:、|和|与|及|，|,)$/.test(between) && prev.unit === cur.unit) cur.change = { ...prev.change };
  }
  return qs;
}
