import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { parse } from '../src/parse.js';
import { applyDeletions } from '../src/offset-map.js';
import { outlineWithPositions, type PositionedOutline as OutlineResult } from './helpers/outline.js';
import { outlineToText } from '../src/render/outline-text.js';
import { OutlineRoot, Toc, type Section } from '../src/schema/outline.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** The outline as indented "MARKER TITLE" lines, "~" for TOC-only headings (the gold format). */
function render(children: Section[]): string[] {
  return outlineToText({ type: 'root', children }).split('\n').filter((l) => l !== '');
}

const nonEmptyLines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');

function outlineOf(text: string): OutlineResult {
  return outlineWithPositions(text);
}

/** Like parse(): clean, then outline with positions in the raw text. */
function outlineOfFile(path: string): { raw: string; result: OutlineResult } {
  const raw = readFileSync(path, 'utf8');
  const cleaned = clean(raw);
  return { raw, result: outlineWithPositions(cleaned.text, raw, cleaned.map) };
}

function lines(text: string): string[] {
  return render(outlineOf(text).outline.children);
}

function* walk(nodes: readonly Section[], parent: Section | null = null): Generator<[Section, Section | null]> {
  for (const n of nodes) {
    yield [n, parent];
    yield* walk(n.children, n);
  }
}

// whitespace, and the literal <U+00A0> tokens of R-escaped scrapes that the cleaner deletes inside titles
const compact = (s: string) => s.replace(/<U\+00A0>|[\s\u3000\u00a0]/g, '');

/** Positions nest, headings slice the original text to their marker and title, ids follow the path. */
function checkTree(raw: string, result: OutlineResult): void {
  expect(OutlineRoot.safeParse(result.outline).success).toBe(true);
  if (result.toc) expect(Toc.safeParse(result.toc).success).toBe(true);
  const check = (nodes: readonly Section[], parent: Section | null, prefix: string, depth: number) => {
    let prevEnd = parent?.position?.start.offset ?? 0;
    nodes.forEach((n, i) => {
      expect(n.id).toBe(`${prefix}${i + 1}`);
      expect(n.depth).toBe(depth);
      if (n.origin === 'body') {
        const h = n.heading!.position;
        const slice = compact(raw.slice(h.start.offset, h.end.offset));
        expect(slice.startsWith(compact(n.marker))).toBe(true);
        expect(slice.endsWith(compact(n.title))).toBe(true);
        expect(n.position!.start.offset).toBe(h.start.offset);
      } else {
        expect(n.heading).toBeUndefined();
        expect(n.layout).toBe('toc');
      }
      if (n.position) {
        expect(n.position.start.offset).toBeGreaterThanOrEqual(prevEnd);
        expect(n.position.end.offset).toBeGreaterThanOrEqual(n.position.start.offset);
        if (parent?.position) {
          expect(n.position.start.offset).toBeGreaterThanOrEqual(parent.position.start.offset);
          expect(n.position.end.offset).toBeLessThanOrEqual(parent.position.end.offset);
        }
        prevEnd = n.position.end.offset;
      }
      check(n.children, n, `${n.id}.`, depth + 1);
    });
  };
  check(result.outline.children, null, 's', 1);
}

