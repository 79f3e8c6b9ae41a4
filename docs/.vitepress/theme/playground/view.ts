// Plain-data views of a parsed document for the playground (run in the worker).
import { message, type Locale, type TigangDocument, type TimeExpression } from 'tigang';

export interface CommitmentRow {
  id: string;
  start: number;
  sectionPath: string;
  action: string;
  object: string;
  value: string;
  unit: string;
  deadline: string;
  actor: string;
  strength: string;
  /** The clause as written. */
  text: string;
}

const SIGN = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ' } as const;

/** The commitments table: one row per commitment, its quantities' values and units side by side. */
export function commitmentRows(doc: TigangDocument, time: (t: TimeExpression) => string): CommitmentRow[] {
  return doc.commitments.map((c) => ({
    id: c.id,
    start: c.position.start.offset,
    sectionPath: c.sectionPath.join(' › '),
    action: c.action ?? '',
    object: c.object ?? '',
    value: c.quantities
      .map((q) => {
        const v = q.masked || q.value === null ? '■' : q.min !== undefined && q.max !== undefined ? `${q.min}–${q.max}` : q.from !== undefined && q.to !== undefined ? `${q.from} → ${q.to}` : (q.ratio ?? String(q.value));
        return SIGN[q.comparator] + v;
      })
      .join('; '),
    unit: c.quantities.map((q) => q.unit ?? '').join('; '),
    deadline: c.deadline ? `${c.deadline.raw} (${time(c.deadline)})` : '',
    actor: c.actor ?? '',
    strength: c.strength ?? '',
    text: c.text,
  }));
}

type AnyWarning = { code: string; message?: string; params?: Record<string, unknown>; position?: { start: { offset: number }; end: { offset: number } } };

/**
 * A warning's text in the chosen language. Two shapes of the library are accepted: issues as
 * data (`{code, params, stage}` read by `message(issue, locale)`), and the older warnings
 * (`{code, message, source}` with English text, read by `message(code, params, locale)`),
 * whose parameters are recovered from the text they point at where a message needs one.
 */
export function warningText(warning: AnyWarning, locale: Locale, text: string): string {
  const call = message as unknown as (...args: unknown[]) => string;
  try {
    if (warning.params !== undefined) return call(warning, locale);
    if (locale === 'en' && warning.message) return warning.message;
    const slice = warning.position ? text.slice(warning.position.start.offset, warning.position.end.offset) : '';
    const english = warning.message ?? '';
    // the older English texts hold their parameters; read back the ones the Chinese text needs
    const params: Record<string, unknown> = {
      raw: slice,
      marker: /^Heading (\S+)/.exec(english)?.[1] ?? slice,
      missing: /; (\d+) characters are missing/.exec(english)?.[1] ?? null,
      previous: /from (\S+) to/.exec(english)?.[1],
      current: /to (\S+)\.$/.exec(english)?.[1],
      count: /^(\d+) characters/.exec(english)?.[1],
    };
    const out = call(warning.code, params, locale);
    return typeof out === 'string' && !out.includes('undefined') ? out : english || warning.code;
  } catch {
    return warning.message ?? warning.code;
  }
}
