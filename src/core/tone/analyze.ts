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
 * the hostility logit is max(z, z_rules + ruleOffset). score = round(100 · sigmoid(that)). Levels use per-sensitivity thresholds on that probability:
 * `flagged` is exactly `level === 'angry'` at every sensitivity; strict lowers both thresholds,
 * gentle raises them. A user "always flag" word makes the draft angry at any sensitivity; a
 * "never flag" word removes every hostile span that overlaps it.
 */
import type { Analysis, AnalyzeOptions, Level, Reason, ReasonKind, Sensitivity } from './types';
import { isHostile } from './types';
import { MODEL } from './data/model';
import type { ToneModel } from './model-types';
import { buildVocab, extract, type NgramVocab } from './features';
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

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

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
  /** Every feature's weight, n-grams as 'w:<gram>'. */
  weights: Map<string, number>;
  vocab: NgramVocab;
}
const compiledModels = new WeakMap<ToneModel, CompiledModel>();
function compileModel(model: ToneModel): CompiledModel {
  let c = compiledModels.get(model);
  if (!c) {
    const weights = new Map<string, number>(Object.entries(model.features));
    for (const [g, w] of Object.entries(model.ngrams)) weights.set(`w:${g}`, w);
    c = { weights, vocab: buildVocab(Object.keys(model.ngrams)) };
    compiledModels.set(model, c);
  }
  return c;
}

const KIND_RANK = new Map<ReasonKind, number>(KIND_ORDER.map((k, i) => [k, i]));

/** Precompiles the user's word lists once; the returned function is cheap to call per keystroke pause. */
export function createAnalyzer(options: AnalyzeOptions = {}, model: ToneModel = MODEL): Analyzer {
  const sensitivity: Sensitivity = options.sensitivity ?? 'normal';
  const thresholds = model.thresholds[sensitivity] ?? model.thresholds.normal;
  const always = wordRegex(options.alwaysFlag);
  const never = wordRegex(options.neverFlag);
  const { weights: weightMap, vocab } = compileModel(model);

  return (input: string): Analysis => {
    const text = typeof input === 'string' ? input : String(input ?? '');
    if (text.trim().length === 0) return { level: 'calm', score: 0, flagged: false, reasons: [] };
    const { hits, quoted } = extract(text, { vocab });
    const neverRanges = findAll(never, text);

    // each feature contributes w·log(1+total amount), shared among its spans by amount
    const totals = new Map<string, number>();
    const weights: number[] = new Array<number>(hits.length);
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      const w = weightMap.get(h.feature);
      if (w === undefined || w === 0) { weights[i] = 0; continue; }
      if (neverRanges.length && (w > 0 || (h.kind && isHostile(h.kind))) && overlaps(neverRanges, h.start, h.end)) { weights[i] = 0; continue; }
      weights[i] = w;
      totals.set(h.feature, (totals.get(h.feature) ?? 0) + h.amount);
    }

    let z = model.bias;
    let zRules = 0;
    const span = text.length + 1;
    const bySpan = new Map<number, Reason>();
    for (let i = 0; i < hits.length; i++) {
      const w = weights[i]!;
      if (w === 0) continue;
      const h = hits[i]!;
      const total = totals.get(h.feature)!;
      const share = (w * Math.log1p(total) * h.amount) / total;
      z += share;
      if (isRuleFeature(h.feature)) zRules += share;
      let kind = h.kind;
      let why = h.why;
      if (!kind) {
        if (share < MIN_WORD_WEIGHT) continue; // weak or calming words without a rule stay in the score only
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
      if (isHostile(r.kind) ? r.weight >= MIN_REASON_WEIGHT : r.weight <= -MIN_REASON_WEIGHT) reasons.push(r);
    }
    reasons.sort((a, b) => {
      const ha = isHostile(a.kind) ? 0 : 1;
      const hb = isHostile(b.kind) ? 0 : 1;
      if (ha !== hb) return ha - hb;
      const ka = KIND_RANK.get(a.kind)!;
      const kb = KIND_RANK.get(b.kind)!;
      return ka !== kb ? ka - kb : a.start - b.start;
    });

    const p = sigmoid(Math.max(z, zRules + model.ruleOffset));
    let level: Level = p >= thresholds.angry ? 'angry' : p >= thresholds.tense ? 'tense' : 'calm';
    let score = Math.round(p * 100);
    if (forced) {
      level = 'angry';
      score = Math.max(score, Math.ceil(100 * thresholds.angry));
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
