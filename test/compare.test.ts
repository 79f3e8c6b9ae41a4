// compare(a, b) on real pairs: the sample speeches (a city's and a district's education
// speeches), two years of national government work reports, a city notice and a district's
// implementation of it (fixtures/compare/SOURCES.md), and controls.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { compare, foldForCompare, isTigangError, parse, type CompareInput } from '../src/index.js';
import { CompareResult } from '../src/schema-entry.js';

const root = join(import.meta.dirname, '..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');
const input = (p: string): CompareInput => ({ text: read(p), path: p });

const CITY_SPEECH = 'fixtures/eval/000_1ead45d65ebf2d6b.txt';
const DISTRICT_SPEECH = 'fixtures/eval/003_64c166b66d0399c9.txt';
const COUNTY_RECORD = 'fixtures/eval/004_32842fa02733a23c.txt';
const GWR_2021 = 'fixtures/corpus/gwr-2021-national-wikisource.txt';
const GWR_2025 = 'fixtures/corpus/gwr-2025-national-wikisource.txt';
const GANSU = 'fixtures/corpus/gwr-2026-gansu.txt';
const NINGXIA = 'fixtures/corpus/gwr-2026-ningxia.txt';
const KM_CITY = 'fixtures/compare/kunming-city-2016-wenzengzhang.txt';
const KM_DISTRICT = 'fixtures/compare/kunming-guandu-2016-wenzengzhang.txt';

const cache = new Map<string, CompareResult>();
function cmp(a: string, b: string): CompareResult {
  const k = `${a}|${b}`;
  if (!cache.has(k)) cache.set(k, compare(input(a), input(b)));
  return cache.get(k)!;
}

/** Every reuse passage's positions slice both ORIGINAL texts to exactly its two texts. */
function expectPositionsSliceOriginals(r: CompareResult, a: string, b: string): void {
  const ta = read(a);
  const tb = read(b);
  expect(r.reuse.length).toBeGreaterThan(0);
  for (const p of r.reuse) {
    expect(ta.slice(p.a.position.start.offset, p.a.position.end.offset)).toBe(p.a.text);
    expect(tb.slice(p.b.position.start.offset, p.b.position.end.offset)).toBe(p.b.text);
    expect(p.text).toBe(p.a.text);
    expect(p.length).toBeGreaterThanOrEqual(12);
  }
}

const pairOf = (r: CompareResult, titleA: RegExp) => r.sections.find((p) => titleA.test(p.a.title));

describe('compare: sample speeches (city and district education work conferences)', () => {
  const r = () => cmp(CITY_SPEECH, DISTRICT_SPEECH);

  it('aligns (一)锚定“立德树人”根本任务 with (一)落实立德树人根本任务, under aligned parents', () => {
    const p = pairOf(r(), /^锚定“立德树人”根本任务/);
    expect(p).toBeDefined();
    expect(p!.b.title).toMatch(/^落实立德树人根本任务/);
    expect(p!.relation).toBe('match');
    expect(p!.sharedTerms).toContain('立德树人');
    expect(p!.a.path[0]).toMatch(/^二、/);
    expect(p!.b.path[0]).toMatch(/^二、/);
    const top = pairOf(r(), /^肯定成绩、直面问题/);
    expect(top?.b.title).toMatch(/^肯定成绩,正视问题/);
  });

  it('the result is valid against its zod schema', () => {
    expect(CompareResult.safeParse(r()).success).toBe(true);
  });

  it('reuse positions slice both originals', () => {
    expectPositionsSliceOriginals(r(), CITY_SPEECH, DISTRICT_SPEECH);
  });

  it('the district speech and the county record share 教育是国之大计、党之大计, labelled formulaic', () => {
    const s = cmp(DISTRICT_SPEECH, COUNTY_RECORD);
    const slogan = s.reuse.find((p) => p.text.includes('教育是国之大计、党之大计'));
    expect(slogan).toBeDefined();
    expect(slogan!.formulaic).toBe(true);
    expectPositionsSliceOriginals(s, DISTRICT_SPEECH, COUNTY_RECORD);
  });
});

