// A table of contents on one line (issue 12, form 4): entries are not body headings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import type { Section } from '../src/schema/outline.js';

const EVAL = new URL('../fixtures/eval/', import.meta.url).pathname;
const oneLine = (t: string) => t.replace(/\s*\r?\n\s*/g, '');

function bodyHeadings(nodes: readonly Section[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.origin === 'body') out.push(`${n.marker}${n.title}`);
    bodyHeadings(n.children, out);
  }
  return out;
}

describe('a table of contents on one line', () => {
  for (const name of ['000_1ead45d65ebf2d6b', '002_23e13c9852b4af80']) {
    it(`${name}: the TOC of the one-line text is the TOC of the original, and adds no body heading`, () => {
      const text = readFileSync(`${EVAL}${name}.txt`, 'utf8');
      const original = parse(text);
      const joined = parse(oneLine(text));
      expect(joined.toc?.entries.map((e) => e.title)).toEqual(original.toc?.entries.map((e) => e.title));
      expect(bodyHeadings(joined.outline.children).length).toBe(bodyHeadings(original.outline.children).length);
    });
  }

  it('目录 followed by chapters and sections with page numbers, then the body', () => {
    const toc = '目录第一章总则1第一节编制目的1第二节适用范围2第二章组织体系3第一节领导机构3第二节工作机构4第三章附则5';
    const body =
      '第一章总则第一节编制目的为有效应对突发事件，保障人民群众生命财产安全，制定本预案。' +
      '第二节适用范围本预案适用于本市行政区域内突发事件的应对工作。' +
      '第二章组织体系第一节领导机构市政府设立应急指挥部，统一领导应对工作。' +
      '第二节工作机构指挥部办公室设在市应急管理局，负责日常工作。' +
      '第三章附则本预案自印发之日起施行。';
    const doc = parse(`某市突发事件应急预案${toc}${body}`);
    expect(doc.toc?.entries.map((e) => `${e.marker}${e.title}`)).toEqual([
      '第一章总则', '第一节编制目的', '第二节适用范围', '第二章组织体系', '第一节领导机构', '第二节工作机构', '第三章附则',
    ]);
    // each heading once, from the body
    expect(bodyHeadings(doc.outline.children).map((h) => h.slice(0, 5))).toEqual([
      '第一章总则', '第一节编制', '第二节适用', '第二章组织', '第一节领导', '第二节工作', '第三章附则',
    ]);
  });

  it('a run of bare entries that the body repeats, with no 目录 header', () => {
    const text =
      '关于推进某项工作的实施方案一、总体要求二、主要任务三、保障措施四、组织实施' +
      '一、总体要求以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央决策部署。' +
      '二、主要任务加快推进重点项目建设，全面提升服务水平和质量。' +
      '三、保障措施各地要加强组织领导，落实工作责任，确保各项任务落到实处。' +
      '四、组织实施各部门要按照职责分工，认真抓好贯彻落实。';
    const doc = parse(text);
    expect(doc.toc?.entries).toHaveLength(4);
    expect(bodyHeadings(doc.outline.children)).toEqual(['一、总体要求', '二、主要任务', '三、保障措施', '四、组织实施']);
  });
});
