/**
 * Figures a site blanked out, leaving the unit: 达到 亿元, 增长%, 比年提高了.个百分点. The
 * language pattern: a verb or preposition that takes an amount (达到, 增长, 提高, 为, 占, 约 …),
 * then nothing, a blank or a stray decimal point, then a unit. After such a verb a unit
 * cannot stand alone, so a number stood there: the result is a masked quantity
 * (value null) with that unit. Without a blank only units no word can start are read
 * (%, ‰, 个百分点): 增长%; after a blank any unit of the lexicon (达到 亿元, 达到 所).
 * 年 is never read (到 年 is a blanked year, not an amount). Rule `blanked`.
 */
import { charTable } from '../../../text/scan.js';
import { type Amount, readAmount } from '../amount.js';
import { fromAmount } from '../candidate.js';
import type { QuantityParser } from '../types.js';

/** A verb or preposition that takes an amount, with an optional 了, right before `at`. */
const VERB_BEFORE = /(?:达到|增长|增加|提高|提升|下降|降低|减少|超过|突破|完成|投入|新增|实现|累计|同比|年均|达|为|约|占|共|至|到|增|降|减)了?$/;
/** The last characters of those verbs: a cheap test before the pattern. */
const VERB_END = charTable('到长加高升降少过破成入增现计比均达为约占共至了减');
/**
 * Units that read as a blanked figure even with no blank before them. Not 万元/亿元:
 * 达到万亿元规模 names a scale (a trillion), not a removed figure.
 */
const BARE_UNIT_Y = /%|‰|个百分点|百分点/y;
const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * The blanked figure whose blank (or unit) starts at `i`, as a masked amount spanning the
 * blank and the unit; null when there is none. `i` is a blank, a '.', or a unit's first character.
 */
export function readBlanked(text: string, i: number): Amount | null {
  const c = text[i] as string;
  let unitStart = i;
  if (isBlank(c)) {
    while (unitStart < text.length && isBlank(text[unitStart] as string)) unitStart++;
  } else if (c === '.') unitStart = i + 1;
  if (!VERB_BEFORE.test(text.slice(Math.max(0, i - 3), i))) return null;
  if (unitStart === i || c === '.') {
    BARE_UNIT_Y.lastIndex = unitStart;
    if (!BARE_UNIT_Y.test(text)) return null;
  }
  // the unit read as after a masked figure: X + the text from the unit on
  const a = readAmount(`X${text.slice(unitStart, unitStart + 16)}`, 0);
  if (!a || a.unit === null || a.unit === '年' || a.numeral !== 'masked') return null;
  const shift = unitStart - 1;
  return { ...a, start: i, numEnd: unitStart, end: a.end + shift, digits: '' };
}

export const blankedParser: QuantityParser = {
  name: 'blanked',
  first: ' \t\u00a0.%‰个百万亿',
  // a blank is not a token: when the filters reject the figure, the number parsers still read there
  fallThrough: true,
  read(scan, at) {
    if (at === 0 || !VERB_END[scan.text.charCodeAt(at - 1)]) return null;
    const a = readBlanked(scan.text, at);
    return a ? { candidate: fromAmount(a, 'blanked'), resume: a.end } : null;
  },
};