describe('compare: national government work reports 2021 → 2025', () => {
  const r = () => cmp(GWR_2021, GWR_2025);
  const change = (topic: RegExp) => r().commitments.changed.find((c) => topic.test(c.a.indicator) && topic.test(c.b.indicator));

  it('employment target raised: 1100万人以上 → 1200万人以上', () => {
    const c = change(/城镇新增就业/);
    expect(c?.change).toBe('raised');
    expect(c?.a.raw).toBe('1100万人以上');
    expect(c?.b.raw).toBe('1200万人以上');
    expect(c?.a.value).toBe(11_000_000);
    expect(c?.b.value).toBe(12_000_000);
  });

  it('price target lowered: 3%左右 → 2%左右; GDP 6%以上 → 5%左右 lowered and comparator', () => {
    const cpi = change(/居民消费价格涨幅/);
    expect(cpi?.change).toBe('lowered');
    expect([cpi?.a.raw, cpi?.b.raw]).toEqual(['3%左右', '2%左右']);
    const gdp = r().commitments.changed.find((c) => c.a.raw === '6%以上' && /国内生产总值增长/.test(c.b.indicator));
    expect(gdp?.b.raw).toBe('5%左右');
    expect(gdp?.changes).toEqual(['lowered', 'comparator']);
  });

  it('aligns the two reports’ review chapters and finds reuse that slices both originals', () => {
    expect(r().sections.find((p) => p.a.title === '2020年工作回顾')?.b.title).toBe('2024年工作回顾');
    expectPositionsSliceOriginals(r(), GWR_2021, GWR_2025);
  });

  it('scores clearly higher than two provinces’ reports of one year, whose shared slogans are formulaic', () => {
    const control = cmp(GANSU, NINGXIA);
    expect(control.similarity).toBeLessThan(r().similarity * 0.6);
    const slogans = control.reuse.filter((p) => /习近平新时代中国特色社会主义思想|以习近平同志为核心的党中央/.test(p.text));
    expect(slogans.length).toBeGreaterThan(0);
    for (const p of slogans) if (p.length < 30) expect(p.formulaic).toBe(true);
    // substantive reuse is what counts: formulaic passages are labelled, not counted in similarity
    expect(control.scores.reuseNonFormulaic).toBeLessThan(control.scores.reuse);
  });
});

describe('compare: a city notice and a district’s implementation (昆政发〔2016〕13号 → 官渡区)', () => {
  const r = () => cmp(KM_CITY, KM_DISTRICT);

  it('aligns the reworded and renumbered items', () => {
    expect(pairOf(r(), /^简化项目审批手续/)?.b.title).toBe('精简项目审批手续');
    const land = pairOf(r(), /^提高土地审批效率/);
    expect(land?.b.title).toBe('提高土地审批效率');
    expect(land?.a.marker).toMatch(/^3/);
    expect(land?.b.marker).toMatch(/^2/);
    // the city's 2. 提高规划审批效率 has no counterpart; the district adds 3. 提高环评审批效率
    expect(r().onlyInB.map((s) => s.title)).toContain('提高环评审批效率');
    expect(r().sections.some((p) => /规划审批/.test(p.a.title) && p.relation !== 'merged')).toBe(false);
  });

  it('finds the copied passage with its edit (市及县(市)区 → 我区) as a character diff', () => {
    const p = r().reuse.find((x) => x.text.includes('完善行政审批网上服务大厅功能'));
    expect(p).toBeDefined();
    expect(p!.identity).toBeLessThan(1);
    expect(p!.identity).toBeGreaterThan(0.85);
    expect(p!.diff.some(([op, t]) => op === -1 && t.includes('市及县'))).toBe(true);
    expect(p!.diff.some(([op, t]) => op === 1 && t.includes('我'))).toBe(true);
    // passages are cut where a section begins: the copied item lies in 1. on both sides
    const item = pairOf(r(), /^简化项目审批手续/)!;
    expect([p!.a.sectionId, p!.b.sectionId]).toEqual([item.a.id, item.b.id]);
    // a passage names the sections it starts in: the land item is 3. in the city text, 一、2. in the district's
    const land = r().reuse.find((x) => x.text.includes('6亩以下'));
    const landA = pairOf(r(), /^提高土地审批效率/)!;
    expect([land?.a.sectionId, land?.b.sectionId]).toEqual([landA.a.id, landA.b.id]);
    expectPositionsSliceOriginals(r(), KM_CITY, KM_DISTRICT);
  });

  it('containment both ways is partial and the district’s own measures are not in the city text', () => {
    expect(r().containment.aInB).toBeGreaterThan(0.2);
    expect(r().containment.bInA).toBeGreaterThan(0.2);
    expect(r().containment.bInA).toBeLessThan(0.6);
    expect(r().commitments.added.some((t) => t.raw.includes('4000万元'))).toBe(true);
  });
});

