/**
 * The calm rewrite and per-span suggestions. Pure: text in, text + edits out.
 *
 * calmRewrite works in passes over the ORIGINAL text, so every edit's offsets refer to it:
 *  1. the phrase table (blame, dismissal, sarcasm, threats, profanity…);
 *  2. shouting (ALL-CAPS words, "!!!");
 *  3. an acknowledgment at the start and a next step at the end when the draft has none;
 *  4. while analyze() still flags the result, soften what it points at (mapped back to the original);
 *  4c. a sentence that still reads as hostile on its own is taken out, or, if it holds a fact, reported
 *      as unresolved: judged before the framing of step 3 is added, so our calm sentences never excuse it.
 * Facts (numbers, ids, emails, URLs, phones, [NAME]), the greeting line and the signature are never touched.
 */
import { analyze, sentenceEnds } from '../tone/analyze';
import { analyzeAsShown } from '../visible';
import type { Analysis, Reason, ReasonKind, Sensitivity } from '../tone/types';
import { isHostile } from '../tone/types';
import { guidelineById, guidelinesForReason } from '../guidelines/data';
import { applyEdits, atSentenceStart, capitalizeFirst, looksLikeName, lowerFirst, makeEdit, nounFiller, pickNonOverlapping, sortEdits, type Edit } from './edits';
import { factSpans, type Span } from './facts';
import { findPhrases, phraseEdits, preparePhrases } from './table';
import { isKnownAcronym, shoutingEdits } from './shouting';
import { splitDraft, TITLES } from './structure';
import { SOFTEN } from './soften';

export type { Edit } from './edits';

export interface RewriteContext {
  audience?: 'private' | 'public';
  customerName?: string;
  signatureName?: string;
  businessName?: string;
  /** Guideline ids the user turned off: their phrases are not rewritten or suggested. */
  disabledGuidelines?: string[];
  /** Sensitivity the result must pass; default 'strict' for public replies, else 'normal'. */
  sensitivity?: Sensitivity;
  /**
   * The most characters the reply box takes (a textarea's maxlength; Google Play: 350); none or 0 means no
   * limit. The acknowledgment and next step the rewrite adds are left out when they would not fit (their
   * shorter forms first); the user's own words are never cut to make room.
   */
  maxLength?: number;
}

export interface RewriteResult {
  text: string;
  edits: Edit[];
  /**
   * Sentences of the draft (as the user wrote them) that still read as hostile on their own after every
   * softening, and were taken out: the calm sentences around them must not be what lets them pass.
   */
  removed: string[];
  /**
   * Sentences that still read as hostile but hold a fact (a number, an id, an address…), so they were
   * kept, as rewritten: the user has to edit these themselves.
   */
  unresolved: string[];
}

export interface Suggestion {
  /** Stable within one text: `${start}-${end}-${phraseId}`. */
  id: string;
  start: number;
  end: number;
  before: string;
  after: string;
  guidelineId: string;
  guidelineTitle: string;
  why: string;
}

