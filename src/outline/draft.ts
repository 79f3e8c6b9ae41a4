import type { Candidate } from './scan.js';
import type { TocLine } from './toc.js';

/** A heading of the merged sequence: found in the body, or known only from the TOC. */
export interface Draft {
  cand: Candidate;
  /** The TOC line it came from or was matched to. */
  toc: TocLine | null;
  body: boolean;
  strict: boolean;
  titleStart: number;
  titleEnd: number;
  /** The title was cut at the length limit: nothing told where it ends. */
  uncertain?: boolean;
}