describe('compare: a text against itself and against rewritten versions of itself', () => {
  it('similarity 1 and every section aligned to itself', () => {
    for (const f of [GWR_2025, DISTRICT_SPEECH, KM_DISTRICT]) {
      const r = compare(input(f), input(f));
      expect(r.similarity).toBe(1);
      expect(r.containment).toEqual({ aInB: 1, bInA: 1 });
      const doc = parse(read(f));
      const ids: string[] = [];
      const walk = (ss: typeof doc.outline.children): void => ss.forEach((s) => (s.origin === 'body' && ids.push(s.id), walk(s.children)));
      walk(doc.outline.children);
      expect(r.sections.map((p) => [p.a.id, p.b.id, p.relation])).toEqual(ids.map((id) => [id, id, 'match']));
      expect(r.onlyInA).toEqual([]);
      expect(r.commitments.changed).toEqual([]);
      expect(r.commitments.added).toEqual([]);
    }
  });

  it('Traditional characters, full-width forms and one line: still nearly all contained', () => {
    const text = read(KM_DISTRICT);
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const rewritten = fullWidth(toTraditional(text)).replace(/\n/g, '');
    expect(foldForCompare(rewritten).length).toBe(rewritten.length);
    const r = compare(text, rewritten);
    expect(r.containment.aInB).toBeGreaterThan(0.85);
    expect(r.containment.bInA).toBeGreaterThan(0.85);
  });

  it('two texts that differ only in their figures align fully but are not identical', () => {
    const a = '今年发展主要预期目标是：城镇新增就业1100万人以上，居民消费价格涨幅3%左右。';
    const b = '今年发展主要预期目标是：城镇新增就业1200万人以上，居民消费价格涨幅2%左右。';
    const r = compare(a, b);
    expect(r.containment).toEqual({ aInB: 1, bInA: 1 });
    expect(r.similarity).toBeLessThan(1);
    expect(r.commitments.changed.map((c) => c.change)).toEqual(['raised', 'lowered']);
  });

  it('5%左右 against 6%以上 still aligns as one passage (numbers are placeholders)', () => {
    const a = '今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人左右，城镇调查失业率5.5%左右。';
    const b = '今年发展主要预期目标是：国内生产总值增长6%以上，城镇新增就业1100万人以上，城镇调查失业率5.5%左右。';
    const r = compare(a, b);
    expect(r.reuse).toHaveLength(1);
    expect(r.reuse[0]!.a.text).toBe(a.slice(0, -1));
    expect(r.reuse[0]!.b.text).toBe(b.slice(0, -1));
    expect(r.reuse[0]!.identity).toBeGreaterThan(0.8);
  });
});

