/**
 * Feature extraction shared by analyze() and the trainer (scripts/train.ts), so training and
 * scoring see exactly the same spans. Every hit is a span of the text with a feature name.
 */
import sentimentEn from 'sentiment/languages/en/index.js';
import type { ReasonKind } from './types';
import { isHostile } from './types';
import { PHRASES } from './data/phrases';
import { WARM_WORDS } from './data/warm';
import { ACRONYMS, MASKED, OTHER_SENSE, STOPWORDS, VALENCE_OVERRIDES, WORD_CLASSES, WORDS } from './data/words';
import type { MaskedEntry, PhraseEntry } from './data/entry';
import { EMOJI_SARCASM, MOCK_ADDRESS, PRAISE_WORDS, type EmojiSarcasmEntry } from './data/emoji';
import { ABSENT, hasBreak, inRanges, onlySpace, PairTable, quotedRanges, SpanIndex, tokenize, WordKeys, type Range, type Token } from './text';

/** A feature's weight plus a per-call accumulator (owned by the analyzer). */
export interface FeatureRef {
  weight: number;
  /** Per-call accumulators: total amount, then w·log(1+total)/total. */
  total: number;
  factor: number;
  rule: boolean;
  /** An n-gram of function words only: never shown as a reason. */
  quiet: boolean;
  /** Its weight in the register model (ToneModel.register; 0 without one). */
  reg: number;
}

export interface Hit {
  feature: string;
  /** Set for n-grams found through a model lexicon: the feature's weight slot, so scoring skips a lookup. */
  ref?: FeatureRef | undefined;
  /** How much this span adds to its feature's count (entry weight, |valence|, or 1). */
  amount: number;
  start: number;
  end: number;
  kind?: ReasonKind;
  why?: string;
}

/**
 * AFINN-165 (the `sentiment` package's English lexicon) with customer-service overrides. Built with
 * the base lexicon (on the first draft, or in idle time by prepare()), not while the page loads: the
 * extension's bundles parse sentiment's word list only when it is first read here.
 */
