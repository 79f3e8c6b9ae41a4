// Each cleaning rule alone, on short cases: what it removes, and what it must leave
// (tables of positives and negatives, the second list as important as the first).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linesOf, lineSpansOf } from '../src/clean/rules/lines.js';
import { clean } from '../src/clean/index.js';
import { breadcrumb } from '../src/clean/rules/breadcrumb.js';
import { copyright } from '../src/clean/rules/copyright.js';
import { escapeToken } from '../src/clean/rules/escape-token.js';
import { footer } from '../src/clean/rules/footer.js';
import { htmlComment } from '../src/clean/rules/html-comment.js';
import { defaultRules } from '../src/clean/rules/index.js';
import { pageChrome } from '../src/clean/rules/page-chrome.js';
import { pageMeta } from '../src/clean/rules/page-meta.js';
import { pageNumber } from '../src/clean/rules/page-number.js';
import { pagination } from '../src/clean/rules/pagination.js';
import { paywallCut } from '../src/clean/rules/paywall-cut.js';
import { relatedLinks } from '../src/clean/rules/related-links.js';
import { repeatedBlock } from '../src/clean/rules/repeated-block.js';
import { shareNotice } from '../src/clean/rules/share-notice.js';
import { truncationNotice } from '../src/clean/rules/truncation-notice.js';
import { url } from '../src/clean/rules/url.js';
import { zeroWidth } from '../src/clean/rules/zero-width.js';
import { pinyinAnnotation } from '../src/clean/rules/pinyin-annotation.js';
import type { CleanRule } from '../src/clean/types.js';
import { RemovalReason } from '../src/schema/diagnostics.js';

const only = (rule: CleanRule, text: string) => clean(text, { rules: [rule] });
const BODY = '今天，我们召开全市教育工作会议。';

/** [input, expected output] pairs for one rule. */
function table(rule: CleanRule, removes: [string, string][], keeps: string[]): void {
  it.each(removes)(`${rule.name} removes: %j`, (input, output) => {
    const r = only(rule, input);
    expect(r.text).toBe(output);
    expect(r.removed.every((x) => x.reason === rule.reason || RemovalReason.safeParse(x.reason).success)).toBe(true);
  });
  it.each(keeps.map((k) => [k]))(`${rule.name} keeps: %j`, (input) => {
    expect(only(rule, input).text).toBe(input);
  });
}

describe('every rule has a reason of the schema and a unique name', () => {
  it('reasons and names', () => {
    for (const rule of defaultRules) expect(RemovalReason.safeParse(rule.reason).success).toBe(true);
    expect(new Set(defaultRules.map((r) => r.name)).size).toBe(defaultRules.length);
  });
});

describe('breadcrumb', () => {
  table(
    breadcrumb,
    [
      [`当前位置: 首页 > 教育信息 > 动态信息\n${BODY}`, BODY],
      [`当前位置: 首页\n> 教育信息 > 动态信息\n\n${BODY}`, `\n${BODY}`],
      [`当前位置：\n首页\n>\n政务信息\n>\n宁夏要闻\n2026年宁夏回族自治区政府工作报告`, '2026年宁夏回族自治区政府工作报告'],
      [`您好,欢迎访问公文包\n当前位置:首页 > 总结报告 > 区委书记在区委教育工作会议上的讲话\n${BODY}`, BODY],
      [`首页 > 论文 > 管理论文\n${BODY}`, BODY],
      [` 当前位置： 首页>> 中国概况>> 中国简况\n${BODY}`, BODY],
      // the label goes, the title after it stays
      [`当前位置：\n2026年政府工作报告\n${BODY}`, `2026年政府工作报告\n${BODY}`],
    ],
    [
      `当前位置很重要。\n${BODY}`,
      `首页\n${BODY}`,
    ],
  );
  it('a heading after a trail ending in ">" is not part of it', () => {
    expect(only(breadcrumb, '当前位置: 首页 >\n一、总体要求').text).toBe('一、总体要求');
  });
});

