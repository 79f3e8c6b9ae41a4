// The inputs of `tigang batch`: files, folders (recursive), globs, - for stdin and lists of
// paths, expanded to one stable, duplicate-free list. An input that names nothing stays in
// the list, so that it gets its own error record: every input is accounted for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface ExpandOptions {
  /** Files whose lines are more inputs (one path per line; blank lines and # comments skipped). */
  from?: readonly string[];
  /** Paths never taken as inputs: the run's own output files and folders. */
  exclude?: readonly string[];
}

/** Code-point order, the same on every machine and locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The inputs in a stable order: the arguments in order; a folder's files (hidden files
 * and folders skipped) and a glob's matches sorted by path. Each file once, first place wins.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions = {}): Promise<string[]> {
  const listed: string[] = [];
  for (const list of options.from ?? []) {
    for (const line of readFileSync(list, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)) {
      const path = line.trim();
      if (path && !path.startsWith('#')) listed.push(path);
    }
  }
  const excluded = (options.exclude ?? []).map((p) => resolve(p));
  const isExcluded = (path: string) => {
    const abs = resolve(path);
    return excluded.some((e) => abs === e || abs.startsWith(e + sep));
  };
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = path === '-' ? '-' : resolve(path);
    if (seen.has(key) || (path !== '-' && isExcluded(path))) return;
    seen.add(key);
    out.push(path);
  };
  for (const arg of [...args, ...listed]) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    const stat = statOrNull(arg);
    if (stat?.isDirectory()) for (const f of walk(arg, isExcluded)) add(f);
    else if (!stat && isDynamicPattern(arg)) {
      const matches = (await glob([arg], { onlyFiles: true, dot: false, expandDirectories: false })).sort(byCodePoint);
      if (matches.length === 0) add(arg); // reported as not found
      for (const m of matches) add(m);
    } else add(arg);
  }
  return out;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Files under a folder, depth-first in name order; symlinked folders are not followed (no cycles). */
function walk(dir: string, isExcluded: (path: string) => boolean): string[] {
  const files: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [dir]; // an unreadable folder: its own error record
  }
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (isExcluded(path)) continue;
    if (entry.isDirectory()) files.push(...walk(path, isExcluded));
    else if (entry.isFile()) files.push(path);
    else if (entry.isSymbolicLink() && statOrNull(path)?.isFile()) files.push(path);
  }
  return files;
}
