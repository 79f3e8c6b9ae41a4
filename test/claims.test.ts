import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAUSE_CUES } from '../src/extract/claim/cues.js';
import { parse } from '../src/parse.js';
import type { TigangDocument } from '../src/schema/document.js';
import type { Claim } from '../src/schema/extraction.js';

const SAMPLES = new URL('../fixtures/samples/', import.meta.url).pathname;
const sample = (prefix: string) => readdirSync(SAMPLES).find((f) => f.startsWith(prefix))!;
const docs = new Map<string, { doc: TigangDocument; original: string }>();
function load(prefix: string) {
  if (!docs.has(prefix)) {
    const path = SAMPLES + sample(prefix);
    const bytes = readFileSync(path);
    docs.set(prefix, { doc: parse(bytes, { path }), original: bytes.toString('utf8').replace(/^\uFEFF/, '') });
  }
  return docs.get(prefix)!;
}
const claimsOf = (doc: TigangDocument): Claim[] => [...doc.commitments, ...doc.achievements];
const holding = (doc: TigangDocument, fragment: string) => claimsOf(doc).filter((c) => c.text.includes(fragment));

describe('claims in 000 (a speech: a review, then tasks)', () => {
  const { doc } = load('000');

  it('年内完成20所乡镇初中、30所村小校舍改造 is one commitment with both quantities and the deadline 年内', () => {
    const [c, ...rest] = holding(doc, '年内完成20所乡镇初中');
    expect(rest).toEqual([]);
    expect(c!.kind).toBe('commitment');
    expect(c!.quantities.map((q) => [q.value, q.unit])).toEqual([[20, '所'], [30, '所']]);
    expect(c!.deadline?.raw).toBe('年内');
    expect(c!.action).toBe('完成');
    expect(c!.object).toBe('乡镇初中');
  });

  it('finds the responsible body: 市教育局要牵头编写… → 市教育局', () => {
    const [c] = holding(doc, '市教育局要牵头编写');
    expect(c!.actor).toBe('市教育局');
    expect(c!.recurrence?.raw).toBe('每学期');
    expect(c!.recurrence?.recurrence).toBe('semester');
  });

  it('gives the section path and id of a claim under (二) / 一是', () => {
    const [c] = holding(doc, '新建义务教育学校5所');
    expect(c!.sectionPath).toEqual(['二、聚焦关键、精准发力,推动教育高质量发展各项任务落地见效', '(二)聚焦“优质均衡”发展目标,打好资源配置组合拳', '一是优化学校布局']);
    expect(c!.sectionId).toBe('s2.2.1');
    expect(c!.id).toMatch(/^s2\.2\.1\/c\d+$/);
    expect(c!.action).toBe('新建');
    expect(c!.object).toBe('义务教育学校');
  });

  it('reads the review part as achievements and the tasks part as commitments', () => {
    const review = holding(doc, '实践教学基地28个')[0]!;
    expect(review.kind).toBe('achievement');
    expect(review.strength).toBeNull();
    expect(review.deadline).toBeNull();
    for (const c of doc.commitments) expect(c.sectionId?.startsWith('s2')).toBe(true);
  });

  it('tells binding from aspirational commitments', () => {
    expect(holding(doc, '比例不低于30%')[0]!.strength).toBe('binding');
    expect(holding(doc, '每所学校至少开辟1块种植园')[0]!.strength).toBe('binding');
    expect(holding(doc, '力争农村学校课堂教学效率提升20%以上')[0]!.strength).toBe('aspirational');
    expect(holding(doc, '选拔30名市级学科带头人')[0]!.strength).toBe('neutral');
  });

  it('leaves counts of the speech’s own parts out of claims (下面,我讲三点意见; 以下四方面工作)', () => {
    const others = doc.quantities.filter((q) => q.kind === 'other').map((q) => q.raw);
    expect(others).toEqual(expect.arrayContaining(['三点', '四方面']));
    expect(claimsOf(doc).some((c) => c.quantities.some((q) => q.raw === '三点' || q.raw === '四方面'))).toBe(false);
  });

  it('makes no claim from the table of contents', () => {
    const toc = doc.toc?.position;
    expect(toc).toBeDefined();
    for (const c of claimsOf(doc)) expect(c.position.start.offset >= toc!.end.offset || c.position.end.offset <= toc!.start.offset).toBe(true);
  });

  it('copies each claim’s kind and id onto the document’s quantities', () => {
    for (const c of claimsOf(doc)) {
      for (const q of c.quantities) {
        const dq = doc.quantities.find((x) => x.position.start.offset === q.position.start.offset)!;
        expect(dq.kind).toBe(c.kind);
        expect(dq.claimId).toBe(c.id);
      }
    }
  });
});

