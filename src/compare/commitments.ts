// Targets matched across two documents. A target is one figure of a commitment, described by
// what it measures (the indicator: the words before the figure in its clause, 城镇新增就业,
// 居民消费价格涨幅, 国内生产总值增长), its unit family (百分点 is never %, money in yuan,
// weights in kg) and its scope (annual, multi-year). Targets of A and B with the same unit
// family, compatible scopes and similar indicators are paired one-to-one (Hungarian), and each
// pair is typed: raised, lowered, scaled, comparator, deadline, reworded or same.
import munkres from 'munkres';
import type { TigangDocument } from '../schema/document.js';
import type { Claim, Comparator, Quantity } from '../schema/extraction.js';
import type { CommitmentComparison, TargetChange, TargetPair, TargetSide } from '../schema/compare.js';
import { buildKey } from './fold.js';
import { dice } from './sections.js';
import { COLONS, COMMAS, LINE_BREAKS, OPENING_PARENS, SEMICOLONS, SENTENCE_ENDS, charClass } from '../zh/chars.js';

export interface CommitmentOptions {
  /** Lowest indicator similarity of a pair; default 0.6. */
  minIndicatorScore?: number;
  /** A change of a count or amount by this factor or more is 'scaled' (city 8000 → district 670), not raised/lowered; default 3. */
  scaleRatio?: number;
}

/** Clause boundaries: a clause is what an indicator and its figure share. */
const BOUNDARY = /* @__PURE__ */ new RegExp(/* @__PURE__ */ charClass(COMMAS, SENTENCE_ENDS, SEMICOLONS, COLONS, LINE_BREAKS, OPENING_PARENS));

/**
 * Words around an indicator that are not part of it: leading time and scope words (今年, 到2025年,
 * 全市, 力争) and trailing verbs that only link it to its figure (保持在, 控制在, 达到, 不低于).
 * 增长/降低/提高 stay: they say what the figure measures (GDP growth, not GDP).
 */
const LEADING = /^(?:其中|同时|并|拟安排|拟发行|拟按|拟|全年|今年|年内|明年|预计|力争|确保|争取|努力|实现|主要预期目标(?:是|为)?|预期目标(?:是|为)?|到\d{4}年(?:底|末)?|\d{4}年(?:底|末)?|“?十[四五六]五”?(?:期间|时期|末)?|全国|全省|全市|全区|全县|全州|全镇|我国|我省|我市|我区|我县|本市|本区|各地)+/;
const TRAILING = /(?:拟按|拟安排|拟|安排|保持在|控制在|稳定在|维持在|保持|控制|稳定|达到|达|超过|突破|不低于|不少于|不高于|不超过|低于|高于|分别为|分别|累计|总量|约为|约|为|在|到|至|于|以上|以下|左右)+$/;
const SCOPE_WORDS = /全国|全省|全市|全区|全县|全州|我省|我市|我区|我县|本市|本区/g;

/** Multipliers a unit may start with (万吨, 亿元): folded into the value. */
const UNIT_MULTIPLIERS: readonly [string, number][] = [['万亿', 1e12], ['千亿', 1e11], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['万', 1e4], ['千', 1e3], ['百', 1e2]];
const WEIGHTS: Readonly<Record<string, number>> = { 斤: 0.5, 公斤: 1, 千克: 1, 吨: 1000, 克: 0.001 };
const DURATION_UNITS = new Set(['年', '个月', '月', '天', '日', '小时', '岁', '周', '分钟']);

/** The unit family and the value in the family's base unit; null for figures that are not targets (durations, ages). */
export function unitFamily(q: Quantity): { family: string; value: number | null } | null {
  const unit = q.unit ?? '';
  if (q.change?.points || unit.includes('百分点')) return { family: 'points', value: q.value };
  if (unit === '%' || unit === '％') return { family: 'percent', value: q.value };
  if (unit === '‰') return { family: 'percent', value: q.value === null ? null : q.value / 10 };
  if (q.yuan !== undefined) return { family: 'money:元', value: q.yuan };
  let base = unit;
  let factor = 1;
  for (const [prefix, f] of UNIT_MULTIPLIERS) {
    if (base.startsWith(prefix) && base.length > prefix.length) {
      base = base.slice(prefix.length);
      factor = f;
      break;
    }
  }
  if (DURATION_UNITS.has(base) || base === '') return null;
  const value = q.value === null ? null : q.value * factor;
  if (WEIGHTS[base] !== undefined) return { family: 'weight:kg', value: value === null ? null : value * WEIGHTS[base]! };
  if (base.endsWith('元')) return { family: `money:${base}`, value: value };
  return { family: `count:${base.replace(/^个(?=.)/, '')}`, value };
}

