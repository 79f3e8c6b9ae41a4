// Scale words that prefix a unit as written (3.5万人, 1.2亿元, 2万亿元): the unit's multiplier
// and the base unit, so that tables can state values in one scale. Only 万/亿/万亿 are
// read as scale: 千 and 百 begin units of their own (千瓦, 千米, 千克, 百分点).
const SCALES: readonly [string, number][] = [['万亿', 1e12], ['亿', 1e8], ['万', 1e4]];

export interface UnitScale {
  /** What the value as written is multiplied by to be in `baseUnit`. */
  multiplier: number;
  baseUnit: string;
}

export function unitScale(unit: string | null): UnitScale {
  if (!unit) return { multiplier: 1, baseUnit: '' };
  for (const [prefix, multiplier] of SCALES) if (unit.startsWith(prefix)) return { multiplier, baseUnit: unit.slice(prefix.length) };
  return { multiplier: 1, baseUnit: unit };
}
