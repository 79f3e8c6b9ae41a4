// Readers for the hand-made gold annotations in fixtures/eval (format: fixtures/eval/GUIDE.md).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const EVAL_DIR = new URL('../../fixtures/eval/', import.meta.url).pathname;

export interface GoldDoc {
  name: string;
  textPath: string;
  outline: string | null;
  quantities: Record<string, string>[] | null;
  deadlines: Record<string, string>[] | null;
}

function tsv(path: string): Record<string, string>[] | null {
  if (!existsSync(path)) return null;
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const cols = (head ?? '').split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((v, i) => [cols[i] ?? String(i), v])));
}

export function goldDocs(): GoldDoc[] {
  return readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const outlinePath = join(EVAL_DIR, `${name}.outline`);
      return {
        name,
        textPath: join(EVAL_DIR, f),
        outline: existsSync(outlinePath) ? readFileSync(outlinePath, 'utf8') : null,
        quantities: tsv(join(EVAL_DIR, `${name}.quantities.tsv`)),
        deadlines: tsv(join(EVAL_DIR, `${name}.deadlines.tsv`)),
      };
    });
}

/** Full-width ASCII to half-width, ideographic space to space. */
export function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Precision/recall/F1 from true positives and the two totals. */
export function f1(tp: number, gold: number, found: number): number {
  const precision = found ? tp / found : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Greedy multiset matching of keys; returns matched pairs' indices. */
export function matchKeys<G, P>(gold: G[], found: P[], key: (x: G | P) => string): Array<[G, P]> {
  const pool = new Map<string, P[]>();
  for (const p of found) {
    const k = key(p);
    pool.set(k, [...(pool.get(k) ?? []), p]);
  }
  const pairs: Array<[G, P]> = [];
  for (const g of gold) {
    const list = pool.get(key(g));
    if (list?.length) pairs.push([g, list.shift()!]);
  }
  return pairs;
}