describe('sample speeches and corpus documents', () => {
  // Each text's expected outline sits beside it: `x.outline.expected`, or the gold `x.outline`
  // when the outline equals the gold. UPDATE=1 rewrites the expected files (fixtures/README.md).
  const docs = [
    'eval/000_1ead45d65ebf2d6b.txt',
    'eval/001_51c8b0c266839527.txt',
    'eval/002_23e13c9852b4af80.txt',
    'eval/003_64c166b66d0399c9.txt',
    'eval/004_32842fa02733a23c.txt',
    'corpus/notice-2019-kindergarten-rectification.txt',
    'corpus/opinion-2018-employment.txt',
    'corpus/gwr-2014-national-scraped.txt',
    'corpus/cpc-20th-congress-report.txt',
    'corpus/gwr-1955-first-five-year-plan-report.txt',
    'corpus/gwr-2026-sichuan.txt',
  ];
  for (const doc of docs) {
    it(`${doc}: every heading, its depth, parent and origin`, () => {
      const { raw, result } = outlineOfFile(FIXTURES + doc);
      const base = FIXTURES + doc.replace(/\.txt$/, '');
      const got = render(result.outline.children);
      const gold = existsSync(`${base}.outline`) ? nonEmptyLines(`${base}.outline`) : null;
      if (process.env.UPDATE) {
        if (gold && JSON.stringify(gold) === JSON.stringify(got)) rmSync(`${base}.outline.expected`, { force: true });
        else writeFileSync(`${base}.outline.expected`, got.map((l) => `${l}\n`).join(''));
      }
      const expected = existsSync(`${base}.outline.expected`) ? nonEmptyLines(`${base}.outline.expected`) : gold;
      expect(expected, `${base}.outline.expected or a gold .outline`).not.toBeNull();
      expect(got).toEqual(expected);
      checkTree(raw, result);
    });
  }

  it('000: the TOC is recognised, not parsed as body, and completes the cut tree', () => {
    const { raw, result } = outlineOfFile(`${FIXTURES}eval/000_1ead45d65ebf2d6b.txt`);
    expect(result.tocSpans).toHaveLength(1);
    const span = result.tocSpans[0]!;
    expect(raw.slice(0, 20).startsWith('目录/提纲')).toBe(true);
    expect(span.start).toBe(0);
    const toc = result.toc!;
    expect(toc.entries).toHaveLength(31);
    expect(toc.entries.map((e) => e.depth).slice(0, 3)).toEqual([1, 2, 2]);
    // every entry names its section; TOC-only sections say so
    const byId = new Map([...walk(result.outline.children)].map(([n]) => [n.id, n]));
    for (const e of toc.entries) expect(byId.get(e.sectionId!)?.title.replace(/\s/g, '')).toBe(e.title.replace(/\s/g, ''));
    const three = result.outline.children[2]!;
    expect(three).toMatchObject({ marker: '三、', origin: 'toc', layout: 'toc', id: 's3' });
    expect(three.heading).toBeUndefined();
    expect(result.warnings.filter((w) => w.code === 'toc-only-heading')).toHaveLength(16);
    // no body heading comes from the TOC block
    for (const [n] of walk(result.outline.children)) {
      if (n.origin === 'body') expect(n.heading!.position.start.offset).toBeGreaterThan(span.end);
    }
  });

  it('002: body headings whose parent was cut are placed under the TOC parent', () => {
    const { result } = outlineOfFile(`${FIXTURES}eval/002_23e13c9852b4af80.txt`);
    const two = result.outline.children[1]!;
    expect(two).toMatchObject({ marker: '二、', origin: 'toc' });
    expect(two.children.map((c) => [c.marker, c.origin])).toEqual([
      ['一是', 'body'],
      ['二是', 'body'],
      ['三是', 'body'],
    ]);
    // a TOC-only section with body children spans them
    expect(two.position!.start.offset).toBe(two.children[0]!.position!.start.offset);
    expect(result.warnings.some((w) => w.code === 'orphan-heading')).toBe(true);
  });

  it('003: a whole speech on one line, run-in headings', () => {
    const { result } = outlineOfFile(`${FIXTURES}eval/003_64c166b66d0399c9.txt`);
    const one = result.outline.children[0]!;
    expect(one.layout).toBe('run-in');
    expect(one.title).toBe('肯定成绩,正视问题,切实增强推动教育高质量发展的责任感和紧迫感');
    expect(one.children[0]).toMatchObject({ marker: '(一)', title: '近年来我区教育工作取得的成绩', layout: 'run-in' });
  });

  it('004: page-chunk numbers of a document site are not headings', () => {
    const { result } = outlineOfFile(`${FIXTURES}eval/004_32842fa02733a23c.txt`);
    expect(result.outline.children).toEqual([]);
  });

  it('plan-2005: decimal numbering and the 目录 block', () => {
    const { raw, result } = outlineOfFile(`${FIXTURES}corpus/plan-2005-grain-emergency.txt`);
    const top = result.outline.children;
    expect(top.map((n) => `${n.marker} ${n.title}`)).toEqual(['1 总则', '2 组织机构和职责', '3 预警监测', '4 应急响应', '5 应急保障', '6 后期处置', '7 附则']);
    expect(top[0]!.children[1]!.children.map((n) => n.marker)).toEqual(['1.2.1', '1.2.2', '1.2.3']);
    expect(top[0]!.children[1]!.children[0]!.title).toBe('国家级（Ⅰ级）');
    expect(top[0]!.children[3]!.children.map((n) => `${n.marker}${n.family}`)).toEqual(['（1）arabic-paren', '（2）arabic-paren', '（3）arabic-paren']);
    expect(result.toc!.entries).toHaveLength(28);
    expect(result.toc!.entries.every((e) => e.sectionId !== null)).toBe(true);
    expect(raw.slice(result.toc!.position.start.offset, result.toc!.position.start.offset + 5).trim()).toMatch(/^目\s+录/);
    checkTree(raw, result);
  });
});

