// The cleaner on real text: the five sample speeches (fixtures/eval) and every file of
// fixtures/corpus. What each file loses was read by hand; the
// tests pin it down and check that no body text goes.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, type CleanResult } from '../src/clean/index.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${FIXTURES}${path}`, 'utf8');
const reasons = (r: CleanResult) => [...new Set(r.removed.map((x) => x.reason))].sort();
const compact = (s: string) => s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
const removedTexts = (r: CleanResult, reason: string) => r.removed.filter((x) => x.reason === reason).map((x) => x.text);

/** Every text file of the corpus and the eval set. */
const FILES = [
  ...readdirSync(`${FIXTURES}corpus`).filter((f) => f.endsWith('.txt')).map((f) => `corpus/${f}`),
  ...readdirSync(`${FIXTURES}eval`).filter((f) => f.endsWith('.txt')).map((f) => `eval/${f}`),
].sort();

describe('clean: the sample speeches', () => {
  it('000: a paywall cut and a tail cut; TOC, title and body kept', () => {
    const raw = read('eval/000_1ead45d65ebf2d6b.txt');
    const r = clean(raw);
    expect(reasons(r)).toEqual(['paywall-cut', 'truncation-notice']);
    expect(r.text.startsWith('目录/提纲:……\n一、肯定成绩、直面问题')).toBe(true);
    expect(r.text.endsWith('年内完成5000人次轮训;支持职业院校参与企')).toBe(true);
    expect(removedTexts(r, 'paywall-cut')).toEqual(['……(新文秘网http://www.wm114.cn省略715字,正式会员可完整阅读)……\n']);
    expect(removedTexts(r, 'truncation-notice')).toEqual([
      ' ……(未完,全文共3811字,当前仅显示2007字,请阅读下面提示信息。\n收藏《在市教育高质量发展工作会议上的讲话》)',
    ]);
    expect(r.cuts.map(({ kind, missingChars, statedTotalChars }) => ({ kind, missingChars, statedTotalChars }))).toEqual([
      { kind: 'omitted', missingChars: 715, statedTotalChars: null },
      { kind: 'tail', missingChars: 3811 - 2007, statedTotalChars: 3811 },
    ]);
    // cut positions are original offsets of the notices
    for (const c of r.cuts) expect(raw.slice(c.start, c.end)).toMatch(/省略715字|全文共3811字/);
    // the text around the paywall cut is untouched
    expect(r.text).toContain('一是育人根基更牢了。坚持');
    expect(r.text).toContain('\n落地存在“上热下冷”');
  });

  it('001: breadcrumb, the 信息来源/发布时间 line and 打印本页 关闭窗口', () => {
    const r = clean(read('eval/001_51c8b0c266839527.txt'));
    expect(reasons(r)).toEqual(['breadcrumb', 'page-chrome', 'page-meta']);
    expect(removedTexts(r, 'breadcrumb')).toEqual(['当前位置: 首页\n', '> 教育信息 > 动态信息\n']);
    expect(removedTexts(r, 'page-meta')).toEqual(['信息来源: 台州日报 发布时间: 2022-12-26 09:52 浏览次数:\n']);
    expect(removedTexts(r, 'page-chrome')).toEqual(['打印本页 关闭窗口']);
    expect(r.text.trimStart().startsWith('市教育局党组理论学习中心组:以党的二十大精神为指引 聚力教育提质发展 推进教育强市建设\n')).toBe(true);
    expect(r.text.trimEnd().endsWith('等级评价纳入学生整体评价。')).toBe(true);
    expect(r.cuts).toEqual([]);
  });

  it('002: a paywall cut (858) and a tail cut (5225/2408)', () => {
    const r = clean(read('eval/002_23e13c9852b4af80.txt'));
    expect(reasons(r)).toEqual(['paywall-cut', 'truncation-notice']);
    expect(r.text.startsWith('目录/提纲:……\n一、补齐硬件短板筑牢优质均衡“基础桩”')).toBe(true);
    expect(r.text.endsWith('不让一个孩子因家庭、')).toBe(true);
    expect(r.cuts.map(({ kind, missingChars, statedTotalChars }) => ({ kind, missingChars, statedTotalChars }))).toEqual([
      { kind: 'omitted', missingChars: 858, statedTotalChars: null },
      { kind: 'tail', missingChars: 5225 - 2408, statedTotalChars: 5225 },
    ]);
  });

  it('003: greeting, breadcrumb, the site blurb and the 本文标题/链接地址 footer', () => {
    const r = clean(read('eval/003_64c166b66d0399c9.txt'));
    expect(reasons(r)).toEqual(['breadcrumb', 'footer', 'share-notice']);
    expect(removedTexts(r, 'breadcrumb')).toEqual(['您好,欢迎访问公文包\n', '当前位置:首页 > 总结报告 > 情况报告 > 区委书记在区委教育工作会议上的讲话\n']);
    expect(removedTexts(r, 'share-notice')).toHaveLength(1);
    expect(removedTexts(r, 'share-notice')[0]).toMatch(/公文包网友为您分享整理的“区委书记在区委教育工作会议上的讲话”范文资料,以供您参考学习之用,希望喜欢。\n$/);
    expect(removedTexts(r, 'footer')).toEqual(['本文标题:区委书记在区委教育工作会议上的讲话\n', '链接地址:https://www.gongwenbao.net/doc/1051610 .html']);
    expect(r.text.startsWith('区委书记在区委教育工作会议上的讲话同志们:今天,')).toBe(true);
    expect(r.text.endsWith('而努力奋斗!谢谢大家!\n')).toBe(true);
  });

  it('004: document-site header, page markers, page-chunk numbers and footer', () => {
    const r = clean(read('eval/004_32842fa02733a23c.txt'));
    expect(reasons(r)).toEqual([
      'breadcrumb', 'copyright', 'page-chrome', 'page-chunk-number', 'page-meta', 'page-number', 'related-links', 'share-notice',
    ]);
    expect(removedTexts(r, 'page-meta')).toEqual(['上传人:王** 文档编号:571412 上传时间:2023-12-06 格式:DOCX 页数:5 大小:18.63KB\n']);
    expect(removedTexts(r, 'page-chrome')).toEqual(['下载 相关 举报\n']);
    expect(removedTexts(r, 'page-number')).toHaveLength(10);
    expect(removedTexts(r, 'related-links')).toEqual(['展开阅读全文\n', '相关资源\n', '猜你喜欢\n', '相关搜索\n']);
    const copyrights = removedTexts(r, 'copyright');
    expect(copyrights).toHaveLength(3);
    expect(copyrights[0]).toBe('copyright@ 2008-2023 yzwku网站版权所有\n');
    expect(copyrights[1]).toBe('经营许可证编号:宁ICP备2022001189号-2\n');
    expect(copyrights[2]!.startsWith('本站为文档C2C交易模式')).toBe(true);
    // the ten chunk numbers go, and with them the breaks that split words
    expect(removedTexts(r, 'page-chunk-number')).toEqual(['1、', ...Array.from({ length: 9 }, (_, i) => `\n\n${i + 2}、`)]);
    expect(r.text).toContain('初心使命,坚持党对教育事业的全面领导');
    expect(r.text).toContain('先进基层党组织20个;成功创建XX市“秋白党支部”4个');
    expect(r.text).toContain('职业教育高位发展。累计获得XX省级');
    expect(r.text).toContain('幼小衔接项目试点园、校6所');
    expect(r.text.startsWith('教育高质量发展纪实.docx\n')).toBe(true);
    expect(compact(r.text).startsWith('教育高质量发展纪实.docx教育高质量发展纪实栉风沐雨砥砺行')).toBe(true);
    expect(r.text.trimEnd().endsWith('书写新时代“答卷”。')).toBe(true);
    expect(r.cuts).toEqual([]);
  });
});