const ANNUAL = /^(?:今年|年内|全年|年底|年末|本年|当年|明年)/;

function scopeOf(claim: Claim, docYear: number | null): TargetSide['scope'] {
  const d = claim.deadline;
  if (/十[四五六]五|到20\d\d年|20\d\d年前/.test(claim.text) && !(d && ANNUAL.test(d.raw))) return 'multi-year';
  if (d) {
    if (ANNUAL.test(d.raw)) return 'annual';
    const end = d.interval ? Number(d.interval.end.slice(0, 4)) : null;
    if (end !== null && docYear !== null) return end > docYear ? 'multi-year' : 'annual';
  }
  return 'unspecified';
}

/** The indicator of a figure: its clause up to the figure, time, scope and linking words removed. */
export function indicatorBefore(text: string, at: number): string {
  let start = at;
  // back to the clause start, or to the figure before (赤字规模5.66万亿元、比上年增加1.6万亿元)
  while (start > 0 && !BOUNDARY.test(text[start - 1]!) && !/[0-9%]/.test(text[start - 1]!) && at - start < 24) start--;
  let s = text.slice(start, at).replace(/\s+/g, '');
  if (start > 0 && /[0-9%]/.test(text[start - 1]!)) {
    // after a figure: what follows its unit and a 、/和/及 (30元和5元: nothing of its own)
    const cut = Math.max(s.lastIndexOf('、'), s.lastIndexOf('和'), s.lastIndexOf('及'));
    s = cut >= 0 ? s.slice(cut + 1) : s.replace(/^[万亿千百元人个%斤吨亩所家项户名次套座公里米]+/, '');
  }
  s = s.replace(LEADING, '').replace(TRAILING, '');
  s = s.replace(SCOPE_WORDS, '').replace(/分别|再/g, '');
  return s.length > 14 ? s.slice(-14) : s;
}

interface Target extends TargetSide {
  key: string;
  claimKey: string;
  deadlineEnd: string | null;
}

