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
 * the hostility logit is h = max(z, ruleSlope·z_rules + ruleOffset). Levels compare sigmoid(h) with
 * per-sensitivity thresholds (tense: what the next stricter setting would hold). score =
 * round(100 · sigmoid(h − logit(normal threshold))): 50 is the normal hold line, 0..100.
 * `flagged` is exactly `level === 'angry'` at every sensitivity; strict lowers both thresholds,
 * gentle raises them. A user "always flag" word makes the draft angry at any sensitivity; a
 * "never flag" word removes every hostile span that overlaps it.
 */
import type { Analysis, AnalyzeOptions, Level, Reason, ReasonKind, Sensitivity } from './types';
import { HOSTILE_KINDS } from './types';
import { MODEL } from './data/model';
import type { ToneModel } from './model-types';
import { buildLexicon, extract, isStopGram, type FeatureRef, type Lexicon } from './features';
import { escapeRegExp, inRanges, overlaps, type Range } from './text';

export type Analyzer = (text: string) => Analysis;

const KIND_ORDER: readonly ReasonKind[] = [
  'user-word', 'threat', 'insult', 'profanity', 'blame', 'dismissal', 'condescension', 'sarcasm', 'buck-passing',
  'absolute', 'shouting', 'negative-word', 'apology', 'empathy', 'action', 'thanks',
];

/** Weight below which a span is not worth showing. */
const MIN_REASON_WEIGHT = 0.05;
/** A word the model alone weighs must matter this much to be shown as a reason. */
const MIN_WORD_WEIGHT = 0.3;

function wordRegex(words: readonly string[] | undefined): RegExp | null {
  const list = (words ?? []).map((w) => w.trim()).filter((w) => w.length > 0);
  if (list.length === 0) return null;
  list.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function findAll(re: RegExp | null, text: string): Range[] {
  if (!re) return [];
  const out: Range[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const NON_SPACE_RE = /\S/;
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
function compileModel(model: ToneModel): CompiledModel {
  let c = compiledModels.get(model);
  if (!c) {
    const refs = new Map<string, FeatureRef>();
    for (const [f, w] of Object.entries(model.features)) refs.set(f, { weight: w, total: 0, rule: isRuleFeature(f) });
    for (const [g, w] of Object.entries(model.ngrams)) refs.set(`w:${g}`, { weight: w, total: 0, rule: false });
    c = { refs, lexicon: buildLexicon(Object.keys(model.ngrams), (f) => refs.get(f)) };
    compiledModels.set(model, c);
  }
  return c;
}

const HOSTILE = new Set<ReasonKind>(HOSTILE_KINDS);
const KIND_RANK = new Map<ReasonKind, number>(KIND_ORDER.map((k, i) => [k, i]));

/** Precompiles the user's word lists once; the returned function is cheap to call per keystroke pause. */
export function createAnalyzer(options: AnalyzeOptions = {}, model: ToneModel = MODEL): Analyzer {
  const sensitivity: Sensitivity = options.sensitivity ?? 'normal';
  const thresholds = model.thresholds[sensitivity] ?? model.thresholds.normal;
  const always = wordRegex(options.alwaysFlag);
  const never = wordRegex(options.neverFlag);
  const { refs, lexicon } = compileModel(model);
  const normalLine = logit(model.thresholds.normal.angry);

  return (input: string): Analysis => {
    const text = typeof input === 'string' ? input : String(input ?? '');
    if (!NON_SPACE_RE.test(text)) return { level: 'calm', score: 0, flagged: false, reasons: [] };
    const { hits, quoted, calmSpans } = extract(text, { lexicon });
    const neverRanges = findAll(never, text);

    // each feature contributes w·log(1+total amount), shared among its spans by amount
    const hitRefs: (FeatureRef | undefined)[] = new Array<FeatureRef | undefined>(hits.length);
    const touched: FeatureRef[] = [];
    let z = model.bias;
    let zRules = 0;
    const span = text.length + 1;
    const bySpan = new Map<number, Reason>();
    try {
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      const ref = h.ref ?? refs.get(h.feature);
      if (ref === undefined || ref.weight === 0) continue;
      if (neverRanges.length && (ref.weight > 0 || (h.kind && HOSTILE.has(h.kind))) && overlaps(neverRanges, h.start, h.end)) continue;
      hitRefs[i] = ref;
      if (ref.total === 0) touched.push(ref);
      ref.total += h.amount;
    }

    for (let i = 0; i < hits.length; i++) {
      const ref = hitRefs[i];
      if (ref === undefined) continue;
      const h = hits[i]!;
      const share = (ref.weight * Math.log1p(ref.total) * h.amount) / ref.total;
      z += share;
      if (ref.rule) zRules += share;
      let kind = h.kind;
      let why = h.why;
      if (!kind) {
        // weak, calming or function words without a rule stay in the score only
        if (share < MIN_WORD_WEIGHT || isStopGram(text.slice(h.start, h.end))) continue;
        if (calmSpans.some((c) => h.start >= c.start && h.end <= c.end)) continue; // part of a calming phrase
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
    } finally {
      for (const ref of touched) ref.total = 0;
    }

    // user "always flag" words
    let forced = false;
    const extra: Reason[] = [];
    for (const r of findAll(always, text)) {
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
    reasons.sort((a, b) => {
      const ha = HOSTILE.has(a.kind) ? 0 : 1;
      const hb = HOSTILE.has(b.kind) ? 0 : 1;
      if (ha !== hb) return ha - hb;
      const ka = KIND_RANK.get(a.kind)!;
      const kb = KIND_RANK.get(b.kind)!;
      return ka !== kb ? ka - kb : a.start - b.start;
    });

    const h = Math.max(z, model.ruleSlope * zRules + model.ruleOffset);
    const p = sigmoid(h);
    let level: Level = p >= thresholds.angry ? 'angry' : p >= thresholds.tense ? 'tense' : 'calm';
    // score: 50 sits on the normal hold line, so the number means the same at every sensitivity
    let score = Math.round(100 * sigmoid(h - normalLine));
    if (forced) {
      level = 'angry';
      score = Math.max(score, Math.ceil(100 * sigmoid(logit(thresholds.angry) - normalLine)));
    }
    return { level, score, flagged: level === 'angry', reasons };
  };
}

let cachedKey = '';
let cached: Analyzer | null = null;

/** Scores one draft. Reuses the compiled analyzer while the options stay the same. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const key = JSON.stringify([options.sensitivity ?? 'normal', options.alwaysFlag ?? [], options.neverFlag ?? []]);
  if (!cached || key !== cachedKey) {
    cached = createAnalyzer(options);
    cachedKey = key;
  }
  return cached(text);
}
