// End-to-end evaluation of quantities, their kinds and deadlines against the gold in
// fixtures/eval. The bars are the project's acceptance bars (issue 3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Quantity, TigangDocument } from '../src/index.js';
import { foldWidth } from '../src/text/fold.js';
import { f1, goldDocs } from './helpers/gold.js';

const docs = goldDocs().map((g) => ({ gold: g, doc: parse(readFileSync(g.textPath), { path: g.textPath }) }));

const unitKey = (u: string | null | undefined) => foldWidth(u ?? '').replace(/\s+/g, '').replace(/^个(?=.)/, '');
const numKey = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** One key per distinct number a quantity states (a range or change states two). */
function quantityKeys(q: Quantity): string[] {
  if (q.ratio) return [`ratio|${foldWidth(q.ratio).replace(/[^\d.:]/g, '')}`];
  if (q.masked) return [`masked|${unitKey(q.unit)}`];
  const nums = [q.value, q.min, q.max, q.from, q.to].filter((n): n is number => typeof n === 'number');
  return [...new Set(nums.map(numKey))].map((n) => `${n}|${unitKey(q.unit)}`);
}

function goldQuantityKey(row: Record<string, string>): string {
  if (row.unit === 'ratio') return `ratio|${(row.value ?? '').replace(/[^\d.:]/g, '')}`;
  if (row.value === 'null') return `masked|${unitKey(row.unit)}`;
  return `${numKey(Number(row.value))}|${unitKey(row.unit)}`;
}

interface Tally { tp: number; gold: number; found: number; kindOk: number }

function scoreQuantities(doc: TigangDocument, gold: Record<string, string>[]): Tally {
  const found = doc.quantities.flatMap((q) => quantityKeys(q).map((key) => ({ key, kind: q.kind })));
  const pool = new Map<string, { key: string; kind: string }[]>();
  for (const f of found) pool.set(f.key, [...(pool.get(f.key) ?? []), f]);
  let tp = 0;
  let kindOk = 0;
  for (const row of gold) {
    const list = pool.get(goldQuantityKey(row));
    if (!list?.length) continue;
    tp++;
    const same = list.findIndex((f) => f.kind === row.kind);
    const [hit] = list.splice(same >= 0 ? same : 0, 1);
    if (hit!.kind === row.kind) kindOk++;
  }
  return { tp, gold: gold.length, found: found.length, kindOk };
}

const timeKey = (s: string) => foldWidth(s).replace(/[\s“”"'‘’]/g, '');

function scoreDeadlines(doc: TigangDocument, gold: Record<string, string>[]): Tally {
  const left = doc.deadlines.map((d) => timeKey(d.raw));
  const missed: string[] = [];
  let tp = 0;
  for (const row of gold) {
    const i = left.indexOf(timeKey(row.raw ?? ''));
    if (i >= 0) {
      left.splice(i, 1);
      tp++;
    } else missed.push(timeKey(row.raw ?? ''));
  }
  // the same expression written with more or less around it (到2025年底 / 2025年底) still counts
  for (const g of missed) {
    const i = left.findIndex((p) => (p.includes(g) || g.includes(p)) && Math.min(p.length, g.length) * 3 >= Math.max(p.length, g.length));
    if (i >= 0) {
      left.splice(i, 1);
      tp++;
    }
  }
  return { tp, gold: gold.length, found: doc.deadlines.length, kindOk: 0 };
}

const sum = (xs: Tally[]) => xs.reduce((a, b) => ({ tp: a.tp + b.tp, gold: a.gold + b.gold, found: a.found + b.found, kindOk: a.kindOk + b.kindOk }), { tp: 0, gold: 0, found: 0, kindOk: 0 });

describe('extraction against the gold (fixtures/eval)', () => {
  const q = sum(docs.filter((d) => d.gold.quantities).map((d) => scoreQuantities(d.doc, d.gold.quantities!)));
  const t = sum(docs.filter((d) => d.gold.deadlines).map((d) => scoreDeadlines(d.doc, d.gold.deadlines!)));

  it('quantity F1 ≥ 0.93', () => {
    expect(f1(q.tp, q.gold, q.found)).toBeGreaterThanOrEqual(0.93);
  });
  it('quantity kind accuracy ≥ 0.93', () => {
    expect(q.kindOk / q.tp).toBeGreaterThanOrEqual(0.93);
  });
  it('deadline F1 ≥ 0.9', () => {
    expect(f1(t.tp, t.gold, t.found)).toBeGreaterThanOrEqual(0.9);
  });
});