describe('marker families', () => {
  const cases: [string, string, string, number][] = [
    ['一、总体要求', '一、', 'cn-dun', 1],
    ['十一、甲\n十二、总体要求', '十二、', 'cn-dun', 12],
    ['（一）指导思想', '（一）', 'cn-paren', 1],
    ['(十)甲\n(十一)指导思想', '(十一)', 'cn-paren', 11],
    ['1.指导思想', '1.', 'arabic-dot', 1],
    ['１．指导思想', '１．', 'arabic-dot', 1],
    ['2、指导思想', '2、', 'arabic-dun', 2],
    ['（3）指导思想', '（3）', 'arabic-paren', 3],
    ['4)指导思想', '4)', 'arabic-half-paren', 4],
    ['⑤指导思想', '⑤', 'circled', 5],
    ['一是指导思想', '一是', 'cn-shi', 1],
    ['一要加强学习。二要压实责任。', '一要', 'cn-yao', 1],
    ['一）指导思想\n二）基本原则', '一）', 'cn-half-paren', 1],
    ['三)指导思想', '三)', 'cn-half-paren', 3],
    ['第一，指导思想。第二，基本原则。', '第一，', 'di-comma', 1],
    ['第一章 总则', '第一章', 'di-zhang', 1],
    ['第二节 总则', '第二节', 'di-jie', 2],
    ['第九条 甲\n第十条 总则', '第十条', 'di-tiao', 10],
    ['第一部分 总则', '第一部分', 'di-bufen', 1],
    ['第一篇 总则', '第一篇', 'di-pian', 1],
    ['1.1 总则\n1.2 目的', '1.1', 'decimal', 1],
    ['1 总则\n2 组织', '1', 'decimal', 1],
    ['一 、 总体要求', '一 、', 'cn-dun', 1],
    ['（ 一 ）指导思想', '（ 一 ）', 'cn-paren', 1],
  ];
  for (const [text, marker, family, ordinal] of cases) {
    it(`${text} → ${family}`, () => {
      const node = outlineOf(text).outline.children.find((n) => n.marker === marker);
      expect(node).toMatchObject({ marker, family, ordinal, depth: 1, origin: 'body' });
    });
  }

  it('一要/二要 at line or clause starts form a series (gwr-2009, gwr-2016)', () => {
    expect(lines('（五）推进对外开放\n要多措并举。一要加快落实和完善政策。优化出口退税率结构。二要鼓励商业模式创新。扩大试点。\n　　三要优化贸易结构。')).toEqual([
      '（五） 推进对外开放',
      '  一要 加快落实和完善政策',
      '  二要 鼓励商业模式创新',
      '  三要 优化贸易结构',
    ]);
  });

  it('一） under 一、 as a second level; not a bracket closing a reference (附件一）)', () => {
    expect(lines('一、总体要求\n一）指导思想\n二）基本原则\n二、主要任务\n一）加强党建')).toEqual([
      '一、 总体要求',
      '  一） 指导思想',
      '  二） 基本原则',
      '二、 主要任务',
      '  一） 加强党建',
    ]);
    expect(lines('一、总体要求\n详见附件一）。二）是否')).toEqual(['一、 总体要求']);
  });

  it('一要 that is not a list: alone, inside a sentence, 第一要务, 一要，', () => {
    expect(lines('一、总体要求\n发展是第一要务。二要素市场化配置。')).toEqual(['一、 总体要求']);
    expect(lines('一、总体要求\n我们一要吃饭，二要建设。')).toEqual(['一、 总体要求']);
    expect(lines('一、总体要求\n一要加强学习。然后再说。')).toEqual(['一、 总体要求']);
    expect(lines('一、总体要求\n一要，加强学习。二要，压实责任。')).toEqual(['一、 总体要求']);
  });

  it('首先/其次/最后 at clause starts form a series; 最后 takes the next number', () => {
    const out = outlineOf('下面讲三点。首先，要统一思想。其次，要压实责任。最后，要加强督查。');
    expect(out.outline.children.map((n) => [n.marker, n.ordinal, n.title])).toEqual([
      ['首先', 1, '要统一思想'],
      ['其次', 2, '要压实责任'],
      ['最后', 3, '要加强督查'],
    ]);
  });

  it('a lone 最后 or 首先 is not structure', () => {
    expect(lines('首先，要统一思想。我们要干好工作。')).toEqual([]);
    expect(lines('工作很多。最后，我再强调一点。')).toEqual([]);
  });

  it('titles: own line → the whole line; run-in → up to 。；：！？ or the next marker', () => {
    expect(lines('一、总体要求\n要坚持。')).toEqual(['一、 总体要求']);
    expect(lines('（一）健全制度框架。\n把握好方向。')).toEqual(['（一） 健全制度框架']);
    expect(lines('1.2.1　国家级（Ⅰ级）：两个以上省出现应急状态。\n1.2.2 省级：一个省出现。')).toEqual(['1.2.1 国家级（Ⅰ级）', '1.2.2 省级']);
    expect(lines('成效明显：一是根基更牢了，资源更足了。二是队伍更强了！')).toEqual(['一是 根基更牢了，资源更足了', '二是 队伍更强了']);
    expect(lines('一是根基更牢了，二是资源更足了；三是队伍更强了')).toEqual(['一是 根基更牢了', '三是 队伍更强了']);
  });

  it('a marker alone on its line takes its title from the next line', () => {
    expect(lines('一、\n我国人民推翻了帝国主义。\n二、\n我国人民推翻了封建主义。')).toEqual(['一、 我国人民推翻了帝国主义', '二、 我国人民推翻了封建主义']);
  });
});

