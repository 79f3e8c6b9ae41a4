// Metadata of cleaned texts: the five sample speeches, the corpus, and small cases.
// Positions must point into the ORIGINAL text at what the value was read from. The page's
// metadata lines (来源, 发布时间 …) reach the metadata as the fields the cleaner read off them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, type PageField, type Removal } from '../src/clean/index.js';
import { findDate } from '../src/metadata/dates.js';
import { extractMetadata } from '../src/metadata/index.js';
import { projectHtml } from '../src/node.js';
import { pipeline } from '../src/pipeline.js';
import { Metadata } from '../src/schema/metadata.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** The pipeline's metadata (positions in the original) and what the stage read, in working offsets. */
function metadataOf(raw: string) {
  const file = pipeline(raw, { until: 'metadata' });
  const m = file.metadata!;
  expect(Metadata.safeParse(m).success).toBe(true);
  return { m, raw, found: extractMetadata(file), cleaned: file.text };
}

/** What the cleaner removes from a page's metadata lines, with the fields it read (the lines must all go). */
function removedLines(...lines: string[]): Removal[] {
  const text = `${lines.join('\n')}\n`;
  const c = clean(text);
  expect(c.text.trim(), 'every line removed').toBe('');
  return c.removed;
}

/** The value with the original text its position covers, spaces and line breaks dropped. */
const at = (raw: string, l: { text: string; position: { start: { offset: number }; end: { offset: number } } } | null) =>
  l ? { text: l.text, source: raw.slice(l.position.start.offset, l.position.end.offset).replace(/[\s\u3000]+/g, '') } : null;

type Expect = {
  title: string | null;
  occasion?: string | null;
  speakerRole?: string | null;
  date?: string | null;
  source?: string | null;
  salutation?: string | null;
  closing?: string | null;
  body?: string;
};

