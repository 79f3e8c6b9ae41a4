// Properties of the cleaner on documents made of real body paragraphs and real site
// noise, shuffled (fast-check): body text always survives, the result is a fixed point,
// and every kept character maps back to itself. Plus its speed on big and hostile input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';

const RUNS = Number(process.env.TIGANG_PROPERTY_RUNS ?? 150);
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const compact = (s: string) => s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');

/** Body paragraphs and headings of a real report (no URLs, no page-chunk numbers). */
const REPORT = readFileSync(`${FIXTURES}corpus/gwr-2025-national-wikisource.txt`, 'utf8');
const BODY = REPORT.slice(0, REPORT.indexOf('本作品是'))
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length >= 4)
  .slice(0, 120);

/** Site noise as it appears in the corpus, one block each. */
const NOISE = [
  '当前位置: 首页\n> 教育信息 > 动态信息',
  '当前位置：\n首页\n>\n政务信息\n>\n宁夏要闻',
  '您好,欢迎访问公文包',
  '信息来源: 台州日报 发布时间: 2022-12-26 09:52 浏览次数:',
  '来源：甘肃日报\n时间：2026-02-10',
  '发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n阅读量：',
  '（责任编辑： 郭桢\n ）',
  '2026年02月10日 07时41分',
  '下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】',
  '【字体：大 中 小】',
  '打印本页 关闭窗口',
  '扫一扫在手机打开当前页\n【\n打印本页\n】\n【\n关闭窗口\n】',
  '上一页 1 2 3 4 下一页',
  'copyright@ 2008-2023 yzwku网站版权所有',
  '经营许可证编号:宁ICP备2022001189号-2',
  '本站为文档C2C交易模式,即用户上传的文档直接被用户下载,本站只是中间服务平台。若文档所含内容侵犯了您的版权或隐私,请立即通知我们。',
  '上传人:王** 文档编号:571412 上传时间:2023-12-06 格式:DOCX 页数:5 大小:18.63KB',
  '下载 相关 举报',
  '教育高质量发展纪实.docx_第1页\n第1页 / 共5页',
  '亲,该文档总共5页,全部预览完了,如果喜欢就下载吧!\n资源描述',
  '《教育高质量发展纪实.docx》由会员分享,可在线阅读,更多相关《教育高质量发展纪实.docx(5页珍藏版)》请在优知文库上搜索。',
  '展开阅读全文\n相关资源\n猜你喜欢\n相关搜索',
  '相关链接>>\nabcd39f1fb7f426d9dfb6bd0fa1f2146:\n解读省政府工作报告',
  '本文标题:区委书记在区委教育工作会议上的讲话\n链接地址:https://www.gongwenbao.net/doc/1051610 .html',
  '<!--\nfunction turnpage(page){}\n-->',
  '<U+00A0><U+00A0>',
  '\u200b',
  '— 3 —',
  '……(新文秘网http://www.wm114.cn省略715字,正式会员可完整阅读)……',
];

const doc = fc
  .tuple(
    fc.shuffledSubarray(BODY, { minLength: 1, maxLength: 25 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 12 }),
    fc.constantFrom('\n', '\n\n', '\r\n'),
  )
  .map(([body, noise, eol]) => {
    const parts: string[] = [...body];
    for (const [at, n] of noise) parts.splice(at % (parts.length + 1), 0, n);
    return { body, text: parts.join(eol).replace(/\n/g, eol === '\r\n' ? '\r\n' : '\n').replace(/\r\r\n/g, '\r\n') };
  });

describe('clean (properties on noisy documents)', () => {
  it('keeps every body paragraph', () => {
    fc.assert(
      fc.property(doc, ({ body, text }) => {
        const kept = compact(clean(text).text);
        for (const p of body) expect(kept).toContain(compact(p));
      }),
      { numRuns: RUNS },
    );
  });

  it('removes the noise', () => {
    fc.assert(
      fc.property(doc, ({ text }) => {
        const kept = clean(text).text;
        for (const marker of ['当前位置', '信息来源', '版权所有', '由会员分享', '链接地址', '<U+00A0>', '<!--', '\u200b', '省略715字', '打印本页', '上一页']) {
          expect(kept).not.toContain(marker);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent, and the map and spans point into the input', () => {
    fc.assert(
      fc.property(doc, ({ text }) => {
        const r = clean(text);
        expect(clean(r.text).text).toBe(r.text);
        for (let i = 0; i < r.text.length; i++) expect(text[r.map.toSource(i)]).toBe(r.text[i]);
        let at = 0;
        let kept = '';
        for (const x of r.removed) {
          expect(x.start).toBeGreaterThanOrEqual(at);
          expect(text.slice(x.start, x.end)).toBe(x.text);
          kept += text.slice(at, x.start);
          at = x.end;
        }
        expect(kept + text.slice(at)).toBe(r.text);
      }),
      { numRuns: RUNS },
    );
  });
});

// Hang guards: a quadratic path on these inputs would run for minutes and hit the test
// timeout. Speed itself is measured by `npm run bench`, never asserted here.
describe('clean: pathological inputs', () => {
  it.each([
    ['a million dots', '…'.repeat(1_000_000)],
    ['unclosed comments', '<!--'.repeat(250_000)],
    ['chunk numbers without text', '1、\n\n'.repeat(250_000)],
    ['lines of one length', `${'政'.repeat(28)}\n`.repeat(100_000)],
    ['a pager of digits', `上一页 ${'1'.repeat(100_000)} 下一页`],
    ['one long URL', `http://${'a'.repeat(1_000_000)}`],
    ['cut notices without brackets', '省略1字'.repeat(250_000)],
    ['open brackets', `${'('.repeat(500_000)}省略1字`],
    ['labels without values', '来源：'.repeat(300_000)],
  ])('finishes on %s, accounting for every character', { timeout: 60_000 }, (_name, text) => {
    const cleaned = clean(text);
    const removed = cleaned.removed.reduce((n, r) => n + (r.end - r.start), 0);
    expect(cleaned.text.length + removed).toBe(text.length);
  });
});
