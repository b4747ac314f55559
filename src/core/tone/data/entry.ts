/** Shapes shared by the tone data tables. Every entry names where it came from (`source`). */
import type { ReasonKind } from '../types';

/**
 * A phrase rule. `pattern` is a case-insensitive regular-expression source that is tried
 * (sticky) only at the start of a word whose lowercase form is in `anchors`, so the table costs
 * one map lookup per word. Patterns must be linear: no nested quantifiers, bounded gaps only.
 */
export interface PhraseEntry {
  id: string;
  kind: ReasonKind;
  anchors: readonly string[];
  pattern: string;
  /** Relative strength within its kind (1 = typical). */
  weight: number;
  why: string;
  /** Each must contain a match of the pattern (the unit test checks it). */
  examples: readonly string[];
  /** Each must NOT contain a match. */
  counterExamples?: readonly string[];
  source: string;
}

/** A single word (lowercase, as the tokenizer yields it). */
export interface WordEntry {
  word: string;
  kind: ReasonKind;
  weight: number;
  source: string;
}

/** A masked or spelled-around word form, matched against one whole token. */
export interface MaskedEntry {
  id: string;
  kind: ReasonKind;
  pattern: string;
  weight: number;
  examples: readonly string[];
  counterExamples?: readonly string[];
  source: string;
}

/** A change to the AFINN-165 valence of a word, for customer-service context. */
export interface ValenceOverride {
  word: string;
  valence: number;
  source: string;
}
