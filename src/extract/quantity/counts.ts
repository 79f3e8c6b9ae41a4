/**
 * The noun a count counts, where the text states it: after the measure word
 * (评选100个“劳动教育示范班级” → 劳动教育示范班级; 推进343个提质项目 → 提质项目) or,
 * when the measure word ends the clause, before the number (新建义务教育学校5所 →
 * 义务教育学校). Null when unsure: the result is a hint, kept short.
 */
import { charTable } from '../../text/scan.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../../zh/chars.js';

/** A CJK ideograph (U+4E00–U+9FFF), by char code. */
const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const OPEN_QUOTE = `${OPENING_QUOTES}"`;
const CLOSE_QUOTE = `${CLOSING_QUOTES}"`;
const QUOTE = charTable(OPEN_QUOTE + CLOSE_QUOTE);
/** Words that end a noun phrase after the measure word. */
const AFTER_STOP = charTable('和与及或的、');
/** A character of the noun phrase after the measure word: CJK and no stop word. */
const inNounAfter = (c: number): boolean => isCjk(c) && AFTER_STOP[c] !== 1;
/** Verbs and function words that start or sit inside the clause before a number; the noun is what follows the last one. */
const BEFORE_CUT =
  /(增加到|增加|增长|提高|提升|下降|降低|减少|达到|扩大|拓展|增至|降至|减至|累计|新建|建成|新增|完成|培育|创成|获批|打造|建设|评选|选拔|引进|招聘|安装|推进|启动|新设|淘汰|举办|接待|出台|办理|制定|修订|修改|推出|落地|实现|拥有|共有|改扩建|改建|以上|以下|其中|提供|开展|组织|培养|认定|评定|创建|确定|遴选|支持|资助|突破|超过|不少于|不低于|至少|多于|接近|达|的|等|了)/g;
/** Verbs and adverbs that end the noun phrase after a measure word (16个区首次全部获评 → 区). */
const AFTER_CUT = /首次|全部|全面|累计|成功|率先|正式|顺利|基本|持续|分别|实现|完成|建成|达到|开展|进入|入选|获|被|已|将|要|均|都|共|摘帽|通过|纳入|列入|开工|投入|启动|落地|参加|参与/;
/** A verb or function word right after the measure word: what follows is not the noun counted. */
const AFTER_VERB = /^(?:增加|增长|提高|提升|提供|下降|降低|减少|达到|扩大|拓展|实现|完成|开展|获得|获评|入选|以上|以下|左右|位居|排名|占比|分别|累计|同比|已经|正在|投入|建成|用于|覆盖|惠及|到位|以内|之内|增至|降至|减至|[的和与及或等为是被已将要在居占比较均都也还又再就并而但且可能会应需须必仍得让使由从向对于至到])/;
const MAX_AFTER = 10;
const MAX_BEFORE = 14;

/** The noun counted by the amount spanning [start, end) (end after the unit and any comparator). */
export function countedNoun(text: string, start: number, end: number): string | null {
  const next = text[end] ?? '';
  if (next !== '' && OPEN_QUOTE.includes(next)) {
    const limit = Math.min(text.length, end + 1 + 20);
    for (let i = end + 1; i < limit; i++) {
      if (CLOSE_QUOTE.includes(text[i] as string)) return i > end + 1 ? text.slice(end + 1, i) : null;
    }
    return null;
  }
  if (isCjk(text.charCodeAt(end))) {
    if (AFTER_VERB.test(text.slice(end, end + 3))) return null;
    let i = end;
    const limit = Math.min(text.length, end + MAX_AFTER + 1);
    while (i < limit && inNounAfter(text.charCodeAt(i))) i++;
    let run = text.slice(end, i);
    const stoppedCleanly = i >= text.length || !inNounAfter(text.charCodeAt(i));
    const cut = AFTER_CUT.exec(run);
    if (cut) run = run.slice(0, cut.index);
    return run.length >= 2 && (stoppedCleanly || cut) ? run : null;
  }
  // the measure word ends the clause: the noun is before the number
  let i = start;
  const floor = Math.max(0, start - MAX_BEFORE - 6);
  while (i > floor && (isCjk(text.charCodeAt(i - 1)) || QUOTE[text.charCodeAt(i - 1)] === 1)) i--;
  let run = text.slice(i, start);
  if (run.length < 2) return null;
  BEFORE_CUT.lastIndex = 0;
  let cut = 0;
  for (let m = BEFORE_CUT.exec(run); m; m = BEFORE_CUT.exec(run)) cut = m.index + m[0].length;
  run = run.slice(cut);
  // a closing quote with no opening one before it: the noun starts after it
  const close = run.search(/[”’」』]/);
  const open = run.search(/[“‘「『]/);
  if (close >= 0 && (open < 0 || open > close)) run = run.slice(close + 1);
  run = run.replace(/[“‘「『]+$/, '');
  return run.length >= 2 && run.length <= MAX_BEFORE ? run : null;
}
