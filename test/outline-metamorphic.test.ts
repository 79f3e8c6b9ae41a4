// Metamorphic outline tests (issue 12, "How to make it hold beyond the files you have"): every real
// text we have (fixtures/eval, fixtures/corpus, the one-line fixtures) is rewritten in ways that
// must not change its outline, and the outline of each rewriting is compared with the original's:
// body headings in reading order as `depth|marker|first 8 title characters` (half-width, without
// spaces and quotes), which is what the hidden-set scorer compares.
//
// A variant PASSES on a text when the keys are identical. The suite reports, per variant, how many
// texts pass and asserts that the count does not fall below what the rules reach today; the texts
// that still fail are listed below with the reason, so a regression or a fix shows in the diff.
//
// Set OUTLINE_METAMORPHIC_REPORT=1 to print each failure's first differences.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/node.js';
import type { Section } from '../src/schema/outline.js';
import type { TigangDocument } from '../src/schema/document.js';
import * as V from './helpers/variants.mjs';

const ROOT = new URL('../fixtures/', import.meta.url).pathname;
const DIRS = ['eval', 'corpus'].map((d) => join(ROOT, d));

// The rewritings (b)–(e) and the outline keys are the ones of the whole metamorphic suite
// (test/helpers/variants.mjs); the key of a heading is `depth|marker|first 8 title characters`.
const { fullWidth, oneLine, hardWrapped, flatMarkdown, outlineKeys } = V;

/** Offsets of the lines where a body heading starts (for the Markdown variant). */
function headingLineStarts(text: string, doc: TigangDocument): Set<number> {
  const starts = new Set<number>();
  const walk = (nodes: readonly Section[]) => {
    for (const n of nodes) {
      const at = n.heading?.position.start.offset;
      if (at !== undefined && n.layout === 'line') starts.add(text.lastIndexOf('\n', at - 1) + 1);
      walk(n.children);
    }
  };
  walk(doc.outline.children);
  return starts;
}

/** Same keys in the same order; else the first differences (for the report). */
function difference(expected: readonly string[], found: readonly string[]): string | null {
  if (expected.length === found.length && expected.every((k, i) => k === found[i])) return null;
  const setF = new Set(found);
  const setE = new Set(expected);
  const missing = expected.filter((k) => !setF.has(k)).slice(0, 4);
  const extra = found.filter((k) => !setE.has(k)).slice(0, 4);
  return `${expected.length} → ${found.length} headings; missing ${JSON.stringify(missing)}; extra ${JSON.stringify(extra)}`;
}

// ---- the suite --------------------------------------------------------------------------------

const VARIANTS = ['full-width', 'one-line', 'one-line-full-width', 'hard-wrapped', 'flat-markdown'] as const;
type Variant = (typeof VARIANTS)[number];

/**
 * How many texts pass each variant today (out of the texts with at least one heading), and the
 * known failures with their reason. Raise the counts when a fix lands; never lower them silently.
 */
// (25 distinct texts with headings; until fixtures/eval stopped holding copies of four corpus
// texts, those four were counted twice and every count was 4 higher)
const REACHED: Record<Variant, number> = {
  'full-width': 24,
  'one-line': 19,
  'one-line-full-width': 19,
  'hard-wrapped': 24,
  'flat-markdown': 25,
};
const SCRAPE_TOKENS =
  'the page holds the no-break spaces as literal "<U+00A0>" tokens (an R escape); rewritten, they are no longer read as spaces, so the cleaner keeps the repeated page blocks and the outline follows the first copy';
const KNOWN_FAILURES: Partial<Record<Variant, Record<string, string>>> = {
  'full-width': { 'corpus/gwr-2006-national-scraped': `${SCRAPE_TOKENS} (written ＜Ｕ＋００Ａ０＞)` },
  'hard-wrapped': { 'corpus/gwr-2006-national-scraped': `${SCRAPE_TOKENS} (split by the wrap)` },
  'one-line': {
    'corpus/gwr-1955-first-five-year-plan-report':
      'a list restarting at 一、 inside （一） is nested only when it stands on its own lines; joined, it is read as a new top-level run (depth 1 instead of 4)',
    'corpus/gwr-2009-national-wikisource':
      'a 一要 list on its own lines goes beside the 一是 run before it; joined (run-in), it goes under the last 一是 (depth 4 instead of 3)',
    'corpus/gwr-2006-national-scraped':
      'the scraped page holds page 1 six times between "<U+00A0>" tokens; the cleaner drops the repeated lines, but joined there are no lines to compare',
    'corpus/gwr-2014-national-scraped':
      'the scraped page holds the report twice; the cleaner drops the repeated lines, but joined there are no lines to compare, so every heading appears twice',
    'corpus/gwr-2026-guangdong':
      'the 名词解释 glossary after the report is an appendix only when 名词解释 stands on its own line; joined, its items 1. 2. … nest under the last heading',
    'corpus/gwr-2026-sichuan': 'same as corpus/gwr-2026-guangdong (名词解释 glossary)',
  },
};
// one line and full width together fail where one line alone does
KNOWN_FAILURES['one-line-full-width'] = KNOWN_FAILURES['one-line'];

function rewrite(variant: Variant, text: string, doc: TigangDocument): { text: string; markdown: boolean } {
  switch (variant) {
    case 'full-width':
      return { text: fullWidth(text), markdown: false };
    case 'one-line':
      return { text: oneLine(text), markdown: false };
    case 'one-line-full-width':
      return { text: fullWidth(oneLine(text)), markdown: false };
    case 'hard-wrapped':
      return { text: hardWrapped(text), markdown: false };
    case 'flat-markdown':
      return { text: flatMarkdown(text, headingLineStarts(text, doc)), markdown: true };
  }
}

const texts = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `${dir.split('/').pop()}/${f.slice(0, -4)}`, text: readFileSync(join(dir, f), 'utf8') })),
);

describe('outline metamorphic variants (b) (c) (b+c) (d) (e)', () => {
  const originals = texts.map((t) => {
    const doc = parse(t.text);
    return { ...t, doc, keys: outlineKeys(doc) };
  });
  const withHeadings = originals.filter((o) => o.keys.length > 0);

  for (const variant of VARIANTS) {
    it(`${variant}: the outline stays the same`, () => {
      const failures: Record<string, string> = {};
      for (const o of withHeadings) {
        const v = rewrite(variant, o.text, o.doc);
        const doc = parse(v.text, v.markdown ? { format: 'markdown' } : {});
        const diff = difference(o.keys, outlineKeys(doc));
        if (diff) failures[o.name] = diff;
      }
      const passed = withHeadings.length - Object.keys(failures).length;
      console.log(`${variant}: ${passed}/${withHeadings.length} texts keep their outline`);
      if (process.env.OUTLINE_METAMORPHIC_REPORT) for (const [name, why] of Object.entries(failures)) console.log(`  ${name}: ${why}`);
      expect(passed).toBeGreaterThanOrEqual(REACHED[variant]);
      // every failure left is a known one (a new failure shows here even when another text got fixed)
      const known = KNOWN_FAILURES[variant] ?? {};
      expect(Object.keys(failures).filter((n) => !(n in known))).toEqual([]);
    });
  }
});
