import type { CleanRule } from '../types.js';
import { breadcrumb } from './breadcrumb.js';
import { copyright } from './copyright.js';
import { escapeToken } from './escape-token.js';
import { footer } from './footer.js';
import { hardWrap } from './hard-wrap.js';
import { htmlComment } from './html-comment.js';
import { pageChrome } from './page-chrome.js';
import { pageChunkNumber } from './page-chunk-number.js';
import { pageMeta } from './page-meta.js';
import { pageNumber } from './page-number.js';
import { pinyinAnnotation } from './pinyin-annotation.js';
import { pagination } from './pagination.js';
import { paywallCut } from './paywall-cut.js';
import { relatedLinks } from './related-links.js';
import { repeatedBlock } from './repeated-block.js';
import { shareNotice } from './share-notice.js';
import { truncationNotice } from './truncation-notice.js';
import { url } from './url.js';
import { zeroWidth } from './zero-width.js';

/**
 * The rules `clean` runs, in order. Each lives in its own file.
 * - Character-level debris first (comments, escape tokens), so that the line rules see
 *   lines as a reader would.
 * - Site notices that carry numbers (paywall and tail cuts) before the URL rule, which
 *   would otherwise take the site address out of the middle of them.
 * - Whole-line chrome, then the rules that join lines (zero-width page breaks, page
 *   numbers, page chunks, hard wraps): they need the noise between the pieces gone, or a
 *   body line would be joined to a noise line and go with it.
 * - Repeated blocks last, comparing lines that are already clean.
 *
 * Rules that match words, labels, digits or markup read the text folded for matching
 * (`RuleContext.folded`, zh/fold.ts; same offsets), so a page written in Traditional
 * characters or full-width forms loses the same chrome as its Simplified, half-width
 * original; what they record (page-meta's fields) is sliced from the text as written. The
 * rules that read forms as written stay on the raw text: hard-wrap measures display widths
 * (a full-width digit is 2 wide, its fold 1), zero-width looks for invisible characters,
 * pinyin-annotation for tone-marked letters (already in either bracket width), and
 * repeated-block compares lines of one page, which are written alike.
 */
export const defaultRules: readonly CleanRule[] = [
  htmlComment,
  escapeToken,
  pinyinAnnotation,
  paywallCut,
  truncationNotice,
  breadcrumb,
  pageMeta,
  pageChrome,
  pagination,
  copyright,
  shareNotice,
  relatedLinks,
  footer,
  url,
  zeroWidth,
  pageNumber,
  pageChunkNumber,
  hardWrap,
  repeatedBlock,
];