/** Deterministic pick from a list, seeded by the text. */
export function pick<T>(items: readonly T[], seed: string, salt = 0): T {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  const item = items[(h >>> 0) % items.length];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

export const ACKNOWLEDGMENTS: readonly string[] = [
  'Thank you for raising this; I understand why it matters.',
  'I understand, and I appreciate your patience.',
  'Thank you for explaining; I see why this matters to you.',
];

/**
 * The next step the rewrite adds when the draft has none. It names no date, time or deadline: the rewrite
 * speaks for the user, and a deadline they never wrote ("by tomorrow", "within one business day") is a
 * promise they may not be able to keep, which on a review site stays in public. A deadline the user wrote
 * themselves stays where they wrote it (a draft that already says what happens next gets no step added).
 */
export const NEXT_STEPS_PRIVATE: readonly string[] = [
  'I will look into this and follow up with you.',
  'I will look into this and keep you updated.',
  'I will get back to you with an update.',
];

export const NEXT_STEPS_PUBLIC: readonly string[] = [
  'Please send us a private message so we can sort this out together.',
  'Please contact us directly so we can look into this together.',
];



const CALMING: readonly ReasonKind[] = ['apology', 'empathy', 'thanks'];

function safeAnalyze(text: string, sensitivity: Sensitivity = 'normal'): Analysis | null {
  try {
    // as the reader sees it: a soft hyphen or zero-width space inside a word hides nothing from them
    return analyzeAsShown(text, { sensitivity });
  } catch {
    return null;
  }
}

/** Offset in the original for an offset in the result, or null when it falls inside inserted/replaced text. */
function mapBack(edits: readonly Edit[], pos: number, isEnd = false): number | null {
  let delta = 0;
  for (const e of edits) {
    const rStart = e.start + delta;
    const rEnd = rStart + e.after.length;
    if (isEnd ? pos <= rStart : pos < rStart) return pos - delta;
    if (isEnd ? pos <= rEnd : pos < rEnd) return null;
    delta += e.after.length - (e.end - e.start);
  }
  return pos - delta;
}

function inside(s: number, e: number, spans: readonly Span[]): boolean {
  return spans.some((b) => s < b.end && b.start < e);
}

/** A gentler wording for a span the scorer still flags (or '' to drop it). */
function softenSpan(spanText: string, kind: ReasonKind): string | null {
  const key = spanText.toLowerCase().replace(/[’]/g, "'");
  const direct = SOFTEN[key];
  if (direct !== undefined) return direct;
  if (kind === 'shouting') {
    if (/^[!?¡¿‽]+$/.test(spanText)) return spanText.includes('?') ? '?' : '.';
    if (isKnownAcronym(spanText)) return null;
    return spanText.toLowerCase();
  }
  if (kind === 'profanity' || kind === 'insult') {
    // a single swear word or slur with no gentler form: drop it
    if (/^[\p{L}*!@#$%'’-]+$/u.test(spanText)) return '';
  }
  return null;
}

/** Keeps the sentence-case right when a shouted word follows text we removed. */
function sentenceStartAfterRemovals(text: string, i: number, edits: readonly Edit[]): boolean {
  let j = i;
  for (;;) {
    if (atSentenceStart(text, j)) return true;
    let k = j - 1;
    while (k >= 0 && /[ \t]/.test(text[k] ?? '')) k--;
    const removal = edits.find((e) => e.after === '' && e.end > e.start && e.end >= k + 1 && e.end <= j);
    if (!removal) return false;
    j = removal.start;
  }
}

/** An insertion point not strictly inside any edit: moved to the edit's end (or start, when `before`). */
function freePos(edits: readonly Edit[], pos: number, before = false): number {
  let p = pos;
  for (let guard = 0; guard < edits.length + 1; guard++) {
    const hit = edits.find((e) => e.start < p && p < e.end);
    if (!hit) return p;
    p = before ? hit.start : hit.end;
  }
  return p;
}

function punctuate(body: string): string {
  const t = body.trimEnd();
  if (t === '') return '';
  const core = t.replace(/[*_"'”’)\]]+$/u, '');
  return /[.!?…:;]$/.test(core) ? ' ' : /[*_"'”’)\]]$/.test(t) ? ' ' : '. ';
}

/**
 * The rewrite's one-time work, in idle-time steps (see src/content/idle.ts): the phrase table's
 * expressions, then one rewrite and one round of suggestions of a sample draft, which compiles the
 * rest of the code they run. Left to the first hold, it made the overlay appear about 300 ms after
 * Send in Chromium. Results never depend on it. It starts when a reply box appears, so it runs while
 * the user types: the sample goes through the rewrite's parts one per step first (the whole of it in
 * one step took about 25 ms of main-thread time in Chromium on a busy machine, the parts under 10).
 */
export function* prepareRewrite(): Generator<void, void, unknown> {
  yield* preparePhrases();
  const sample = 'Did you even READ my email?! Per my last email, this is your fault. Whatever, learn to read.';
  splitDraft(sample);
  yield;
  factSpans(sample);
  yield;
  phraseEdits(sample);
  yield;
  shoutingEdits(sample, 0, sample.length);
  yield;
  sentenceSpans(sample, 0, sample.length);
  yield;
  calmRewrite('Whatever.', { audience: 'public' });
  yield;
  calmRewrite(sample, { audience: 'public' });
  yield;
  suggestionsFor(sample, analyze(sample));
}

/** What every pass over one draft shares: the original text, what no edit may touch, the guidelines turned off, and the sensitivity the result must pass. */
interface Pass {
  text: string;
  blocked: readonly Span[];
  disabled: readonly string[];
  bodyStart: number;
  bodyEnd: number;
  sens: Sensitivity;
}

export function calmRewrite(text: string, context: RewriteContext = {}): RewriteResult {
  const disabled = context.disabledGuidelines ?? [];
  const sens: Sensitivity = context.sensitivity ?? (context.audience === 'public' ? 'strict' : 'normal');
  const parts = splitDraft(text);
  const { bodyStart, bodyEnd } = parts;
  const blocked: Span[] = [...factSpans(text), { start: 0, end: bodyStart }, { start: bodyEnd, end: text.length }].filter(
    (s) => s.end > s.start,
  );

  const pass: Pass = { text, blocked, disabled, bodyStart, bodyEnd, sens };

  // 1. phrase table
  let edits: Edit[] = phraseEdits(text, blocked, disabled);
  // a replacement that now starts the sentence (text before it was removed) gets a capital
  edits = edits.map((e) =>
    e.after !== '' && /^\p{Ll}/u.test(e.after) && sentenceStartAfterRemovals(text, e.start, edits)
      ? { ...e, after: e.after.charAt(0).toUpperCase() + e.after.slice(1) }
      : e,
  );

  // 2. shouting
  if (!disabled.includes('stay-calm')) {
    const shout = shoutingEdits(text, bodyStart, bodyEnd, { blocked }).map((e) => {
      if (/^\p{Ll}/u.test(e.after) && sentenceStartAfterRemovals(text, e.start, edits)) {
        return { ...e, after: e.after.charAt(0).toUpperCase() + e.after.slice(1) };
      }
      return e;
    });
    edits = [...edits, ...pickNonOverlapping(shout, [], edits)];
  }
  // A removal at a sentence start may leave a lower-case word starting the sentence.
  edits = fixSentenceCase(text, edits, blocked);

  // 4. soften whatever analyze() still flags (before adding the framing sentences)
  edits = softenLoop(pass, edits);

  // 4c. a sentence that still reads as hostile on its own goes (one Undo brings it back), unless it
  //     holds a fact; judged before any framing is added, so our calm sentences cannot excuse it
  const sentences = hostileSentences(pass, edits);
  edits = sentences.edits;

  // 3. acknowledgment at the start, next step at the end, when missing; 4b. a final pass over the framed text.
  //    Within a character limit: the framing that fits, in shorter forms, or none of it.
  const max = context.maxLength;
  const limited = typeof max === 'number' && Number.isFinite(max) && max > 0;
  let sorted: Edit[] = [];
  for (const framing of limited ? FRAMINGS : FRAMINGS.slice(0, 1)) {
    sorted = sortEdits(softenLoop(pass, addFraming(text, edits, context, bodyStart, bodyEnd, framing))).filter((e) => e.before !== e.after);
    if (!limited || applyEdits(text, sorted).length <= max) break;
  }
  return { text: applyEdits(text, sorted), edits: sorted, removed: sentences.removed, unresolved: sentences.unresolved };
}

/** Which framing sentences the rewrite may add, and in which form: seeded (as without a limit) or the shortest. */
interface Framing {
  ack: 'seeded' | 'short' | false;
  step: 'seeded' | 'short' | false;
}
/**
 * The framings tried in turn against a character limit, first the one used without a limit: both sentences,
 * then their shortest forms, then the next step alone (what happens next matters more to the customer than our
 * saying we understand), then the acknowledgment alone, then none (the last is kept even if over the limit:
 * the box's too-long warning says so, and only the user's own words are left to shorten).
 */
const FRAMINGS: readonly Framing[] = [
  { ack: 'seeded', step: 'seeded' },
  { ack: 'short', step: 'short' },
  { ack: false, step: 'seeded' },
  { ack: false, step: 'short' },
  { ack: 'seeded', step: false },
  { ack: 'short', step: false },
  { ack: false, step: false },
];

/** The shortest of some sentences (the first of equals). */
function shortestOf(items: readonly string[]): string {
  return items.reduce((m, x) => (x.length < m.length ? x : m));
}

/**
 * Full stops that do not end a sentence: a title or a common abbreviation ("Hi Mr. Patel, …", "No. 5"),
 * and an initial after a name or at the start ("J. Smith", "Anna K. Lee"), but not "size S." ending a
 * sentence. Built on first use (Unicode-aware), not while the page loads.
 */
let notEnds: { abbreviation: RegExp; initial: RegExp } | null = null;
function notSentenceEnds(): { abbreviation: RegExp; initial: RegExp } {
  return (notEnds ??= {
    abbreviation: new RegExp(`(?:^|[\\s(])(?:${TITLES}|st|jr|sr|vs|etc|approx|no|e\\.g|i\\.e)\\.\\s*$`, 'i'),
    initial: /(?:^\s*|\p{Lu}[\p{L}'’-]*\s)\p{Lu}\.\s*$/u,
  });
}

/**
 * The sentence ends, plus one after an emoji that ends a sentence without a full stop ("Amazing
 * service 🙃🙃 Your order ships Monday."): an emoji, then spaces, then a capital. Without it the
 * sarcastic half and the fact in the other were one sentence, kept whole for the fact.
 */
function withEmojiEnds(body: string, ends: number[]): number[] {
  if (!/[\uD83C-\uD83E\u2600-\u27BF]/.test(body)) return ends;
  const extra: number[] = [];
  for (const m of body.matchAll(/\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u2640\u2642]*[ \t]+(?=\p{Lu})/gu)) {
    extra.push(m.index + m[0].length);
  }
  return extra.length ? [...new Set([...ends, ...extra])].sort((a, b) => a - b) : ends;
}

/** [start, end) of each sentence of the body, in the original text; end includes the spaces after it. */
export function sentenceSpans(text: string, bodyStart: number, bodyEnd: number): Span[] {
  const body = text.slice(bodyStart, bodyEnd);
  const spans: Span[] = [];
  let start = 0;
  for (const end of [...withEmojiEnds(body, sentenceEnds(body)), body.length]) {
    if (end <= start) continue;
    // a title's full stop inside a line is not a sentence end ("Mr. Patel"); a line break always is
    const piece = body.slice(start, end);
    if (end < body.length && !/\n\s*$/.test(piece) && (notSentenceEnds().abbreviation.test(piece) || notSentenceEnds().initial.test(piece))) continue;
    if (piece.trim() !== '') spans.push({ start: bodyStart + start, end: bodyStart + end });
    start = end;
  }
  return spans;
}

/** A mark that says the words around it mean their opposite: 🙄, 😒, 🙃, 😏, "/s", "*eye roll*". */
const SARCASM_MARK = /🙄|😒|🙃|😏|(?<![\p{L}\p{N}])\/s(?![\p{L}\p{N}])|\*(?:eye ?rolls?|rolls eyes)\*/u;

/** Whether an edit's new text is only a change of case or punctuation of what it replaces (no words of ours). */
function wordsUnchanged(e: Edit): boolean {
  const letters = (x: string): string => x.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  return letters(e.after) === '' || letters(e.after) === letters(e.before);
}

/**
 * How one sentence reads after our edits, judged three ways; the first that is flagged is returned:
 *  - as it will read in the result (`now`);
 *  - with only the user's own words: every word we put in left out ("Sorry you feel that way, but
 *    honestly this is the stupidest complaint" becomes "I am sorry about your experience, but…": our
 *    apology must not be what makes the insult after "but" read calm);
 *  - as the user wrote it, when we took out a sarcasm mark: "Thanks so much 🙄 for the one star" is not
 *    sincere thanks once the 🙄 is gone.
 */
function judgeSentence(original: string, inner: readonly Edit[], now: string, level: Sensitivity): Analysis | null {
  const a = safeAnalyze(now, level);
  if (a?.flagged) return a;
  const ours = inner.filter((e) => !wordsUnchanged(e));
  if (ours.length > 0) {
    const own = capitalizeFirst(applyEdits(original, sortEdits(inner.map((e) => (wordsUnchanged(e) ? e : { ...e, after: ' ' })))).replace(/[ \t]{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/^[\s,;:]+/, '').trim());
    if (/[\p{L}\p{N}]/u.test(own)) {
      const b = safeAnalyze(own, level);
      if (b?.flagged) return b;
    }
  }
  if (SARCASM_MARK.test(original) && inner.some((e) => SARCASM_MARK.test(e.before) && !SARCASM_MARK.test(e.after))) {
    const c = safeAnalyze(original.trim(), level);
    if (c?.flagged && c.reasons.some((r) => r.kind === 'sarcasm')) return c;
  }
  return a;
}

/** The draft's sentences as hostileSentences judges them: an edit across a sentence's edge ("you idiot! /s") joins the sentences it touches into one. */
function judgedSpans(text: string, bodyStart: number, bodyEnd: number, edits: readonly Edit[]): Span[] {
  const spans: Span[] = [];
  for (const sp of sentenceSpans(text, bodyStart, bodyEnd)) {
    const last = spans[spans.length - 1];
    if (last && edits.some((e) => e.start < last.end && e.end > last.end)) last.end = sp.end;
    else spans.push({ ...sp });
  }
  return spans;
}

let titleRe: RegExp | null = null;
// ("miss." is more often the verb ending a sentence: "It is an easy thing to miss.")
const titleEnd = (): RegExp => (titleRe ??= new RegExp(`(?:^|[\\s(])(?:${TITLES.replace('|miss', '')})\\.\\s*$`, 'i'));

/**
 * A hostile sentence cut at every full stop, "!" or "?" followed by a space inside it: where sentenceSpans
 * kept going past an abbreviation or an initial ("…the plug etc. Learn to read", "the answer is no. Learn to
 * read", "shipped to Block B. Learn to read"), the part before is a sentence of its own, and it must not go
 * with the hostile one. Pieces joined by an edit across their edge stay one.
 */
function pieces(text: string, sp: Span, edits: readonly Edit[]): Span[] {
  const out: Span[] = [];
  let start = sp.start;
  const body = text.slice(sp.start, sp.end);
  for (const end of [...sentenceEnds(body).map((x) => sp.start + x), sp.end]) {
    if (end <= start || end > sp.end) continue;
    const last = out[out.length - 1];
    // ("Mr. Daly, …": a title's full stop ends no sentence)
    if (last && (edits.some((e) => e.start < last.end && e.end > last.end) || titleEnd().test(text.slice(last.start, last.end)))) last.end = end;
    else if (text.slice(start, end).trim() !== '') out.push({ start, end });
    else if (last) last.end = end;
    start = end;
  }
  return out;
}

/** How one span reads after our edits, on its own (see judgeSentence): null when calm or empty. */
function judgeSpan(pass: Pass, edits: readonly Edit[], sp: Span, level: Sensitivity): { now: string; guideline: string } | null {
  const { text } = pass;
  const inner = edits.filter((e) => e.start >= sp.start && e.end <= sp.end).map((e) => ({ ...e, start: e.start - sp.start, end: e.end - sp.start }));
  // as it will read in the result: on its own, starting with a capital (after "Hi Martin, " it gets one)
  const now = capitalizeFirst(applyEdits(text.slice(sp.start, sp.end), sortEdits(inner)).trim());
  if (now === '') return null;
  const a = judgeSentence(text.slice(sp.start, sp.end), inner, now, level);
  if (!a?.flagged) return null;
  const worst = a.reasons.filter((r) => isHostile(r.kind)).sort((x, y) => y.weight - x.weight)[0];
  const guideline = (worst && guidelinesForReason(worst.kind)[0]?.id) || 'avoid-clapback';
  return { now, guideline };
}

/**
 * Sentences whose rewritten form still reads as hostile on its own: removed when they hold no fact,
 * listed as unresolved when they do. Judged at 'normal' (or 'gentle', if that is the user's setting):
 * a lone sentence is short, and at 'strict' one calm sentence in twenty would read as hostile, so
 * calm sentences would be lost; at 'normal' about one in two hundred.
 * Only the hostile sentence goes: a sentence next to it that sentenceSpans read on into (past "etc.",
 * "no.", "Block B.") stays (see pieces).
 */
function hostileSentences(pass: Pass, edits: Edit[]): { edits: Edit[]; removed: string[]; unresolved: string[] } {
  const { text, blocked, disabled, bodyStart, bodyEnd, sens } = pass;
  const removed: string[] = [];
  const unresolved: string[] = [];
  const level: Sensitivity = sens === 'gentle' ? 'gentle' : 'normal';
  const spans: Span[] = [];
  const drop = new Set<number>();
  const guidelines = new Map<number, string>();
  for (const sp of judgedSpans(text, bodyStart, bodyEnd, edits)) {
    // an edit that reaches outside the body (none should): leave the sentence as it is
    if (edits.some((e) => e.start < sp.end && sp.start < e.end && (e.start < sp.start || e.end > sp.end))) {
      spans.push(sp);
      continue;
    }
    const whole = judgeSpan(pass, edits, sp, level);
    if (!whole || disabled.includes(whole.guideline)) {
      spans.push(sp);
      continue;
    }
    // judged piece by piece when it holds more than one; all hostile (or one piece): the whole, as before
    const parts = pieces(text, sp, edits);
    const judged = parts.length > 1 ? parts.map((pc) => ({ pc, j: judgeSpan(pass, edits, pc, level) })) : [];
    const mixed = judged.some((x) => x.j === null) && judged.some((x) => x.j !== null && !disabled.includes(x.j.guideline));
    for (const { pc, j } of mixed ? judged : [{ pc: sp, j: whole }]) {
      const i = spans.push(pc) - 1;
      if (!j || disabled.includes(j.guideline)) continue;
      if (blocked.some((b) => b.start < pc.end && pc.start < b.end)) {
        unresolved.push(j.now);
        continue;
      }
      drop.add(i);
      guidelines.set(i, j.guideline);
      removed.push(text.slice(pc.start, pc.end).trim());
    }
  }
  if (drop.size === 0) return { edits, removed, unresolved };
  let out = edits.filter((e) => ![...drop].some((i) => e.start < spans[i]!.end && spans[i]!.start < e.end));
  // one removal per run of dropped sentences; a run that ends the body also takes the spaces before it
  for (let i = 0; i < spans.length; i++) {
    if (!drop.has(i)) continue;
    let j = i;
    while (drop.has(j + 1)) j++;
    let start = spans[i]!.start;
    let end = spans[j]!.end;
    if (j === spans.length - 1) {
      end = bodyEnd;
      // (not into an edit before it, which may have taken those spaces already)
      const before = out.reduce((m, e) => (e.end <= start ? Math.max(m, e.end) : m), bodyStart);
      if (i > 0) while (start > before && /\s/.test(text[start - 1] ?? '')) start--;
    }
    out.push({ start, end, before: text.slice(start, end), after: '', guideline: guidelines.get(i)! });
    i = j;
  }
  out = sortEdits(fixSentenceCase(text, out, blocked));
  return { edits: out, removed, unresolved };
}

function fixSentenceCase(text: string, edits: Edit[], blocked: readonly Span[]): Edit[] {
  const out = [...edits];
  for (const e of edits) {
    if (e.after !== '') continue;
    // word right after a removal that started a sentence
    let k = e.end;
    while (k < text.length && /[ \t]/.test(text[k] ?? '')) k++;
    const ch = text[k];
    if (!ch || !/\p{Ll}/u.test(ch)) continue;
    if (!sentenceStartAfterRemovals(text, k, out)) continue;
    if (inside(k, k + 1, blocked)) continue;
    const covering = out.find((x) => x.start <= k && k < x.end);
    if (covering) continue;
    out.push({ start: k, end: k + 1, before: ch, after: ch.toUpperCase(), guideline: e.guideline });
  }
  return out;
}

function addFraming(text: string, edits: Edit[], context: RewriteContext, bodyStart: number, bodyEnd: number, framing: Framing = FRAMINGS[0]!): Edit[] {
  const disabled = context.disabledGuidelines ?? [];
  const current = applyEdits(text, edits);
  const analysis = safeAnalyze(current, context.sensitivity ?? (context.audience === 'public' ? 'strict' : 'normal'));
  const reasons = analysis?.reasons ?? [];
  // the body as our edits so far leave it (hostile sentences may have been taken out)
  const body = applyEdits(text.slice(bodyStart, bodyEnd), edits.filter((e) => e.start >= bodyStart && e.end <= bodyEnd).map((e) => ({ ...e, start: e.start - bodyStart, end: e.end - bodyStart })));
  // "Hi Bianca, after your…": the acknowledgment follows the greeting's comma, so it starts in lower case
  const afterComma = /,[ \t]*$/.test(text.slice(0, bodyStart));
  const out = [...edits];
  const seed = text;
  const hasAck = reasons.some((r) => CALMING.includes(r.kind)) ||
    /\b(?:sorry|apolog|thank|appreciate|understand|I hear you)/i.test(applyEdits(text, edits.filter((e) => e.start >= bodyStart && e.end <= bodyEnd)).slice(0, 400));
  const hasNext = reasons.some((r) => r.kind === 'action') ||
    /\b(?:I|we)(?:'ll| will) (?:\w+ ){0,3}(?:by|within|today|tomorrow|on (?:mon|tue|wed|thu|fri|sat|sun))/i.test(current);
  if (!hasAck && framing.ack && !disabled.includes('acknowledge-empathize')) {
    const picked = framing.ack === 'short' ? shortestOf(ACKNOWLEDGMENTS) : pick(ACKNOWLEDGMENTS, seed, 1);
    const ack = afterComma ? lowerFirst(picked) : picked;
    const sep = body.trim() === '' ? '' : ' ';
    // if the body starts with a removal edit at bodyStart, insert before it (sorted insertion-first)
    const at = freePos(out, bodyStart, true);
    out.push({ start: at, end: at, before: '', after: ack + sep, guideline: 'acknowledge-empathize' });
    // the draft's first word now starts a second sentence
    const first = text[bodyStart];
    if (first && /\p{Ll}/u.test(first) && !out.some((e) => e.start <= bodyStart && bodyStart < e.end)) {
      out.push({ start: bodyStart, end: bodyStart + 1, before: first, after: first.toUpperCase(), guideline: 'acknowledge-empathize' });
    }
  }
  if (!hasNext && framing.step && !disabled.includes('next-steps')) {
    const list = context.audience === 'public' && !disabled.includes('take-private') ? NEXT_STEPS_PUBLIC : NEXT_STEPS_PRIVATE;
    const step = framing.step === 'short' ? shortestOf(list) : pick(list, seed, 2);
    // what the body looks like at its end after our edits
    const at = freePos(out, bodyEnd);
    const tail = applyEdits(text.slice(0, at), out.filter((e) => e.end <= at && !(e.start === at && e.end === at)));
    let after = punctuate(tail) + step;
    if (tail.slice(bodyStart).trim() === '') after = step;
    out.push({ start: at, end: at, before: '', after, guideline: 'next-steps' });
  }
  return out;
}

function softenLoop(pass: Pass, edits: Edit[]): Edit[] {
  const { text, blocked, disabled, bodyStart, bodyEnd, sens } = pass;
  let cur = edits;
  for (let round = 0; round < 4; round++) {
    const sorted = sortEdits(cur);
    const result = applyEdits(text, sorted);
    const analysis = safeAnalyze(result, sens);
    if (!analysis) return cur;
    const always: readonly ReasonKind[] = ['shouting', 'profanity', 'insult'];
    // swearing, slurs and shouting always go; other spans only while the draft is still flagged
    const hostile = analysis.reasons.filter((r) => isHostile(r.kind) && (analysis.flagged || always.includes(r.kind)));
    if (hostile.length === 0) return cur;
    const added: Edit[] = [];
    for (const r of hostile) {
      const s = mapBack(sorted, r.start);
      const e = mapBack(sorted, r.end, true);
      if (s === null || e === null || e <= s) continue;
      if (s < bodyStart || e > bodyEnd) continue;
      if (inside(s, e, blocked)) continue;
      if (looksLikeName(text, s, e)) continue;
      let replacement = softenSpan(text.slice(s, e), r.kind);
      if (replacement === null) continue;
      // "a creep who…", "that bullshit": a dropped noun after a determiner needs a plain stand-in
      if (replacement === '') replacement = nounFiller(text, s, text.slice(s, e)) ?? '';
      const guideline = guidelinesForReason(r.kind)[0]?.id ?? 'stay-calm';
      if (disabled.includes(guideline)) continue;
      // "…, you freeloader.": a name-calling "you" goes with the name, or "…our salaries, you." is left
      let from = s;
      if (replacement === '') {
        const you = /(?<![\p{L}\p{N}'’])you[ \t]+$/iu.exec(text.slice(Math.max(bodyStart, s - 10), s));
        if (you && /^[ \t]*(?:[.,;:!?…)]|$)/u.test(text.slice(e)) && !inside(s - you[0].length, s, blocked)) from = s - you[0].length;
      }
      const edit = makeEdit(text, from, e, replacement, guideline);
      if (edit.before === edit.after) continue;
      added.push(edit);
    }
    const kept = pickNonOverlapping(added, [], cur);
    if (kept.length === 0) return cur;
    cur = fixSentenceCase(text, [...cur, ...kept], blocked);
  }
  return cur;
}

/** One suggestion per hostile reason span that the phrase table (or the soften list) has an alternative for. */
export function suggestionsFor(text: string, analysis: Analysis, context: RewriteContext = {}): Suggestion[] {
  const disabled = context.disabledGuidelines ?? [];
  const blocked = factSpans(text);
  const matches = findPhrases(text, disabled);
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const r of analysis.reasons) {
    if (!isHostile(r.kind)) continue;
    // the longest table match overlapping this reason
    const m = matches
      .filter((x) => x.start < r.end && r.start < x.end)
      .filter((x) => !blocked.some((b) => x.start < b.end && b.start < x.end))
      .sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
    let start: number;
    let end: number;
    let after: string;
    let guidelineId: string;
    let key: string;
    if (m) {
      const edit = makeEdit(text, m.start, m.end, m.alternatives[0] ?? '', m.entry.guideline);
      ({ start, end, after } = edit);
      guidelineId = m.entry.guideline;
      key = m.entry.id;
    } else {
      const soft = suggestionForReason(text, r, disabled);
      if (!soft) continue;
      ({ start, end, after } = soft);
      guidelineId = soft.guideline;
      key = r.kind;
    }
    const id = `${start}-${end}-${key}`;
    if (seen.has(`${start}-${end}`)) continue;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    seen.add(`${start}-${end}`);
    const g = guidelineById(guidelineId);
    out.push({
      id,
      start,
      end,
      before: text.slice(start, end),
      after,
      guidelineId,
      guidelineTitle: g?.title ?? guidelineId,
      why: g?.why ?? r.why,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function suggestionForReason(text: string, r: Reason, disabled: readonly string[]): Edit | null {
  if (r.kind === 'shouting') {
    const edits = shoutingEdits(text, r.start, r.end);
    if (edits.length === 0) return null;
    const s = Math.min(...edits.map((e) => e.start));
    const e = Math.max(...edits.map((x) => x.end));
    const after = applyEdits(text.slice(0, e), edits.filter((x) => x.end <= e)).slice(s);
    return { start: s, end: e, before: text.slice(s, e), after, guideline: 'stay-calm' };
  }
  const key = r.text.toLowerCase();
  const soft = SOFTEN[key];
  if (soft === undefined) return null;
  const guideline = guidelinesForReason(r.kind)[0]?.id ?? 'stay-calm';
  if (disabled.includes(guideline)) return null;
  return makeEdit(text, r.start, r.end, soft, guideline);
}

/** Apply one suggestion to the text it was made for. If the text changed there, returns it unchanged. */
export function applySuggestion(text: string, s: Suggestion): string {
  if (text.slice(s.start, s.end) !== s.before) return text;
  return text.slice(0, s.start) + s.after + text.slice(s.end);
}
