/**
 * Feature extraction shared by analyze() and the trainer (scripts/train.ts), so training and
 * scoring see exactly the same spans. Every hit is a span of the text with a feature name.
 */
import sentimentEn from 'sentiment/languages/en/index.js';
import type { ReasonKind } from './types';
import { isHostile } from './types';
import { PHRASES } from './data/phrases';
import { ACRONYMS, MASKED, STOPWORDS, VALENCE_OVERRIDES, WORDS } from './data/words';
import type { PhraseEntry } from './data/entry';
import { hasBreak, inRanges, onlySpace, quotedRanges, tokenize, type Range, type Token } from './text';

export interface Hit {
  feature: string;
  /** How much this span adds to its feature's count (entry weight, |valence|, or 1). */
  amount: number;
  start: number;
  end: number;
  kind?: ReasonKind;
  why?: string;
}

/** AFINN-165 (the `sentiment` package's English lexicon) with customer-service overrides. */
export const VALENCE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [w, v] of Object.entries(sentimentEn.labels)) if (/^[a-z0-9'_-]+$/.test(w)) m.set(w, v);
  for (const o of VALENCE_OVERRIDES) m.set(o.word, o.valence);
  return m;
})();

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
const YOU = new Set(['you', "you're", 'youre', 'ur', 'u', "you've", "you'd", 'yourself']);
const COPULA = new Set(['are', 'were', 'is', 'was', 'be', 'being', 'been', 'sound', 'seem', 'look', 'act', 'acting', 'sounded', 'seemed', 'just', 'clearly', 'obviously', 'really', 'so', 'such', 'a', 'an', 'totally', 'completely', 'simply', 'the', 'most', 'very', 'pretty', 'quite', 'incredibly', 'absolutely', 'always', 'still']);
const INTENSIFIERS = new Set(['very', 'so', 'too', 'that', 'really', 'particularly', 'at', 'all', 'exactly', 'even', 'remotely']);

const WORD_KIND = new Map<string, { kind: ReasonKind; weight: number }>(WORDS.map((w) => [w.word, { kind: w.kind, weight: w.weight }]));
const MASKED_RE = MASKED.map((m) => ({ entry: m, re: new RegExp(m.pattern) }));
const ACRONYM = new Set(ACRONYMS.map((a) => a.word));
const STOP = new Set(STOPWORDS.map((a) => a.word));
const SHORT_SHOUT = new Set(['no', 'my', 'is', 'it', 'do', 'me', 'go', 'so', 'be', 'or', 'if', 'at', 'he', 'we', 'to', 'of', 'on', 'up']);

interface CompiledPhrase { entry: PhraseEntry; re: RegExp; hostile: boolean }
const BY_ANCHOR = new Map<string, CompiledPhrase[]>();
for (const entry of PHRASES) {
  const compiled = { entry, re: new RegExp(`(?:${entry.pattern})(?![A-Za-z0-9])`, 'iy'), hostile: isHostile(entry.kind) };
  for (const a of entry.anchors) {
    const list = BY_ANCHOR.get(a);
    if (list) list.push(compiled);
    else BY_ANCHOR.set(a, [compiled]);
  }
}

/** Is the word at i negated ("not your fault", "never rude", "not very rude")? */
function negatedAt(tokens: readonly Token[], i: number): boolean {
  const p1 = i > 0 ? tokens[i - 1]!.word : '';
  const p2 = i > 1 ? tokens[i - 2]!.word : '';
  return NEGATORS.has(p1) || (INTENSIFIERS.has(p1) && NEGATORS.has(p2));
}

const SELF = new Set(["i'm", 'im', 'i', 'was', 'am', 'feel', 'felt', 'myself', 'me', 'so', 'such', 'a', 'an', 'really', 'being', 'too', 'pretty', 'bit', 'little', 'kinda']);
/** "I'm dumb", "I feel so stupid", "call me lazy": self-deprecation, not an insult to the reader. */
function selfDirected(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = tokens[k]!.word;
    if (w === "i'm" || w === 'im' || w === 'i' || w === 'me' || w === 'myself') return true;
    if (!SELF.has(w)) return false;
  }
  return false;
}

