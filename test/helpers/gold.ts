// Readers for the hand-made gold annotations beside their texts (format: fixtures/eval/GUIDE.md):
// `x.outline`, `x.quantities.tsv` and `x.deadlines.tsv` beside `x.txt` in fixtures/eval (the five
// sample speeches) and fixtures/corpus (four of the corpus texts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const GOLD_DIRS = ['eval', 'corpus'].map((d) => new URL(`../../fixtures/${d}/`, import.meta.url).pathname);
const GOLD_EXTENSIONS = ['.outline', '.quantities.tsv', '.deadlines.tsv'];

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

/** Every text with at least one gold file beside it, by name. */
export function goldDocs(): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const dir of GOLD_DIRS) {
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.txt')) continue;
      const name = f.slice(0, -4);
      if (!GOLD_EXTENSIONS.some((ext) => existsSync(join(dir, name + ext)))) continue;
      const outlinePath = join(dir, `${name}.outline`);
      docs.push({
        name,
        textPath: join(dir, f),
        outline: existsSync(outlinePath) ? readFileSync(outlinePath, 'utf8') : null,
        quantities: tsv(join(dir, `${name}.quantities.tsv`)),
        deadlines: tsv(join(dir, `${name}.deadlines.tsv`)),
      });
    }
  }
  return docs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
