// The cleaner on real scraped pages rewritten in Traditional characters (OpenCC, as HK/Taiwan
// and converting sites publish them) and in full-width forms (some CMSs and PDF converters):
// the rules read the text folded for matching (zh/fold.ts), so each rewrite loses the same
// chrome as the Simplified original, at the same offsets and for the same reasons.
import { describe, expect, it } from 'vitest';
import { clean, cleanAndFold } from '../src/clean/index.js';
import { foldForMatching } from '../src/zh/fold.js';
import { copyright } from '../src/clean/rules/copyright.js';
import { pageMeta } from '../src/clean/rules/page-meta.js';
import { url } from '../src/clean/rules/url.js';
import { collectTexts, fullWidth, traditional } from './helpers/variants.mjs';

const texts: { name: string; text: string }[] = collectTexts([
  new URL('../fixtures/corpus/', import.meta.url).pathname,
  new URL('../fixtures/eval/', import.meta.url).pathname,
  new URL('../../shared/corpus/', import.meta.url).pathname,
]);

/** What `clean` removed, without the removed text itself (which is written in the variant's forms). */
const removals = (text: string) => clean(text).removed.map((r) => `${r.reason} ${r.start}-${r.end}`);
const cuts = (text: string) => clean(text).cuts;

describe('clean on Traditional and full-width rewrites of real pages', () => {
  it('has the scraped pages to compare (chrome of every word-based rule among them)', () => {
    const reasons = new Set(texts.flatMap(({ text }) => clean(text).removed.map((r) => r.reason)));
    const wordBased = ['copyright', 'page-meta', 'breadcrumb', 'page-chrome', 'related-links', 'share-notice', 'footer'];
    const digitsAndMarkup = ['paywall-cut', 'truncation-notice', 'page-number', 'page-chunk-number', 'escape-token', 'html-comment'];
    for (const reason of [...wordBased, ...digitsAndMarkup]) expect(reasons, reason).toContain(reason);
  });

  for (const [variant, rewrite] of [
    ['Traditional', traditional],
    ['full-width', fullWidth],
  ] as const) {
    it(`${variant}: every text loses the same spans for the same reasons, with the same cuts`, () => {
      const differing: string[] = [];
      for (const { name, text } of texts) {
        const rewritten = rewrite(text);
        expect(rewritten.length, name).toBe(text.length);
        if (JSON.stringify(removals(rewritten)) !== JSON.stringify(removals(text))) differing.push(`${name}: removals`);
        if (JSON.stringify(cuts(rewritten)) !== JSON.stringify(cuts(text))) differing.push(`${name}: cuts`);
      }
      expect(differing).toEqual([]);
    });
  }

  it('Traditional: the Wikisource licence block of the CPC report goes, as in Simplified (no 1949年 read from it)', () => {
    const { text } = texts.find((t) => t.name === 'cpc-20th-congress-report')!;
    const rewritten = traditional(text);
    expect(rewritten).toContain('本作品來自');
    const licence = clean(rewritten).removed.find((r) => r.reason === 'copyright' && r.text.startsWith('本作品'));
    expect(licence).toBeDefined();
    expect(licence!.end).toBe(rewritten.length);
    expect(copyright.find(rewritten).length).toBe(copyright.find(text).length);
  });
});

describe('cleanAndFold', () => {
  it("hands over the cleaned text's fold (derived from the rules' folds by the same deletions) and clean's result", () => {
    for (const { name, text } of texts) {
      for (const input of [text, traditional(text), fullWidth(text)]) {
        const { folded, ...result } = cleanAndFold(input);
        expect(folded === foldForMatching(result.text), name).toBe(true);
        expect(result).toEqual(clean(input));
      }
    }
  });
});

describe('word-based rules on folded text record what is written', () => {
  it('page-meta reads 來源/發佈時間 and full-width labels, and records label and value as written', () => {
    const line = '來源：甘肅日報　發佈時間：２０２６－０２－１０ ０９：４５\n正文';
    const [hit] = pageMeta.find(line);
    expect(hit).toMatchObject({ start: 0, end: line.indexOf('正文') });
    expect(hit!.fields).toEqual([
      { kind: 'source', label: '來源', value: '甘肅日報' },
      { kind: 'published', label: '發佈時間', value: '２０２６－０２－１０ ０９：４５' },
    ]);
  });

  it('url takes a full-width address, and an address ends where its width changes', () => {
    const full = '详见ｈｔｔｐｓ：／／ｗｗｗ．ｇｏｖ．ｃｎ／ａ．ｈｔｍ。';
    expect(url.find(full).map((h) => full.slice(h.start, h.end))).toEqual(['ｈｔｔｐｓ：／／ｗｗｗ．ｇｏｖ．ｃｎ／ａ．ｈｔｍ']);
    // the full-width ，２０２４ after an ASCII address folds to ASCII URL characters, but is not part of it
    const mixed = '见http://www.gov.cn，２０２４年';
    expect(url.find(mixed).map((h) => mixed.slice(h.start, h.end))).toEqual(['http://www.gov.cn']);
  });
});
