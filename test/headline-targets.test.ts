import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';

// The bar of issue 12 item 9: in national work reports, ≥ 90 % of the year's headline targets
// (the 主要预期目标 list, hand-written in fixtures/corpus/headline-targets.json before the rules)
// sit in a claim whose deadline resolves to the report's year.
interface Report {
  file: string;
  year: number;
  lead: string;
  targets: string[];
}
const gold = JSON.parse(readFileSync('fixtures/corpus/headline-targets.json', 'utf8')) as { reports: Report[] };

describe('headline targets of national work reports resolve to the report year', () => {
  let hit = 0;
  let all = 0;
  for (const r of gold.reports) {
    it(r.file, () => {
      const text = readFileSync(`fixtures/corpus/${r.file}`, 'utf8');
      const doc = parse(text);
      expect(doc.metadata.date?.slice(0, 4), 'document year').toBe(String(r.year));
      const lead = text.indexOf(r.lead);
      expect(lead).toBeGreaterThanOrEqual(0);
      const claims = [...doc.commitments, ...doc.achievements];
      for (const target of r.targets) {
        const at = text.indexOf(target, lead);
        expect(at, target).toBeGreaterThan(lead);
        const claim = claims.find((c) => c.position.start.offset <= at && at < c.position.end.offset);
        const interval = claim?.deadline?.interval;
        all++;
        if (interval && interval.start.startsWith(String(r.year)) && interval.end.startsWith(String(r.year))) hit++;
      }
    });
  }
  it('≥ 90 % in all', () => {
    expect(all).toBeGreaterThanOrEqual(30);
    expect(hit / all).toBeGreaterThanOrEqual(0.9);
  });
});