const CASES: Record<string, Expect> = {
  'eval/000_1ead45d65ebf2d6b.txt': {
    title: '在市教育高质量发展工作会议上的讲话', occasion: '市教育高质量发展工作会议', speakerRole: null, date: null, source: null,
    salutation: '同志们', closing: null, body: '今天,我们召开全市教育高质量发展工作会议',
  },
  'eval/001_51c8b0c266839527.txt': {
    title: '以党的二十大精神为指引 聚力教育提质发展 推进教育强市建设', occasion: null, speakerRole: '市教育局党组理论学习中心组',
    date: '2022-12-26', source: '台州日报', salutation: null, closing: null, body: '近日,《台州日报》',
  },
  'eval/002_23e13c9852b4af80.txt': {
    title: '在全县创建义务教育优质均衡发展县工作推进会上的讲话', occasion: '全县创建义务教育优质均衡发展县工作推进会',
    date: null, salutation: '同志们', closing: null, body: '今天我们召开这场推进会',
  },
  'eval/003_64c166b66d0399c9.txt': {
    title: '区委书记在区委教育工作会议上的讲话', occasion: '区委教育工作会议', speakerRole: '区委书记', date: null, source: null,
    salutation: '同志们', closing: '谢谢大家!', body: '今天,我们召开区委教育工作会议',
  },
  'eval/004_32842fa02733a23c.txt': {
    title: '教育高质量发展纪实', occasion: null, speakerRole: null, date: '2023-12-06', source: null, salutation: null, closing: null,
    body: '教育高质量发展纪实栉风沐雨砥砺行',
  },
  'corpus/cpc-20th-congress-report.txt': {
    title: '高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗', occasion: '中国共产党第二十次全国代表大会',
    date: '2022-10-16', salutation: '同志们', body: '现在，我代表第十九届中央委员会向大会作报告。',
  },
  'corpus/gwr-1955-first-five-year-plan-report.txt': { title: null, salutation: '各位代表', date: null },
  'corpus/gwr-2006-national-scraped.txt': {
    title: '2006年国务院政府工作报告', occasion: '第十届全国人民代表大会第四次会议', speakerRole: '国务院总理', date: '2006-03-05', source: '新华社', salutation: '各位代表',
  },
  'corpus/gwr-2014-national-scraped.txt': { title: '政府工作报告', occasion: '第十二届全国人民代表大会第二次会议', date: '2014-03-05', salutation: '各位代表' },
  'corpus/gwr-2016-national-dxcarl.txt': { title: '2016年国务院政府工作报告', date: '2016', salutation: '各位代表' },
  'corpus/gwr-2018-national-scraped.txt': {
    title: '政府工作报告', occasion: '第十三届全国人民代表大会第一次会议', speakerRole: '国务院总理', date: '2018-03-05', salutation: '各位代表',
  },
  'corpus/gwr-2021-national-wikisource.txt': {
    title: '政府工作报告', occasion: '第十三届全国人民代表大会第四次会议', speakerRole: '国务院总理', date: '2021-03-05', salutation: '各位代表',
  },
  'corpus/gwr-2025-national-wikisource.txt': { title: null, salutation: '各位代表', closing: null, body: '现在，我代表国务院' },
  'corpus/gwr-2026-gansu.txt': {
    title: '2026年甘肃省政府工作报告', occasion: '甘肃省十四届人民代表大会第四次会议', speakerRole: '甘肃省省长', date: '2026-01-27', source: '甘肃日报', salutation: '各位代表',
  },
  'corpus/gwr-2026-guangdong.txt': {
    title: '政府工作报告', occasion: '广东省第十四届人民代表大会第五次会议', speakerRole: '广东省省长', date: '2026-01-26', salutation: '各位代表',
  },
  'corpus/gwr-2026-hainan.txt': { title: '政府工作报告', occasion: '海南省第七届人民代表大会第五次会议', speakerRole: '海南省省长', date: '2026-01-27' },
  'corpus/gwr-2026-ningxia.txt': {
    title: '2026年宁夏回族自治区政府工作报告', occasion: '宁夏回族自治区第十三届人民代表大会第四次会议', speakerRole: '自治区人民政府主席',
    date: '2026-02-03', source: '宁夏日报客户端', salutation: '各位代表',
  },
  'corpus/gwr-2026-shanghai.txt': {
    title: '2026年上海市政府工作报告', occasion: '上海市第十六届人民代表大会第四次会议', speakerRole: '上海市市长', date: '2026-02-03', source: '解放日报', salutation: '各位代表',
  },
  'corpus/gwr-2026-sichuan.txt': {
    title: '2026年四川省人民政府工作报告', occasion: '四川省第十四届人民代表大会第五次会议', speakerRole: '四川省人民政府省长', date: '2026-02-03', source: '四川日报', salutation: '各位代表',
  },
  'corpus/notice-2019-kindergarten-rectification.txt': { title: '国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知', date: '2019-01-09', salutation: null, occasion: null },
  'corpus/notice-2019-vocational-education-reform.txt': { title: '国务院关于印发国家职业教育改革实施方案的通知', date: '2019-01-24' },
  'corpus/notice-2019-zero-waste-city-pilot.txt': { title: '国务院办公厅关于印发“无废城市”建设试点工作方案的通知', date: '2018-12-29' },
  'corpus/opinion-2018-agri-mechanization.txt': { title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见', date: '2018-12-21' },
  'corpus/opinion-2018-employment.txt': { title: '国务院关于做好当前和今后一个时期促进就业工作的若干意见', date: '2018-11-16' },
  'corpus/plan-2005-grain-emergency.txt': { title: '国务院办公厅关于印发国家粮食应急预案的函', date: '2005-06-11' },
};

describe('extractMetadata on the samples and the corpus', () => {
  it.each(Object.entries(CASES))('%s', (file, want) => {
    const { m, raw, found, cleaned } = metadataOf(readFileSync(`${FIXTURES}${file}`, 'utf8'));
    expect(m.title?.text ?? null).toBe(want.title);
    if (m.title) expect(at(raw, m.title)!.source).toBe(want.title!.replace(/\s+/g, ''));
    for (const key of ['occasion', 'speakerRole', 'date', 'source'] as const) if (key in want) expect(m[key], key).toBe(want[key]);
    if ('salutation' in want) {
      expect(m.salutation?.text ?? null).toBe(want.salutation);
      if (m.salutation) expect(at(raw, m.salutation)!.source).toBe(want.salutation);
    }
    if ('closing' in want) {
      expect(m.closing?.text ?? null).toBe(want.closing);
      if (m.closing) expect(at(raw, m.closing)!.source).toBe(want.closing);
    }
    if (want.body) expect(cleaned.slice(found.bodyStart).startsWith(want.body)).toBe(true);
  });

  it('title positions cover the original lines, across a split title', () => {
    const raw = readFileSync(`${FIXTURES}corpus/gwr-2021-national-wikisource.txt`, 'utf8');
    const { m } = metadataOf(raw);
    expect(raw.slice(m.title!.position.start.offset, m.title!.position.end.offset)).toBe('政府工作报\n告');
    expect(m.title!.position.start.line).toBe(8);
    expect(m.title!.position.end.line).toBe(9);
  });

  it('003: title, salutation and closing on the one body line, at their columns', () => {
    const { m } = metadataOf(readFileSync(`${FIXTURES}eval/003_64c166b66d0399c9.txt`, 'utf8'));
    expect(m.title!.position.start).toMatchObject({ line: 4, column: 1 });
    expect(m.salutation!.position.start).toMatchObject({ line: 4, column: 18 });
    expect(m.closing!.position.end.line).toBe(4);
  });
});

describe('extractMetadata on small texts', () => {
  /** The metadata of a cleaned `text`, with the page-metadata `lines` the cleaner removed from it. */
  const meta = (text: string, lines: string[] = []) => extractMetadata({ text, removed: lines.length ? removedLines(...lines) : [] });

  it('records where the date came from: dateline, label, signature, title (year), heading (year)', () => {
    const source = (t: string, lines: string[] = []) => {
      const m = meta(t, lines);
      return [m.date, m.dateSource];
    };
    expect(source('政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n各位代表：')).toEqual(['2025-03-05', 'dateline']);
    expect(source('通知\n正文。', ['发布时间：2019-02-01 10:00'])).toEqual(['2019-02-01', 'label']);
    expect(source('通知\n正文。\n国务院办公厅\n2019年1月9日')).toEqual(['2019-01-09', 'signature']);
    expect(source('2016年国务院政府工作报告\n\n各位代表：\n现在，我代表国务院。')).toEqual(['2016', 'title']);
    // a span in a title is no year of the document
    expect(source('2021—2025年教师队伍建设规划\n正文。')).toEqual([null, null]);
    // a review of 2024 is given in 2025; tasks for 2026 are set in 2026
    expect(source('各位代表：\n现在，我代表国务院。\n一、2024年工作回顾\n过去一年……')).toEqual(['2025', 'heading']);
    expect(source('各位代表：\n现在，我代表市政府。\n2026年重点工作\n今年是……')).toEqual(['2026', 'heading']);
    expect(source('各位代表：\n2024年是极不平凡的一年。')).toEqual([null, null]);
  });

  it('a dateline in brackets after the title', () => {
    const m = meta('政府工作报告\n（2025年3月5日在第十四届全国人民代表大会第三次会议上）\n国务院总理 李强\n各位代表：\n现在，我代表国务院。');
    expect(m).toMatchObject({ date: '2025-03-05', occasion: '第十四届全国人民代表大会第三次会议', speakerRole: '国务院总理' });
    expect(m.title?.text).toBe('政府工作报告');
    expect(m.salutation?.text).toBe('各位代表');
  });

  it('the dateline wins over the publication date; the publication date over a signature date', () => {
    expect(meta('讲话\n——2024年1月5日在全市工作会议上\n同志们：', ['发布时间：2024-02-01 10:00']).date).toBe('2024-01-05');
    expect(meta('通知\n正文。\n2019年1月9日', ['发布时间：2019-02-01 10:00']).date).toBe('2019-02-01');
    expect(meta('通知\n正文。\n2019年1月9日').date).toBe('2019-01-09');
    expect(meta('通知\n正文。', ['上传时间:2023-12-06 格式:DOCX']).date).toBe('2023-12-06');
    expect(meta('通知\n正文。', ['2026年02月10日 07时41分']).date).toBe('2026-02-10');
  });

  it('the source from a removed line, split over two lines or not', () => {
    expect(meta('标题\n正文。', ['来源:', '四川日报']).source).toBe('四川日报');
    expect(meta('标题\n正文。', ['信息来源: 台州日报 发布时间: 2022-12-26 09:52 浏览次数:']).source).toBe('台州日报');
    expect(meta('标题\n正文。').source).toBe(null);
  });

  it('a title run into the salutation; closing variants', () => {
    const m = meta('县长在全县安全生产工作会议上的讲话同志们：今天开会。谢谢！');
    expect(m).toMatchObject({ occasion: '全县安全生产工作会议', speakerRole: '县长' });
    expect(m.title?.text).toBe('县长在全县安全生产工作会议上的讲话');
    expect(m.closing?.text).toBe('谢谢！');
    expect(meta('讲话\n同志们：\n正文。\n\n谢谢大家。\n\n').closing?.text).toBe('谢谢大家。');
    expect(meta('讲话\n同志们：\n要感谢谢谢大家').closing).toBe(null);
  });

  it('a table of contents before the title is skipped', () => {
    const m = meta('目录/提纲:……\n一、总体要求\n（一）指导思想\n二、重点任务\n……\n在全市教育工作会议上的讲话\n同志们:\n今天');
    expect(m.title?.text).toBe('在全市教育工作会议上的讲话');
    expect(meta('目录/提纲:……\n一、总体要求\n……\n在全市教育工作会议上的讲话\n同志们:\n今天').bodyStart).toBe('目录/提纲:……\n一、总体要求\n……\n在全市教育工作会议上的讲话\n同志们:\n'.length);
  });

  it('empty and title-less texts', () => {
    expect(meta('')).toEqual({ title: null, occasion: null, speakerRole: null, date: null, dateSource: null, source: null, salutation: null, closing: null, bodyStart: 0 });
    expect(meta('各位代表：\n现在，我代表国务院。').title).toBe(null);
  });
});

describe('the fields the cleaner reads off page-metadata lines', () => {
  const fields = (...lines: string[]) => removedLines(...lines).flatMap((r): PageField[] => r.fields ?? []);

  it('records label, kind and value as written, one field per label, a value on the next line included', () => {
    expect(fields('信息来源: 台州日报 发布时间: 2022-12-26 09:52 浏览次数:')).toEqual([
      { kind: 'source', label: '信息来源', value: '台州日报' },
      { kind: 'published', label: '发布时间', value: '2022-12-26 09:52' },
      { kind: 'views', label: '浏览次数', value: '' },
    ]);
    expect(fields('来源:', '四川日报', '责任编辑：', '李莎莎')).toEqual([
      { kind: 'source', label: '来源', value: '四川日报' },
      { kind: 'editor', label: '责任编辑', value: '李莎莎' },
    ]);
    expect(fields('2026年02月10日 07时41分')).toEqual([{ kind: 'published', label: null, value: '2026年02月10日 07时41分' }]);
    // a timestamp before the first label is the publication time
    expect(fields('2019-01-09 10:00 来源：新华社')).toEqual([
      { kind: 'published', label: null, value: '2019-01-09 10:00' },
      { kind: 'source', label: '来源', value: '新华社' },
    ]);
  });

  it('reads Traditional and full-width labels and values through the fold, and keeps them as written', () => {
    expect(fields('來源：新華社 發布時間：２０１９－０２－０１ １０：００')).toEqual([
      { kind: 'source', label: '來源', value: '新華社' },
      { kind: 'published', label: '發布時間', value: '２０１９－０２－０１ １０：００' },
    ]);
    const m = extractMetadata({ text: '通知\n正文。', removed: removedLines('來源：新華社 發布時間：２０１９－０２－０１ １０：００') });
    expect([m.source, m.date, m.dateSource]).toEqual(['新華社', null, null]);
    // the folded text (as the pipeline passes it) reads the full-width date
    const folded = extractMetadata({ text: '通知\n正文。\u3000', folded: '通知\n正文。 ', removed: removedLines('來源：新華社 發布時間：２０１９－０２－０１ １０：００') });
    expect([folded.date, folded.dateSource]).toEqual(['2019-02-01', 'label']);
  });

  it('a metadata line cut by a hard wrap gives its date whole (the removed text is in pieces)', () => {
    // fixtures/eval/004 as PDF text: every line cut after 28 characters
    const text = readFileSync(`${FIXTURES}eval/004_32842fa02733a23c.txt`, 'utf8');
    const raw = text.split('\n').flatMap((line) => line.match(/.{1,28}/g) ?? ['']).join('\n');
    const file = pipeline(raw, { until: 'metadata' });
    const pieces = file.removed.filter((r) => r.reason === 'page-meta');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.some((r) => r.text.includes('2023-12-06'))).toBe(false);
    expect(file.metadata).toMatchObject({ date: '2023-12-06', dateSource: 'label' });
  });

  it("a page's record table (gov.cn): the date written (成文日期) before the date published (发布日期)", () => {
    const html = '<html><body><table><tr><td>发布日期：</td><td>2019年02月13日</td></tr><tr><td>成文日期：</td><td>2019年01月24日</td></tr><tr><td>发文机关：</td><td>国务院</td></tr></table><p>国务院关于印发国家职业教育改革实施方案的通知</p><p>各省、自治区、直辖市人民政府：现将方案印发给你们。</p></body></html>';
    const file = pipeline(html, { format: 'html', html: projectHtml, until: 'metadata' });
    expect(file.removed.find((r) => r.reason === 'page-meta')!.fields).toEqual([
      { kind: 'published', label: '发布日期', value: '2019年02月13日' },
      { kind: 'written', label: '成文日期', value: '2019年01月24日' },
    ]);
    expect(file.metadata).toMatchObject({ date: '2019-01-24', dateSource: 'label' });
  });

  it('Traditional page chrome goes like its Simplified form: breadcrumb, toolbar, metadata lines', () => {
    const raw = '當前位置：首頁 > 政務資訊 > 要聞\n【字體：大 中 小】 列印本頁\n資訊來源：四川日報\n2026年四川省人民政府工作報告\n各位代表：\n現在，我代表省人民政府作工作報告。\n';
    const file = pipeline(raw, { until: 'metadata' });
    expect(file.removed.map((r) => r.reason)).toEqual(['breadcrumb', 'page-chrome', 'page-meta']);
    expect(file.metadata).toMatchObject({ source: '四川日報', salutation: { text: '各位代表' } });
  });
});

describe('findDate', () => {
  it.each([
    ['2025年3月5日', '2025-03-05'],
    ['2022-12-26 09:52', '2022-12-26'],
    ['2026年02月10日 07时41分', '2026-02-10'],
    ['2023/12/06', '2023-12-06'],
    ['二〇二六年一月二十七日', '2026-01-27'],
    ['二〇〇五年六月十一日', '2005-06-11'],
    ['二〇一九年十二月三十一日', '2019-12-31'],
    ['2025年13月5日', null],
    ['2025年', null],
    ['十四五', null],
  ])('%s → %s', (s, iso) => {
    expect(findDate(s)).toBe(iso);
  });
});
