import type { LineSpan } from '../text/lines.js';
import type { RemovalReason } from '../schema/diagnostics.js';
import type { PageFieldKind } from '../zh/page-labels.js';

/**
 * A field of a page-metadata line, as the cleaner read it when it removed the line
 * (信息来源: 台州日报 发布时间: 2022-12-26 09:52): the metadata stage reads these instead of
 * the removed text. Kept in the pipeline file and in `clean`'s result; not in the output
 * document, whose `removed` entries are reason, text and position.
 */
export interface PageField {
  /** What the label says the value is (src/zh/lexicon/page-labels.json): 'source', 'published', 'views' … */
  kind: PageFieldKind;
  /** The label as written (发布时间, 發佈時間, 来源); null for a timestamp without one (2026年02月10日 07时41分). */
  label: string | null;
  /** The value as written, trimmed (台州日报, 2022-12-26 09:52, 四川日报 from the line after 来源：); may be ''. */
  value: string;
}

/** A span a rule wants deleted, in the offsets of the text the rule was given. */
export interface RuleHit {
  start: number;
  end: number;
  /** Defaults to the rule's reason. */
  reason?: RemovalReason;
  /** For paywall and tail-truncation notices: what the site says is missing. */
  cut?: { kind: 'omitted' | 'tail'; missingChars: number | null; statedTotalChars: number | null };
  /** For page-metadata lines: the fields read off them, in line order. */
  fields?: PageField[];
}

/**
 * One cleaning rule: finds spans to delete in the current text. Rules run in order,
 * each on the output of the one before; they must not throw and must stay linear.
 */
export interface CleanRule {
  name: string;
  reason: RemovalReason;
  /** `context` holds what the pass has already computed for this text (its lines). */
  find(text: string, context?: RuleContext): RuleHit[];
}

/** What a cleaning pass computes once per text and hands to every rule (instead of a module-level cache). */
export interface RuleContext {
  readonly text: string;
  /** The text's lines, split on first use. */
  lines(): readonly LineSpan[];
  /**
   * The text folded for matching (zh/fold.ts: full-width → half-width, Traditional →
   * Simplified), folded on first use. Same length, code unit for code unit: a rule that
   * matches words finds its hits here and slices what it records from `text`.
   */
  folded(): string;
  /**
   * Whether the text may hold the character `char` (one code unit): whether the cleaner's
   * input holds it, searched once per clean (a deletion adds no character). For the rare
   * forms a rule looks for before it folds (＜ of ＜！－－ and ＜Ｕ＋…＞, ． of a full-width
   * address), instead of a search of every text state.
   */
  mayHold(char: string): boolean;
}

/** A removed span, in ORIGINAL offsets. */
export interface Removal {
  reason: RemovalReason;
  start: number;
  end: number;
  text: string;
  /** What the rule read off the span (page-meta: 来源, 发布时间 …), when it parsed it. */
  fields?: PageField[];
}

export interface Cut {
  kind: 'omitted' | 'tail';
  missingChars: number | null;
  statedTotalChars: number | null;
  start: number;
  end: number;
}