describe('page-meta', () => {
  table(
    pageMeta,
    [
      [`信息来源: 台州日报 发布时间: 2022-12-26 09:52 浏览次数:\n${BODY}`, BODY],
      [`来源：甘肃日报\n时间：2026-02-10\n${BODY}`, BODY],
      [`发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n阅读量：\n${BODY}`, BODY],
      [`${BODY}\n（责任编辑： 郭桢\n ）\n`, `${BODY}\n`],
      [`2026年02月10日 07时41分\n${BODY}`, BODY],
      [`上传人:王** 文档编号:571412 上传时间:2023-12-06 格式:DOCX 页数:5 大小:18.63KB\n${BODY}`, BODY],
      [`作者：张三 编辑：李四\n${BODY}`, BODY],
      [`中央政府门户网站　www.gov.cn　　 2009年03月16日　　 来源：新华社\n${BODY}`, BODY],
      [`责任编辑：\n李莎莎\n`, ''],
    ],
    [
      // a meeting notice's 时间 and 地点 are its body
      '时间：2024年3月5日上午9:00\n地点：市政府第一会议室',
      '时间：2026-02-10',
      '国务院办公厅\n2019年1月9日',
      '（二）资金来源：中央财政补助。',
      '资金来源：中央财政补助和地方配套',
      '来源渠道要多元化。',
      '作者认为，教育是国之大计。',
    ],
  );
  it('a label alone does not take a heading or a title as its value', () => {
    expect(only(pageMeta, '来源：\n一、总体要求').text).toBe('一、总体要求');
    expect(only(pageMeta, '来源：\n政府工作报告').text).toBe('政府工作报告');
  });
});

describe('page-chrome and pagination', () => {
  table(
    pageChrome,
    [
      [`【字体：大 中 小】\n${BODY}`, BODY],
      [`【字号：加大 还原 减小】\n${BODY}`, BODY],
      [`下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n${BODY}`, BODY],
      [`【字体：\n大\n中\n小\n】\n分享：\n${BODY}`, BODY],
      [`${BODY}\n打印本页 关闭窗口`, `${BODY}\n`],
      [`${BODY}\n扫一扫在手机打开当前页\n【\n打印本页\n】\n【\n关闭窗口\n】`, `${BODY}\n`],
      [`下载 相关 举报\n${BODY}`, BODY],
      [`【E-mail推荐\n\n\n】\n${BODY}`, `\n\n${BODY}`],
    ],
    [`大\n${BODY}`, `下载\n${BODY}`, `打印\n收藏\n${BODY}`, `下载和打印材料。\n${BODY}`, '收藏《在市教育高质量发展工作会议上的讲话》', '中\n小\n学'],
  );
  table(
    pagination,
    [
      [`${BODY}\n上一页 1 2 3 4 下一页\n`, `${BODY}\n`],
      [`${BODY}\n  上一页  1  2 3 4  下一页  `, `${BODY}\n`],
    ],
    ['点击下一页继续阅读', '上一页内容提到，2025年完成3项任务。'],
  );
});

describe('copyright', () => {
  table(
    copyright,
    [
      [`${BODY}\ncopyright@ 2008-2023 yzwku网站版权所有\n`, `${BODY}\n`],
      [`${BODY}\n经营许可证编号:宁ICP备2022001189号-2\n`, `${BODY}\n`],
      [`${BODY}\n京公网安备 11010502030143号\n`, `${BODY}\n`],
      [`${BODY}\n本站为文档C2C交易模式,即用户上传的文档直接被用户下载,本站只是中间服务平台。`, `${BODY}\n`],
      [`${BODY}\n\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，属于\n公有领域\n。\n\nPublic domain\nPublic domain\nfalse\nfalse`, `${BODY}\n\n\n`],
    ],
    [
      '（三）加强版权保护。',
      '1.规范增值电信业务经营许可证管理',
      '加强知识产权保护，维护著作权人的版权所有权益。',
      '本作品由市文联推荐参评。',
    ],
  );
});

describe('share-notice, related-links, footer', () => {
  table(
    shareNotice,
    [
      ['《教育高质量发展纪实.docx》由会员分享,可在线阅读,更多相关《教育高质量发展纪实.docx(5页珍藏版)》请在优知文库上搜索。\n正文', '正文'],
      ['会议强调加强党的领导。公文包网友为您分享整理的“区委书记在区委教育工作会议上的讲话”范文资料,以供您参考学习之用,希望喜欢。\n正文', '正文'],
      ['亲,该文档总共5页,全部预览完了,如果喜欢就下载吧!\n资源描述\n正文', '正文'],
    ],
    ['资源描述清晰，数据共享。', '会员分享经验。'],
  );
  table(
    relatedLinks,
    [
      [`${BODY}\n展开阅读全文\n相关资源\n猜你喜欢\n相关搜索\n`, `${BODY}\n`],
      [`${BODY}\n相关报道：`, `${BODY}\n`],
      [`${BODY}\n相关附件>>\n相关链接>>\nabcd39f1fb7f426d9dfb6bd0fa1f2146:\n解读省政府工作报告：在服务大局中担难担重前行\n`, `${BODY}\n`],
      [`${BODY}\n上一篇：关于开展教育督导的通知\n`, `${BODY}\n`],
    ],
    ['相关资源要统筹配置。', '2021202220232024', '20212022202320242025:'],
  );
  table(
    footer,
    [[`${BODY}\n本文标题:区委书记在区委教育工作会议上的讲话\n链接地址:https://www.gongwenbao.net/doc/1051610 .html`, `${BODY}\n`]],
    ['本文标题所示内容如下。'.replace('本文标题', '标题')],
  );
});

