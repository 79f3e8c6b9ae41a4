// Outline quality on the hand-made gold outlines (fixtures/eval and fixtures/corpus, format:
// fixtures/eval/GUIDE.md), with a matcher of our own: headings in reading order, matched on marker
// and the title's start.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { outlineWithPositions } from './helpers/outline.js';
import type { Section } from '../src/schema/outline.js';
import { foldWidth } from '../src/text/fold.js';
import { f1, goldDocs } from './helpers/gold.js';

interface Heading {
  key: string;
  depth: number;
  parent: string;
  toc: boolean;
}

const markerKey = (m: string) => foldWidth(m).replace(/\s/g, '').replace(/,$/, '');
const titleKey = (t: string) => [...foldWidth(t).replace(/[\s“”"'‘’《》「」_*]/g, '')].slice(0, 8).join('');

function goldHeadings(outline: string): Heading[] {
  const out: Heading[] = [];
  const path: string[] = [];
  for (const line of outline.split('\n')) {
    if (line.trim() === '') continue;
    const depth = (line.length - line.trimStart().length) / 2 + 1;
    let body = line.trim();
    const toc = body.startsWith('~');
    if (toc) body = body.slice(1);
    const space = body.indexOf(' ');
    const marker = space < 0 ? body : body.slice(0, space);
    const title = space < 0 ? '' : body.slice(space + 1);
    const key = `${markerKey(marker)} ${titleKey(title)}`;
    path.length = depth - 1;
    out.push({ key, depth, parent: path[depth - 2] ?? '', toc });
    path[depth - 1] = key;
  }
  return out;
}

function foundHeadings(nodes: readonly Section[], depth = 1, parent = '', out: Heading[] = []): Heading[] {
  for (const n of nodes) {
    const key = `${markerKey(n.marker)} ${titleKey(n.title)}`;
    out.push({ key, depth, parent, toc: n.origin === 'toc' });
    foundHeadings(n.children, depth + 1, key, out);
  }
  return out;
}

/** Pairs gold and found headings in order: each gold heading takes the next found one with its key (within a window). */
function pair(gold: readonly Heading[], found: readonly Heading[]): [Heading, Heading][] {
  const pairs: [Heading, Heading][] = [];
  let from = 0;
  for (const g of gold) {
    for (let j = from; j < Math.min(found.length, from + 25); j++) {
      if (found[j]!.key === g.key) {
        pairs.push([g, found[j]!]);
        from = j + 1;
        break;
      }
    }
  }
  return pairs;
}

describe('outline evaluation (gold outlines)', () => {
  const totals = { body: [0, 0, 0], all: [0, 0, 0], tree: [0, 0] };

  for (const doc of goldDocs().filter((d) => d.outline !== null)) {
    it(doc.name, () => {
      const raw = readFileSync(doc.textPath, 'utf8');
      const cleaned = clean(raw);
      const { outline } = outlineWithPositions(cleaned.text, raw, cleaned.map);
      const gold = goldHeadings(doc.outline!);
      const found = foundHeadings(outline.children);
      const body = pair(
        gold.filter((h) => !h.toc),
        found.filter((h) => !h.toc),
      );
      const all = pair(gold, found);
      totals.body[0]! += body.length;
      totals.body[1]! += gold.filter((h) => !h.toc).length;
      totals.body[2]! += found.filter((h) => !h.toc).length;
      totals.all[0]! += all.length;
      totals.all[1]! += gold.length;
      totals.all[2]! += found.length;
      totals.tree[0]! += all.filter(([g, f]) => g.depth === f.depth && g.parent === f.parent).length;
      totals.tree[1]! += all.length;
    });
  }

  it('meets the targets: body F1 ≥ 0.97, with TOC ≥ 0.9, tree accuracy ≥ 0.95', () => {
    const [tpB, gB, fB] = totals.body as [number, number, number];
    const [tpA, gA, fA] = totals.all as [number, number, number];
    const bodyF1 = f1(tpB, gB, fB);
    const allF1 = f1(tpA, gA, fA);
    const tree = totals.tree[1] ? totals.tree[0]! / totals.tree[1] : 0;
    console.log(`outline body F1 ${bodyF1.toFixed(3)}, with TOC ${allF1.toFixed(3)}, tree ${tree.toFixed(3)} (${gA} gold headings)`);
    expect(gA).toBeGreaterThan(200);
    expect(bodyF1).toBeGreaterThanOrEqual(0.97);
    expect(allF1).toBeGreaterThanOrEqual(0.9);
    expect(tree).toBeGreaterThanOrEqual(0.95);
  });
});
