/**
 * The claim lexicon (src/zh/lexicon/claim-cues.json), compiled once at load: word lists
 * become regular expressions, cue rules keep their weight and trigger characters. The
 * words live in the data file; how each list is matched (anchored, repeated, optional 等)
 * is written here, beside its use.
 */
import { claimCuesLexicon as lexicon } from '../../zh/lexicon/packed.js';
import { leadingCharactersByAlternative, type LeadingCharacters } from '../../text/first-character.js';
import { charTable } from '../../text/scan.js';

/**
 * A cue rule: a pattern and a weight. A positive weight leans to a commitment (a target,
 * task or standing rule), a negative one to an achievement (a reported result or current
 * figure); |weight| ≥ 1.5 is a strong cue, the rest are summed and clamped to [−1, 1].
 */
export interface Cue {
  /** The rule's name in the lexicon (binding-modal, reported-result …). */
  rule: string;
  pattern: RegExp;
  weight: number;
  /**
   * Characters of which every match holds at least one: a clause with none of them is
   * not searched (most clauses hold few cues, and a regex call per cue per clause adds up).
   */
  triggers: string;
  /**
   * What every match starts with, read from the pattern (leadingCharactersByAlternative): per
   * top-level alternative, its first characters and those that can come second (null: any),
   * or null where some alternative's start is not known (`[\u4e00-\u9fa5]了`). Finer than
   * `triggers`: 年 is a trigger of 年均, but only 年 followed by 均 can start that match.
   */
  leads: readonly LeadingCharacters[] | null;
}

/**
 * The words of a list as one group, `(?:a|b|c)` in the lexicon's order (the order decides
 * which word a replace or an exec takes), between `before` and `after` (regex sources).
 */
const wordGroup = (words: readonly string[], before = '', after = '', flags?: string): RegExp => new RegExp(`${before}(?:${words.join('|')})${after}`, flags);

export const CLAUSE_CUES: readonly Cue[] = lexicon.clauseCues.map((c) => {
  const pattern = new RegExp(c.pattern, 'g');
  return { ...c, pattern, leads: leadingCharactersByAlternative(pattern) };
});

/** The lead of a list of the year's targets (主要预期目标是：); every match holds one of `triggers`. */
export const TARGET_LEAD = { ...lexicon.targetLead, pattern: new RegExp(lexicon.targetLead.pattern) };

/** Binding commitments (确保/必须/严禁/不低于/不得). */
export const BINDING = wordGroup(lexicon.strength.binding);
/** Aspirational commitments (力争/争取/努力/鼓励). */
export const ASPIRATIONAL = wordGroup(lexicon.strength.aspirational);

/**
 * Sentences that are not commitments though they name this year and hold a task word:
 * what the year is (今年是“十五五”开局之年, 2026年是中国共产党成立105周年), and the lead of
 * an agenda (今年要重点做好以下工作, 重点抓好八个方面工作).
 */
export const YEAR_CHARACTER = new RegExp(lexicon.notClaims.yearCharacter);
export const AGENDA_LEAD = new RegExp(lexicon.notClaims.agendaLead);

const { rhetoric } = lexicon;
/** Quantities that count parts of the speech, not things in the world (三点意见, 四个方面, 6条跑道). */
export const RHETORIC_COUNTED = new RegExp(rhetoric.countedAfter);
export const RHETORIC_UNITS: ReadonlySet<string> = new Set(rhetoric.units);
/** Words before a count of the speech's own parts: 下面我讲三点, 从五个方面, 以下四个方面. */
export const RHETORIC_BEFORE = wordGroup(rhetoric.countWordsBefore, '', '$');
/** The speaker's words between such a word and the count (讲我们重点三个方面), dropped first. */
export const SPEAKER_TAIL = new RegExp(`[${rhetoric.speakerChars}]+$`);
/** What such a count counts: 三个方面, 三点, 四部分. */
export const SPEECH_PARTS = wordGroup(rhetoric.speechParts, /^(?:个)?/.source);
/** Administrative divisions counted in a scope definition (两个以上省、自治区出现…). */
export const DIVISIONS = wordGroup(rhetoric.divisions, /^(?:个)?(?:以上)?/.source);
export const SCOPE_CONDITION = wordGroup(rhetoric.scopeConditions);

const { actor } = lexicon;
/** Words that head an actor before 要/将/负责/牵头 (市教育局要牵头…, 各级政府要…). */
export const ACTOR_SUFFIX = wordGroup(actor.suffixes, '', '$');
/** ACTOR_VERB is tried at a given offset of a segment (sticky). */
export const ACTOR_VERB_AT = wordGroup(actor.verbs, '', '', 'y');
/** The first characters of those verbs: ACTOR_VERB_AT is tried only where one stands. */
export const ACTOR_VERB_FIRST = charTable(actor.verbs.map((v) => v[0]).join(''));
/** 由省级人民政府负责: the body after 由. */
export const ACTOR_BY = wordGroup(actor.byVerbs, /由([\u4e00-\u9fa5、]{2,20}?)/.source);
/** Connectives before an actor (同时各地要…). */
export const ACTOR_CONNECTIVE = wordGroup(actor.leadingConnectives, '^');

/**
 * Labels that name who is responsible for the item they close: （人力资源社会保障部、财政部负责）,
 * （生态环境部、农业农村部指导）, （市发展改革委牵头，各区配合）, （牵头单位：市发展改革委，配合单位：…）,
 * 责任单位：市教育局、市财政局.
 */
export const RESPONSIBLE_PAREN = new RegExp(actor.responsibleParen, 'g');
export const RESPONSIBLE_LABEL = new RegExp(actor.responsibleLabel, 'g');
/** A label kind naming the lead unit (牵头单位): where it stands with 责任单位 in one label, it stands for both. */
export const LEAD_LABEL = wordGroup([actor.leadLabelPrefix], '^');
/** 有关部门和单位 (with 等) closing a label's list of bodies: dropped. */
export const LABEL_TAIL = wordGroup(actor.labelTail, /(?:等)?/.source, '?(?:等)?$');
/** A label names a body only if it holds one of these. */
export const ORGANISATION = new RegExp(actor.organisation);

const { action } = lexicon;
/** Verbs that act on what a quantity counts (新建 学校 5所, 完成 20所 …改造). Longest first. */
export const ACTION_VERBS: readonly string[] = [...action.verbs].sort((a, b) => b.length - a.length);
/** After a verb, a noun ending (增加值, 增长率, 新增量): a noun, not the verb. */
export const NOUN_AFTER = new RegExp(`^[${action.nounSuffixes}]`);
/** Modal words heading an object (力争…, 累计…): dropped. */
export const MODAL_HEAD = wordGroup(action.modalHead, '^', '+');
/** Comparators closing an object (就业超过 → 就业): dropped. */
export const COMPARATOR_TAIL = wordGroup(action.comparatorTail, /(?:分别)?/.source, '+$');
/** Words between a quantity and what it counts (5所以上的学校): dropped. */
export const OBJECT_LEAD = wordGroup(action.objectLead, '^', '+');
/** Where the object after a quantity ends (学校、医院 → 学校). */
export const OBJECT_SEPARATOR = new RegExp(`[${action.objectSeparators}]`);