describe('url', () => {
  table(
    url,
    [
      ['登录https://www.gov.cn/zhengce查询。', '登录查询。'],
      ['详见www.moe.gov.cn。', '详见。'],
      ['[链接](http://x.cn)', '[链接]()'],
    ],
    ['增长2.5%', '版本v1.0', 'www', '文件名a.www.txt'.replace('a.www', 'a')],
  );
});

describe('paywall-cut and truncation-notice', () => {
  it('a paywall cut on its own line, with the missing count', () => {
    const r = only(paywallCut, '甲。\n……(新文秘网http://www.wm114.cn省略715字,正式会员可完整阅读)……\n乙');
    expect(r.text).toBe('甲。\n乙');
    expect(r.cuts).toMatchObject([{ kind: 'omitted', missingChars: 715, statedTotalChars: null }]);
  });
  it('a paywall cut inside a line leaves the sentence end before it', () => {
    expect(only(paywallCut, '甲乙。……(省略100字)……丙').text).toBe('甲乙。丙');
    expect(only(paywallCut, '甲乙...（省略 100 字，会员可读）...丙').text).toBe('甲乙丙');
  });
  it.each(['省略号（……）的用法', '（省略）', '省略100字后继续', '(省略100字'])('not a cut: %j', (text) => {
    const r = only(paywallCut, text);
    expect(r.text).toBe(text);
    expect(r.cuts).toEqual([]);
  });
  it('a tail cut and the 收藏《…》) line after it', () => {
    const r = only(truncationNotice, '支持职业院校参与企 ……(未完,全文共3811字,当前仅显示2007字,请阅读下面提示信息。\n收藏《在市教育高质量发展工作会议上的讲话》)');
    expect(r.text).toBe('支持职业院校参与企');
    expect(r.cuts).toMatchObject([{ kind: 'tail', missingChars: 1804, statedTotalChars: 3811 }]);
  });
  it('a tail notice without its bracket, and one whose counts do not add up', () => {
    expect(only(truncationNotice, '正文全文共3811字,当前仅显示2007字').cuts).toMatchObject([{ missingChars: 1804, statedTotalChars: 3811 }]);
    expect(only(truncationNotice, '(未完,全文共100字,当前仅显示200字)').cuts).toMatchObject([{ missingChars: null, statedTotalChars: 100 }]);
  });
});

describe('debris: comments, escape tokens, zero-width characters', () => {
  table(
    htmlComment,
    [
      ['甲<!-- c -->乙', '甲乙'],
      ['甲\n<!--\nfunction turnpage(page){}\n-->\n乙', '甲\n\n乙'],
    ],
    ['甲<!-- 未闭合', 'a --> b'],
  );
  table(
    escapeToken,
    [
      ['新华社记者姚大伟摄<U+00A0>新华社北京3月14日电', '新华社记者姚大伟摄新华社北京3月14日电'],
      ['<U+00A0><U+00A0><U+00A0><U+00A0>各位代表：', '各位代表：'],
    ],
    ['U+00A0', '<U+00>'],
  );
  table(
    zeroWidth,
    [
      ['交出一份人\n\u200b\n民满意、世界瞩目', '交出一份人民满意、世界瞩目'],
      ['健全数字规则。\n\u200b\n强化反垄断', '健全数字规则。\n强化反垄断'],
      ['\u200b\n\n\n政府工作报', '\n\n政府工作报'],
      ['教\u200b育', '教育'],
      ['一、总体要求\n\u200b\n坚持稳中求进。', '一、总体要求\n坚持稳中求进。'],
      ['甲\r\n\u200b\r\n乙', '甲乙'],
    ],
    ['教育'],
  );
});