/** What each corpus/eval file loses, read by hand. */
const EXPECTED: Record<string, { reasons: string[]; removes?: string[]; keeps?: string[] }> = {
  'corpus/cpc-20th-congress-report.txt': { reasons: ['copyright'], removes: ['本作品来自1949年10月1日', '版权失效模板'], keeps: ['同志们：', '十五、坚定不移全面从严治党', '而团结奋斗！'] },
  'corpus/gwr-1955-first-five-year-plan-report.txt': { reasons: ['copyright'], removes: ['本作品是中华人民共和国的'], keeps: ['第一个五年计划。'] },
  'corpus/gwr-2006-national-scraped.txt': {
    reasons: ['breadcrumb', 'escape-token', 'html-comment', 'page-chrome', 'page-meta', 'repeated-block'],
    removes: ['当前位置： 首页>> 中国概况>> 中国简况', '来源：新华社', '【字体：大 中 小】', '上一页', 'function turnpage', '（责任编辑： 郭桢', '【E-mail推荐', '<U+00A0>'],
    keeps: ['2006年国务院政府工作报告', '——2006年3月5日在第十届全国人民代表大会第四次会议上', '一、去年工作回顾', '（六）切实加强民主法制建设', '绝不辜负人民的厚望和国家的重托。'],
  },
  'corpus/gwr-2009-national-wikisource.txt': { reasons: ['copyright'], removes: ['本作品是中华人民共和国的'], keeps: ['迎接中华人民共和国成立60周年！'] },
  'corpus/gwr-2014-national-scraped.txt': {
    reasons: ['escape-token', 'repeated-block'],
    removes: ['<U+00A0>'],
    keeps: ['三、2014年重点工作做好今年政府工作', '（九）努力建设生态文明的美好家园', '实现中华民族伟大复兴的中国梦而努力奋斗！'],
  },
  'corpus/gwr-2016-national-dxcarl.txt': { reasons: [] },
  'corpus/gwr-2018-national-scraped.txt': { reasons: [] },
  'corpus/gwr-2021-national-wikisource.txt': {
    reasons: ['copyright', 'zero-width'],
    removes: ['\u200b', '本作品是中华人民共和国的'],
    keeps: ['交出一份人民满意、世界瞩目', '完善资本市场基础制度。', '全员劳动生产率增长', '今年预期目标设定为6%以上', '完善全民健身公共服务体系。'],
  },
  'corpus/gwr-2025-national-wikisource.txt': { reasons: ['copyright'], removes: ['本作品是中华人民共和国的'] },
  'corpus/gwr-2026-gansu.txt': {
    reasons: ['page-chrome', 'page-meta', 'related-links'],
    removes: ['【字号：', '来源：甘肃日报', '时间：2026-02-10', '相关报道：'],
    keeps: ['2026年甘肃省政府工作报告', '甘肃省省长 任振鹤', '各位代表：', '（二）加快建设现代化产业体系'],
  },
  'corpus/gwr-2026-guangdong.txt': { reasons: [] },
  'corpus/gwr-2026-hainan.txt': { reasons: [] },
  'corpus/gwr-2026-ningxia.txt': {
    reasons: ['breadcrumb', 'page-chrome', 'page-meta'],
    removes: ['当前位置：', '政务信息', '宁夏要闻', '发表时间：\n2026-02-09 09:45:30', '来源：\n宁夏日报客户端', '阅读量：', '【字体：', '扫一扫在手机打开当前页', '打印本页', '关闭窗口'],
    keeps: ['2026年宁夏回族自治区政府工作报告', '——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上', '三、2026年重点工作'],
  },
  'corpus/gwr-2026-shanghai.txt': {
    reasons: ['page-chrome', 'page-meta', 'related-links'],
    removes: ['来源：解放日报', '时间：2026-02-09', '相关报道：'],
    keeps: ['上海市市长 龚 正', '四、深入推进政府治理创新'],
  },
  'corpus/gwr-2026-sichuan.txt': {
    reasons: ['page-chrome', 'page-meta', 'related-links', 'repeated-block'],
    removes: ['2026年02月10日 07时41分', '来源:\n四川日报', '【字体：', '分享：', '责任编辑：\n李莎莎', '相关附件>>', '相关链接>>', 'abcd39f1fb7f426d9dfb6bd0fa1f2146:\n四川省第十四届人民代表大会第五次会议关于政府工作报告的决议', '打印本页'],
    keeps: ['2026年四川省人民政府工作报告\n', '2026年2月3日在四川省第十四届人民代表大会第五次会议上', '名词解释', '推进系统治理、源头治理、综合治理。'],
  },
  'corpus/notice-2019-kindergarten-rectification.txt': { reasons: [] },
  'corpus/notice-2019-vocational-education-reform.txt': { reasons: [] },
  'corpus/notice-2019-zero-waste-city-pilot.txt': { reasons: [] },
  'corpus/opinion-2018-agri-mechanization.txt': { reasons: [] },
  'corpus/opinion-2018-employment.txt': { reasons: [] },
  'corpus/plan-2005-grain-emergency.txt': { reasons: [] },
};

