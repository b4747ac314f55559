/**
 * The tone scorer. analyze(text, options) → { level, score, flagged, reasons }.
 *
 * How it scores: features.ts turns the draft into spans (phrase rules from data/phrases.ts,
 * insults/profanity from data/words.ts, AFINN-165 words from the `sentiment` package with
 * customer-service overrides and negation, shouting, and word n-grams known to the model).
 * A logistic model (data/model.ts, trained by `npm run train`) weighs each feature; a feature
 * seen c times contributes w·log(1+c), shared equally among its spans, so every span's share of
 * the score is known and becomes a Reason. Text the user did not write (quoted history, lines
 * starting with ">", text in quotation marks) is skipped.
 *
 * Two channels: the whole model (z) and the rule features alone (z_rules, see ToneModel.ruleFire);
 * the hostility logit is h = max(z, ruleSlope·z_rules + ruleOffset), the second term only when z_rules > 0. Levels compare sigmoid(h) with
 * per-sensitivity thresholds (tense: what the next stricter setting would hold). score =
 * round(100 · sigmoid(h − logit(normal threshold))): 50 is the normal hold line, 0..100.
 * `flagged` is exactly `level === 'angry'` at every sensitivity; strict lowers both thresholds,
 * gentle raises them. A user "always flag" word makes the draft angry at any sensitivity; a
 * "never flag" word removes every hostile span that overlaps it.
 */
import type { Analysis, AnalyzeOptions, Level, Reason, ReasonKind, Sensitivity } from './types';
import { HOSTILE_KINDS } from './types';
import { shippedModel } from './data/model';
import type { ToneModel } from './model-types';
import { buildUnlessBuilt, extract, finish, isLexiconPrepared, isStopGram, lexiconSteps, prepareLexicon, prepareRules, STEP_ITEMS, unpreparedRules, type FeatureRef, type Lexicon } from './features';
import { countAtOrBelow, inRanges, SpanIndex, type Range, type Token } from './text';

export type Analyzer = (text: string) => Analysis;

const KIND_ORDER: readonly ReasonKind[] = [
  'user-word', 'threat', 'insult', 'profanity', 'blame', 'dismissal', 'condescension', 'sarcasm', 'buck-passing',
  'absolute', 'shouting', 'negative-word', 'apology', 'empathy', 'action', 'thanks',
];

/** Weight below which a span is not worth showing. */
const MIN_REASON_WEIGHT = 0.05;
/** A word the model alone weighs must matter this much to be shown as a reason. */
const MIN_WORD_WEIGHT = 0.3;

/**
 * The user's words, matched on word boundaries, case-insensitively. Indexed by their first word so
 * a draft is checked with one lookup per token instead of a scan per word.
 */
interface UserWords {
  byFirst: Map<string, string[]>;
  /** Entries with no letter or digit ("🤬", "-_-"): found as written, anywhere outside quoted text. */
  symbols: string[];
  /**
   * The first words' lengths (bit min(length, 31)) and first characters (bit code & 31): a token that
   * matches neither can start no entry, so most tokens skip the Map lookup (hashing a fresh string).
   */
  lengths: number;
  initials: number;
}

