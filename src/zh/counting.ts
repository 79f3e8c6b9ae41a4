// Numbers written as Word's automatic list numbering writes them (numFmt in numbering.xml):
// 一、二、…十一、 (chineseCounting), 壹贰叁 (chineseLegalSimplified), 甲乙丙 (ideographTraditional),
// ①②③ (decimalEnclosedCircle), ⑴⑵ (decimalEnclosedParen), ⒈⒉ (decimalEnclosedFullstop).

const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十 (up to 9999). */
export function chineseCounting(n: number, legal = false): string {
  // 零 fills a gap inside a number (一百零五); 〇 is a digit written alone (ideographDigital)
  const d = legal ? LEGAL_DIGITS : '零' + DIGITS.slice(1);
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return d[0]!;
  if (n >= 10 && n < 20 && !legal) return `${units[1]}${n > 10 ? d[n - 10] : ''}`;
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const digit = Math.floor(n / 10 ** p) % 10;
    if (digit === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += d[0];
    zero = false;
    out += d[digit]! + units[p]!;
  }
  return out;
}

/** 1 → 〇一 style digit by digit (ideographDigital): 10 → 一〇. */
export function chineseDigits(n: number): string {
  return String(n).replace(/\d/g, (c) => DIGITS[Number(c)]!);
}

export function heavenlyStem(n: number): string {
  return STEMS[(n - 1) % 10] ?? String(n);
}

export function earthlyBranch(n: number): string {
  return BRANCHES[(n - 1) % 12] ?? String(n);
}

/** ①…⑳ ㉑…㉟ ㊱…㊿; beyond 50 the plain number. */
export function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** ⑴…⒇ */
export function parenthesized(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
}

/** ⒈…⒛ */
export function withFullStop(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
}
