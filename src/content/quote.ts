/**
 * What the user typed inside the quoted history of a reply (an inline answer: "see my answers below",
 * or a click in the middle of an Outlook compose that lands in the quoted "From:" block). `own` in
 * draft.ts skips the quote, so without this such text was never scored and Send went straight out.
 *
 * The quote is kept as a baseline of lines (whitespace-normalized); lines in the quote now that are not
 * in the baseline (a multiset difference, so a repeated line counts) are the user's additions.
 *
 * Why the baseline follows every change the user did not type, rather than being the quote as first
 * seen when the box was found: the quote legitimately changes without the user writing in it. Gmail's
 * "show trimmed content" inserts the history later, a site re-renders it, our Undo puts the box's HTML
 * back. So a change to the quote counts as the user's only when it comes during a run of the user's
 * edits inside the quote: from a `beforeinput` whose target ranges (or, if the browser gives none, the
 * selection) are inside the quote, until the additions are next read (after a pause in typing, or on
 * Send). Everything else that changed the quote is folded into the baseline, both when such a run
 * begins and whenever the additions are read outside one. The quote is read once per run, not per
 * keystroke (a long history would make every key walk it). Until the user first edits inside
 * the quote there are no additions at all, and the baseline is the quote as it is right before that
 * first edit. Undo/redo (whose target is unknown) count as edits inside the quote: they may bring back
 * what the user typed there. Our own edits (execCommand, innerHTML) fire no `beforeinput`.
 *
 * Nothing here writes to the page: the quote is only read.
 */
import { pointInQuote, quotedText } from './draft';

/** The quote's lines, whitespace-normalized, empty ones left out. */
export function quoteLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line) out.push(line);
  }
  return out;
}

function counts(lines: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}

/** `a` minus `b`, as multisets, in `a`'s order. */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = counts(b);
  const out: string[] = [];
  for (const l of a) {
    const n = left.get(l) ?? 0;
    if (n > 0) left.set(l, n - 1);
    else out.push(l);
  }
  return out;
}

/** Shared characters at the start and at the end of two strings (not overlapping in the shorter one). */
function sharedEnds(a: string, b: string): { head: number; tail: number } {
  const max = Math.min(a.length, b.length);
  let head = 0;
  while (head < max && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < max - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tail };
}

/** A shared start or end shorter than this is taken as chance, not as the quoted line typed into. */
const MIN_SHARED = 4;

/**
 * The user's additions: lines of `now` not in `baseline`. Typing into a quoted line changes that line,
 * and the whole changed line would then read as the user's ("From: Dana <dana@example.org>you idiot"),
 * the customer's words with it. So an added line that starts or ends like a quoted line that is gone
 * keeps only what is not that line's (the middle of "From: Dana …you idiot" vs "From: Dana …" is
 * "you idiot"); a line left with nothing of its own (half of a quoted line split with Enter) is dropped.
 */
export function quoteAdditions(baseline: readonly string[], now: readonly string[]): string[] {
  const added = minus(now, baseline);
  if (!added.length) return added;
  const gone = minus(baseline, now);
  const out: string[] = [];
  for (const line of added) {
    let best = { head: 0, tail: 0, from: gone[0] ?? '' };
    for (const g of gone) {
      const e = sharedEnds(line, g);
      if (e.head + e.tail > best.head + best.tail) best = { ...e, from: g };
    }
    const shared = best.head + best.tail;
    const own = shared >= Math.min(MIN_SHARED, best.from.length) && shared > 0 ? line.slice(best.head, line.length - best.tail).trim() : line;
    if (own) out.push(own);
  }
  return out;
}

/** `a` minus `b` (as multisets, never below zero), plus `c`. */
function rebase(a: readonly string[], c: readonly string[], b: readonly string[]): string[] {
  return [...minus(a, b), ...c];
}

