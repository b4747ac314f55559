/** Public contract of the tone scorer. Everything in src/core is pure: no DOM, no extension API. */

export type Level = 'calm' | 'tense' | 'angry';
export type Sensitivity = 'gentle' | 'normal' | 'strict';

/** What kind of thing a flagged span is. Calming kinds lower the score. */
export type ReasonKind =
  | 'insult'
  | 'profanity'
  | 'blame'
  | 'dismissal'
  | 'condescension'
  | 'sarcasm'
  | 'threat'
  | 'absolute'
  | 'buck-passing'
  | 'shouting'
  | 'negative-word'
  | 'user-word'
  // calming kinds
  | 'apology'
  | 'empathy'
  | 'thanks'
  | 'action';

export interface Reason {
  /** UTF-16 offsets into the analysed text: text.slice(start, end) === this.text */
  start: number;
  end: number;
  text: string;
  kind: ReasonKind;
  /** One plain-language sentence the UI can show. */
  why: string;
  /** Contribution to the score (positive = hostile, negative = calming). */
  weight: number;
}

export interface Analysis {
  level: Level;
  /** 0 = calm … higher = more hostile. Comparable across drafts at one sensitivity. */
  score: number;
  /** true when Cool-Off would hold this draft at the given sensitivity. */
  flagged: boolean;
  /** Spans that caused the score, hostile first, in text order within a kind. */
  reasons: Reason[];
}

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
  /** User words that always count as hostile (options page). */
  alwaysFlag?: readonly string[];
  /** User words that never count (options page). */
  neverFlag?: readonly string[];
}

export const HOSTILE_KINDS: readonly ReasonKind[] = [
  'insult', 'profanity', 'blame', 'dismissal', 'condescension', 'sarcasm', 'threat',
  'absolute', 'buck-passing', 'shouting', 'negative-word', 'user-word',
];

export function isHostile(kind: ReasonKind): boolean {
  return HOSTILE_KINDS.includes(kind);
}