const CMP_SIGN: Readonly<Record<Comparator, string>> = { eq: '', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈' };

function describe(q: Quantity): string {
  const value = q.masked ? '?' : q.min !== undefined && q.max !== undefined ? `${q.min}-${q.max}` : String(q.value);
  return `${CMP_SIGN[q.comparator]}${value}${q.unit ?? ''}`;
}

/** The targets of a document: every figure of its commitments that measures something, once. */
export function targetsOf(doc: TigangDocument, folded: string): Target[] {
  const docYear = doc.metadata.date ? Number(doc.metadata.date.slice(0, 4)) : null;
  const out: Target[] = [];
  const seen = new Set<string>();
  for (const claim of doc.commitments) {
    let previous = '';
    for (const q of claim.quantities) {
      const fam = unitFamily(q);
      if (!fam) continue;
      let indicator = indicatorBefore(folded, q.position.start.offset);
      // 降低13.5%、18%: the second figure shares the first's indicator
      if (indicator.length < 2) indicator = previous;
      if (indicator.length < 2 && claim.object) indicator = `${claim.object}${claim.action ?? ''}`;
      if (indicator.length < 2) continue;
      previous = indicator;
      const key = buildKey(indicator).text;
      const scope = scopeOf(claim, docYear);
      const dedupe = `${key}|${fam.family}|${fam.value}|${q.comparator}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      out.push({
        claimId: claim.id,
        text: claim.text,
        indicator,
        unitFamily: fam.family,
        raw: q.raw,
        value: fam.value,
        comparator: q.comparator,
        scope,
        deadline: claim.deadline?.raw ?? null,
        quantities: claim.quantities.map(describe),
        position: q.position,
        key,
        claimKey: buildKey(claim.text).text,
        deadlineEnd: claim.deadline?.interval?.end ?? null,
      });
    }
  }
  return out;
}

function indicatorScore(a: string, b: string): number {
  if (a === b) return 1;
  if (!shareChar(a, b)) return 0;
  const d = dice(a, b);
  // 城镇新增就业 against 新增就业: one holds the other
  if (a.length >= 3 && b.length >= 3 && (a.includes(b) || b.includes(a))) return Math.max(d, 0.8);
  return d;
}

/** Quick test before the bigram Dice: two indicators with no character in common score 0. */
function shareChar(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i]!)) return true;
  return false;
}

const close = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

/** Every change that applies to a pair, the main one first. */
export function classify(a: Target, b: Target, scaleRatio: number): TargetChange[] {
  const changes: TargetChange[] = [];
  if (a.value !== null && b.value !== null && !close(a.value, b.value)) {
    const hi = Math.max(Math.abs(a.value), Math.abs(b.value));
    const lo = Math.min(Math.abs(a.value), Math.abs(b.value));
    const relative = a.unitFamily === 'percent' || a.unitFamily === 'points';
    if (!relative && lo > 0 && hi / lo >= scaleRatio) changes.push('scaled');
    else changes.push(b.value > a.value ? 'raised' : 'lowered');
  }
  if (a.comparator !== b.comparator) changes.push('comparator');
  if (a.deadlineEnd !== b.deadlineEnd && a.deadlineEnd !== null && b.deadlineEnd !== null && a.scope !== 'annual') changes.push('deadline');
  if (!changes.length) changes.push(a.claimKey === b.claimKey ? 'same' : 'reworded');
  return changes;
}

const strip = (t: Target): TargetSide => {
  const { key: _k, claimKey: _c, deadlineEnd: _d, ...side } = t;
  return side;
};

export function compareCommitments(a: TigangDocument, foldedA: string, b: TigangDocument, foldedB: string, options: CommitmentOptions = {}): CommitmentComparison {
  const minScore = options.minIndicatorScore ?? 0.6;
  const scaleRatio = options.scaleRatio ?? 3;
  const ta = targetsOf(a, foldedA);
  const tb = targetsOf(b, foldedB);
  const BIG = 1e9;
  const sim: number[][] = ta.map((x) => tb.map((y) => {
    if (x.unitFamily !== y.unitFamily) return 0;
    if (x.scope !== y.scope && x.scope !== 'unspecified' && y.scope !== 'unspecified') return 0;
    return indicatorScore(x.key, y.key);
  }));
  const result: CommitmentComparison = { changed: [], same: [], added: [], dropped: [] };
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  if (ta.length && tb.length) {
    // cost: indicator first, then the same scope, then the same value (two 3%左右 targets pair by indicator)
    const cost = ta.map((x, i) => tb.map((y, j) => {
      const s = sim[i]![j]!;
      if (s < minScore) return BIG;
      return 1 - s + (x.scope === y.scope ? 0 : 0.05) + (x.value !== null && y.value !== null && close(x.value, y.value) ? 0 : 0.02);
    }));
    for (const [i, j] of munkres(cost)) {
      if (cost[i]![j]! >= BIG) continue;
      pairedA.add(i);
      pairedB.add(j);
      const x = ta[i]!;
      const y = tb[j]!;
      const changes = classify(x, y, scaleRatio);
      const pair: TargetPair = { topic: y.indicator, change: changes[0]!, changes, score: Math.round(sim[i]![j]! * 1000) / 1000, a: strip(x), b: strip(y) };
      (pair.change === 'same' ? result.same : result.changed).push(pair);
    }
  }
  result.dropped = ta.filter((_, i) => !pairedA.has(i)).map(strip);
  result.added = tb.filter((_, j) => !pairedB.has(j)).map(strip);
  const byA = (x: TargetPair, y: TargetPair): number => x.a.position.start.offset - y.a.position.start.offset;
  result.changed.sort(byA);
  result.same.sort(byA);
  return result;
}