/** Quotation marks, brackets and sentence punctuation around an entry ("(idiot)", '"no refunds"', "wtf!"): not part of it. */
const WRAPPING_RE = /^["'“”‘’«»()[\]{}<>.,;:!?¡¿\s]+|["'“”‘’«»()[\]{}<>.,;:!?\s]+$/gu;

function compileWords(words: readonly string[] | undefined): UserWords | null {
  const byFirst = new Map<string, string[]>();
  const symbols: string[] = [];
  let lengths = 0;
  let initials = 0;
  for (const raw of words ?? []) {
    const entry = raw.trim().toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    if (!entry) continue;
    if (!WORD_CHAR_RE.test(entry)) {
      if (!symbols.includes(entry)) symbols.push(entry);
      continue;
    }
    const w = entry.replace(WRAPPING_RE, '');
    const first = w.split(/[^\p{L}\p{N}'*!@#$%-]+/u)[0] ?? '';
    const key = first.length ? first : w;
    lengths |= 1 << Math.min(key.length, 31);
    initials |= 1 << (key.charCodeAt(0) & 31);
    const list = byFirst.get(key) ?? [];
    if (!list.includes(w)) list.push(w);
    list.sort((x, y) => y.length - x.length); // longest first
    byFirst.set(key, list);
  }
  return byFirst.size || symbols.length ? { byFirst, symbols, lengths, initials } : null;
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** Spans of the user's words in the text, using the tokens extract() already found. */
function findWords(words: UserWords | null, text: string, tokens: readonly Token[]): Range[] {
  if (!words) return [];
  const out: Range[] = [];
  const { lengths, initials } = words;
  for (const t of tokens) {
    const w0 = t.word;
    if ((lengths & (1 << Math.min(w0.length, 31))) === 0 || (initials & (1 << (w0.charCodeAt(0) & 31))) === 0) continue;
    const list = words.byFirst.get(w0);
    if (!list) continue;
    for (const w of list) {
      const end = t.start + w.length;
      if (end > text.length) continue;
      const seg = w.length === t.end - t.start ? t.word : text.slice(t.start, end).toLowerCase().replace(/’/g, "'");
      if (seg !== w) continue;
      if (end < text.length && WORD_CHAR_RE.test(text[end]!)) continue;
      out.push({ start: t.start, end });
      break;
    }
  }
  if (words.symbols.length) {
    // no letters, so no case to fold (and the text's offsets stay as they are)
    for (const w of words.symbols) {
      for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + w.length)) out.push({ start: at, end: at + w.length });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const NON_SPACE_RE = /\S/;
/** Math.log1p of the small whole totals (most features are seen once or twice), the very same values without the call. */
const LOG1P_INT = Float64Array.from({ length: 32 }, (_, k) => Math.log1p(k));
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const logit = (p: number): number => Math.log(p / (1 - p));

/**
 * Features of the rule channel: the phrase families (blame, dismissal, condescension, sarcasm,
 * threats, absolutes, buck-passing, and the calming kinds) and negativity aimed at the reader.
 * Lone insults, profanity and shouting stay in the model channel, where context weighs them
 * ("fucking amazing" is not hostile).
 */
const MODEL_ONLY = new Set(['kind:insult', 'kind:profanity', 'kind:user-word']);
export function isRuleFeature(feature: string): boolean {
  return (feature.startsWith('kind:') && !MODEL_ONLY.has(feature)) || feature === 'directed:neg';
}


interface CompiledModel {
  /** Every feature, n-grams as 'w:<gram>'. */
  refs: Map<string, FeatureRef>;
  lexicon: Lexicon;
}
const compiledModels = new WeakMap<ToneModel, CompiledModel>();
/** The model's weight slots and word tables, in steps of STEP_ITEMS entries (for idle time). */
function* compileSteps(model: ToneModel): Generator<void, CompiledModel, unknown> {
  const refs = new Map<string, FeatureRef>();
  const reg = model.register;
  for (const [f, w] of Object.entries(model.features)) refs.set(f, { weight: w, total: 0, factor: 0, rule: isRuleFeature(f), quiet: false, reg: reg?.features[f] ?? 0 });
  let n = 0;
  for (const [g, w] of Object.entries(model.ngrams)) {
    refs.set(`w:${g}`, { weight: w, total: 0, factor: 0, rule: false, quiet: isStopGram(g), reg: reg?.ngrams[g] ?? 0 });
    if (++n % STEP_ITEMS === 0) yield;
  }
  const lexicon = yield* lexiconSteps(Object.keys(model.ngrams), (f) => refs.get(f));
  return { refs, lexicon };
}
function compileModel(model: ToneModel): CompiledModel {
  let c = compiledModels.get(model);
  if (!c) compiledModels.set(model, (c = finish(compileSteps(model))));
  return c;
}

/**
 * The scorer's one-time work, in steps that each take a few milliseconds, for a caller to run in idle
 * time before the first draft needs it: the model's weight tables, its word tables, and every phrase
 * rule's expression. Done lazily instead, it all lands on the first draft with text in it (about
 * 150 ms in Node on this project's machine), right when the user pauses typing. Results do not
 * depend on it; an interrupted run is picked up where it stopped (by the next run or by a draft).
 */
export function* prepare(model: ToneModel = shippedModel()): Generator<void, void, unknown> {
  // a draft scored meanwhile compiles the model itself: then this stops, and its analyzers keep theirs
  yield* buildUnlessBuilt(compileSteps(model), () => compiledModels.has(model), (c) => compiledModels.set(model, c));
  yield* prepareLexicon(compileModel(model).lexicon);
  yield;
  yield* prepareRules();
}

/** Has prepare() (or earlier drafts) done all of the one-time work for this model? */
export function isPrepared(model: ToneModel = shippedModel()): boolean {
  const c = compiledModels.get(model);
  return c !== undefined && isLexiconPrepared(c.lexicon) && unpreparedRules() === 0;
}

const HOSTILE = new Set<ReasonKind>(HOSTILE_KINDS);

/**
 * Precompiles the user's word lists once; the returned function is cheap to call per keystroke
 * pause. The model's word tables are built by prepare() in idle time, or else on the first draft
 * with text in it (shared by every analyzer of that model).
 */
export function createAnalyzer(options: AnalyzeOptions = {}, model: ToneModel = shippedModel()): Analyzer {
  const sensitivity: Sensitivity = options.sensitivity ?? 'normal';
  const thresholds = model.thresholds[sensitivity] ?? model.thresholds.normal;
  const always = compileWords(options.alwaysFlag);
  const never = compileWords(options.neverFlag);
  const normalLine = logit(model.thresholds.normal.angry);
  const beta = model.register?.beta;
  const shiftAngry = beta?.[sensitivity] ?? 0;
  const shiftTense = beta?.[NEXT_STRICTER[sensitivity]] ?? 0;
  const shiftNormal = beta?.normal ?? 0;

  /**
   * Scores a text: extraction runs once over the whole text (so quoted history is found in context),
   * then the features are weighed per window (`starts`: ascending window start offsets, first 0) and
   * the worst window gives the hostility logit h. One window = the whole text.
   */
  const score = (text: string, starts: readonly number[], ends: number[] | null): Scored => {
    const { refs, lexicon } = compileModel(model);
    const { hits, grams, quoted, calmSpans, tokens } = extract(text, { lexicon });
    const neverRanges = findWords(never, text, tokens);
    const neverIdx = neverRanges.length ? new SpanIndex(neverRanges) : null;
    const calm = calmSpans.length ? new SpanIndex(calmSpans) : null;
    const gRefs = grams.refs;
    const gPos = grams.positions;
    const nh = hits.length;
    const ng = gRefs.length;
    const nw = starts.length;
    // the hits and n-grams of each window, in their original order (a stable counting sort):
    // hitOrder[hitAt[w] .. hitAt[w + 1]) are window w's hit indices, likewise for n-grams
    let hitOrder: Int32Array | null = null;
    let gramOrder: Int32Array | null = null;
    let hitAt: Int32Array | null = null;
    let gramAt: Int32Array | null = null;
    if (nw > 1) {
      hitAt = windowOrder(nw, nh, (i) => hits[i]!.start, starts, 0);
      hitOrder = scratch[1]!;
      gramAt = windowOrder(nw, ng, (i) => gPos[2 * i]!, starts, 2);
      gramOrder = scratch[3]!;
    }
    // the hostility logit so far: the worst window's z or rule channel (the sentences' are added at the end)
    let hMax = -Infinity;
    // The rule channel is also read sentence by sentence: one clear blame, dismissal or threat is
    // not cancelled by a "thanks" in another sentence ("Thanks for your patience. This is your fault.").
    let sentEnds: readonly number[] | null = null; // computed only when a rule fires
    let sentZ: Float64Array | null = null; // reused buffer: an entry is set when its sentence is first seen
    let sentSeen: Uint8Array | null = null;
    const sentOrder: number[] = []; // sentences with a rule share, in the order first seen

    // each feature contributes w·log(1+total amount) within its window, shared among its spans by amount
    const hitRefs: (FeatureRef | undefined)[] = new Array<FeatureRef | undefined>(nh);
    const gUsed = bytes(0, ng);
    const span = text.length + 1;
    const bySpan = new Map<number, Reason>();
    const touched: FeatureRef[] = [];
    // the register logit (ToneModel.register), summed as each window's factors are computed: a long draft's
    // is the mean over its windows, read like the hostility, a few sentences at a time (no extra pass)
    const register = model.register;
    let dSum = 0;
    try {
      for (let w = 0; w < nw; w++) {
        const h0 = hitOrder ? hitAt![w]! : 0;
        const h1 = hitOrder ? hitAt![w + 1]! : nh;
        const g0 = gramOrder ? gramAt![w]! : 0;
        const g1 = gramOrder ? gramAt![w + 1]! : ng;
        for (let k = h0; k < h1; k++) {
          const i = hitOrder ? hitOrder[k]! : k;
          const h = hits[i]!;
          const ref = h.ref ?? refs.get(h.feature);
          if (ref === undefined || ref.weight === 0) continue;
          if (neverIdx !== null && (ref.weight > 0 || (h.kind && HOSTILE.has(h.kind))) && neverIdx.overlaps(h.start, h.end)) continue;
          hitRefs[i] = ref;
          if (ref.total === 0) touched.push(ref);
          ref.total += h.amount;
        }
        for (let k = g0; k < g1; k++) {
          const i = gramOrder ? gramOrder[k]! : k;
          const ref = gRefs[i]!;
          if (ref.weight === 0) continue;
          if (neverIdx !== null && ref.weight > 0 && neverIdx.overlaps(gPos[2 * i]!, gPos[2 * i + 1]!)) continue;
          gUsed[i] = 1;
          if (ref.total === 0) touched.push(ref);
          ref.total += 1;
        }
        for (const ref of touched) {
          const t = ref.total;
          const lt = t < LOG1P_INT.length && t >>> 0 === t ? LOG1P_INT[t]! : Math.log1p(t);
          ref.factor = (ref.weight * lt) / t;
          if (register) dSum += ref.reg * lt;
        }
        // model n-grams: score always; a reason only when the word weighs enough on its own
        let z = model.bias;
        for (let k = g0; k < g1; k++) {
          const i = gramOrder ? gramOrder[k]! : k;
          if (gUsed[i] === 0) continue;
          const ref = gRefs[i]!;
          const share = ref.factor;
          z += share;
          if (share < MIN_WORD_WEIGHT || ref.quiet) continue;
          const start = gPos[2 * i]!;
          const end = gPos[2 * i + 1]!;
          if (calm !== null && calm.overlaps(start, end)) continue; // part of a calming phrase ("sorry your" in "I'm so sorry your order…")
          const key = start * span + end;
          const prev = bySpan.get(key);
          if (prev) prev.weight += share;
          else {
            const t = text.slice(start, end);
            bySpan.set(key, { start, end, text: t, kind: 'negative-word', why: `"${t}" often comes up in hostile messages.`, weight: share });
          }
        }
        let zr = 0;
        for (let k = h0; k < h1; k++) {
          const i = hitOrder ? hitOrder[k]! : k;
          const ref = hitRefs[i];
          if (ref === undefined) continue;
          const h = hits[i]!;
          const share = ref.factor * h.amount;
          z += share;
          if (ref.rule) {
            zr += share;
            sentEnds ??= ends ?? sentenceEnds(text);
            const si = countAtOrBelow(sentEnds, h.start); // the sentence holding h.start
            sentZ ??= doubles(0, sentEnds.length + 1);
            sentSeen ??= bytes(1, sentEnds.length + 1);
            if (sentSeen[si] === 0) { sentSeen[si] = 1; sentOrder.push(si); sentZ[si] = 0; }
            sentZ[si]! += share;
          }
          let kind = h.kind;
          let why = h.why;
          if (!kind) {
            // weak, calming or function words without a rule stay in the score only
            if (share < MIN_WORD_WEIGHT || ref.quiet) continue;
            if (calm !== null && calm.overlaps(h.start, h.end)) continue; // part of a calming phrase
            kind = 'negative-word';
            why = `"${text.slice(h.start, h.end)}" often comes up in hostile messages.`;
          }
          const key = h.start * span + h.end;
          const prev = bySpan.get(key);
          if (prev) {
            prev.weight += share;
            // a rule's kind beats the generic negative-word label
            if (prev.kind === 'negative-word' && kind !== 'negative-word') { prev.kind = kind; prev.why = why ?? prev.why; }
          } else {
            bySpan.set(key, { start: h.start, end: h.end, text: text.slice(h.start, h.end), kind, why: why ?? '', weight: share });
          }
        }
        // the rule channel speaks only where the rules found hostile evidence (z_rules > 0); otherwise its
        // constant offset would put a floor under every calm draft's score
        hMax = Math.max(hMax, z, zr > 0 ? model.ruleSlope * zr + model.ruleOffset : -Infinity);
        for (const ref of touched) { ref.total = 0; ref.factor = 0; }
        touched.length = 0;
      }
    } finally {
      for (const ref of touched) { ref.total = 0; ref.factor = 0; }
    }

    // user "always flag" words
    let forced = false;
    const extra: Reason[] = [];
    for (const r of findWords(always, text, tokens)) {
      if (inRanges(quoted, r.start)) continue;
      forced = true;
      extra.push({
        start: r.start, end: r.end, text: text.slice(r.start, r.end), kind: 'user-word',
        why: `"${text.slice(r.start, r.end)}" is on your always-flag list.`, weight: 3,
      });
    }

    const reasons: Reason[] = extra;
    for (const r of bySpan.values()) {
      r.weight = Math.round(r.weight * 100) / 100;
      if (HOSTILE.has(r.kind) ? r.weight >= MIN_REASON_WEIGHT : r.weight <= -MIN_REASON_WEIGHT) reasons.push(r);
    }
    // hostile first, then kind, then position
    if (reasons.length > 1) sortReasons(reasons, text.length);

    let h = hMax;
    for (const si of sentOrder) if (sentZ![si]! > 0) h = Math.max(h, model.ruleSlope * sentZ![si]! + model.ruleOffset);
    // how much the draft reads as a business reply: moves the lines (createAnalyzer), not the spans
    const g = register ? sigmoid(register.bias + dSum / nw) : 0;
    return { h, g, reasons, forced };
  };

  return (input: string): Analysis => {
    const text = typeof input === 'string' ? input : String(input ?? '');
    if (!NON_SPACE_RE.test(text)) return { level: 'calm', score: 0, flagged: false, reasons: [] };
    // A long draft is read the way people read it: a hostile paragraph is not excused by polite ones
    // around it. Features are weighed per window of a few sentences (the model was trained on texts
    // of about that length) and the worst window counts.
    const ends = text.length <= WINDOW_CHARS ? null : sentenceEnds(text);
    const { h, g, reasons, forced } = score(text, ends ? windows(text, ends).map(([a]) => a) : [0], ends);
    // a draft that reads as a business reply (g near 1) meets lines up to beta lower (ToneModel.register); tense
    // says what the next stricter setting would hold, so it is read on that setting's scale
    let level: Level = sigmoid(h + shiftAngry * g) >= thresholds.angry ? 'angry' : sigmoid(h + shiftTense * g) >= thresholds.tense ? 'tense' : 'calm';
    // score: 50 sits on the normal hold line, so the number means the same at every sensitivity
    let score100 = Math.round(100 * sigmoid(h + shiftNormal * g - normalLine));
    if (forced) {
      level = 'angry';
      score100 = Math.max(score100, Math.ceil(100 * sigmoid(logit(thresholds.angry) - normalLine)));
    }
    return { level, score: score100, flagged: level === 'angry', reasons };
  };
}

/** The setting whose hold line a sensitivity's tense line is (see ToneModel.thresholds). */
const NEXT_STRICTER: Record<Sensitivity, Sensitivity> = { gentle: 'normal', normal: 'strict', strict: 'strict' };

interface Scored {
  h: number;
  /** sigmoid of the register logit: how much the draft reads as a business reply (0 without a register model). */
  g: number;
  reasons: Reason[];
  forced: boolean;
}

/** Drafts longer than this are scored in windows of about WINDOW_TARGET characters. */
const WINDOW_CHARS = 600;
const WINDOW_TARGET = 180;
/** A single run-on "sentence" is cut at whitespace past this length. */
const WINDOW_MAX = 1200;

/** Sentence ends: after a run of . ! ? … (and closing quotes/brackets) followed by whitespace, or at line breaks. Linear scan, no backtracking. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const n = text.length;
  const re = SENTENCE_MARK_RE;
  let i = 0;
  let c = 0;
  while (i < n) {
    // jump to the next line break or sentence punctuation (the only characters that act here)
    re.lastIndex = i;
    if (!re.test(text)) break;
    i = re.lastIndex - 1;
    c = text.charCodeAt(i);
    if (c === 10) {
      while (i < n && ((c = text.charCodeAt(i)) === 10 || c === 13)) i++;
      ends.push(i);
    } else { // . ! ? …
      while (i < n && ((c = text.charCodeAt(i)) === 46 || c === 33 || c === 63 || c === 8230)) i++;
      // closing quotes/brackets: " ' ) ] ” ’
      while (i < n && ((c = text.charCodeAt(i)) === 34 || c === 39 || c === 41 || c === 93 || c === 8221 || c === 8217)) i++;
      if (i < n && ((c = text.charCodeAt(i)) === 32 || c === 9 || c === 13 || c === 10)) {
        while (i < n && ((c = text.charCodeAt(i)) === 32 || c === 9 || c === 13 || c === 10)) i++;
        ends.push(i);
      }
    }
  }
  return ends;
}
const SENTENCE_MARK_RE = /[\n.!?\u2026]/g;

/** [start, end) windows of whole sentences, each about WINDOW_TARGET long; linear in the text. */
export function windows(text: string, ends: readonly number[] = sentenceEnds(text)): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number): void => {
    // a run-on stretch without sentence ends is cut at the last space before WINDOW_MAX
    while (end - start > WINDOW_MAX) {
      let at = start + WINDOW_MAX;
      for (let k = at; k > start + WINDOW_MAX / 2; k--) {
        if (text.charCodeAt(k) === 32) {
          at = k + 1;
          break;
        }
      }
      if (hasNonSpace(text, start, at)) out.push([start, at]);
      start = at;
    }
    if (end > start && hasNonSpace(text, start, end)) out.push([start, end]);
    start = end;
  };
  for (const end of ends) if (end - start >= WINDOW_TARGET) push(end);
  push(text.length);
  return out;
}

const SPACE_RE = /\s/;
/** NON_SPACE_RE.test(text.slice(from, to)), without the slice. */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c !== 32 && (c < 9 || c > 13)) return true;
    } else if (!SPACE_RE.test(text[k]!)) return true;
  }
  return false;
}