describe('run-in headings', () => {
  it('一是 after 。 inside a paragraph', () => {
    const text = '“十四五”以来，教育事业发展取得阶段性成效。一是育人根基更牢了。坚持五育融合。二是资源供给更足了。新建学校。';
    const out = outlineOf(text);
    expect(render(out.outline.children)).toEqual(['一是 育人根基更牢了', '二是 资源供给更足了']);
    const first = out.outline.children[0]!;
    expect(first.layout).toBe('run-in');
    expect(text.slice(first.heading!.position.start.offset, first.heading!.position.end.offset)).toBe('一是育人根基更牢了');
  });

  it('(一) right after a heading title, with no punctuation between', () => {
    expect(lines('下面，我讲两点意见。一、肯定成绩,切实增强责任感和紧迫感(一)近年来我区教育工作取得的成绩。区委始终坚持。(二)当前存在的问题。城乡之间。二、明确目标,全力推动发展(一)落实根本任务。要坚持。')).toEqual([
      '一、 肯定成绩,切实增强责任感和紧迫感',
      '  (一) 近年来我区教育工作取得的成绩',
      '  (二) 当前存在的问题',
      '二、 明确目标,全力推动发展',
      '  (一) 落实根本任务',
    ]);
  });

  it('paragraphs joined into one line with single spaces (opinion-2018-employment as one line)', () => {
    const text = '为此，提出以下意见： 一、支持企业稳定发展 （一）加大稳岗支持力度。对不裁员的企业返还失业保险费。（人力资源社会保障部负责） （二）发挥政府性融资担保机构作用。引导金融资源支持创业。 二、开展就业创业服务 （一）加强职业指导。为劳动者提供指导。 （二）强化服务保障。提供服务。';
    expect(lines(text)).toEqual([
      '一、 支持企业稳定发展',
      '  （一） 加大稳岗支持力度',
      '  （二） 发挥政府性融资担保机构作用',
      '二、 开展就业创业服务',
      '  （一） 加强职业指导',
      '  （二） 强化服务保障',
    ]);
  });

  it('a run-in title ends at a space followed by a paragraph, not at a space inside a two-phrase title', () => {
    expect(lines('现就有关事项通知如下： 一、总体要求 以习近平新时代中国特色社会主义思想为指导，全面贯彻落实。 二、工作任务 各地要全面摸排小区配套幼儿园情况。')).toEqual([
      '一、 总体要求',
      '二、 工作任务',
    ]);
    expect(lines('现提出以下意见。一、深化改革 激发活力。正文。二、加强领导 压实责任。正文。')).toEqual(['一、 深化改革 激发活力', '二、 加强领导 压实责任']);
  });

  it('a glossary header run into the text opens an appendix, as on a line of its own (Sichuan and Guangdong reports as one line)', () => {
    // the reports end "…奋勇前进！名词解释1.“两重”：…" and "…便民服务。附件2名词解释1.“四上”企业：…" once
    // their line breaks are gone: the items must stay top-level and complete, as in the original
    for (const name of ['gwr-2026-sichuan', 'gwr-2026-guangdong']) {
      const text = readFileSync(new URL(`../fixtures/corpus/${name}.txt`, import.meta.url), 'utf8');
      const glossary = (t: string) => {
        const top = parse(t).outline.children;
        return render(top.slice(top.findIndex((s) => s.family === 'arabic-dot')));
      };
      const asIs = glossary(text);
      expect(asIs.length).toBeGreaterThan(10);
      expect(glossary(text.replace(/\s*\r?\n\s*/g, ''))).toEqual(asIs);
    }
  });

  it('a glossary word inside a sentence opens nothing', () => {
    expect(lines('一、总体要求。请对照名词解释1.“两重”：是指国家重大战略实施。二、工作任务。正文。')).toEqual(['一、 总体要求', '二、 工作任务']);
  });

  it('paragraphs separated by ideographic spaces on one line', () => {
    expect(lines('各位代表：\u3000\u3000一、过去一年工作回顾\u3000\u3000过去一年很不平凡。\u3000\u3000二、今年工作\u3000\u3000今年要努力。')).toEqual([
      '一、 过去一年工作回顾',
      '二、 今年工作',
    ]);
  });
});

