import type { Positioner } from '../positioner.js';
import type { Metadata } from '../schema/metadata.js';

/** Title, occasion, speaker role, date, source, salutation and closing of a cleaned text. */
export interface MetadataOptions {
  /** Texts of the spans the cleaner removed (发布时间/信息来源 lines carry metadata). */
  removed?: readonly string[];
}

export function extractMetadata(text: string, positioner: Positioner, _options: MetadataOptions = {}): Metadata {
  void text;
  void positioner;
  return { title: null, occasion: null, speakerRole: null, date: null, source: null, salutation: null, closing: null };
}