describe('pinyin-annotation', () => {
  table(
    pinyinAnnotation,
    [
      ['經濟發(fā)展', '經濟發展'],
      ['實現(xiàn)目標', '實現目標'],
      ['綠(lǜ)色', '綠色'],
      ['發（fā）展', '發展'],
      ['推動發(fā)展，實現(xiàn)增長', '推動發展，實現增長'],
    ],
    ['(a)项', '条件（一）', '发展(fazhan)', '图(a)所示', '(ABC)', '政府(zhèngfǔ)工作'],
  );
  it('records each annotation as its own removed span', () => {
    const r = clean('經濟發(fā)展，實現(xiàn)增長。');
    expect(r.text).toBe('經濟發展，實現增長。');
    expect(r.removed.map((x) => [x.reason, x.text])).toEqual([
      ['pinyin-annotation', '(fā)'],
      ['pinyin-annotation', '(xiàn)'],
    ]);
  });
});

describe('page-number', () => {
  table(
    pageNumber,
    [
      ['甲乙\n— 3 —\n丙丁', '甲乙\n丙丁'],
      ['甲乙\n- 12 -\n丙丁', '甲乙\n丙丁'],
      ['甲乙\n－3－\n丙丁', '甲乙\n丙丁'],
      ['甲乙\n\n— 3 —\n\n丙丁', '甲乙\n丙丁'],
      ['甲乙。\n\n— 3 —\n\n丙丁', '甲乙。\n\n\n丙丁'],
      ['教育高质量发展纪实.docx_第1页\n第1页 / 共5页\n正文', '正文'],
      ['第 3 页\n正文', '正文'],
    ],
    ['——在中国共产党第二十次全国代表大会上的报告', '3', '第三页', '—— 3', '第1页共计5项任务。'],
  );
});

describe('repeated-block', () => {
  const para = (i: number) => `第${i}段：各地区各部门要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，统筹发展和安全。`;
  const page = [1, 2, 3, 4, 5].map(para).join('\n');
  it('later copies of a page go, the first stays', () => {
    const r = only(repeatedBlock, `标题\n${page}\n上一页 1 2 下一页\n${page}\n${page}\n`);
    expect(r.text).toBe(`标题\n${page}\n上一页 1 2 下一页\n`);
  });
  it('a report held twice on one line', () => {
    const line = [1, 2, 3, 4, 5].map(para).join('');
    expect(only(repeatedBlock, `${line}\n\n  \n${line}\n`).text).toBe(`${line}\n\n  \n`);
  });
  it('the headline and first paragraph echoed after the article', () => {
    const text = `2026年四川省人民政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n${page}\n2026年四川省人民政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告工作。`;
    expect(only(repeatedBlock, text).text).toBe(`2026年四川省人民政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n${page}\n`);
  });
  it('a copy spaced differently is the same block (lines compare without spaces)', () => {
    // the copy's lines open with spaces between their first characters: the quick check that
    // compares the heads of long lines before keying every line must still see the repeat
    const spaced = [1, 2, 3, 4, 5].map((i) => para(i).split('').join(' ')).join('\n');
    expect(only(repeatedBlock, `标题\n${page}\n${spaced}\n`).text).toBe(`标题\n${page}\n`);
  });
  it.each([
    ['headings repeated from a table of contents', `目录\n一、总体要求\n二、重点任务\n三、保障措施\n一、总体要求\n${para(1)}\n二、重点任务\n${para(2)}\n三、保障措施\n${para(3)}`],
    ['one paragraph said twice', `讲话\n${para(1)}\n${para(2)}\n${para(1)}`],
    ['各位代表！ again and again', `各位代表！\n${para(1)}\n各位代表！\n${para(2)}\n各位代表！\n${para(3)}`],
  ])('keeps %s', (_name, text) => {
    expect(only(repeatedBlock, text).text).toBe(text);
  });
});

describe('line spans', () => {
  // reference: the lines of the text up to `limit`, each break being \r\n, \n or \r
  const reference = (text: string, limit: number) => {
    const t = text.slice(0, limit);
    const out: { start: number; end: number; next: number }[] = [];
    const re = /\r\n|\n|\r/g;
    let start = 0;
    for (const m of t.matchAll(re)) {
      out.push({ start, end: m.index, next: m.index + m[0].length });
      start = m.index + m[0].length;
    }
    if (start < t.length || out.length === 0) out.push({ start, end: t.length, next: t.length });
    return out;
  };
  it('splits at \\n, \\r\\n and \\r, with offsets, up to a limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '中', '\n', '\r', '\r\n', ' '), { maxLength: 30 }), fc.nat(40), (parts, limit) => {
        const text = parts.join('');
        expect(lineSpansOf(text, limit)).toEqual(reference(text, limit));
        expect(linesOf(text)).toEqual(reference(text, text.length));
      }),
      { numRuns: 500 },
    );
  });
});
