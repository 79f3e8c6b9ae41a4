import { firstStartingFrom } from '../../text/search.js';
import { bySentence, type Clause } from './clauses.js';
import { findActor, type ActorLabel } from './fields.js';
import { lastSpanAtOrBefore, type SectionSpan } from './sections.js';

/** What the actor of a claim is read from besides its own clause. */
export interface ActorSources {
  text: string;
  /** By sentence number: the sentence's lead clause (各地要…；到2025年，…). */
  sentenceLeads: readonly (Clause | undefined)[];
  /** The responsibility labels, in text order (findActorLabels). */
  labels: readonly ActorLabel[];
  spans: readonly SectionSpan[];
  /** By sentence number: the actor its lead clause names, once read (null: none); filled as claims ask. */
  leadActors: (string | null | undefined)[];
}

/**
 * Who is to act: the body named in the clause (the one before its first counted quantity,
 * at `quantityAt` in `body`), else the one named in the lead clause of its sentence, else the
 * one a responsibility label closing its item names.
 */
export function claimActor(clause: Clause, body: string, quantityAt: number | null, sources: ActorSources): string | null {
  return findActor(body, quantityAt) ?? leadActor(clause, sources) ?? labelActor(clause, sources);
}

/** The actor of a sentence's lead clause acts in the clauses after it. */
function leadActor(clause: Clause, { text, sentenceLeads, leadActors }: ActorSources): string | null {
  const lead = sentenceLeads[clause.sentence];
  if (!lead || lead === clause) return null;
  // the clauses of one sentence share its lead: read it once
  let actor = leadActors[clause.sentence];
  if (actor === undefined) leadActors[clause.sentence] = actor = findActor(text.slice(lead.start, lead.end));
  return actor;
}

/** Responsibility labels close their item: a clause takes the first label after it, unless a heading stands between. */
function labelActor(clause: Clause, { labels, spans }: ActorSources): string | null {
  const label = labels[firstStartingFrom(labels, clause.end)];
  if (!label) return null;
  const heading = spans[lastSpanAtOrBefore(spans, label.start)];
  if (heading && heading.headingStart > clause.start) return null; // a heading between: another item's
  return label.actor;
}

/** By sentence number: the clause that starts the sentence. */
export function sentenceLeads(readings: readonly { clause: Clause }[]): (Clause | undefined)[] {
  const leads = bySentence<Clause>(readings);
  for (const { clause: c } of readings) if (c.start === c.sentenceStart) leads[c.sentence] = c;
  return leads;
}