describe('depth from context', () => {
  it('一是 under 一、 is depth 2, under (一) depth 3', () => {
    expect(lines('一、总体要求\n总的看。一是思想更统一。二是措施更有力。\n二、主要任务\n（一）加强领导\n一是建机制。二是强考核。')).toEqual([
      '一、 总体要求',
      '  一是 思想更统一',
      '  二是 措施更有力',
      '二、 主要任务',
      '  （一） 加强领导',
      '    一是 建机制',
      '    二是 强考核',
    ]);
  });

  it('a discourse list on its own lines after another one goes beside it, unless that one goes on', () => {
    // gwr-2009: 一是…五是, then 全面加强“三农”工作要采取以下措施：, then 一要…五要
    expect(lines('（三）农业\n　　一是稳定粮食生产。甲。\n　　二是多渠道促进农民增收。乙。\n　　要采取以下措施：\n　　一要大幅度增加投入。丙。\n　　二要提高收购价。丁。')).toEqual([
      '（三） 农业',
      '  一是 稳定粮食生产',
      '  二是 多渠道促进农民增收',
      '  一要 大幅度增加投入',
      '  二要 提高收购价',
    ]);
    // the 一是 run goes on after the 一要 list: the list is inside 一是
    expect(lines('（三）农业\n　　一是稳定粮食生产。具体是：\n　　一要增加投入。\n　　二要提高收购价。\n　　二是促进增收。')).toEqual([
      '（三） 农业',
      '  一是 稳定粮食生产',
      '    一要 增加投入',
      '    二要 提高收购价',
      '  二是 促进增收',
    ]);
  });

  it('a series that restarts under the same parent is a second run of siblings', () => {
    expect(lines('一、成绩和问题\n成绩是：一是甲。二是乙。问题是：一是丙。二是丁。\n二、任务\n要干好。')).toEqual([
      '一、 成绩和问题',
      '  一是 甲',
      '  二是 乙',
      '  一是 丙',
      '  二是 丁',
      '二、 任务',
    ]);
  });

  it('mixed siblings: 一是… then (一)… directly under 一、', () => {
    expect(lines('一、2025年工作回顾\n一年来。一是经济回升。二是动能增强。\n过去一年主要做了以下工作。\n（一）促进经济发展\n稳增长。\n（二）落实国家战略\n建设。\n二、主要任务\n要干好。')).toEqual([
      '一、 2025年工作回顾',
      '  一是 经济回升',
      '  二是 动能增强',
      '  （一） 促进经济发展',
      '  （二） 落实国家战略',
      '二、 主要任务',
    ]);
  });

  it('GB/T 9704 order: 一、 → （一） → 1. → （1） → ①', () => {
    expect(lines('一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n②己\n（2）庚\n2.辛\n（二）壬\n二、癸')).toEqual([
      '一、 甲',
      '  （一） 乙',
      '    1. 丙',
      '      （1） 丁',
      '        ① 戊',
      '        ② 己',
      '      （2） 庚',
      '    2. 辛',
      '  （二） 壬',
      '二、 癸',
    ]);
  });

  it('numbering that runs on across parents: 一、(一)…(二) 二、(三)', () => {
    expect(lines('一、甲\n（一）子一\n（二）子二\n二、乙\n（三）子三\n（四）子四')).toEqual(['一、 甲', '  （一） 子一', '  （二） 子二', '二、 乙', '  （三） 子三', '  （四） 子四']);
  });

  it('a nested list restarting a higher family (一、 inside （一）) stays inside', () => {
    expect(lines('三、问题\n（一）建设问题\n有三点：\n一、\n甲。\n二、\n乙。\n（二）生产问题\n丙。\n四、任务\n丁。')).toEqual([
      '三、 问题',
      '  （一） 建设问题',
      '    一、 甲',
      '    二、 乙',
      '  （二） 生产问题',
      '四、 任务',
    ]);
  });

  it('an appendix (附件1) starts again at the top level', () => {
    expect(lines('一、甲\n（一）乙\n附件1\n十件实事\n一、丙\n二、丁')).toEqual(['一、 甲', '  （一） 乙', '一、 丙', '二、 丁']);
  });

  it('an attachment list of a notice holds no headings', () => {
    expect(lines('一、甲\n要求。\n二、乙\n要求。\n附件：1.实施方案\n      2.责任分工')).toEqual(['一、 甲', '二、 乙']);
  });
});

