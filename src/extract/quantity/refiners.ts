/** The refiners, run in order on the quantities the scan kept (in text order). */
import { suffixComparator } from './context.js';
import { DECIMAL_RUN, rowUnit, splitGluedRun, tableZones } from './table.js';
import type { QuantityMatch, QuantityRefiner } from './types.js';

/**
 * Cells that ran together in a flattened indicator table (table.ts): each glued run
 * replaces what the number scan read there by its cells, marked uncertain (rule `table-cell`).
 */
export const gluedTableCells: QuantityRefiner = {
  name: 'glued-table-cells',
  refine(text, out) {
    const zones = tableZones(text);
    if (!zones.length) return out;
    const added: QuantityMatch[] = [];
    const replaced: { start: number; end: number }[] = [];
    for (const zone of zones) {
      const table = text.slice(zone.start, zone.end);
      for (const m of table.matchAll(DECIMAL_RUN)) {
        const start = zone.start + m.index;
        if (/^(?:19|20)[0-9]{2}\.[0-9]{1,2}\.[0-9]{1,2}$/.test(m[0])) continue; // a date
        if (/[〔\[［(（]/.test(text[start - 1] ?? '')) continue; // 〔1.38〕: a bracket delimits its cell
        const cells = splitGluedRun(m[0], start, zone.precision);
        if (!cells) continue;
        replaced.push({ start, end: start + m[0].length });
        const unit = rowUnit(text, zone.start, start);
        cells.forEach((cell, k) => {
          const last = k === cells.length - 1;
          const suffix = last ? suffixComparator(text, cell.end) : null;
          const end = suffix ? cell.end + suffix.word.length : cell.end;
          added.push({
            raw: text.slice(cell.start, end), value: cell.value, unit, counts: null,
            comparator: suffix ? suffix.comparator : 'eq', approximate: suffix?.approximate ?? false, masked: false,
            rule: 'table-cell', start: cell.start, end, uncertain: true,
          });
        });
      }
    }
    if (!added.length) return out;
    const overlaps = (q: QuantityMatch) => replaced.some((r) => q.start < r.end && q.end > r.start);
    return [...out.filter((q) => !overlaps(q)), ...added].sort((a, b) => a.start - b.start);
  },
};

/** A change verb carries along a list (分别增长8.9%、7.7%; 分别下降13.5%、8.6%、2.7%). */
export const changeAlongList: QuantityRefiner = {
  name: 'change-along-list',
  refine(text, qs) {
    for (let i = 1; i < qs.length; i++) {
      const prev = qs[i - 1] as QuantityMatch;
      const cur = qs[i] as QuantityMatch;
      if (cur.change || !prev.change || prev.change.direction === 'multiply') continue;
      const between = text.slice(prev.end, cur.start);
      if (/^(?:、|和|与|及|，|,)$/.test(between) && prev.unit === cur.unit) cur.change = { ...prev.change };
    }
    return qs;
  },
};

export const QUANTITY_REFINERS: readonly QuantityRefiner[] = [gluedTableCells, changeAlongList];
