/** What follows a masked figure: a measure word or a money unit (**亿元, **所, **余人次, **%). */
const MASKED_UNIT = /^(?:余|多)?(?:[万亿]?元|万|亿|所|个|名|人次|人|家|项|次|户|亩|座|条|台|辆|件|场|批|吨|公里|平方米|%|％)/;

/**
 * `**` at `at` is a mask, not emphasis: right after a word, right before a unit
 * (投入**亿元，新建**所: the masked figures of a scraped text, not bold).
 */
export function isMask(source: string, at: number): boolean {
  if (source[at] !== '*' || source[at + 1] !== '*') return false;
  let end = at + 2;
  while (source[end] === '*') end++;
  return /[\u4e00-\u9fff]/.test(source[at - 1] ?? '') && MASKED_UNIT.test(source.slice(end, end + 4));
}