describe('false headings', () => {
  const none: [string, string][] = [
    ['a ratio', '农村学校按师生比不低于1:2000配备专职教师。'],
    ['a year range', '编制布局规划(2025-2030)。\n2025-2030年完成。'],
    ['第一次 / 第一批', '第一次会议召开。\n第一批试点启动。'],
    ['二十大', '学习二十大精神。\n二十大报告指出。'],
    ['a cross-reference', '依照本法第三条规定执行。根据第（一）项处理。'],
    ['a lone 三、 mid-sentence', '我们要抓好三、四两个环节的工作。'],
    ['a list of numbers', '三、四月份完成。\n一、二年级学生。\n1、2号线开通。'],
    ['amounts', '1.5万亿元用于建设。\n2.5倍于去年。'],
    ['a marker without a title', '9、。累计获得奖项。'],
    ['一是 inside a word', '统一是前提，唯一是目标。'],
    ['(1) inside a sentence', '按照公式(1)计算，结果见(2)式。'],
    ['ordinals in a sentence', '这是第一，也是唯一。'],
  ];
  for (const [what, text] of none) {
    it(`no heading: ${what}`, () => {
      expect(lines(text)).toEqual([]);
    });
  }

  it('a number going backwards is not a heading', () => {
    expect(lines('一、甲\n二、乙\n三、丙\n二、丁字\n四、戊')).toEqual(['一、 甲', '二、 乙', '三、 丙', '四、 戊']);
  });

  it('一是 at a clause start opens a series even alone; 三、 after 。 needs a neighbour', () => {
    expect(lines('要抓好落实。一是要提高认识。')).toEqual(['一是 要提高认识']);
    expect(lines('要抓好落实。三、要提高认识。')).toEqual([]);
    expect(lines('要抓好落实。二、要提高认识。三、要狠抓落实。')).toEqual(['二、 要提高认识', '三、 要狠抓落实']);
  });

  it('page-chunk numbers that split sentences are not headings', () => {
    const chunk = '这是一段很长的正文内容，讲述了教育发展的各个方面并且没有在这里结束而是继续到下一';
    const text = `文档说明。\n\n1、教育纪实。${chunk}\n\n2、页的内容，${chunk}\n\n3、页的内容，${chunk}\n\n4、页的内容。`;
    expect(lines(text)).toEqual([]);
  });

  it('warns ordinal-gap when a series skips a number', () => {
    const out = outlineOf('一、甲\n内容。\n三、丙\n内容。');
    expect(render(out.outline.children)).toEqual(['一、 甲', '三、 丙']);
    expect(out.warnings.map((w) => w.code)).toEqual(['ordinal-gap']);
    expect(out.warnings[0]!.position!.start.offset).toBe(out.outline.children[1]!.heading!.position.start.offset);
  });
});

