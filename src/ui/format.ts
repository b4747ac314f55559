/** Small, pure display helpers shared by the UI components. */
import { isHostile, type Level, type Reason, type ReasonKind, type Sensitivity } from '../core/tone/types';

/** Whole seconds as m:ss ("1:05", "0:09", "30:00"). Bad input (NaN, negative, Infinity) reads "0:00". */
export function formatCountdown(seconds: number): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return `${m}:${rest < 10 ? '0' : ''}${rest}`;
}

const KIND_LABELS: Record<ReasonKind, string> = {
  insult: 'Insult',
  profanity: 'Profanity',
  blame: 'Blame',
  dismissal: 'Dismissal',
  condescension: 'Condescension',
  sarcasm: 'Sarcasm',
  threat: 'Threat',
  absolute: 'Absolute',
  'buck-passing': 'Passing the buck',
  shouting: 'Shouting',
  'negative-word': 'Negative word',
  'user-word': 'Your flagged word',
  apology: 'Apology',
  empathy: 'Empathy',
  thanks: 'Thanks',
  action: 'Next step',
};

export function kindLabel(kind: ReasonKind | string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? 'Flagged';
}

const LEVEL_LABELS: Record<Level, string> = { calm: 'Calm', tense: 'Tense', angry: 'Angry' };

export function levelLabel(level: Level | string): string {
  return (LEVEL_LABELS as Record<string, string>)[level] ?? 'Unknown';
}

const SENSITIVITY_LABELS: Record<Sensitivity, string> = { gentle: 'Gentle', normal: 'Normal', strict: 'Strict' };

export function sensitivityLabel(s: Sensitivity): string {
  return SENSITIVITY_LABELS[s];
}

/** At most `max` characters of one line of text, with an ellipsis when cut. */
export function excerpt(text: string, max = 80): string {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  return `${t.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/**
 * The span [start, end) of `text` with a little context either side, cut at word-ish boundaries.
 * Returns null when the offsets do not fit the text (stale analysis), so callers fall back.
 */
export function spanContext(
  text: string,
  start: number,
  end: number,
  context = 40,
  maxSpan = 80,
): { before: string; span: string; after: string } | null {
  if (typeof text !== 'string') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    return null;
  }
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const before = (from > 0 ? '…' : '') + text.slice(from, start).replace(/\s+/g, ' ').trimStart();
  const after = text.slice(end, to).replace(/\s+/g, ' ').trimEnd() + (to < text.length ? '…' : '');
  return { before, span: excerpt(text.slice(start, end), maxSpan), after };
}

/** "3:45 PM" style local clock time for an epoch-ms moment. */
export function formatClockTime(ms: number, locale?: string): string {
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
}

/**
 * Screen-reader friendly remaining time that only changes at sensible steps (for aria-live): a
 * minute or more is said in whole minutes, rounded (65 s is "about a minute", not "about 2"), and
 * the steps are far enough apart that the default 60 s hold is not announced twice in its first
 * seconds ("about a minute", then "less than a minute" one second later, read over each other).
 */
export function countdownAnnouncement(remainingSeconds: number, canSend: boolean): string {
  const s = Number.isFinite(remainingSeconds) ? Math.max(0, Math.ceil(remainingSeconds)) : 0;
  if (canSend || s === 0) return 'The cool-off is over. You can send when you are ready.';
  if (s <= 10) return 'Less than 10 seconds left.';
  if (s <= 30) return 'Less than 30 seconds left.';
  if (s <= 90) return 'About a minute left.';
  return `About ${Math.round(s / 60)} minutes left.`;
}

/** Keep the first `max` items; `more` is how many were left off. */
export function capList<T>(items: readonly T[] | null | undefined, max = 8): { shown: T[]; more: number } {
  const list = Array.isArray(items) ? items : [];
  return { shown: list.slice(0, max), more: Math.max(0, list.length - max) };
}

/**
 * The hostile reasons worth showing for a draft at this level. On a calm draft the scorer's word
 * associations ("business", "Dear", "phone" often come up in hostile messages) are not shown as
 * flagged: next to "Calm" or "reads calm now" they contradict the verdict, and our own drafted and
 * rewritten replies are full of them. Named phrases (an insult, "frankly") are still shown.
 */
export function flaggedReasons(reasons: readonly Reason[] | null | undefined, level: Level | string): Reason[] {
  const list = (Array.isArray(reasons) ? reasons : []).filter((r): r is Reason => !!r && typeof r === 'object' && isHostile(r.kind));
  return level === 'calm' ? list.filter((r) => r.kind !== 'negative-word') : list;
}

/**
 * A suggested edit as people read it. A suggestion that takes words out at the start of a sentence also
 * capitalises the next letter, so its span runs one letter into the next word ("You idiot, s" → "S"): it
 * is shown, said and reported as the words taken out ("You idiot" → nothing). Any other edit as it is.
 */
export function editAsRead(before: string, after: string): { before: string; after: string } {
  if (after.length === 1 && before.length > 1 && after !== after.toLowerCase() && before.endsWith(after.toLowerCase())) {
    const cut = before.slice(0, -1).replace(/[\s,;:.!?-]+$/, '');
    if (cut) return { before: cut, after: '' };
  }
  return { before, after };
}