/** Reused per-call buffers: [n-grams used, sentences seen] (zeroed by bytes()), [sentence rule totals, sort keys]. */
const scratchBytes: Uint8Array[] = [new Uint8Array(256), new Uint8Array(64)];
const scratchDoubles: Float64Array[] = [new Float64Array(64), new Float64Array(128)];
/** scratchBytes[k], at least n long, its first n bytes zeroed. */
function bytes(k: number, n: number): Uint8Array {
  if (scratchBytes[k]!.length < n) scratchBytes[k] = new Uint8Array(Math.max(n, 2 * scratchBytes[k]!.length));
  else scratchBytes[k]!.fill(0, 0, n);
  return scratchBytes[k]!;
}
/** scratchDoubles[k], at least n long (not cleared). */
function doubles(k: number, n: number): Float64Array {
  if (scratchDoubles[k]!.length < n) scratchDoubles[k] = new Float64Array(Math.max(n, 2 * scratchDoubles[k]!.length));
  return scratchDoubles[k]!;
}

/** Reused buffers for windowOrder: [hit offsets, hit order, n-gram offsets, n-gram order, window of each item]. */
const scratch: Int32Array[] = [new Int32Array(64), new Int32Array(256), new Int32Array(64), new Int32Array(256), new Int32Array(256)];
const grow = (k: number, n: number): Int32Array => {
  if (scratch[k]!.length < n) scratch[k] = new Int32Array(Math.max(n, 2 * scratch[k]!.length));
  return scratch[k]!;
};