export function maskedEntry(word: string): (typeof MASKED)[number] | undefined {
  if (!MASK_CHARS.test(word)) return undefined;
  for (const m of MASKED_RE) if (m.re.test(word)) return m.entry;
  return undefined;
}
const MASK_CHARS = /[*!@#$%]/;
const isMasked = (w: string): boolean => maskedEntry(w) !== undefined;

/** Normalised form of a token for n-grams: digits collapse so order numbers don't matter. */
export function ngramWord(word: string): string {
  return /\d/.test(word) ? '0' : word;
}
const gramOf = (t: Token): string => (t.digit ? '0' : t.word);

export interface Extracted {
  hits: Hit[];
  tokens: Token[];
  quoted: Range[];
}

/** Known n-grams → their feature names ('w:<gram>'), prebuilt so scoring never concatenates strings. */
export interface NgramVocab {
  uni: Map<string, string>;
  bi: Map<string, Map<string, string>>;
}

export function buildVocab(grams: Iterable<string>): NgramVocab {
  const uni = new Map<string, string>();
  const bi = new Map<string, Map<string, string>>();
  for (const g of grams) {
    const sp = g.indexOf(' ');
    if (sp < 0) { uni.set(g, `w:${g}`); continue; }
    const a = g.slice(0, sp);
    let m = bi.get(a);
    if (!m) bi.set(a, (m = new Map()));
    m.set(g.slice(sp + 1), `w:${g}`);
  }
  return { uni, bi };
}

export interface ExtractOptions {
  /** Collect every unigram/bigram (training); otherwise only those in `vocab`. */
  allNgrams?: boolean;
  vocab?: NgramVocab;
}

const KIND_FEATURE = new Map<string, string>();
const kindFeature = (k: string): string => {
  let f = KIND_FEATURE.get(k);
  if (!f) KIND_FEATURE.set(k, (f = `kind:${k}`));
  return f;
};

const PUNCT_RUN_RE = /[!?]{2,}/g;

export function extract(text: string, opts: ExtractOptions = {}): Extracted {
  const quoted = quotedRanges(text);
  const tokens = tokenize(text, isMasked, quoted);
  const hits: Hit[] = [];
  const coveredByWordRule = new Set<number>();
  /** End of the last phrase hit per kind: a phrase nested in one already found is not counted twice. */
  const kindEnd = new Map<string, number>();
  const vocab = opts.vocab;
  const all = opts.allNgrams === true;

  // Shouting context: is most of the text in capitals? Then capitals are the writer's voice.
  let capsWords = 0;
  let letterWords = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    const w = t.word;

    // phrases anchored at this word
    const candidates = BY_ANCHOR.get(w);
    if (candidates) {
      for (const c of candidates) {
        c.re.lastIndex = t.start;
        if (c.re.test(text) && c.re.lastIndex > t.start && t.start >= (kindEnd.get(c.entry.kind) ?? -1) && !(c.hostile && negatedAt(tokens, i))) {
          let end = c.re.lastIndex;
          while (end > t.start && text.charCodeAt(end - 1) <= 32) end--;
          hits.push({ feature: kindFeature(c.entry.kind), amount: c.entry.weight, start: t.start, end, kind: c.entry.kind, why: c.entry.why });
          kindEnd.set(c.entry.kind, end);
        }
      }
    }
    // "/s" sarcasm marker is a token "s" preceded by a slash
    // (handled by the phrase table via anchor 's'; require the slash here)

    // insults and profanity, plain or masked
    const wk = WORD_KIND.get(w);
    const masked = wk || !t.mask ? undefined : maskedEntry(w);
    if (wk || masked) {
      const kind = wk ? wk.kind : masked!.kind;
      // "not stupid" is not an insult, and "I'm so dumb" is aimed at oneself
      const negated = wk && kind === 'insult' && (negatedAt(tokens, i) || selfDirected(tokens, i));
      if (!negated) {
        hits.push({ feature: kindFeature(kind), amount: wk ? wk.weight : masked!.weight, start: t.start, end: t.end, kind,
          why: kind === 'insult' ? `"${t.raw}" is insulting.` : `"${t.raw}" is profanity.` });
      }
      coveredByWordRule.add(i);
    } else {
      // AFINN valence with sentiment's negation strategy (one word back, or two past an intensifier)
      const v = VALENCE.get(w);
      if (v !== undefined && v !== 0) {
        let val = v;
        const p1 = i > 0 ? tokens[i - 1]!.word : '';
        const p2 = i > 1 ? tokens[i - 2]!.word : '';
        if (NEGATORS.has(p1) || (INTENSIFIERS.has(p1) && NEGATORS.has(p2))) val = -val;
        if (val < 0) hits.push({ feature: 'afinn:neg', amount: -val, start: t.start, end: t.end, kind: 'negative-word', why: val === v ? `"${t.raw}" is a negative word.` : `Negated "${t.raw}" reads as negative.` });
        else hits.push({ feature: 'afinn:pos', amount: val, start: t.start, end: t.end, kind: undefined, why: undefined });
      }
    }

    // shouting
    const raw = t.raw;
    if (t.upper) {
      letterWords++;
      if (raw.length >= 2 && !t.digit && raw === raw.toUpperCase() && /[A-Z]{2}/.test(raw)) {
        const bare = w.replace(/[^a-z']/g, '');
        if (!ACRONYM.has(bare) && (bare.length >= 3 || SHORT_SHOUT.has(bare)) && bare !== 'i') {
          capsWords++;
          hits.push({ feature: 'shout:word', amount: 1, start: t.start, end: t.end, kind: 'shouting', why: `"${raw}" in capitals reads as shouting.` });
        }
      }
    } else letterWords++;

    // n-grams
    const g1 = gramOf(t);
    if (all) {
      if (!STOP.has(g1)) hits.push({ feature: `w:${g1}`, amount: 1, start: t.start, end: t.end, kind: undefined, why: undefined });
    } else if (vocab) {
      const f1 = vocab.uni.get(g1);
      if (f1 !== undefined) hits.push({ feature: f1, amount: 1, start: t.start, end: t.end, kind: undefined, why: undefined });
    }
    if (i > 0) {
      const prev = tokens[i - 1]!;
      if (!prev.quoted && (all || vocab) && onlySpace(text, prev.end, t.start)) {
        if (all) hits.push({ feature: `w:${gramOf(prev)} ${g1}`, amount: 1, start: prev.start, end: t.end, kind: undefined, why: undefined });
        else {
          const f2 = vocab!.bi.get(gramOf(prev))?.get(g1);
          if (f2 !== undefined) hits.push({ feature: f2, amount: 1, start: prev.start, end: t.end, kind: undefined, why: undefined });
        }
      }
    }
  }
  // Negativity aimed at the reader: "you are so rude", "your review is ridiculous", "you ruined it".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    let j = -1;
    if (YOU.has(t.word)) j = i + 1;
    else if (t.word === 'your' || t.word === 'yours') {
      // your (noun){0,2} is/was …
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        const w = tokens[k]!.word;
        if (w === 'is' || w === 'was' || w === 'are' || w === 'were') { j = k + 1; break; }
      }
    }
    if (j < 0) continue;
    for (let k = j, hops = 0; k < tokens.length && hops < 4; k++, hops++) {
      const u = tokens[k]!;
      if (hasBreak(text, tokens[k - 1]!.end, u.start)) break;
      const wk = WORD_KIND.get(u.word);
      const v = VALENCE.get(u.word) ?? 0;
      const negWord = (wk && wk.kind === 'insult') || v <= -2;
      if (negWord) {
        const p1 = tokens[k - 1]!.word;
        if (NEGATORS.has(p1)) break;
        hits.push({ feature: 'directed:neg', amount: 1, start: t.start, end: u.end, kind: 'blame', why: 'Negative words aimed at the reader.' });
        break;
      }
      if (!COPULA.has(u.word)) {
        if (k > j) break; // allow one verb right after "you" ("you ruined"), then only fillers
        if (v < 0) break;
      }
    }
  }
  void coveredByWordRule;
  void letterWords;
  void capsWords;

  // "!!", "?!", "???": runs of stacked punctuation outside quoted text
  PUNCT_RUN_RE.lastIndex = 0;
  for (let m = PUNCT_RUN_RE.exec(text); m !== null; m = PUNCT_RUN_RE.exec(text)) {
    const s = m[0];
    if (inRanges(quoted, m.index)) continue;
    const mixed = s.includes('!') && s.includes('?');
    const bangs = s.includes('!');
    hits.push({ feature: 'shout:punct', amount: mixed ? 1 : bangs ? 0.8 : 0.5, start: m.index, end: m.index + s.length, kind: 'shouting',
      why: mixed ? `"${s}" reads as exasperated.` : bangs ? `"${s}" reads as shouting.` : `"${s}" reads as exasperated.` });
  }
  return { hits, tokens, quoted };
}
