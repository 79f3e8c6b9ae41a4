// Ready pairs for the compare tab, loaded as their own chunk when the tab opens: a year-over-year
// pair of national reports (fixtures/corpus) and, when the comparison fixtures are present, a city
// notice and a district's implementation of it (fixtures/compare).
const corpus = import.meta.glob(['../../../../fixtures/corpus/gwr-2021-national-wikisource.txt', '../../../../fixtures/corpus/gwr-2025-national-wikisource.txt'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const pairs = import.meta.glob('../../../../fixtures/compare/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface ComparePreset {
  id: string;
  label: { en: string; zh: string };
  a: string;
  b: string;
}

const file = (files: Record<string, string>, name: string): string | undefined => Object.entries(files).find(([path]) => path.endsWith(`/${name}`))?.[1];

export const presets: ComparePreset[] = [];
{
  const a = file(corpus, 'gwr-2021-national-wikisource.txt');
  const b = file(corpus, 'gwr-2025-national-wikisource.txt');
  if (a && b) presets.push({ id: 'gwr-2021-2025', label: { en: 'Government work report 2021 → 2025', zh: '政府工作报告 2021 → 2025' }, a, b });
}
{
  const a = file(pairs, 'kunming-city-2016-wenzengzhang.txt');
  const b = file(pairs, 'kunming-guandu-2016-wenzengzhang.txt');
  if (a && b) presets.push({ id: 'kunming-guandu', label: { en: 'Kunming city → Guandu district (2016)', zh: '昆明市 → 官渡区(2016)' }, a, b });
}