/**
 * What a removed span of each reason may hold (its text without spaces); anything else
 * would be body text taken by mistake. Repeated blocks are checked against the text
 * before them instead.
 */
const NOISE: Record<string, RegExp> = {
  breadcrumb: /^(?:(?:当前位置|您好,欢迎访问).*|首页|>|政务信息|宁夏要闻|>.*)$/,
  'page-meta': /(?:来源|门户网站|发布时间|发表时间|时间|浏览次数|阅读量|责任编辑|上传人|\d{4}年\d{2}月\d{2}日\d{2}时\d{2}分)/,
  'page-chrome': /^(?:下载|打印|全屏|收藏|【字号：|【字体：|加大|还原|减小|大|中|小|】|【|分享：|打印本页|关闭窗口|打印本页关闭窗口|扫一扫在手机打开当前页|【E-mail推荐|下载相关举报|【字体：大中小】|上一页.*下一页.*)$/,
  copyright: /^(?:本作品|copyright@|经营许可证编号|本站为文档C2C交易模式)/,
  'share-notice': /(?:由会员分享|为您分享整理|该文档总共|^资源描述$)/,
  'related-links': /^(?:展开阅读全文|相关资源|猜你喜欢|相关搜索|相关报道：|相关附件>>|相关链接>>|[0-9a-f]{32}:.*)$/,
  footer: /^(?:本文标题|链接地址)/,
  url: /^(?:https?:\/\/|www\.)\S+$/,
  'page-number': /^(?:.*\.docx_第\d+页|第\d+页\/共\d+页)$/,
  'page-chunk-number': /^\d{1,2}、$/,
  'paywall-cut': /^……\(新文秘网http:\/\/www\.wm114\.cn省略\d+字,正式会员可完整阅读\)……$/,
  'truncation-notice': /^……\(未完,全文共\d+字,当前仅显示\d+字,请阅读下面提示信息。收藏《[^》]+》\)$/,
  'html-comment': /^<!--[\s\S]*-->$/,
  'escape-token': /^(?:<U\+00A0>)+$/,
  'zero-width': /^\u200b$/,
};

