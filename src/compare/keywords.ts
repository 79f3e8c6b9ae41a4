// Keywords from character n-grams and policy phrases, without a word segmenter: a term is a
// repeated run of 2–8 Han characters that does not begin or end with a function word and is
// not just part of a longer repeated run (学立德树人 → 立德树人 when both occur as often).
// Policy phrases (src/zh/policy-terms.ts) count from their first occurrence.
import { POLICY_PHRASES, TERM_EDGE_STOP, THEMES } from '../zh/policy-terms.js';
import { FORMULAIC_PHRASES } from '../zh/slogans.js';
import type { Keyword, ThemeScore } from '../schema/compare.js';
import type { Segmenter } from '../segment/types.js';

const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Runs of Han characters (the units n-grams are taken from: no n-gram spans punctuation). */
export function hanRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text.charCodeAt(i));
    if (han && start < 0) start = i;
    else if (!han && start >= 0) {
      if (i - start >= 2) runs.push(text.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

const MIN_N = 2;
const MAX_N = 8;

/** Counts of the n-grams (2..8 Han characters) of a text. */
export function nGramCounts(text: string, maxN = MAX_N): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of hanRuns(text)) {
    for (let i = 0; i < run.length; i++) {
      for (let n = MIN_N; n <= maxN && i + n <= run.length; n++) {
        const g = run.slice(i, i + n);
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Number of non-overlapping occurrences of `term` in `text`. */
export function occurrences(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

const FORMULAIC_SET = new Set(FORMULAIC_PHRASES);

/**
 * Keywords of a (folded) text: repeated n-grams, substring-suppressed, plus the policy phrases
 * found. Score: count × length weight, phrases boosted; formulaic phrases are left out.
 */
export function extractKeywords(text: string, limit = 20, minCount = 2): Keyword[] {
  const counts = nGramCounts(text);
  const candidates: { term: string; count: number }[] = [];
  for (const [term, count] of counts) {
    if (count < minCount || term.length < 2) continue;
    if (TERM_EDGE_STOP.has(term[0]!) || TERM_EDGE_STOP.has(term[term.length - 1]!)) continue;
    candidates.push({ term, count });
  }
  // substring suppression: drop a term when a longer candidate holding it occurs nearly as often
  candidates.sort((x, y) => y.term.length - x.term.length);
  const kept: { term: string; count: number }[] = [];
  for (const c of candidates) {
    if (kept.some((k) => k.term.includes(c.term) && k.count >= c.count * 0.8)) continue;
    kept.push(c);
  }
  // a longer term is dropped again when it is only a shorter kept term plus a fragment: keep maximal, repeated ones
  const out: Keyword[] = [];
  const seen = new Set<string>();
  for (const phrase of POLICY_PHRASES) {
    const count = occurrences(text, phrase);
    if (count === 0) continue;
    seen.add(phrase);
    out.push({ term: phrase, count, score: count * Math.log2(1 + phrase.length) * 1.5, phrase: true });
  }
  for (const k of kept) {
    if (seen.has(k.term) || FORMULAIC_SET.has(k.term)) continue;
    if (k.term.length > 6 && k.count < 3) continue; // long one-off repeats are sentences, not terms
    out.push({ term: k.term, count: k.count, score: k.count * Math.log2(1 + Math.min(k.term.length, 6)), phrase: false });
  }
  out.sort((x, y) => y.score - x.score || y.term.length - x.term.length);
  // drop a term contained in a better-scored kept term
  const result: Keyword[] = [];
  for (const k of out) {
    if (result.some((r) => r.term.includes(k.term) && r.count >= k.count)) continue;
    result.push({ ...k, score: Math.round(k.score * 100) / 100 });
    if (result.length >= limit) break;
  }
  return result;
}

/** Theme scores of a (folded) text: occurrences of each theme's phrases per 10,000 characters. */
export function themeScores(text: string): ThemeScore[] {
  const length = Math.max(1, text.length);
  const out: ThemeScore[] = [];
  for (const [theme, phrases] of Object.entries(THEMES)) {
    let n = 0;
    const terms: string[] = [];
    for (const p of phrases) {
      const c = occurrences(text, p);
      if (c > 0) {
        n += c;
        terms.push(p);
      }
    }
    if (n > 0) out.push({ theme, score: Math.round((n * 10000 * 100) / length) / 100, terms });
  }
  return out.sort((x, y) => y.score - x.score);
}

/** Theme names in a fixed order (the theme × document matrix's columns). */
export const THEME_NAMES: readonly string[] = Object.keys(THEMES);

/**
 * Terms two section bodies share: the longest common Han n-grams (4..8 characters, then
 * policy phrases), most specific first, without one inside another.
 */
export function sharedTerms(a: string, b: string, limit = 8): string[] {
  const inB = nGramCounts(b, 8);
  const found: string[] = [];
  for (const phrase of POLICY_PHRASES) if (a.includes(phrase) && b.includes(phrase)) found.push(phrase);
  const common: string[] = [];
  for (const [g] of nGramCounts(a, 8)) {
    if (g.length < 4 || !inB.has(g)) continue;
    if (TERM_EDGE_STOP.has(g[0]!) || TERM_EDGE_STOP.has(g[g.length - 1]!)) continue;
    common.push(g);
  }
  common.sort((x, y) => y.length - x.length);
  const out: string[] = [];
  for (const t of [...common, ...found]) {
    if (out.some((o) => o.includes(t))) continue;
    out.push(t);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Keeps the keywords that are whole words where they first occur (a segmenter is used only
 * here, where words are shown to people): 育人体 is cut, 育人体系 kept. Policy phrases stay.
 * The segmenter sees only the sentence around each first occurrence.
 */
export function snapToWords(keywords: readonly Keyword[], text: string, segmenter: Segmenter): Keyword[] {
  return keywords.filter((k) => {
    if (k.phrase) return true;
    const at = text.indexOf(k.term);
    if (at < 0) return false;
    let s = at;
    while (s > 0 && at - s < 200 && !/[。！？；\n]/.test(text[s - 1]!)) s--;
    let e = at + k.term.length;
    while (e < text.length && e - at < 200 && !/[。！？；\n]/.test(text[e]!)) e++;
    const bounds = new Set<number>([s]);
    let o = s;
    for (const w of segmenter.cut(text.slice(s, e))) bounds.add((o += w.length));
    return bounds.has(at) && bounds.has(at + k.term.length);
  });
}