function* valenceSteps(): Generator<void, Map<string, number>, unknown> {
  const m = new Map<string, number>();
  const labels = sentimentEn.labels;
  yield;
  let n = 0;
  for (const [w, v] of Object.entries(labels)) {
    if (/^[a-z0-9'_-]+$/.test(w)) m.set(w, v);
    if (++n % STEP_ITEMS === 0) yield;
  }
  for (const o of VALENCE_OVERRIDES) m.set(o.word, o.valence);
  return m;
}
let VALENCE: ReadonlyMap<string, number> | null = null;

/**
 * sentiment's negators (found through its own scoring-strategy hook, so they stay in step with
 * the package) plus a few it lacks ("never rude", "no good", "wasn't happy").
 */
const SENTIMENT_NEGATOR_CANDIDATES = ["cant", "can't", 'dont', "don't", 'doesnt', "doesn't", 'not', 'non', 'wont', "won't", 'isnt', "isn't"];
export const NEGATORS: ReadonlySet<string> = new Set([
  ...SENTIMENT_NEGATOR_CANDIDATES.filter((w) => sentimentEn.scoringStrategy.apply([w, 'x'], 1, 1) === -1),
  'never', 'no', 'nothing', 'hardly', "wasn't", 'wasnt', "aren't", 'arent', "weren't", 'werent', "didn't", 'didnt',
  "couldn't", 'couldnt', "shouldn't", 'shouldnt', "wouldn't", 'wouldnt', "haven't", 'havent', "hasn't", 'hasnt',
  'without', 'cannot', 'neither', 'nor',
]);
/** Function words (see isStopGram), built on first use. */
let STOP: ReadonlySet<string> | null = null;
const stopWords = (): ReadonlySet<string> => (STOP ??= new Set(STOPWORDS.map((a) => a.word)));

/**
 * A phrase rule, with the literal words of its pattern (a character class splits a word:
 * "apologi[sz]e" gives "apologi"), their parts before ' or -, and their first four letters: unless
 * the rule can match without a literal next word, the word after the anchor must be one of these.
 */
interface CompiledPhrase { entry: PhraseEntry; re: RegExp; hostile: boolean; next: Set<string>; next4: Set<string>; /** next4 as ascii4() numbers. */ next4Keys: Set<number> }

/** The first four characters of w as one number when they are ASCII (one-to-one), else -1. */
function ascii4(w: string): number {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  const c = w.charCodeAt(2);
  const d = w.charCodeAt(3);
  return (a | b | c | d) < 128 ? a | (b << 7) | (c << 14) | (d << 21) : -1;
}

/**
 * The rules anchored at one word, each tried only when the next token could continue it: a
 * literal word of the rule, or any word for a rule that can match without one (the anchor alone,
 * or a wildcard right after it: found on the group's first use, see ruleAnyNext, since probing
 * every rule at load would compile every expression up front). Rule k of the group has the
 * global slot rid0 + k in the next-word bit sets.
 */
interface AnchorGroup {
  anchor: string;
  list: CompiledPhrase[];
  rid0: number;
  /** Per rule: 1 can match with no literal next word, 0 cannot, -1 not probed yet. */
  anyNext: Int8Array;
  /** The union of the group's rules' next-word prefixes: a word the lexicon does not know is tried rule by rule only when one fits. */
  unknown: CompiledPhrase;
}

const PROBES = ['', '.', '!', '?', ',', ' .', ' x', ' x.', ' xq zz', ' 0', '\n'];
/** Can rule k of this group match with no literal next word after the anchor? */
function ruleAnyNext(g: AnchorGroup, k: number): boolean {
  const known = g.anyNext[k]!;
  if (known >= 0) return known === 1;
  const re = g.list[k]!.re;
  let anyNext = false;
  for (const before of ['', '. ', '/']) {
    for (const probe of PROBES) {
      re.lastIndex = before.length;
      if (re.test(before + g.anchor + probe)) { anyNext = true; break; }
    }
    if (anyNext) break;
  }
  g.anyNext[k] = anyNext ? 1 : 0;
  return anyNext;
}

/**
 * The phrase rules by anchor word, and the next-word filter inverted: for each literal word (and
 * each four-letter prefix), the rule slots that list it, so a known word's verdict for every rule is
 * computed once per lexicon. Built with the base lexicon (on the first draft, or in idle-time steps
 * by prepare()), not while the page loads.
 */
interface RuleTables {
  byAnchor: Map<string, AnchorGroup>;
  /** 32-bit words in a next-word bit set (one bit per rule slot). */
  slotWords: number;
  nextSlots: Map<string, number[]>;
  next4Slots: Map<string, number[]>;
}
/** Phrase rules handled between two yields of ruleSteps() (idle time). */
const RULE_STEP = 32;
function* ruleSteps(): Generator<void, RuleTables, unknown> {
  const lists = new Map<string, CompiledPhrase[]>();
  let n = 0;
  for (const entry of PHRASES) {
    const next = new Set<string>();
    const next4 = new Set<string>();
    for (const w of entry.pattern.toLowerCase().replace(/\\[a-z]/g, ' ').match(/[a-z0-9'’-]+/g) ?? []) {
      next.add(w.replace(/’/g, "'"));
      for (const part of w.split(/['’-]/)) if (part) next.add(part);
      if (w.length >= 4) next4.add(w.slice(0, 4));
    }
    const next4Keys = new Set<number>();
    for (const w of next4) if (ascii4(w) >= 0) next4Keys.add(ascii4(w));
    const compiled: CompiledPhrase = { entry, re: new RegExp(`(?:${entry.pattern})(?![A-Za-z0-9])`, 'iy'), hostile: isHostile(entry.kind), next, next4, next4Keys };
    // tokens are looked up with curly apostrophes straightened, so "i’m" and "i'm" are one group
    for (const a of new Set(entry.anchors.map((x) => x.replace(/’/g, "'")))) {
      const list = lists.get(a);
      if (list) list.push(compiled);
      else lists.set(a, [compiled]);
    }
    if (++n % RULE_STEP === 0) yield;
  }
  const byAnchor = new Map<string, AnchorGroup>();
  let slots = 0;
  for (const [a, list] of lists) {
    const unknown: CompiledPhrase = { entry: list[0]!.entry, re: list[0]!.re, hostile: false, next: new Set(), next4: new Set(), next4Keys: new Set() };
    for (const c of list) {
      for (const w of c.next) unknown.next.add(w);
      for (const w of c.next4) unknown.next4.add(w);
      for (const k of c.next4Keys) unknown.next4Keys.add(k);
    }
    byAnchor.set(a, { anchor: a, list, rid0: slots, anyNext: new Int8Array(list.length).fill(-1), unknown });
    slots += list.length;
  }
  yield;
  const nextSlots = new Map<string, number[]>();
  const next4Slots = new Map<string, number[]>();
  for (const g of byAnchor.values()) {
    g.list.forEach((c, k) => {
      const rid = g.rid0 + k;
      for (const w of c.next) { const l = nextSlots.get(w); if (l) l.push(rid); else nextSlots.set(w, [rid]); }
      for (const w of c.next4) { const l = next4Slots.get(w); if (l) l.push(rid); else next4Slots.set(w, [rid]); }
    });
  }
  return { byAnchor, slotWords: (slots + 31) >>> 5, nextSlots, next4Slots };
}
let RULES: RuleTables | null = null;
const rules = (): RuleTables => (RULES ??= finish(ruleSteps()));

/**
 * The phrase rules' one-time work, in small steps for idle time (see prepare() in analyze.ts): each
 * rule's "can it match with no literal next word" probe, which also makes V8 compile the rule's
 * expression. Left to the first draft, this is most of that draft's cost (about 100 ms in Node).
 * Yields after every few rules; a rule already probed costs nothing.
 */
export function* prepareRules(): Generator<void, void, unknown> {
  let n = 0;
  for (const g of rules().byAnchor.values()) {
    for (let k = 0; k < g.list.length; k++) {
      if (g.anyNext[k]! >= 0) continue;
      ruleAnyNext(g, k);
      if (++n % 8 === 0) yield;
    }
  }
}

/** Rules not yet probed (0 once prepareRules() has run, or every rule has been met in drafts). */
export function unpreparedRules(): number {
  let n = 0;
  for (const g of rules().byAnchor.values()) for (let k = 0; k < g.list.length; k++) if (g.anyNext[k]! < 0) n++;
  return n;
}

/** Bit set of the rule slots this word could continue (whole form, first four letters, or part before ' or -); undefined when none. */
function nextBitsOf(w: string): Uint32Array | undefined {
  const { slotWords, nextSlots, next4Slots } = rules();
  let bits: Uint32Array | undefined;
  const add = (rids: number[] | undefined): void => {
    if (rids === undefined) return;
    bits ??= new Uint32Array(slotWords);
    for (const rid of rids) bits[rid >>> 5]! |= 1 << (rid & 31);
  };
  add(nextSlots.get(w));
  if (w.length >= 4) add(next4Slots.get(w.slice(0, 4)));
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 39 || c === 45) { add(nextSlots.get(w.slice(0, k))); break; }
  }
  return bits;
}


/**
 * Could this rule continue with a word the lexicon does not know? (Its first four letters, or its
 * part before ' or -: the whole form of every literal word is in the lexicon.)
 */
function unknownNextMayMatch(c: CompiledPhrase, w: string): boolean {
  if (w.length >= 4) {
    const k = ascii4(w);
    if (k >= 0 ? c.next4Keys.has(k) : c.next4.has(w.slice(0, 4))) return true;
  }
  for (let k = 1; k < w.length; k++) {
    const ch = w.charCodeAt(k);
    if (ch === 39 || ch === 45) return c.next.has(w.slice(0, k));
  }
  return false;
}

export function maskedEntry(word: string): MaskedEntry | undefined {
  if (!MASK_CHARS.test(word)) return undefined;
  const { patterns, byLength } = masks();
  for (const m of patterns) if (m.re.test(word)) return m.entry;
  return maskedListed(byLength, word);
}
const MASK_CHARS = /[*!@#$%]/;

/**
 * Any other listed insult or profanity with letters starred out ("b******t", "a**hole", "sc*m"):
 * the same length, the same first letter, and every other character either the listed word's own
 * letter or a mask symbol. Profanity is tried before insults.
 */
function maskedListed(byLength: Masks['byLength'], word: string): MaskedEntry | undefined {
  const candidates = byLength.get(word.length);
  if (candidates === undefined) return undefined;
  const first = word.charCodeAt(0);
  if (first < 97 || first > 122) return undefined;
  for (const c of candidates) {
    if (c.word.charCodeAt(0) !== first) continue;
    let k = 1;
    for (; k < word.length; k++) {
      const ch = word.charCodeAt(k);
      if (ch !== c.word.charCodeAt(k) && !isMaskCode(ch)) break;
    }
    if (k === word.length) return c.entry;
  }
  return undefined;
}
// * ! @ # $ %
const isMaskCode = (c: number): boolean => c === 42 || c === 33 || c === 64 || c === 35 || c === 36 || c === 37;
/**
 * The masked-form patterns (data/words.ts MASKED) and the listed words of four or more plain letters
 * by length, profanity first (for maskedListed). Built on the first token with a mask symbol.
 */
interface Masks {
  patterns: Array<{ entry: MaskedEntry; re: RegExp }>;
  byLength: Map<number, Array<{ word: string; entry: MaskedEntry }>>;
}
let MASKS: Masks | null = null;
function masks(): Masks {
  if (MASKS) return MASKS;
  const byLength: Masks['byLength'] = new Map();
  for (const kind of ['profanity', 'insult'] as const) {
    for (const w of WORDS) {
      if (w.kind !== kind || !/^[a-z]{4,}$/.test(w.word)) continue;
      const entry: MaskedEntry = { id: `masked:${w.word}`, kind: w.kind, weight: w.weight, pattern: '', examples: [], source: w.source };
      const list = byLength.get(w.word.length);
      if (list) list.push({ word: w.word, entry });
      else byLength.set(w.word.length, [{ word: w.word, entry }]);
    }
  }
  return (MASKS = { patterns: MASKED.map((m) => ({ entry: m, re: new RegExp(m.pattern) })), byLength });
}
const isMasked = (w: string): boolean => maskedEntry(w) !== undefined;

/** A token's n-gram form: any token with a digit collapses to '0', so order numbers don't matter. */
const gramOf = (t: Token): string => (t.digit ? '0' : t.word);

/**
 * Model n-grams found through a lexicon built with weight slots, kept compact (no Hit objects):
 * refs[i] is the feature, positions[2i], positions[2i+1] its span.
 */
// (characters are read as String.prototype.charCodeAt.call(text, i): see the note in text.ts)

export interface GramHits {
  refs: FeatureRef[];
  positions: number[];
}

export interface Extracted {
  grams: GramHits;
  /** Spans of calming phrases found (apology, empathy, thanks, action). */
  calmSpans: Range[];
  hits: Hit[];
  tokens: Token[];
  quoted: Range[];
}

// Word flags, so each token needs a single map lookup.
const F_YOU = 1, F_COPULA = 2, F_NEGATOR = 4, F_INTENS = 8, F_STOP = 16, F_ACRONYM = 32, F_SHORT_SHOUT = 64, F_YOUR = 128, F_SELF = 256, F_ME = 512, F_BE = 1024, F_POLITE = 2048, F_DEGREE = 4096, F_WARM = 8192;

/** Everything known about one lowercase word. */
export interface WordInfo {
  flags: number;
  group: AnchorGroup | undefined;
  wordKind: { kind: ReasonKind; weight: number } | undefined;
  /** AFINN valence (0 = none). */
  valence: number;
  /** This word as a unigram feature, if the model knows it. */
  uni: Gram | undefined;
  /** Next word (by its WordInfo, so lookups hash by identity) → bigram feature, if the model knows any bigram starting here. */
  bi: Map<WordInfo, Gram> | undefined;
  /** Groups (by gid) whose rules could continue with this word (see nextBitsOf). */
  next: Uint32Array | undefined;
  /** Position in its lexicon (insertion order), -1 for a word outside it. */
  id: number;
}

export interface Gram { feature: string; ref: FeatureRef | undefined }

/** A word table for one model: the static lexicon plus the model's n-gram vocabulary. */
export type Lexicon = Map<string, WordInfo>;

/**
 * A WordInfo. Every one is made here, the entries of every lexicon and NONE alike, so that they all
 * share one hidden class in V8 and extract() reads their fields at one place with one check (copies
 * made by spreading an entry got a second class).
 */
function wordInfo(flags: number, group: AnchorGroup | undefined, wordKind: WordInfo['wordKind'], valence: number, uni: Gram | undefined, bi: WordInfo['bi'], next: Uint32Array | undefined, id: number): WordInfo {
  return { flags, group, wordKind, valence, uni, bi, next, id };
}

function info(lex: Lexicon, w: string): WordInfo {
  let x = lex.get(w);
  if (!x) lex.set(w, (x = wordInfo(0, undefined, undefined, 0, undefined, undefined, nextBitsOf(w), lex.size)));
  return x;
}

function baseLexicon(): Lexicon {
  const lex: Lexicon = new Map();
  const flag = (words: Iterable<string>, f: number): void => { for (const w of words) info(lex, w).flags |= f; };
  // (a word listed twice gets its flag, its kind and its place in the lexicon as before: first place, last kind)
  flag(WORD_CLASSES.you.words, F_YOU);
  flag(WORD_CLASSES.copula.words, F_COPULA);
  flag(NEGATORS, F_NEGATOR);
  flag(WORD_CLASSES.intensifier.words, F_INTENS);
  flag(stopWords(), F_STOP);
  flag(ACRONYMS.map((a) => a.word), F_ACRONYM);
  flag(WORD_CLASSES.shortShout.words, F_SHORT_SHOUT);
  flag(WORD_CLASSES.your.words, F_YOUR);
  flag(WORD_CLASSES.self.words, F_SELF);
  flag(WORD_CLASSES.me.words, F_ME);
  flag(WORD_CLASSES.be.words, F_BE);
  // words that make a one- or two-word sentence friendly rather than curt ("Thanks!", "Hi Sam,")
  flag(WORD_CLASSES.polite.words, F_POLITE);
  // a word of degree before a warm word takes its tone ("truly sorry", "an absolute star"): see warmAhead()
  flag(WORD_CLASSES.degree.words, F_DEGREE);
  flag(WARM_WORDS.map((w) => w.word), F_WARM);
  const { byAnchor, nextSlots } = rules();
  for (const [a, g] of byAnchor) info(lex, a).group = g;
  const wordKind = new Map<string, { kind: ReasonKind; weight: number }>(WORDS.map((w) => [w.word, { kind: w.kind, weight: w.weight }]));
  for (const [w, k] of wordKind) info(lex, w).wordKind = k;
  for (const [w, v] of (VALENCE ??= finish(valenceSteps()))) if (v !== 0) info(lex, w).valence = v;
  // every literal word of a phrase rule, so that a word outside the lexicon is in no rule's next-word set
  for (const w of nextSlots.keys()) info(lex, w);
  return lex;
}

/** The lexicon without a model's n-grams, built on first use (not while the page loads). */
let BASE: Lexicon | null = null;
const base = (): Lexicon => (BASE ??= baseLexicon());

/** base() in steps for idle time: the phrase-rule and valence tables a few items at a time, then the lexicon (one step). */
function* baseSteps(): Generator<void, Lexicon, unknown> {
  yield* buildUnlessBuilt(ruleSteps(), () => RULES !== null, (r) => { RULES = r; });
  yield* buildUnlessBuilt(valenceSteps(), () => VALENCE !== null, (v) => { VALENCE = v; });
  return baseLexicon();
}

/** Items a one-time build handles between two yields when it runs in idle time (a few ms). */
export const STEP_ITEMS = 1000;

/**
 * Is the word after token i warm (data/warm.ts), directly or past one more word of degree or an article
 * ("truly sorry", "an absolute star", "so very grateful")? Only across plain spaces, within the sentence.
 */
function warmAhead(text: string, tokens: readonly Token[], infos: readonly WordInfo[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 2; k++) {
    if (tokens[k]!.quoted || !onlySpace(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
    const f = infos[k]!.flags;
    if (f & F_WARM) return true;
    if (!(f & F_DEGREE) && tokens[k]!.word !== 'a' && tokens[k]!.word !== 'an') return false;
  }
  return false;
}

/** Runs a stepwise build (one that yields now and then, for idle time) to its end. */
export function finish<T>(steps: Generator<void, T, unknown>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs a stepwise build in idle time and keeps its result, unless `built()` says a draft has built
 * the same thing in the meantime: then it stops at once instead of finishing a copy nobody uses.
 */
export function* buildUnlessBuilt<T>(steps: Generator<void, T, unknown>, built: () => boolean, keep: (t: T) => void): Generator<void, void, unknown> {
  for (;;) {
    if (built()) return;
    const r = steps.next();
    if (r.done) {
      keep(r.value);
      yield; // the last step did work too: the next job starts in a slice of its own
      return;
    }
    yield;
  }
}

/** The lexicon plus known n-grams ("w:<gram>" features, with their weight slots), built once per model. */
export function buildLexicon(grams: Iterable<string>, refOf: (feature: string) => FeatureRef | undefined = () => undefined): Lexicon {
  return finish(lexiconSteps(grams, refOf));
}

/** buildLexicon in steps of STEP_ITEMS words or n-grams. */
export function* lexiconSteps(grams: Iterable<string>, refOf: (feature: string) => FeatureRef | undefined = () => undefined): Generator<void, Lexicon, unknown> {
  // built here on first use, in steps of its own (a draft scored meanwhile may build it first)
  yield* buildUnlessBuilt(baseSteps(), () => BASE !== null, (b) => { BASE = b; });
  const from = base();
  const lex: Lexicon = new Map();
  let n = 0;
  for (const [w, x] of from) {
    lex.set(w, wordInfo(x.flags, x.group, x.wordKind, x.valence, x.uni, x.bi, x.next, x.id));
    if (++n % STEP_ITEMS === 0) yield;
  }
  for (const g of grams) {
    const feature = `w:${g}`;
    const gram = { feature, ref: refOf(feature) };
    const sp = g.indexOf(' ');
    if (sp < 0) info(lex, g).uni = gram;
    else {
      const a = info(lex, g.slice(0, sp));
      const b = info(lex, g.slice(sp + 1));
      if (!a.bi) a.bi = new Map();
      a.bi.set(b, gram);
    }
    if (++n % STEP_ITEMS === 0) yield;
  }
  return lex;
}

/** Every `bi` entry of a lexicon by the ids of its two words (unique within a lexicon). */
class Bigrams {
  private readonly table: PairTable;
  private readonly grams: Gram[] = [];
  constructor(lex: Lexicon) {
    let count = 0;
    for (const x of lex.values()) count += x.bi?.size ?? 0;
    this.table = new PairTable(count);
    for (const x of lex.values()) {
      if (!x.bi) continue;
      for (const [y, gram] of x.bi) {
        this.table.add(x.id, y.id, this.grams.length);
        this.grams.push(gram);
      }
    }
  }

  /** x.bi.get(y). */
  get(x: WordInfo, y: WordInfo): Gram | undefined {
    const k = this.table.get(x.id, y.id);
    return k >= 0 ? this.grams[k] : undefined;
  }
}

/**
 * A lexicon's lookup tables for extract(): its words by the keys tokenize() builds (see WordKeys)
 * with their entries by index, and its bigrams. Built on the lexicon's first use (a lexicon is not
 * changed once built).
 */
interface LexiconTables { keys: WordKeys; infos: WordInfo[]; bigrams: Bigrams }
const TABLES = new WeakMap<Lexicon, LexiconTables>();
function tablesOf(lex: Lexicon): LexiconTables {
  let t = TABLES.get(lex);
  if (!t) TABLES.set(lex, (t = finish(tableSteps(lex))));
  return t;
}
function* tableSteps(lex: Lexicon): Generator<void, LexiconTables, unknown> {
  const keys = new WordKeys([...lex.keys()]);
  yield;
  const infos = [...lex.values()];
  const bigrams = new Bigrams(lex);
  return { keys, infos, bigrams };
}

/** Builds a lexicon's lookup tables in steps, for idle time, unless its first draft already has. */
export function* prepareLexicon(lex: Lexicon): Generator<void, void, unknown> {
  yield* buildUnlessBuilt(tableSteps(lex), () => TABLES.has(lex), (t) => TABLES.set(lex, t));
}

/** Have the lexicon's lookup tables been built? */
export function isLexiconPrepared(lex: Lexicon): boolean {
  return TABLES.has(lex);
}

/** Are all the words of this n-gram function words ("this is")? Such spans are not shown as reasons. */
export function isStopGram(gram: string): boolean {
  for (const w of gram.toLowerCase().split(/\s+/)) if (w && !stopWords().has(w.replace(/’/g, "'"))) return false;
  return true;
}

export interface ExtractOptions {
  /** Collect every unigram/bigram (training); otherwise only those the lexicon knows. */
  allNgrams?: boolean;
  lexicon?: Lexicon;
}

const KIND_FEATURE = new Map<string, string>();
const kindFeature = (k: string): string => {
  let f = KIND_FEATURE.get(k);
  if (!f) KIND_FEATURE.set(k, (f = `kind:${k}`));
  return f;
};

const PUNCT_RUN_RE = /[!?]{2,}/g;
const CAPS2_RE = /[A-Z]{2}/;
const NONE: WordInfo = wordInfo(0, undefined, undefined, 0, undefined, undefined, undefined, -1);

/** Verbs that report what the reader felt or went through, not what they did. */
const UNDERGO = new Set<string>(WORD_CLASSES.undergo.words);
/** Participles that judge the reader rather than report what happened to them. */
const JUDGED = new Set<string>(WORD_CLASSES.judged.words);
const EMPATHY = new Set<string>(WORD_CLASSES.empathy.words);
const EMPATHY_LINK = new Set<string>(WORD_CLASSES.empathyLink.words);
const FEELING = new Set<string>(WORD_CLASSES.feeling.words);
const REPORT = new Set<string>(WORD_CLASSES.report.words);

/** "I understand why you're angry", "sorry to hear you were unhappy": the reader's feeling (at `at`), named with empathy before "you" (at `you`). */
function feltWithEmpathy(text: string, tokens: readonly Token[], you: number, at: number): boolean {
  if (!FEELING.has(tokens[at]!.word)) return false;
  let k = you - 1;
  if (k >= 1 && EMPATHY_LINK.has(tokens[k]!.word) && onlySpace(text, tokens[k]!.end, tokens[k + 1]!.start)) k--;
  return k >= 0 && EMPATHY.has(tokens[k]!.word) && onlySpace(text, tokens[k]!.end, tokens[k + 1]!.start);
}

/** How far back (in words) a reporting verb may be from the word it reports: "you said the wait was ridiculous". */
const REPORT_REACH = 10;

/**
 * The word at `at` is inside the reader's own words, reported: "you called us useless", "you said
 * the food was awful", "your review described us as incompetent". The reporting verb comes earlier
 * in the same sentence, right after "you" or "your" and up to two words.
 */
function reportedAt(text: string, tokens: readonly Token[], infos: readonly WordInfo[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - REPORT_REACH; k--) {
    if (sentenceGap(text, tokens[k]!.end, tokens[k + 1]!.start)) return false;
    if (!REPORT.has(tokens[k]!.word)) continue;
    for (let s = k - 1; s >= 0 && s >= k - 3; s--) {
      if (sentenceGap(text, tokens[s]!.end, tokens[s + 1]!.start)) break;
      const f = infos[s]!.flags;
      if (s === k - 1 && (f & F_YOU) !== 0) return true;
      if ((f & F_YOUR) !== 0) return true;
    }
  }
  return false;
}

/** A sentence end or line break between two tokens. */
function sentenceGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = String.prototype.charCodeAt.call(text, k);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 8230) return true;
  }
  return false;
}

/**
 * A participle ("-ed") after "you're" / "you felt" / "you were" / "your … was": something the
 * reader went through, which a calm reply acknowledges. Judgements of the person ("deluded",
 * "entitled") still count.
 */
function undergone(tokens: readonly Token[], subject: WordInfo, from: number, at: number): boolean {
  const w = tokens[at]!.word;
  if (!w.endsWith('ed') || JUDGED.has(w)) return false;
  if ((subject.flags & F_YOUR) !== 0 || /^you(?:'re|re|'ve|ve)$/.test(tokens[from - 1]!.word)) return true;
  for (let k = from; k < at; k++) if (UNDERGO.has(tokens[k]!.word)) return true;
  return false;
}

/** Negated by the word before, or by the one before an intensifier ("not very"): sentiment's strategy. */
function negatedAt(infos: readonly WordInfo[], i: number): boolean {
  return (i > 0 && (infos[i - 1]!.flags & F_NEGATOR) !== 0) ||
    (i > 1 && (infos[i - 1]!.flags & F_INTENS) !== 0 && (infos[i - 2]!.flags & F_NEGATOR) !== 0);
}

/** Words that may stand between a negator and the insult it denies: "not an idiot", "not such a fool". */
const INSULT_FILLERS = new Set(['a', 'an', 'such', 'so', 'that', 'the', 'some', 'any', 'total', 'complete', 'utter', 'absolute', 'real']);
/** An insult negated by sentiment's rule, or past an article or a few such words ("you're not an idiot for asking"). */
function insultNegated(tokens: readonly Token[], infos: readonly WordInfo[], i: number): boolean {
  if (negatedAt(infos, i)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (infos[k]!.flags & F_NEGATOR) return true;
    if (!INSULT_FILLERS.has(tokens[k]!.word)) return false;
  }
  return false;
}

/** An insult word in its other sense, told by the next word ("entitled to a refund"; see OTHER_SENSE). */
function otherSense(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && Object.hasOwn(OTHER_SENSE, tokens[i]!.word) && OTHER_SENSE[tokens[i]!.word]!.includes(next.word);
}

/** "I'm dumb", "I feel so stupid", "call me lazy": self-deprecation, not an insult to the reader. */
function selfDirected(infos: readonly WordInfo[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const f = infos[k]!.flags;
    if (f & F_ME) return true;
    if (!(f & F_SELF)) return false;
  }
  return false;
}

/** The emoji tables, built the first time a draft holds an emoji. */
let EMOJI: { entryOf: Map<number, EmojiSarcasmEntry>; praise: Set<string>; mock: Set<string> } | null = null;
function emojiTables(): NonNullable<typeof EMOJI> {
  if (EMOJI) return EMOJI;
  const entryOf = new Map<number, EmojiSarcasmEntry>();
  for (const e of EMOJI_SARCASM) for (const m of e.markers) entryOf.set(m.codePointAt(0)!, e);
  return (EMOJI = { entryOf, praise: new Set(PRAISE_WORDS), mock: new Set(MOCK_ADDRESS) });
}

/** Tokens looked back from an emoji for the praise it follows ("Love that for you 💅"). */
const EMOJI_LOOKBACK = 4;
/** How far (characters) a sentence is searched for a cue on either side of the praise and emoji. */
const EMOJI_SENTENCE = 300;

/**
 * Where the next emoji of the D83D/D83E blocks starts, from i; -1 when none. Each block's next
 * position is kept (`at`), so a text full of one block does not rescan the rest for the other.
 */
function nextEmoji(text: string, i: number, at: [number, number]): number {
  if (at[0] !== -1 && at[0] < i) at[0] = text.indexOf('\uD83D', i);
  if (at[1] !== -1 && at[1] < i) at[1] = text.indexOf('\uD83E', i);
  const [a, b] = at;
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

/** . ! ? or a line break. */
const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/** Skin tone, variation selector, or a joiner with its sign (🤦‍♂️): part of the emoji before it. */
function emojiTail(text: string, i: number): number {
  const c = text.codePointAt(i) ?? 0;
  if (c >= 0x1f3fb && c <= 0x1f3ff) return 2;
  if (c === 0xfe0f) return 1;
  if (c === 0x200d && (String.prototype.charCodeAt.call(text, i + 1) === 0x2640 || String.prototype.charCodeAt.call(text, i + 1) === 0x2642)) return String.prototype.charCodeAt.call(text, i + 2) === 0xfe0f ? 3 : 2;
  return 0;
}

/**
 * Praise or thanks followed, in the same sentence, by a run of sarcasm emoji (data/emoji.ts): one
 * sarcasm hit from the praise word to the run's end, which is also a hostile phrase span (so the
 * thanks inside it no longer counts as calming). An emoji right after a sentence's full stop
 * belongs to that sentence ("Lovely. 😒"). Markers that need a cue count only when the sentence
 * also holds a hostile hit or a mock form of address. Visits only the text's emoji (indexOf).
 */
function emojiSarcasm(text: string, tokens: readonly Token[], quoted: readonly Range[], hits: Hit[], hostileSpans: Range[]): void {
  const { entryOf, praise, mock } = emojiTables();
  let ti = 0; // first token at or after the current emoji run
  let cues: SpanIndex | null = null; // the hostile hits found before this pass, on first need
  const found: [number, number] = [text.indexOf('\uD83D'), text.indexOf('\uD83E')];
  for (let p = nextEmoji(text, 0, found); p !== -1; ) {
    // a run of markers (each with its tail); one that needs no cue decides for the run
    const at = p;
    let entry: EmojiSarcasmEntry | undefined;
    let e: EmojiSarcasmEntry | undefined;
    while ((e = entryOf.get(text.codePointAt(p) ?? 0)) !== undefined) {
      if (!entry || (entry.needsCue && !e.needsCue)) entry = e;
      p += 2;
      for (let k = emojiTail(text, p); k > 0; k = emojiTail(text, p)) p += k;
    }
    const end = p;
    if (end === at) {
      p = nextEmoji(text, at + 1, found);
      continue;
    }
    p = nextEmoji(text, end, found);
    if (!entry || inRanges(quoted, at)) continue;
    while (ti < tokens.length && tokens[ti]!.start < at) ti++;
    // back to the praise word: at most EMOJI_LOOKBACK tokens, none across a sentence break (but the
    // break right before the emoji, "Lovely. 😒", belongs to the sentence it ends)
    let from = -1;
    let edge = at;
    while (edge > 0 && /[\s.!?…]/.test(text[edge - 1]!)) edge--;
    for (let k = ti - 1, n = 0; k >= 0 && n < EMOJI_LOOKBACK; k--, n++) {
      const t = tokens[k]!;
      if (t.quoted || hasBreak(text, t.end, edge)) break;
      if (praise.has(t.word) || (t.word === 'done' && k > 0 && tokens[k - 1]!.word === 'well' && !hasBreak(text, tokens[k - 1]!.end, t.start))) {
        from = t.word === 'done' ? k - 1 : k;
      }
      edge = t.start;
    }
    if (from < 0) continue;
    const start = tokens[from]!.start;
    if (entry.needsCue) {
      // the sentence: back to its start, on to its end (a capital after the emoji starts a new one),
      // at most EMOJI_SENTENCE characters each way
      let sStart = start;
      while (sStart > 0 && start - sStart < EMOJI_SENTENCE && !endsSentence(String.prototype.charCodeAt.call(text, sStart - 1))) sStart--;
      let sEnd = end;
      if (!/^\s*\p{Lu}/u.test(text.slice(end, end + 8))) while (sEnd < text.length && sEnd - end < EMOJI_SENTENCE && !endsSentence(String.prototype.charCodeAt.call(text, sEnd))) sEnd++;
      let cue: boolean;
      if (!cues) {
        const spans: Range[] = [];
        for (const h of hits) if (h.kind !== undefined && isHostile(h.kind)) spans.push({ start: h.start, end: h.end });
        cues = new SpanIndex(spans.sort((a, b) => a.start - b.start));
      }
      cue = cues.overlaps(sStart, sEnd);
      for (let k = from; !cue && k < tokens.length && tokens[k]!.start < sEnd; k++) if (mock.has(tokens[k]!.word)) cue = true;
      for (let k = from - 1; !cue && k >= 0 && tokens[k]!.end > sStart; k--) if (mock.has(tokens[k]!.word)) cue = true;
      if (!cue) continue;
    }
    hits.push({ feature: kindFeature(entry.kind), ref: undefined, amount: entry.weight, start, end, kind: entry.kind, why: entry.why });
    hostileSpans.push({ start, end });
  }
}

export function extract(text: string, opts: ExtractOptions = {}): Extracted {
  const quoted = quotedRanges(text);
  const lex = opts.lexicon ?? base();
  // most words are found by the key the tokenizer builds; the rest by their string
  const { keys, infos: byId, bigrams } = tablesOf(lex);
  const ids: number[] = [];
  const tokens = tokenize(text, isMasked, quoted, keys, ids);
  const all = opts.allNgrams === true;
  const n = tokens.length;
  const infos: WordInfo[] = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    infos[i] = id >= 0 ? byId[id]! : id === ABSENT ? NONE : lex.get(tokens[i]!.word) ?? NONE;
  }
  const hits: Hit[] = [];
  const gramRefs: FeatureRef[] = [];
  const gramPos: number[] = [];
  /** End of the last phrase hit per kind: a phrase nested in one already found is not counted twice. */
  const kindEnd = new Map<string, number>();
  const calmSpans: Range[] = [];
  const hostilePhraseSpans: Range[] = [];
  /** The model's digit token ('0'), if it has one. */
  const zero = lex.get('0');

  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    const x = infos[i]!;

    // phrases anchored at this word: each rule the next word could continue
    const group = x.group;
    if (group !== undefined) {
      const list = group.list;
      const last = i + 1 >= n;
      const nextBits = last ? undefined : infos[i + 1]!.next;
      // a word the lexicon does not know: tried rule by rule only if it could continue one of the group's rules
      const unknownNext = !last && infos[i + 1] === NONE && unknownNextMayMatch(group.unknown, tokens[i + 1]!.word) ? tokens[i + 1]!.word : null;
      for (let k = 0; k < list.length; k++) {
        const c = list[k]!;
        if (!last) {
          const rid = group.rid0 + k;
          const listed = nextBits !== undefined && (nextBits[rid >>> 5]! & (1 << (rid & 31))) !== 0;
          if (!listed && !(unknownNext !== null && unknownNextMayMatch(c, unknownNext)) && !ruleAnyNext(group, k)) continue;
        }
        c.re.lastIndex = t.start;
        if (c.re.test(text) && c.re.lastIndex > t.start && t.start >= (kindEnd.get(c.entry.kind) ?? -1) && !(c.hostile && negatedAt(infos, i))) {
          let end = c.re.lastIndex;
          while (end > t.start && String.prototype.charCodeAt.call(text, end - 1) <= 32) end--;
          hits.push({ feature: kindFeature(c.entry.kind), ref: undefined, amount: c.entry.weight, start: t.start, end, kind: c.entry.kind, why: c.entry.why });
          kindEnd.set(c.entry.kind, end);
          if (!c.hostile) calmSpans.push({ start: t.start, end });
          else hostilePhraseSpans.push({ start: t.start, end });
        }
      }
    }

    // insults and profanity, plain or masked
    const wk = x.wordKind;
    const masked = wk || !t.mask ? undefined : maskedEntry(t.word);
    // an insult denied ("you're not an idiot for asking") is no unigram either (stop 20): the word alone weighs hostile
    let deniedInsult = false;
    if (wk || masked) {
      const kind = wk ? wk.kind : masked!.kind;
      // "not stupid" is not an insult, and "I'm so dumb" is aimed at oneself
      // "you called us useless": the reader's word, reported
      deniedInsult = !!wk && kind === 'insult' && insultNegated(tokens, infos, i);
      const negated = wk && kind === 'insult' && (deniedInsult || selfDirected(infos, i) || otherSense(tokens, i) || reportedAt(text, tokens, infos, i));
      if (!negated) {
        hits.push({ feature: kindFeature(kind), ref: undefined, amount: wk ? wk.weight : masked!.weight, start: t.start, end: t.end, kind,
          why: kind === 'insult' ? `"${t.raw}" is insulting.` : `"${t.raw}" is profanity.` });
      }
    } else if (x.valence !== 0) {
      // AFINN valence with sentiment's negation strategy (one word back, or two past an intensifier)
      const v = x.valence;
      const val = negatedAt(infos, i) ? -v : v;
      if (val < 0) hits.push({ feature: 'afinn:neg', ref: undefined, amount: -val, start: t.start, end: t.end, kind: 'negative-word', why: val === v ? `"${t.raw}" is a negative word.` : `Negated "${t.raw}" reads as negative.` });
      else hits.push({ feature: 'afinn:pos', ref: undefined, amount: val, start: t.start, end: t.end, kind: undefined, why: undefined });
    }

    // shouting: a capitalised word that is not an acronym, code or id
    if (t.caps) {
      const raw = t.raw;
      if (!t.digit && CAPS2_RE.test(raw) && !(x.flags & F_ACRONYM)) {
        const bare = t.word.replace(/[^a-z']/g, '');
        // a capitalised word of three or four letters that is no word we know is an abbreviation
        // ("EMI", "PNR", "KYC", "HVAC"), not a shouted word: shouting is made of real words
        if ((bare.length >= 5 || (bare.length >= 3 && x.id >= 0) || (x.flags & F_SHORT_SHOUT) !== 0) && bare !== 'i' && !((lex.get(bare)?.flags ?? 0) & F_ACRONYM)) {
          hits.push({ feature: 'shout:word', ref: undefined, amount: 1, start: t.start, end: t.end, kind: 'shouting', why: `"${raw}" in capitals reads as shouting.` });
        }
      }
    }

    // n-grams (a word of degree before a warm word is no unigram: "truly" in "truly sorry"; a denied insult is in no n-gram)
    const noUnigram = deniedInsult || ((x.flags & F_DEGREE) !== 0 && warmAhead(text, tokens, infos, i));
    if (all) {
      const g1 = gramOf(t);
      if (!(x.flags & F_STOP) && !noUnigram) hits.push({ feature: `w:${g1}`, ref: undefined, amount: 1, start: t.start, end: t.end, kind: undefined, why: undefined });
      if (i > 0 && !deniedInsult && !tokens[i - 1]!.quoted && onlySpace(text, tokens[i - 1]!.end, t.start)) {
        hits.push({ feature: `w:${gramOf(tokens[i - 1]!)} ${g1}`, ref: undefined, amount: 1, start: tokens[i - 1]!.start, end: t.end, kind: undefined, why: undefined });
      }
    } else {
      const xu = t.digit ? zero : x;
      const uni = xu?.uni;
      if (uni !== undefined && !noUnigram) {
        if (uni.ref !== undefined) { gramRefs.push(uni.ref); gramPos.push(t.start, t.end); }
        else hits.push({ feature: uni.feature, ref: undefined, amount: 1, start: t.start, end: t.end, kind: undefined, why: undefined });
      }
      if (i > 0 && !deniedInsult) {
        const prev = tokens[i - 1]!;
        const px = prev.digit ? zero : infos[i - 1]!;
        if (px !== undefined && px.bi !== undefined && !prev.quoted) {
          const f2 = bigrams.get(px, t.digit ? (zero ?? NONE) : x);
          if (f2 !== undefined && onlySpace(text, prev.end, t.start)) {
            if (f2.ref !== undefined) { gramRefs.push(f2.ref); gramPos.push(prev.start, t.end); }
            else hits.push({ feature: f2.feature, ref: undefined, amount: 1, start: prev.start, end: t.end, kind: undefined, why: undefined });
          }
        }
      }
    }

    // negativity aimed at the reader: "you are so rude", "your review is ridiculous", "you ruined it"; and
    // an insult in a telling-off: "don't be an idiot", "stop being a jerk" (insults only: "don't be afraid to ask")
    let j = -1;
    let insultsOnly = false;
    if (x.flags & F_YOU) j = i + 1;
    else if (i > 0 && (t.word === 'be' ? /^(?:don't|dont)$/.test(tokens[i - 1]!.word) : t.word === 'being' && /^(?:stop|quit)$/.test(tokens[i - 1]!.word))) {
      j = i + 1;
      insultsOnly = true;
    } else if (x.flags & F_YOUR) {
      // your (noun){0,2} is/was …
      for (let k = i + 1; k <= i + 3 && k < n; k++) {
        if (infos[k]!.flags & F_BE) { j = k + 1; break; }
      }
    }
    if (j >= 0) {
      for (let k = j, hops = 0; k < n && hops < 4; k++, hops++) {
        const u = tokens[k]!;
        if (hasBreak(text, tokens[k - 1]!.end, u.start)) break;
        // "Thank you, Karen": a comma right after "you" starts a name or an aside, not what the reader is
        if (k === j && text.slice(tokens[k - 1]!.end, u.start).includes(',')) break;
        const ux = infos[k]!;
        // a negator anywhere between: "you're not a fool", "you are not so bad" (stop 20: only the word right before counted)
        if (ux.flags & F_NEGATOR) break;
        const insult = ux.wordKind !== undefined && ux.wordKind.kind === 'insult' && !otherSense(tokens, k);
        const negWord = insult || (!insultsOnly && ux.valence <= -2);
        if (negWord) {
          // what happened to the reader is not an accusation: "you felt ignored", "you were
          // overcharged", "I understand you're frustrated", "your order was delayed"
          if (!insult && undergone(tokens, x, j, k)) break;
          // "I understand why you're angry"; "you said your meal was awful" (the reader's own words)
          if (!insult && (x.flags & F_YOU) !== 0 && feltWithEmpathy(text, tokens, i, k)) break;
          if (reportedAt(text, tokens, infos, i + 1)) break;
          // an insult aimed at the reader ("you are an idiot") counts twice: on its own it holds the draft through the
          // rule channel, so a thank-you in the sentence before cannot excuse it (QA, stop 20)
          hits.push({ feature: 'directed:neg', ref: undefined, amount: insult ? 2 : 1, start: t.start, end: u.end, kind: 'blame', why: 'Negative words aimed at the reader.' });
          break;
        }
        if (!(ux.flags & F_COPULA)) {
          if (k > j) break; // allow one verb right after "you" ("you ruined"), then only fillers
          if (ux.valence < 0) break;
        }
      }
    }
  }

  // Praise or thanks with a sarcastic emoji ("Great job 👏 ruining my day."): only in a draft holding
  // an emoji (all of them are surrogate pairs starting D83D or D83E), so most drafts pay two indexOf.
  if (text.indexOf('\uD83D') !== -1 || text.indexOf('\uD83E') !== -1) emojiSarcasm(text, tokens, quoted, hits, hostilePhraseSpans);

  // A calming phrase inside a hostile one is part of the jab, not a softener: "Thanks for the
  // lecture" is sarcasm, not thanks; "I'm sorry you feel that way" is no apology.
  if (calmSpans.length && hostilePhraseSpans.length) {
    const jabs = new SpanIndex(hostilePhraseSpans);
    let k = 0;
    for (const h of hits) if (!(h.kind !== undefined && !isHostile(h.kind) && jabs.overlaps(h.start, h.end))) hits[k++] = h;
    hits.length = k;
    let c = 0;
    for (const r of calmSpans) if (!jabs.overlaps(r.start, r.end)) calmSpans[c++] = r;
    calmSpans.length = c;
  }

  // Curt one- or two-word sentences ("Unbelievable.", "Read it.", "Period.") read as cold or
  // sarcastic in a reply. Greetings, thanks and numbers don't count; only sentences closed by "."
  // or "?" that are followed by more text (a sign-off name at the end is not curt).
  {
    let sentStart = 0; // token index where the current sentence starts
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const next = i + 1 < n ? tokens[i + 1]!.start : text.length;
      // sentence ends after t if the gap to the next token has . or ?
      let endsWith = 0;
      for (let k = t.end; k < next; k++) {
        const c = String.prototype.charCodeAt.call(text, k);
        if (c === 46 || c === 63) { endsWith = c; break; }
        if (c === 33 || c === 10 || c === 58 || c === 59) { endsWith = -1; break; }
      }
      if (endsWith === 0) continue;
      const len = i - sentStart + 1;
      if (endsWith > 0 && len <= 2 && i + 1 < n && !tokens[sentStart]!.quoted) {
        let polite = false;
        for (let k = sentStart; k <= i; k++) if ((infos[k]!.flags & F_POLITE) !== 0 || tokens[k]!.digit) polite = true;
        // a lone name or placeholder-free greeting line ("Hi Sam,") ends with a comma, not here
        if (!polite && t.end - tokens[sentStart]!.start > 1) {
          hits.push({ feature: 'curt:sentence', ref: undefined, amount: 1, start: tokens[sentStart]!.start, end: t.end, kind: 'dismissal', why: 'A one- or two-word sentence reads curt or sarcastic.' });
        }
      }
      sentStart = i + 1;
    }
  }

  // Addressing the reader ("you", "your") with no thanks, apology, empathy or next step anywhere
  // in the draft: second person without softening reads as accusatory in a reply.
  if (calmSpans.length === 0) {
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.quoted || (infos[i]!.flags & (F_YOU | F_YOUR)) === 0) continue;
      hits.push({ feature: 'you:uncalmed', ref: undefined, amount: 1, start: t.start, end: t.end, kind: undefined, why: undefined });
    }
  }

  // Negative lexicon words inside a calming phrase ("I understand how frustrating", "sorry about
  // the trouble") are part of the calming, not hostile evidence on their own.
  if (calmSpans.length) {
    const calm = new SpanIndex(calmSpans);
    let k = 0;
    for (const h of hits) {
      if (h.kind !== undefined && h.kind !== 'negative-word') { hits[k++] = h; continue; }
      if (h.feature !== 'afinn:neg') { hits[k++] = h; continue; }
      if (!calm.encloses(h.start, h.end)) hits[k++] = h;
    }
    hits.length = k;
  }

  // "!!", "?!", "???": runs of stacked punctuation outside quoted text
  if (text.includes('!!') || text.includes('?')) {
    PUNCT_RUN_RE.lastIndex = 0;
    for (let m = PUNCT_RUN_RE.exec(text); m !== null; m = PUNCT_RUN_RE.exec(text)) {
      const s = m[0];
      if (inRanges(quoted, m.index)) continue;
      const mixed = s.includes('!') && s.includes('?');
      const bangs = s.includes('!');
      // a friendly "Thanks so much!!" is common in casual replies; three or more marks, or "?!", read as exasperation
      const strong = mixed || s.length >= 3;
      hits.push({ feature: strong ? 'shout:punct' : 'shout:double', ref: undefined, amount: mixed ? 1 : bangs ? 0.8 : 0.5, start: m.index, end: m.index + s.length, kind: 'shouting',
        why: mixed ? `"${s}" reads as exasperated.` : bangs ? `"${s}" reads as shouting.` : `"${s}" reads as exasperated.` });
    }
  }
  return { hits, grams: { refs: gramRefs, positions: gramPos }, tokens, quoted, calmSpans };
}