/** Lines that start with a heading marker: 一、 （一） 1. 1、 (1) ① 第一章 */
const HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[章节条])/;

describe('clean: every corpus and eval file', () => {
  it('covers every file', () => {
    expect(FILES.filter((f) => !(f in EXPECTED) && !/\/00\d_/.test(f))).toEqual([]);
  });

  describe.each(FILES.filter((f) => f in EXPECTED))('%s', (file) => {
    const raw = read(file);
    const r = clean(raw);
    const spec = EXPECTED[file]!;

    it('removes what was read as noise, and nothing else', () => {
      expect(reasons(r)).toEqual(spec.reasons);
      for (const s of spec.removes ?? []) expect(r.removed.some((x) => x.text.includes(s))).toBe(true);
      for (const s of spec.keeps ?? []) expect(r.text).toContain(s);
    });

    it('every removed span is noise of its kind', () => {
      for (const x of r.removed) {
        // "<U+00A0>" tokens inside a wider span are absorbed by it
        const body = compact(x.text.replace(/<U\+00A0>/g, ''));
        if (body === '') continue; // line breaks and blank lines
        if (x.reason === 'repeated-block') {
          const before = compact(raw.slice(0, x.start));
          for (const line of x.text.split(/\r?\n|\r/)) expect(before).toContain(compact(line));
          continue;
        }
        expect(body, `${x.reason}: ${x.text.slice(0, 80)}`).toMatch(NOISE[x.reason]!);
      }
    });

    it('keeps every heading line', () => {
      const kept = compact(r.text);
      for (const line of raw.split(/\r?\n|\r/)) {
        if (!HEADING.test(line)) continue;
        expect(kept, line.slice(0, 40)).toContain(compact(line.replace(/<U\+00A0>|\u200b/g, '')));
      }
    });

    it('is idempotent, and its spans and map point into the input', () => {
      expect(clean(r.text).text).toBe(r.text);
      for (const x of r.removed) expect(raw.slice(x.start, x.end)).toBe(x.text);
      for (let i = 0; i < r.text.length; i += 97) expect(raw[r.map.toSource(i)]).toBe(r.text[i]);
      // the spans do not overlap and, with the kept text, make up the input
      let at = 0;
      let kept = '';
      for (const x of r.removed) {
        expect(x.start).toBeGreaterThanOrEqual(at);
        kept += raw.slice(at, x.start);
        at = x.end;
      }
      expect(kept + raw.slice(at)).toBe(r.text);
    });
  });

  it('004 page-chunk lines are the only heading-like lines that lose their number', () => {
    const raw = read('eval/004_32842fa02733a23c.txt');
    const kept = compact(clean(raw).text);
    const lost = raw.split('\n').filter((l) => HEADING.test(l) && !kept.includes(compact(l)));
    expect(lost.map((l) => l.slice(0, 3))).toEqual(['1、教', '2、持', '3、功', '4、来', '5、优', '6、面', '7、验', '8、创', '9、。', '10、']);
    for (const l of lost) expect(kept).toContain(compact(l).replace(/^\d+、/, ''));
  });

  it('the gwr-2006 page repeated six times is kept once', () => {
    const r = clean(read('corpus/gwr-2006-national-scraped.txt'));
    expect(r.text.split('一、去年工作回顾').length - 1).toBe(1);
    expect(r.text.split('各位代表：').length - 1).toBe(1);
    expect(compact(r.text).length).toBeGreaterThan(3500);
  });

  it('the gwr-2014 report held twice is kept once, whole', () => {
    const r = clean(read('corpus/gwr-2014-national-scraped.txt'));
    expect(r.text.split('一、2013年工作回顾').length - 1).toBe(1);
    expect(r.text.split('（九）努力建设生态文明的美好家园').length - 1).toBe(1);
    const blocks = removedTexts(r, 'repeated-block');
    expect(blocks).toHaveLength(1);
    expect(compact(blocks[0]!.replace(/<U\+00A0>/g, ''))).toBe(compact(r.text));
  });
});