export class QuoteWatch {
  /**
   * The quote without the user's edits in it: as it was right before their first edit inside it, plus
   * every change since that they did not type. Read only from that first edit on: until then there is
   * nothing to tell apart, and a long history is not walked on every pause in the user's typing.
   */
  private baseline: string[] = [];
  /** The quote as it was after the user's last run of edits inside it (or when last folded in). */
  private seen: string[] = [];
  /** Has the user edited inside the quote at all? Until then there are no additions. */
  private typed = false;
  /**
   * The user is typing inside the quote: every change to it since the run began is theirs, until the
   * additions are next read (the badge's refresh after a pause in typing, or a Send). The quote is read
   * once when a run begins, not on every keystroke: a long history would make each key walk it twice.
   */
  private typing = false;

  constructor(private readonly body: HTMLElement) {}

  /**
   * A box the site took away and put back (Outlook's Mail ⇄ Calendar, a re-rendered compose): when its quote
   * reads exactly as a quote we last saw with the user's answers in it, those answers are still theirs.
   */
  resume(): void {
    const now = this.read();
    const known = answered.get(now.join('\n'));
    if (!known) return;
    this.baseline = known;
    this.seen = now;
    this.typed = true;
  }

  /** Remembers this quote, answers and all, for a box put back later (see resume). */
  private remember(): void {
    const key = this.seen.join('\n');
    answered.delete(key);
    answered.set(key, this.baseline);
    if (answered.size > REMEMBERED) answered.delete(answered.keys().next().value as string);
  }

  private read(): string[] {
    return quoteLines(quotedText(this.body));
  }

  /** Fold whatever changed in the quote since `seen` into the baseline: the user did not type it. */
  private foldIn(now: string[]): void {
    if (!this.typed) this.baseline = now;
    else this.baseline = rebase(this.baseline, minus(now, this.seen), minus(this.seen, now));
    this.seen = now;
  }

  /** Is this edit inside the quote? Its target ranges, or the selection when the browser gives none. */
  private editsQuote(e: InputEvent): boolean {
    if (e.inputType === 'historyUndo' || e.inputType === 'historyRedo') return true;
    const ranges: Array<{ startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }> = [];
    try {
      ranges.push(...e.getTargetRanges());
    } catch {
      /* not every event has them */
    }
    if (!ranges.length) {
      const sel = this.body.ownerDocument.getSelection();
      if (sel && sel.rangeCount) ranges.push(sel.getRangeAt(0));
    }
    return ranges.some(
      (r) => pointInQuote(this.body, r.startContainer, r.startOffset) || pointInQuote(this.body, r.endContainer, r.endOffset),
    );
  }

  /** A `beforeinput` in the box (before the DOM changes): the first edit of a run inside the quote folds in what changed before it. */
  beforeInput(e: InputEvent): void {
    if (this.typing || !this.editsQuote(e)) return;
    this.foldIn(this.read());
    this.typed = true;
    this.typing = true;
  }

  /** What the user typed inside the quote, one line per line; '' when nothing. Ends a run of edits. */
  added(): string {
    if (!this.typed) return '';
    const now = this.read();
    if (this.typing) {
      // what changed during the run is the user's: nothing to fold in
      this.seen = now;
      this.typing = false;
    } else this.foldIn(now);
    const added = quoteAdditions(this.baseline, now);
    if (added.length) this.remember();
    return added.join('\n');
  }
}

/**
 * Quotes with the user's answers in them, as last seen (lines joined) → their baselines; the last few only.
 * Kept in the page's content script, never stored: a box the site puts back keeps its answers checked.
 */
const answered = new Map<string, string[]>();
const REMEMBERED = 8;
const watches = new WeakMap<HTMLElement, QuoteWatch>();

/** The quote watch of a reply box: the same one for the same element, and a put-back box resumes (see resume). */
export function watchQuote(body: HTMLElement): QuoteWatch {
  let w = watches.get(body);
  if (w) return w;
  w = new QuoteWatch(body);
  watches.set(body, w);
  if (answered.size) w.resume();
  return w;
}