/**
 * Groups items 0..count-1 by window (a stable counting sort): afterwards scratch[slot + 1][at[w] .. at[w + 1])
 * lists window w's items in their original order. Returns `at` (scratch[slot]).
 */
function windowOrder(nw: number, count: number, posOf: (i: number) => number, starts: readonly number[], slot: number): Int32Array {
  const at = grow(slot, nw + 2);
  at.fill(0, 0, nw + 2);
  const order = grow(slot + 1, count);
  const win = grow(4, count);
  for (let i = 0, w = 0; i < count; i++) {
    const pos = posOf(i);
    // items come mostly in text order: the previous item's window, else a search (starts[0] = 0: every item is in a window)
    if (pos < starts[w]! || (w + 1 < nw && pos >= starts[w + 1]!)) w = countAtOrBelow(starts, pos) - 1;
    at[(win[i] = w) + 2]!++;
  }
  for (let w = 0; w < nw; w++) at[w + 2]! += at[w + 1]!; // at[w + 1]: where window w starts
  // at[w + 1] is window w's cursor; once filled it is where window w + 1 starts, as at[w + 1] should read
  for (let i = 0; i < count; i++) order[at[win[i]! + 1]!++] = i;
  return at;
}

/** Hostile first, then by kind: a reason's sort rank (below 200). */
const SORT_RANK = new Map<ReasonKind, number>(KIND_ORDER.map((k, i) => [k, (HOSTILE.has(k) ? 0 : 100) + i]));

