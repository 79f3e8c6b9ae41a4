// The sample speeches shipped in fixtures/eval, loaded as their own chunk.
const files = import.meta.glob('../../../../fixtures/eval/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const samples = Object.keys(files)
  .sort()
  .map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/, ''), text: files[path] as string }));
