import { describe, expect, it } from 'vitest';
import { sentenceAround, splitClauses, splitSentences } from '../src/zh/split.js';
import { charCodeTable } from '../src/zh/chars.js';
import { splitClauses as claimSplitClauses } from '../src/extract/claim/clauses.js';
import { splitSentences as segmentSplitSentences } from '../src/segment/sentences.js';

const TEXT = '一、总体要求\n坚持稳中求进，推动高质量发展。到2025年，城镇新增就业1100万人以上；居民收入增长和经济增长同步！\n“十四五”规划顺利实施。”';

describe('zh/split: the one sentence/clause splitter', () => {
  it('the stages import the same functions', () => {
    expect(claimSplitClauses).toBe(splitClauses);
    expect(segmentSplitSentences).toBe(splitSentences);
  });

  it('splitSentences cuts after 。！？；!?; and line breaks; the pieces give the text back', () => {
    const pieces = splitSentences(TEXT);
    expect(pieces.join('')).toBe(TEXT);
    expect(pieces).toEqual([
      '一、总体要求\n',
      '坚持稳中求进，推动高质量发展。',
      '到2025年，城镇新增就业1100万人以上；',
      '居民收入增长和经济增长同步！',
      '\n',
      '“十四五”规划顺利实施。',
      '”',
    ]);
  });

  it('splitSentences never cuts a long sentence inside a number', () => {
    const long = '增长'.repeat(9) + '12345.678' + '增长'.repeat(9);
    const pieces = splitSentences(long, 20);
    expect(pieces.join('')).toBe(long);
    let at = 0;
    for (const p of pieces.slice(0, -1)) {
      at += p.length;
      expect(/[\d.]{2}/.test(long.slice(at - 1, at + 1))).toBe(false);
    }
    expect(pieces.length).toBeGreaterThan(1);
  });

  it('splitClauses: sentences at 。！？, clauses at ；, closing quotes kept, headings break', () => {
    const clauses = splitClauses(TEXT, [TEXT.indexOf('\n')]);
    const texts = clauses.map((c) => TEXT.slice(c.start, c.end));
    expect(texts).toEqual([
      '一、总体要求',
      '坚持稳中求进，推动高质量发展。',
      '到2025年，城镇新增就业1100万人以上；',
      '居民收入增长和经济增长同步！',
      '“十四五”规划顺利实施。”',
    ]);
    // the clause after ； is in the same sentence as the one before it
    expect(clauses[3]!.sentence).toBe(clauses[2]!.sentence);
    expect(clauses[3]!.sentenceStart).toBe(clauses[2]!.start);
    expect(clauses[4]!.paragraph).toBeGreaterThan(clauses[3]!.paragraph);
  });

  it('splitClauses joins a hard-wrapped line (after a comma) to the next', () => {
    const text = '加快建设现代化产业体系，\n推动制造业高端化。';
    expect(splitClauses(text).map((c) => text.slice(c.start, c.end))).toEqual(['加快建设现代化产业体系，\n推动制造业高端化。']);
  });

  it('sentenceAround walks out to the nearest boundary, within a reach', () => {
    const at = TEXT.indexOf('1100');
    const [s, e] = sentenceAround(TEXT, at);
    expect(TEXT.slice(s, e)).toBe('到2025年，城镇新增就业1100万人以上');
    const onlyFullStop = { breaks: charCodeTable('。'), reach: 5 };
    const [s2, e2] = sentenceAround(TEXT, at, at + 4, onlyFullStop);
    expect([at - s2, e2 - at]).toEqual([5, 5]);
  });
});
