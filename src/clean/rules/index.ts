import type { CleanRule } from '../types.js';
import { breadcrumb } from './breadcrumb.js';
import { paywallCut } from './paywall-cut.js';

/** The rules `clean` runs, in order. Each lives in its own file. */
export const defaultRules: readonly CleanRule[] = [breadcrumb, paywallCut];
