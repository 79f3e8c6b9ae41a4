import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import lexicon from '../src/zh/lexicon/claim-cues.json' with { type: 'json' };
import { CLAUSE_CUES, TARGET_LEAD } from '../src/extract/claim/cues.js';
import type { QuantityAt } from '../src/extract/claim/reading.js';
import { isRhetoric } from '../src/extract/claim/rhetoric.js';
import type { OffsetMap } from '../src/offset-map.js';
import { pipeline } from '../src/pipeline.js';
import { parse } from '../src/node.js';
import type { TigangDocument } from '../src/schema/document.js';
import type { Claim } from '../src/schema/extraction.js';

const SAMPLES = new URL('../fixtures/eval/', import.meta.url).pathname;
const sample = (prefix: string) => readdirSync(SAMPLES).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
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
  const dirs = ['../fixtures/corpus/', '../fixtures/eval/'].map((d) => new URL(d, import.meta.url).pathname);
  const realTexts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(d + f, 'utf8')));

  // a clause is only searched for a cue when it holds one of the cue's trigger characters
  it('every cue match holds one of its trigger characters (real texts and random phrases)', () => {
    const words = ['确保', '要', '将', '应', '了', '已', '截至', '从', '提升至', '达到', '居全国前列', '左右', '每所', '不低于', '努力', '完成了', '共有', '，', '学校', '3所', '主要目标是：', '预期目标为:'];
    const texts = [...realTexts, ...fc.sample(fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((parts) => parts.join('')), 200)];
    let matches = 0;
    const rules = [...CLAUSE_CUES, { pattern: new RegExp(TARGET_LEAD.pattern.source, 'g'), triggers: TARGET_LEAD.triggers }];
    for (const cue of rules) {
      for (const text of texts) {
        for (const m of text.matchAll(cue.pattern)) {
          matches++;
          expect([...m[0]].some((ch) => cue.triggers.includes(ch)), `${cue.pattern.source} matched ${m[0]}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });

  // a clause is only searched for a cue where one of the cue's leads (read from its pattern) starts
  it('every cue match starts with one of its leads, and only the rules that cannot say where they start go without (real texts and random phrases)', () => {
    expect(CLAUSE_CUES.filter((cue) => cue.leads === null).map((cue) => cue.rule)).toEqual(['perfective-le']);
    const words = ['确保', '要', '将', '应', '了', '已', '已经', '截至', '从', '提升至', '提高', '达到', '居全国前列', '年均', '年', '左右', '每所', '不低于', '努力', '完成了', '共有', '，', '学校', '3所'];
    const texts = [...realTexts, ...fc.sample(fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((parts) => parts.join('')), 200)];
    let matches = 0;
    for (const cue of CLAUSE_CUES) {
      if (cue.leads === null) continue;
      for (const text of texts) {
        for (const m of text.matchAll(cue.pattern)) {
          matches++;
          expect(cue.leads.some(({ first, second }) => first.includes(m[0][0]!) && (second === null || second.includes(m[0][1]!))), `${cue.pattern.source} matched ${m[0]}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });

  it('the lexicon file: one bit per cue rule (31 at most), named rules, no word listed twice', () => {
    expect(CLAUSE_CUES.length).toBeLessThanOrEqual(31);
    const names = lexicon.clauseCues.map((c) => c.rule);
    expect(new Set(names).size).toBe(names.length);
    const lists: string[][] = [lexicon.strength.binding, lexicon.strength.aspirational, lexicon.actor.suffixes, lexicon.actor.verbs, lexicon.action.verbs, lexicon.action.modalHead, lexicon.action.comparatorTail];
    for (const list of lists) expect(list.filter((w, i) => list.indexOf(w) !== i)).toEqual([]);
  });
});

describe('counts of the speech’s own parts (isRhetoric)', () => {
  // [clause, the quantity's raw text, whether it is rhetoric]
  const rows: [string, string, boolean][] = [
    ['下面，我讲三点意见', '三点', true],
    ['从五个方面推进', '五个', true],
    ['两个以上省、自治区出现疫情', '两个以上', true],
    ['要重点保证北京、天津、上海、重庆4个直辖市的需要', '4个', true],
    ['年内新建学校5所', '5所', false],
    ['建成示范园区10个', '10个', false],
    ['选拔30名市级学科带头人', '30名', false],
  ];
  for (const [clause, raw, expected] of rows) {
    it(`${clause}: ${raw} → ${expected}`, () => {
      const file = pipeline(clause, { until: 'quantities' });
      const q = file.quantities!.find((x) => x.raw === raw) as QuantityAt | undefined;
      expect(q, raw).toBeDefined();
      expect(isRhetoric(file.text, q!, { start: 0, end: file.text.length })).toBe(expected);
    });
  }
});

describe('removed line breaks (the pipeline file\'s joins)', () => {
  /** Every working offset mapped: where the original between two neighbours held a line break. */
  const byEveryOffset = (length: number, original: string, map: OffsetMap): number[] => {
    const out: number[] = [];
    if (length > 0 && /[\n\r]/.test(original.slice(0, map.toSource(0)))) out.push(0);
    for (let i = 1; i < length; i++) if (/[\n\r]/.test(original.slice(map.toSource(i - 1) + 1, map.toSource(i)))) out.push(i);
    return out;
  };
  // clauses ignore a break at or past the text's end, where joins may also record one
  const inside = (joins: readonly number[], length: number) => [...new Set(joins.filter((j) => j < length))].sort((a, b) => a - b);

  it('are the places that mapping every offset finds, on the corpus and the corpus hard-wrapped as from a PDF', () => {
    const wrap = (t: string) => t.split('\n').flatMap((l) => (l.length ? (l.match(/.{1,28}/gs) ?? []) : [''])).join('\n');
    let found = 0;
    for (const name of readdirSync('fixtures/corpus').filter((f) => f.endsWith('.txt'))) {
      const original = readFileSync(`fixtures/corpus/${name}`, 'utf8');
      for (const text of [original, wrap(original)]) {
        const file = pipeline(text, { until: 'clean' });
        const breaks = inside(file.joins, file.text.length);
        expect(breaks, name).toEqual(byEveryOffset(file.text.length, file.original, file.map));
        found += breaks.length;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('claims: issue 12 item 7', () => {
  const claims = (text: string, referenceDate: string | null = '2025-03-05') => claimsOf(parse(text, { referenceDate }));

  it('what the year is (今年是…开局之年) and an agenda lead (今年要重点做好以下工作) are not commitments', () => {
    const text = '二、2025年工作安排\n今年是“十五五”开局之年，也是全面深化改革的关键一年。\n2026年是中国共产党成立105周年，是“十五五”规划实施第一年。\n今年要重点做好以下工作。\n今年要重点做好八个方面工作。\n年内新建学校10所。';
    const found = claims(text).map((c) => c.text);
    expect(found).toEqual(['年内新建学校10所。']);
  });

  it('takes the actor from responsibility labels that close an item, each item its own', () => {
    const text = [
      '（一）加大稳岗支持。对不裁员的参保企业，返还其上年度失业保险费的50%。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）',
      '（二）鼓励创业。创业担保贷款最高额度提高到15万元。（财政部、人民银行负责）',
      '（三）推进见习。2019年组织100万青年参加见习。',
      '（四）建设园区。到2020年建成示范园区10个。（牵头单位：市发展改革委，配合单位：市财政局）',
      '（五）整治校舍。年内完成30所学校改造。',
      '责任单位：市教育局、市住房城乡建设局',
      '（六）推广地膜。到2020年，地膜回收率达到80%以上。（农业农村部、市场监管总局指导）',
    ].join('\n');
    const actorOf = (fragment: string) => claims(text).find((c) => c.text.includes(fragment))?.actor;
    expect(actorOf('返还其上年度')).toBe('人力资源社会保障部、财政部');
    expect(actorOf('最高额度')).toBe('财政部、人民银行');
    expect(actorOf('100万青年')).toBeNull(); // no label of its own: not the next item's
    expect(actorOf('示范园区')).toBe('市发展改革委');
    expect(actorOf('30所学校')).toBe('市教育局、市住房城乡建设局');
    expect(actorOf('地膜回收率')).toBe('农业农村部、市场监管总局');
  });

  it('takes the actor stated in the clause or in the lead of its sentence: 省教育厅会同…, 各地要…；…', () => {
    const actorOf = (text: string) => claims(text)[0]?.actor;
    expect(actorOf('三、主要任务\n省教育厅会同省财政厅年内完成100所学校改造。')).toBe('省教育厅');
    expect(actorOf('三、主要任务\n各地要加大投入，年内新建幼儿园20所。')).toBe('各地');
    expect(claims('三、主要任务\n各试点城市要制定方案；到2020年建成示范项目10个。').map((c) => c.actor)).toEqual(['各试点城市']);
  });

  it('raw (text) is the original at its position with the removed spans deleted', () => {
    for (const name of readdirSync('fixtures/corpus').filter((f) => f.endsWith('.txt'))) {
      const original = readFileSync(`fixtures/corpus/${name}`, 'utf8');
      for (const [input, format] of [[original, 'text'], [original.replace(/^([一二三四五六七八九十]+、)/gm, '## $1'), 'markdown']] as const) {
        const doc = parse(input, { format });
        const removed = doc.removed.map((r) => [r.position.start.offset, r.position.end.offset] as const);
        const rawAt = (s: number, e: number) => {
          let out = '';
          let i = s;
          for (const [a, b] of removed) {
            if (b <= i || a >= e) continue;
            out += input.slice(i, Math.max(i, a));
            i = Math.max(i, b);
          }
          return out + input.slice(i, Math.max(i, e));
        };
        for (const c of claimsOf(doc)) expect(c.text, name).toBe(rawAt(c.position.start.offset, c.position.end.offset));
        for (const t of doc.deadlines) expect(t.raw, name).toBe(rawAt(t.position.start.offset, t.position.end.offset));
        for (const q of doc.quantities) expect(q.raw, name).toBe(rawAt(q.position.start.offset, q.position.end.offset));
      }
    }
  });
});