describe('tables of contents', () => {
  it('a 目录 block: entries, their sections, and headings only in the TOC', () => {
    const text = '目录\n一、总体要求\n二、主要任务\n三、保障措施\n\n正文标题\n一、总体要求\n要坚持。\n二、主要任务\n要落实。';
    const out = outlineOf(text);
    expect(render(out.outline.children)).toEqual(['一、 总体要求', '二、 主要任务', '~三、 保障措施']);
    expect(out.tocSpans).toEqual([{ start: 0, end: text.indexOf('三、保障措施') + 6 }]);
    expect(out.toc!.entries.map((e) => [e.marker, e.depth, e.sectionId])).toEqual([
      ['一、', 1, 's1'],
      ['二、', 1, 's2'],
      ['三、', 1, 's3'],
    ]);
    expect(out.warnings.map((w) => w.code)).toEqual(['toc-only-heading']);
  });

  it('dot leaders and page numbers are not part of TOC titles', () => {
    const out = outlineOf('目  录\n第一章 总则……………1\n第二章 任务 ........ 5\n\n第一章 总则\n内容。\n第二章 任务\n内容。');
    expect(out.toc!.entries.map((e) => e.title)).toEqual(['总则', '任务']);
    expect(render(out.outline.children)).toEqual(['第一章 总则', '第二章 任务']);
  });

  it('a run of bare headings that the body repeats is a TOC', () => {
    const text = '一、总体要求\n二、主要任务\n三、保障措施\n一、总体要求\n要坚持。\n二、主要任务\n要落实。\n三、保障措施\n要保障。';
    const out = outlineOf(text);
    expect(render(out.outline.children)).toEqual(['一、 总体要求', '二、 主要任务', '三、 保障措施']);
    expect(out.tocSpans).toHaveLength(1);
    expect(out.outline.children.every((n) => n.heading!.position.start.offset > out.tocSpans[0]!.end)).toBe(true);
  });

  it('consecutive headings that are not repeated are body', () => {
    const out = outlineOf('一、总体要求\n（一）指导思想\n（二）基本原则\n要坚持。');
    expect(out.toc).toBeNull();
    expect(render(out.outline.children)).toEqual(['一、 总体要求', '  （一） 指导思想', '  （二） 基本原则']);
  });
});

describe('positions and spans', () => {
  it('positions point into the original text through the cleaner map', () => {
    const original = '【广告】一、总体要求\n【广告】要坚持。\n二、主要任务\n要落实。';
    const deletions = [...original.matchAll(/【广告】/g)].map((m) => ({ start: m.index, end: m.index + 4 }));
    const { text, map } = applyDeletions(original, deletions);
    const out = outlineWithPositions(text, original, map);
    const [one, two] = out.outline.children;
    expect(original.slice(one!.heading!.position.start.offset, one!.heading!.position.end.offset)).toBe('一、总体要求');
    expect(original.slice(two!.heading!.position.start.offset, two!.heading!.position.end.offset)).toBe('二、主要任务');
    expect(one!.position!.end.offset).toBeLessThanOrEqual(two!.position!.start.offset);
    expect(two!.position!.end.offset).toBe(original.length);
    expect(one!.heading!.position.start).toMatchObject({ line: 1, column: 5 });
  });

  it('markerSpans cover the markers, in working offsets', () => {
    const text = '一、甲\n（一）乙。内容1.5万。\n1.丙';
    const out = outlineOf(text);
    expect(out.markerSpans.map((s) => text.slice(s.start, s.end))).toEqual(['一、', '（一）', '1.']);
  });

  it('ids follow the section path', () => {
    const out = outlineOf('一、甲\n（一）乙\n（二）丙\n1.丁\n二、戊');
    expect([...walk(out.outline.children)].map(([n]) => n.id)).toEqual(['s1', 's1.1', 's1.2', 's1.2.1', 's2']);
  });

  it('an empty text has an empty outline', () => {
    const out = outlineOf('');
    expect(out.outline).toEqual({ type: 'root', children: [] });
    expect(out.toc).toBeNull();
  });
});