describe('claims in 004 (a report of results without headings)', () => {
  const { doc } = load('004');
  it('近三年,我市累计招聘高层次人才3人 is an achievement', () => {
    const [c] = holding(doc, '累计招聘高层次人才3人');
    expect(c!.kind).toBe('achievement');
    expect(c!.quantities[0]).toMatchObject({ value: 3, unit: '人', kind: 'achievement' });
    expect(c!.cues).toContain('近三年');
  });
  it('inherits the frame of the sentence: 备案制幼师516人 after 近三年, is an achievement too', () => {
    expect(holding(doc, '备案制幼师516人')[0]!.kind).toBe('achievement');
  });
  it('has no commitments', () => {
    expect(doc.commitments.filter((c) => c.quantities.length > 0)).toEqual([]);
  });
});

describe('claims in 003 (one long line with run-in headings)', () => {
  const { doc } = load('003');
  it('masked figures in the review are achievements, 每天…1小时 in the tasks a commitment', () => {
    expect(holding(doc, '累计投入资金**亿元')[0]!.kind).toBe('achievement');
    const c = holding(doc, '每天校内校外各1小时')[0]!;
    expect(c.kind).toBe('commitment');
    expect(c.recurrence?.raw).toBe('每天');
    expect(c.sectionPath[0]).toMatch(/^二、明确目标/);
  });
});

describe('every claim in every sample', () => {
  for (const f of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
    it(`${f}: position slices the original to the claim's text; ids are unique; quantities lie inside`, () => {
      const { doc, original } = load(f.slice(0, 3));
      const ids = new Set<string>();
      for (const c of claimsOf(doc)) {
        expect(original.slice(c.position.start.offset, c.position.end.offset)).toBe(c.text);
        expect(ids.has(c.id)).toBe(false);
        ids.add(c.id);
        expect(c.id.startsWith(`${c.sectionId ?? 's0'}/c`)).toBe(true);
        for (const q of c.quantities) {
          expect(q.position.start.offset).toBeGreaterThanOrEqual(c.position.start.offset);
          expect(q.position.end.offset).toBeLessThanOrEqual(c.position.end.offset);
          expect(q.claimId).toBe(c.id);
          expect(q.kind).toBe(c.kind);
        }
        if (c.kind === 'achievement') expect(c.strength).toBeNull();
        else expect(c.strength).not.toBeNull();
        expect(c.quantities.length > 0 || c.deadline !== null || c.recurrence !== null).toBe(true);
      }
    });
  }
});

describe('small texts', () => {
  it('a government work report: review achievements, task commitments, by the headings’ years', () => {
    const doc = parse('一、2024年工作回顾\n城镇新增就业1256万人。\n二、2025年政府工作任务\n城镇新增就业1200万人以上。');
    expect(doc.achievements.map((c) => c.quantities[0]?.value)).toEqual([12560000]);
    expect(doc.commitments.map((c) => c.quantities[0]?.value)).toEqual([12000000]);
  });
  it('the cues of a sentence’s lead clause carry into its list: 主要预期目标是：…；…', () => {
    const doc = parse('今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；固定资产投资增长4.5%左右；城镇调查失业率5.5%左右。');
    expect(doc.achievements).toEqual([]);
    expect(doc.commitments.flatMap((c) => c.quantities.map((q) => q.value))).toEqual([5.5, 4.5, 5.5]);
  });
  it('由…负责 names the actor', () => {
    const doc = parse('一、工作要求\n由市财政局负责安排专项资金500万元。');
    expect(doc.commitments[0]!.actor).toBe('市财政局');
  });
  it('an enumeration summed up by a count is not a quantity of a claim (北京、天津、上海、重庆4个直辖市)', () => {
    const doc = parse('要重点保证北京、天津、上海、重庆4个直辖市的需要，储备粮保持三个月销量。');
    const quantities = doc.commitments.flatMap((c) => c.quantities.map((q) => q.raw));
    expect(quantities).not.toContain('4个');
  });
  it('returns nothing for an empty text', () => {
    const doc = parse('');
    expect(doc.commitments).toEqual([]);
    expect(doc.achievements).toEqual([]);
  });
});

describe('clause cues', () => {
  // a clause is only searched for a cue when it holds one of the cue's trigger characters
  it('every cue match holds one of its trigger characters (real texts and random phrases)', () => {
    const dirs = ['../fixtures/samples/', '../fixtures/corpus/', '../fixtures/eval/'].map((d) => new URL(d, import.meta.url).pathname);
    const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(d + f, 'utf8')));
    const words = ['确保', '要', '将', '应', '了', '已', '截至', '从', '提升至', '达到', '居全国前列', '左右', '每所', '不低于', '努力', '完成了', '共有', '，', '学校', '3所'];
    texts.push(...fc.sample(fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((parts) => parts.join('')), 200));
    let matches = 0;
    for (const cue of CLAUSE_CUES) {
      for (const text of texts) {
        for (const m of text.matchAll(cue.pattern)) {
          matches++;
          expect([...m[0]].some((ch) => cue.triggers.includes(ch)), `${cue.pattern.source} matched ${m[0]}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });
});