/**
 * Sorts by (rank, start), stable. Each key is packed with the reason's index, key·b + i with b the
 * power of two >= n (exact while below 2^53), so a typed array's numeric sort (no comparator calls)
 * gives the order.
 */
function sortReasons(reasons: Reason[], length: number): void {
  const n = reasons.length;
  const stride = length + 1;
  let b = 1;
  while (b < n) b *= 2;
  if ((200 * stride + 1) * b >= Number.MAX_SAFE_INTEGER) { // beyond any real draft
    const keyed = reasons.map((r) => ({ r, key: SORT_RANK.get(r.kind)! * stride + r.start }));
    keyed.sort((x, y) => x.key - y.key); // stable: equal keys keep their order
    for (let i = 0; i < n; i++) reasons[i] = keyed[i]!.r;
    return;
  }
  const keys = doubles(1, n).subarray(0, n);
  for (let i = 0; i < n; i++) {
    const r = reasons[i]!;
    keys[i] = (SORT_RANK.get(r.kind)! * stride + r.start) * b + i;
  }
  keys.sort();
  const was = reasons.slice();
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    reasons[i] = was[k - Math.floor(k / b) * b]!; // k mod b, exactly (b is a power of two)
  }
}

let cachedKey = '';
let cached: Analyzer | null = null;

/**
 * Scores one draft. Reuses the compiled analyzer while the options stay the same (compared by
 * value, so an options object mutated in place is still honoured). For many drafts with fixed
 * options, createAnalyzer(options) skips even that comparison.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const key = JSON.stringify([options.sensitivity ?? 'normal', options.alwaysFlag ?? [], options.neverFlag ?? []]);
  if (!cached || key !== cachedKey) {
    cached = createAnalyzer(options);
    cachedKey = key;
  }
  return cached(text);
}