describe('compare: typed target changes', () => {
  const targets = (a: string, b: string) => compare(a, b).commitments;

  it('Chinese numerals are normalised: 一千二百万人 = 1200万人', () => {
    const c = targets('今年要确保城镇新增就业一千二百万人以上。', '今年要确保城镇新增就业1200万人以上。');
    const all = [...c.changed, ...c.same];
    expect(all).toHaveLength(1);
    expect(all[0]!.a.value).toBe(12_000_000);
    expect(all[0]!.b.value).toBe(12_000_000);
    expect(['same', 'reworded']).toContain(all[0]!.change);
  });

  it('百分点 is never %', () => {
    const c = targets('今年要推动常住人口城镇化率提高1个百分点。', '今年要推动常住人口城镇化率提高1%。');
    expect(c.changed).toEqual([]);
    expect(c.same).toEqual([]);
    expect(c.dropped.map((t) => t.unitFamily)).toEqual(['points']);
    expect(c.added.map((t) => t.unitFamily)).toEqual(['percent']);
  });

  it('comparator (左右 → 以上), scaled (city 8000 → district 670), deadline, added and dropped', () => {
    expect(targets('今年居民消费价格涨幅3%左右。', '今年居民消费价格涨幅3%以上。').changed[0]?.change).toBe('comparator');
    const scaled = targets('今年全市要实现城镇新增就业8000人。', '今年全区要实现城镇新增就业670人。').changed[0];
    expect(scaled?.change).toBe('scaled');
    const moved = targets('到2025年，力争建成标准化学校30所。', '到2027年，力争建成标准化学校30所。').changed[0];
    expect(moved?.change).toBe('deadline');
    const c = targets('今年粮食产量保持在1.3万亿斤以上。', '今年要新建高标准农田4500万亩。');
    expect(c.dropped).toHaveLength(1);
    expect(c.added).toHaveLength(1);
  });
});

describe('compare: options and bad input', () => {
  it('pins and forbids section pairs', () => {
    const a = input(CITY_SPEECH);
    const b = input(DISTRICT_SPEECH);
    const base = cmp(CITY_SPEECH, DISTRICT_SPEECH);
    const p = pairOf(base, /^锚定“立德树人”根本任务/)!;
    const forbidden = compare(a, b, { sections: { forbid: [[p.a.id, p.b.id]] } });
    expect(forbidden.sections.some((x) => x.a.id === p.a.id && x.b.id === p.b.id)).toBe(false);
    const other = base.onlyInB[0]!;
    const pinned = compare(a, b, { sections: { pin: [[p.a.id, other.id]] } });
    const got = pinned.sections.find((x) => x.a.id === p.a.id && x.b.id === other.id);
    expect(got?.pinned).toBe(true);
  });

  it('a parsed document without its text is a typed error', () => {
    const doc = parse(read(KM_CITY));
    try {
      compare(doc as unknown as CompareInput, read(KM_CITY));
      expect.unreachable();
    } catch (error) {
      expect(isTigangError(error) && error.code).toBe('invalid-input');
    }
    expect(() => compare({ text: 'abc', document: doc }, 'x')).toThrow(/the document parsed from a.text/);
  });
});

describe('compare: merged and split sections', () => {
  // Two items of a plan (稳定和扩大就业, 兜牢民生底线) become one (稳就业保民生) with both bodies.
  const jobs = '实施就业优先政策，加大对重点群体就业的支持力度，做好高校毕业生、退役军人、农民工等群体就业工作，健全灵活就业人员社保制度，开展大规模职业技能培训。';
  const welfare = '加强基本民生保障，提高城乡居民基础养老金最低标准，做好困难群众基本生活保障，健全分层分类的社会救助体系，加强残疾人服务和儿童福利工作。';
  const edu = '办好人民满意的教育，推动义务教育优质均衡发展，扩大普惠性学前教育资源，深化职业教育产教融合，提升高等教育质量。';
  const two = `一、重点任务\n（一）稳定和扩大就业\n${jobs}\n（二）兜牢民生底线\n${welfare}\n（三）发展教育事业\n${edu}\n`;
  const one = `一、重点任务\n（一）稳就业保民生\n${jobs}${welfare}\n（二）发展教育事业\n${edu}\n`;

  it('two sections into one: the second is merged into the first one’s counterpart', () => {
    const r = compare(two, one);
    const rel = r.sections.map((p) => [p.relation, p.a.title, p.b.title]);
    expect(rel).toContainEqual(['match', '稳定和扩大就业', '稳就业保民生']);
    expect(rel).toContainEqual(['merged', '兜牢民生底线', '稳就业保民生']);
    expect(rel).toContainEqual(['match', '发展教育事业', '发展教育事业']);
    expect(r.onlyInA).toEqual([]);
  });

  it('one section into two: split', () => {
    const rel = compare(one, two).sections.map((p) => [p.relation, p.a.title, p.b.title]);
    expect(rel).toContainEqual(['split', '稳就业保民生', '兜牢民生底线']);
  });
});
