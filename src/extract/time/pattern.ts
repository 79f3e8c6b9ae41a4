import { MD, NUM, YEAR } from './numbers.js';

/** The fragments every pattern may name (numbers.ts): NUM, YEAR, MD. */
const SHARED_FRAGMENTS: Readonly<Record<string, string>> = { NUM, YEAR, MD };

/**
 * A pattern written as a regex literal in which fragments stand by name: in
 * `withFragments(/(NUM)年内/g)` NUM is replaced by that fragment's source. The shared
 * fragments (NUM, YEAR, MD) need not be passed; a file's own are (`{ DATED_TAIL }`), as a
 * regex or a source string. A name is a word of two or more capitals or underscores, a
 * spelling the Chinese patterns do not use for themselves.
 *
 * Why not a template string: a regex literal is syntax-checked where it is written, needs
 * no doubled backslashes, and a bundle keeps its Chinese as UTF-8 (3 bytes a character)
 * where a string's is escaped (\uXXXX, 6 bytes). Runs once per pattern, at module load.
 */
export function withFragments(literal: RegExp, fragments: Readonly<Record<string, RegExp | string>> = {}): RegExp {
  const source = literal.source.replace(/\b[A-Z][A-Z_]+\b/g, (name) => {
    const fragment = fragments[name] ?? SHARED_FRAGMENTS[name];
    if (fragment === undefined) throw new Error(`withFragments: no fragment ${name} for /${literal.source}/`);
    return typeof fragment === 'string' ? fragment : fragment.source;
  });
  return new RegExp(source, literal.flags);
}
