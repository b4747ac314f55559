/**
 * npm run train [-- DEV.jsonl] — fits the logistic tone model on ../shared/eval/tone-dev.jsonl and
 * writes src/core/tone/data/model.ts. Reproducible: fixed seed, deterministic SGD.
 *
 * Features come from src/core/tone/features.ts (the same code analyze() runs): rule kinds,
 * AFINN-165 negative/positive mass, shouting, and word unigrams/bigrams seen in ≥ MIN_DF texts.
 * Each feature value is log(1 + count). Rule features get a light L2 penalty and a sign
 * constraint (hostile kinds ≥ 0, calming kinds ≤ 0); n-grams get a heavy one, so the dev file's
 * vocabulary cannot dominate the rules. Warm n-grams (data/warm.ts: "thanks for", "we appreciate", "enjoyed") are
 * kept ≤ 0, so politeness never counts as hostile (its sarcastic use is the phrase rules' job). Repeated 5-fold stratified cross-validation (REPEATS, each
 * with its own folds, pooled) gives held-out estimates and picks the thresholds; the final model is
 * then fitted on all of the file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extract } from '../src/core/tone/features';
import { HOSTILE_KINDS, type Sensitivity } from '../src/core/tone/types';
import { flaggedBySlice, metrics, parseLabeled, type Labeled } from '../src/core/tone/metrics';
import type { ToneModel } from '../src/core/tone/model-types';
import { createAnalyzer, isRuleFeature } from '../src/core/tone/analyze';
import { isWarmGram } from '../src/core/tone/data/warm';

/** SEED=n: another seed for the folds and the training order (to see how much a figure owes to the seed); the shipped model uses the default. */
const SEED = Number(process.env.SEED ?? 20261123);
const FOLDS = 5;
const EPOCHS = Number(process.env.EPOCHS ?? 30);
const MIN_DF = Number(process.env.MIN_DF ?? 3);
const L2_RULE = 1e-4;
const L2_NGRAM = Number(process.env.L2_NGRAM ?? 3e-4);
/**
 * Word and word-pair features weaker than this are dropped from the shipped model. With calm texts weighed 3
 * times, more features pass 0.15 (5,985 against 3,622) and `analyze()` got about 5% slower; at 0.18 the
 * cross-validated figures are the same to within 0.6 points (dev F1 0.670 at normal; business 52.4% / 70.8%
 * against 53.0 / 71.1%) and the speed is back where it was (26 KB gzipped instead of 35).
 */
const PRUNE = Number(process.env.PRUNE ?? 0.18);
/** Limits on the held-out flag rates the normal threshold must respect (margins under the bar). */
const CALM_LIMIT = 0.025;
const SLICE_LIMITS: Record<string, number> = { 'reddit-sorry': 0.04, 'agent-reply': 0.008 };
/** Slice weights: agent replies stand in for business writing, which the held-out set adds. */
const SLICE_WEIGHT: Record<string, number> = { 'agent-reply': 2 };

const devPath = resolve(process.argv[2] ?? '../shared/eval/tone-dev.jsonl');
/**
 * Extra training text in the target register: business replies written for the project (hostile and
 * calm), every test/unit/fixtures/tone-business-train*.jsonl: train (180) by the project, the others
 * by separate writers who saw no rule, model or evaluation file (see src/core/tone/README.md).
 * Added to training, never evaluated on except by cross-validation. The evaluation sets
 * (business-replies, set2, set3, and the held-out set4 and set5) are not used here; a unit test
 * keeps their texts out of the training files. HELDOUT=path[,path] prints the final model's flag
 * rates on such files; EXTRA_TRAIN=path[,path] replaces the list.
 */
const FIXTURES = resolve('test/unit/fixtures');
const extraPaths = (process.env.EXTRA_TRAIN?.split(',') ?? readdirSync(FIXTURES).filter((f) => /^tone-business-train\d*\.jsonl$/.test(f)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((f) => `${FIXTURES}/${f}`))
  .filter(Boolean).map((p) => resolve(p));
const EXTRA_WEIGHT = Number(process.env.EXTRA_WEIGHT ?? 1);
const outPath = resolve(process.env.OUT ?? 'src/core/tone/data/model.ts');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Vec = Map<string, number>;

function featurize(text: string): Vec {
  const totals = new Map<string, number>();
  for (const h of extract(text, { allNgrams: true }).hits) totals.set(h.feature, (totals.get(h.feature) ?? 0) + h.amount);
  const v: Vec = new Map();
  for (const [f, t] of totals) v.set(f, Math.log1p(t));
  return v;
}

/**
 * Prior floors for rule families the dev file barely contains (blame, dismissal… in business
 * writing): their weights may grow with data but never fall below these, so a clear rule hit keeps
 * counting where the Reddit-heavy dev file has no evidence. Overridable for experiments.
 */
const FLOOR_SCALE = Number(process.env.FLOOR_SCALE ?? 1);
const FLOORS: Record<string, number> = {
  'kind:blame': 2.5, 'kind:dismissal': 2.5, 'kind:condescension': 2.2, 'kind:threat': 2.5, 'kind:buck-passing': 2.5,
  'kind:sarcasm': 2.2, 'kind:insult': 2.5, 'kind:absolute': 1.5, 'kind:profanity': 2, 'directed:neg': 1.5,
  'curt:sentence': Number(process.env.CURT_FLOOR ?? 0), 'you:uncalmed': Number(process.env.YOU_FLOOR ?? -9),
};
/** Calming kinds may not outweigh this much: "thanks" is near-universal in the dev file's calm slice, but a sarcastic "thanks, genius" must still count. */
const CALM_CAP = Number(process.env.CALM_CAP ?? 3);
/**
 * N-grams may only add hostility. Calm evidence comes from the calming rules and AFINN's positive
 * words; otherwise the dev file teaches that business vocabulary ("we", "order") is calm, which
 * would hide hostile business replies.
 */
const NGRAM_POS_ONLY = (process.env.NGRAM_POS_ONLY ?? '0') === '1';
/** Calming families from customer-service guidance count at least this much (weights are ≤ these). */
const CALM_FLOORS: Record<string, number> = { 'kind:apology': -1.5, 'kind:empathy': -1.5, 'kind:action': -1.5, 'kind:thanks': -1 };
const CALM_FLOOR_SCALE = Number(process.env.CALM_FLOOR_SCALE ?? 1);
const CALMING = new Set(['kind:apology', 'kind:empathy', 'kind:thanks', 'kind:action']);
const HOSTILE = new Set(HOSTILE_KINDS.map((k) => `kind:${k}`));

interface Fitted { bias: number; w: Map<string, number> }

/**
 * Warm n-grams (data/warm.ts): a gram made only of warm words and function words, with at least one warm
 * word ("we appreciate", "thanks for", "enjoyed", "so pleased", "five stars"), or a listed warm pair ("kind
 * regards"). WARM=clamp (default): such a gram's weight is projected to ≤ 0 after every update, so it may calm a
 * draft but never count as hostile (the sarcastic use of polite words is left to the phrase rules); WARM=drop:
 * such grams are left out of the model; WARM=off: no constraint (the stop-19 model).
 */
const WARM = process.env.WARM ?? 'clamp';
/** WARM_SORRY=0: apology words ("sorry", "apologies") not counted as warm (an experiment knob; see the README). */
const WARM_SORRY = process.env.WARM_SORRY !== '0';
const warmGram = (g: string): boolean => isWarmGram(g) && (WARM_SORRY || !/\b(?:sorry|apolog)/.test(g));

/*
 * Experimental objectives aimed at the top of the calm scores (all off by default; the default fit is unchanged).
 * HN_ROUNDS/HN_W/HN_Q/HN_DEV: after a fit, calm texts scoring above the HN_Q
 * quantile of calm training scores weigh HN_W times more, and the model is refitted (HN_ROUNDS times; HN_DEV=1: dev
 * calm texts only). HN_EPOCH=1: the same reweighting recomputed at the start of every epoch after HN_START, no refit.
 * PAIR_L/PAIR_Q/PAIR_START: after each epoch from PAIR_START on, one logistic pairwise step per hostile text against a
 * calm text drawn from the top PAIR_Q of calm training scores (PAIR_DEV=1: dev calm texts only), weight PAIR_L.
 */
/**
 * Calm texts weigh 3 times (CALM_W=1 is plain log-loss): only the top ~2.5% of calm scores set the normal line, and
 * the extra weight pushes those down harder. On seeds 20261123 / 1 / 2 against CALM_W=1: dev F1 at normal +0.013 /
 * +0.003 / +0.009, business cross-validation at normal +4.6 / +3.6 / +4.3 points (see src/core/tone/README.md).
 */
const CALM_W = Number(process.env.CALM_W ?? 3);
const HN_ROUNDS = Number(process.env.HN_ROUNDS ?? 0);
const HN_W = Number(process.env.HN_W ?? 3);
const HN_Q = Number(process.env.HN_Q ?? 0.9);
const HN_DEV = process.env.HN_DEV === '1';
const HN_EPOCH = process.env.HN_EPOCH === '1';
const HN_START = Number(process.env.HN_START ?? 5);
const PAIR_L = Number(process.env.PAIR_L ?? 0);
const PAIR_Q = Number(process.env.PAIR_Q ?? 0.05);
const PAIR_START = Number(process.env.PAIR_START ?? 5);
const PAIR_DEV = process.env.PAIR_DEV === '1';

function fit(docs: Vec[], ys: number[], weights0: number[], seed: number, isDev?: boolean[]): Fitted {
  const base = CALM_W === 1 ? weights0 : weights0.map((x, i) => (ys[i] === 0 ? x * CALM_W : x));
  let weights = base;
  for (let round = 0; round < HN_ROUNDS; round++) {
    const m = fitOnce(docs, ys, weights, seed, isDev, true);
    const calm = docs.map((_, i) => i).filter((i) => ys[i] === 0 && (!HN_DEV || isDev?.[i] !== false));
    const zs = calm.map((i) => predict(m, docs[i]!).z);
    const cut = [...zs].sort((a, b) => a - b)[Math.floor(HN_Q * (zs.length - 1))]!;
    // rounds do not compound: a text counts as hard in the latest round or not at all
    const next = [...base];
    calm.forEach((i, q) => { if (zs[q]! > cut) next[i] = base[i]! * HN_W; });
    weights = next;
  }
  return fitOnce(docs, ys, weights, seed, isDev, false);
}

/**
 * The documents as integer feature indices and values, in each document's own feature order, keeping only the
 * features `keep` accepts (feature k is `names[k]`): the same arithmetic in the same order as looking each feature
 * up by name (the model is byte-identical), about 25 times faster.
 */
function indexDocs(docs: Vec[], keep: (f: string) => boolean): { index: Map<string, number>; names: string[]; idx: Int32Array[]; val: Float64Array[] } {
  const index = new Map<string, number>();
  const names: string[] = [];
  const idx: Int32Array[] = [];
  const val: Float64Array[] = [];
  for (const d of docs) {
    const ii: number[] = [];
    const vv: number[] = [];
    for (const [f, x] of d) {
      if (!keep(f)) continue;
      let k = index.get(f);
      if (k === undefined) {
        k = names.length;
        index.set(f, k);
        names.push(f);
      }
      ii.push(k);
      vv.push(x);
    }
    idx.push(Int32Array.from(ii));
    val.push(Float64Array.from(vv));
  }
  return { index, names, idx, val };
}

function fitOnce(docs: Vec[], ys: number[], weights: number[], seed: number, isDev: boolean[] | undefined, noPrune: boolean): Fitted {
  // vocabulary: rule features always, n-grams with document frequency ≥ MIN_DF
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.keys()) if (f.startsWith('w:')) df.set(f, (df.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => !f.startsWith('w:') || ((df.get(f) ?? 0) >= MIN_DF && !(WARM === 'drop' && warmGram(f.slice(2))));
  const { names, idx, val } = indexDocs(docs, keep);
  const F = names.length;
  const N = docs.length;
  const l2 = new Float64Array(F);
  const dfv = new Float64Array(F);
  const isNgram = new Uint8Array(F);
  /** 1: a warm n-gram, whose weight is kept ≤ 0 (WARM=clamp). */
  const isWarm = new Uint8Array(F);
  for (let k = 0; k < F; k++) {
    const f = names[k]!;
    isNgram[k] = f.startsWith('w:') ? 1 : 0;
    isWarm[k] = isNgram[k] && WARM === 'clamp' && warmGram(f.slice(2)) ? 1 : 0;
    l2[k] = isNgram[k] ? L2_NGRAM : L2_RULE;
    dfv[k] = Math.max(1, df.get(f) ?? N);
  }
  /** The constraints on a rule or lexicon feature's weight (n-grams have none, unless NGRAM_POS_ONLY). */
  const clamp = (f: string, next: number): number => {
    if ((HOSTILE.has(f) || f.startsWith('shout:')) && next < 0) next = 0; // hostile evidence never calms a draft
    const floor = FLOORS[f];
    if (floor !== undefined && next < floor * FLOOR_SCALE) next = floor * FLOOR_SCALE;
    if (CALMING.has(f) && next > 0) next = 0;
    if (CALMING.has(f) && next < -CALM_CAP) next = -CALM_CAP;
    const calmFloor = CALM_FLOORS[f] === undefined ? undefined : CALM_FLOORS[f]! * CALM_FLOOR_SCALE;
    if (calmFloor !== undefined && next > calmFloor) next = calmFloor;
    return next;
  };
  const w = new Float64Array(F);
  const g2 = new Float64Array(F); // AdaGrad accumulators
  let bias = 0;
  let gb = 0;
  const order = docs.map((_, i) => i);
  const rand = rng(seed);
  const lr = 0.2;
  const zOf = (i: number): number => {
    const di = idx[i]!;
    const dv = val[i]!;
    let z = bias;
    for (let q = 0; q < di.length; q++) z += w[di[q]!]! * dv[q]!;
    return z;
  };
  const calmIdx = order.filter((i) => ys[i] === 0);
  const hostIdx = order.filter((i) => ys[i] === 1);
  const topCalm = (q: number, devOnly: boolean): number[] => {
    const pool = devOnly ? calmIdx.filter((i) => isDev?.[i] !== false) : calmIdx;
    const zs = pool.map((i) => ({ i, z: zOf(i) })).sort((a, b) => b.z - a.z);
    return zs.slice(0, Math.max(1, Math.round(q * zs.length))).map((x) => x.i);
  };
  let epochWeights = weights;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    if (HN_EPOCH && epoch >= HN_START) {
      epochWeights = [...weights];
      for (const i of topCalm(1 - HN_Q, HN_DEV)) epochWeights[i] = weights[i]! * HN_W;
    }
    for (const i of order) {
      const di = idx[i]!;
      const dv = val[i]!;
      const m = di.length;
      let z = bias;
      for (let q = 0; q < m; q++) z += w[di[q]!]! * dv[q]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - ys[i]!) * epochWeights[i]!;
      gb += err * err;
      bias -= (lr / Math.sqrt(gb + 1e-8)) * err;
      for (let q = 0; q < m; q++) {
        const k = di[q]!;
        const cur = w[k]!;
        const g = err * dv[q]! + l2[k]! * cur * N / dfv[k]!;
        const acc = g2[k]! + g * g;
        g2[k] = acc;
        let next = cur - (lr / Math.sqrt(acc + 1e-8)) * g;
        if (!isNgram[k]) next = clamp(names[k]!, next);
        else if (isWarm[k] && next > 0) next = 0;
        else if (NGRAM_POS_ONLY && next < 0) next = 0;
        w[k] = next;
      }
    }
    if (PAIR_L > 0 && epoch >= PAIR_START && hostIdx.length) {
      // pairwise logistic steps: each hostile text against a calm text from the top of the calm scores
      const top = topCalm(PAIR_Q, PAIR_DEV);
      const step = (i: number, sign: number, err: number): void => {
        const di = idx[i]!;
        const dv = val[i]!;
        for (let q = 0; q < di.length; q++) {
          const k = di[q]!;
          const g = sign * err * dv[q]!;
          const acc = g2[k]! + g * g;
          g2[k] = acc;
          let next = w[k]! - (lr / Math.sqrt(acc + 1e-8)) * g;
          if (!isNgram[k]) next = clamp(names[k]!, next);
          else if (isWarm[k] && next > 0) next = 0;
          else if (NGRAM_POS_ONLY && next < 0) next = 0;
          w[k] = next;
        }
      };
      for (const h of hostIdx) {
        const c = top[Math.floor(rand() * top.length)]!;
        const d = zOf(h) - zOf(c);
        const err = -(1 / (1 + Math.exp(d))) * PAIR_L * weights[h]!; // d(log(1+e^-d))/dd
        step(h, 1, err);
        step(c, -1, err);
      }
    }
  }
  const out = new Map<string, number>();
  for (let k = 0; k < F; k++) if (noPrune || !isNgram[k] || Math.abs(w[k]!) >= PRUNE) out.set(names[k]!, w[k]!);
  return { bias, w: out };
}

/** Logits of the two channels: the whole model, and the rule features alone. */
interface Scores { z: number; zr: number; d: number }
function predict(m: Fitted, d: Vec, r?: Fitted): Scores {
  let z = m.bias;
  let zr = 0;
  for (const [f, x] of d) {
    const c = (m.w.get(f) ?? 0) * x;
    z += c;
    if (isRuleFeature(f)) zr += c;
  }
  return { z, zr, d: regLogit(r, d) };
}

/**
 * Register model: how much a draft reads like a business reply to a customer (the business training replies, label 1)
 * rather than the dev file's texts (label 0; REG_AGENT=1 counts the dev file's support-agent replies as business too).
 * A plain logistic regression over the hostility model's own features (log counts; REG_ALL=1 lets it use every
 * feature, which analyze() would not find), so `analyze()` finds every one of them already; with its logit d, the
 * hostility logit moves up by REG_BETA·sigmoid(d − logit(REG_CENTER)): the hold line for a draft that reads as a
 * business reply is up to REG_BETA lower. A line change, not a span. Fitted inside each fold on that fold's training
 * texts only, like the hostility model, and the lines are then picked on the shifted out-of-fold scores.
 * Chosen on the cross-validated figures (REPEATS=1, see src/core/tone/README.md): β 1, centre 0.95.
 */
const REG_BETA = Number(process.env.REG_BETA ?? 1);
/**
 * The shift at strict (REG_STRICT_BETA, default 0: strict's line is picked on the unshifted scores, as before). Shifted
 * too, strict held 6.6% of the business calm replies in cross-validation (3.1% unshifted; the issue's bar is 5%) and
 * eleven of the project's own drafted replies. Unshifted, strict still holds everything normal holds as long as
 * logit(strict line) ≤ logit(normal line) − (REG_BETA − REG_STRICT_BETA), which training checks.
 */
const REG_STRICT_BETA = Number(process.env.REG_STRICT_BETA ?? 0);
const REG_CENTER = logitOf(Number(process.env.REG_CENTER ?? 0.95));
const REG_AGENT = process.env.REG_AGENT === '1';
const REG_L2 = Number(process.env.REG_L2 ?? 1e-4);
const REG_EPOCHS = Number(process.env.REG_EPOCHS ?? 8);
const REG_PRUNE = Number(process.env.REG_PRUNE ?? 0.1);
function fitRegister(docs: Vec[], labels: number[], known: (f: string) => boolean, seed: number): Fitted {
  const { index, idx, val } = indexDocs(docs, known);
  const F = index.size;
  const N = docs.length;
  const pos = labels.reduce((a, b) => a + b, 0);
  // balanced classes: each class weighs half of the total
  const cw = [N / (2 * Math.max(1, N - pos)), N / (2 * Math.max(1, pos))];
  const w = new Float64Array(F);
  const g2 = new Float64Array(F);
  let bias = 0;
  let gb = 0;
  const lr = 0.2;
  const order = docs.map((_, i) => i);
  const rand = rng(seed ^ 0x5bd1e995);
  for (let epoch = 0; epoch < REG_EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const i of order) {
      const di = idx[i]!;
      const dv = val[i]!;
      let z = bias;
      for (let q = 0; q < di.length; q++) z += w[di[q]!]! * dv[q]!;
      const err = (1 / (1 + Math.exp(-z)) - labels[i]!) * cw[labels[i]!]!;
      gb += err * err;
      bias -= (lr / Math.sqrt(gb + 1e-8)) * err;
      for (let q = 0; q < di.length; q++) {
        const k = di[q]!;
        const g = err * dv[q]! + REG_L2 * w[k]!;
        g2[k]! += g * g;
        w[k] = w[k]! - (lr / Math.sqrt(g2[k]! + 1e-8)) * g;
      }
    }
  }
  const out = new Map<string, number>();
  for (const [f, k] of index) if (Math.abs(w[k]!) >= REG_PRUNE) out.set(f, w[k]!);
  return { bias, w: out };
}
function logitOf(p: number): number {
  return Math.log(p / (1 - p));
}
function regLogit(r: Fitted | undefined, d: Vec): number {
  if (!r) return -Infinity;
  let z = r.bias - REG_CENTER;
  for (const [f, x] of d) z += (r.w.get(f) ?? 0) * x;
  return z;
}
/** Register labels: 1 for the business training replies (and, with REG_AGENT=1, the dev file's agent replies). */
const regLabel = (slice: string, isExtra: boolean): number => (isExtra || (REG_AGENT && slice === 'agent-reply') ? 1 : 0);

/** z_rules at which the rule channel alone holds a draft at normal sensitivity (≈ one clear blame/dismissal hit). */
const RULE_FIRE = Number(process.env.RULE_FIRE ?? 1.5);
const logit = (p: number): number => Math.log(p / (1 - p));
const sig = (z: number): number => 1 / (1 + Math.exp(-z));
/** Slope of the rule channel: it rises twice as fast as the model, so no rule evidence stays well below the line. */
const RULE_SLOPE = 2;
/**
 * Combined probability for an offset: sigmoid(max(z, RULE_SLOPE·zr + offset) + beta·sigmoid(d)), the rule term only when
 * zr > 0 (as analyze() does); the register shift only with a register model.
 */
function combine(o: Scores[], offset: number, beta = REG_BETA): number[] {
  return o.map((x) => sig((x.zr > 0 ? Math.max(x.z, RULE_SLOPE * x.zr + offset) : x.z) + (beta !== 0 && x.d > -Infinity ? beta * sig(x.d) : 0)));
}

function flagsAt(probs: number[], t: number): boolean[] {
  return probs.map((p) => p >= t);
}

/** Highest-F1 threshold whose held-out calm / slice flag rates stay inside the limits. */
function pickThreshold(rows: Labeled[], probs: number[], calmLimit: number, sliceLimits: Record<string, number>): number {
  let best = 0.99;
  let bestF1 = -1;
  for (let t = 0.2; t <= 0.99; t += 0.005) {
    const flags = flagsAt(probs, t);
    const m = metrics(rows, flags);
    if (m.falseFlag > calmLimit) continue;
    const bs = flaggedBySlice(rows, flags);
    if (Object.entries(sliceLimits).some(([s, lim]) => { const x = bs.get(s); return x !== undefined && x.flagged / x.n > lim; })) continue;
    if (m.f1 > bestF1) { bestF1 = m.f1; best = t; }
  }
  return Math.round(best * 1000) / 1000;
}

const rows = parseLabeled(readFileSync(devPath, 'utf8'));
const docs = rows.map((r) => featurize(r.text));
const ys = rows.map((r) => (r.label === 'angry' ? 1 : 0));
const wts = rows.map((r) => SLICE_WEIGHT[r.slice] ?? 1);
const extra = EXTRA_WEIGHT > 0 ? extraPaths.filter((p) => existsSync(p)).flatMap((p) => parseLabeled(readFileSync(p, 'utf8'))) : [];
const extraDocs = extra.map((r) => featurize(r.text));
const extraYs = extra.map((r) => (r.label === 'angry' ? 1 : 0));
const extraWts = extra.map(() => EXTRA_WEIGHT);
console.log(`training on ${rows.length} dev texts + ${extra.length} extra texts (weight ${EXTRA_WEIGHT}) from ${extraPaths.join(', ') || '-'}`);

/**
 * REPEATS=n (default 5): repeated cross-validation. Each repeat draws its own folds (repeat 0 uses SEED, as a single
 * run always did), and the thresholds are picked on every repeat's out-of-fold scores pooled, so one
 * lucky or unlucky split does not set the line. The figures printed are for the pooled scores, with
 * each repeat's F1 at the same lines beside them.
 */
const REPEATS = Math.max(1, Number(process.env.REPEATS ?? 5));
/** Fit the register model at all (REG_BETA ≠ 0, or REG_SWEEP=1 to print the figures over a range of shifts). */
const REG_ON = REG_BETA !== 0 || process.env.REG_SWEEP === '1';
/**
 * Out-of-fold scores for one repeat: stratified folds of the dev file by slice. The business replies
 * are folded too (by position; in later repeats, in a shuffled order), so each of them is also scored by a model that did not see it: the cross-validated business figure printed
 * below. Thresholds are still picked on the dev file alone.
 */
function crossValidate(repeat: number): { oofZ: Scores[]; extraOofZ: Scores[] } {
  const seed = repeat === 0 ? SEED : SEED + 7919 * repeat;
  const rand = rng(seed);
  const fold = new Array<number>(rows.length);
  const bySlice = new Map<string, number[]>();
  rows.forEach((r, i) => { const a = bySlice.get(r.slice) ?? []; a.push(i); bySlice.set(r.slice, a); });
  for (const idx of bySlice.values()) {
    for (let i = idx.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [idx[i], idx[j]] = [idx[j]!, idx[i]!]; }
    idx.forEach((docIdx, k) => { fold[docIdx] = k % FOLDS; });
  }
  // repeat 0 keeps the plain alternation by position; later repeats deal a shuffled order
  const extraFold = extra.map((_, i) => i % FOLDS);
  if (repeat > 0) {
    const perm = extra.map((_, i) => i);
    for (let i = perm.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [perm[i], perm[j]] = [perm[j]!, perm[i]!]; }
    perm.forEach((docIdx, k) => { extraFold[docIdx] = k % FOLDS; });
  }
  const oofZ = new Array<Scores>(rows.length);
  const extraOofZ = new Array<Scores>(extra.length);
  for (let k = 0; k < FOLDS; k++) {
    const tr = rows.map((_, i) => i).filter((i) => fold[i] !== k);
    const xtr = extra.map((_, i) => i).filter((i) => extraFold[i] !== k);
    const m = fit([...tr.map((i) => docs[i]!), ...xtr.map((i) => extraDocs[i]!)], [...tr.map((i) => ys[i]!), ...xtr.map((i) => extraYs[i]!)],
      [...tr.map((i) => wts[i]!), ...xtr.map((i) => extraWts[i]!)], seed + k, [...tr.map(() => true), ...xtr.map(() => false)]);
    const r = REG_ON ? fitRegister([...tr.map((i) => docs[i]!), ...xtr.map((i) => extraDocs[i]!)],
      [...tr.map((i) => regLabel(rows[i]!.slice, false)), ...xtr.map(() => 1)], process.env.REG_ALL === '1' ? () => true : (f) => (m.w.get(f) ?? 0) !== 0, seed + k) : undefined;
    rows.forEach((_, i) => { if (fold[i] === k) oofZ[i] = predict(m, docs[i]!, r); });
    extra.forEach((_, i) => { if (extraFold[i] === k) extraOofZ[i] = predict(m, extraDocs[i]!, r); });
  }
  return { oofZ, extraOofZ };
}
const runs = Array.from({ length: REPEATS }, (_, r) => crossValidate(r));
// every repeat's scores side by side: the pooled rows are the dev file REPEATS times over
const pooledRows = runs.flatMap(() => rows);
const oofZ = runs.flatMap((r) => r.oofZ);
const extraOofZ = runs.flatMap((r) => r.extraOofZ);
const pooledExtra = runs.flatMap(() => extra);

// normal threshold t with the rule channel firing at RULE_FIRE: flag iff p_model ≥ t or z_rules ≥ RULE_FIRE
function pickNormal(beta: number): number {
  let best = 0.99;
  let bestF = -1;
  for (let t = 0.5; t <= 0.995; t += 0.005) {
    const flags = combine(oofZ, logit(t) - RULE_SLOPE * RULE_FIRE, beta).map((p) => p >= t - 1e-12);
    const m = metrics(pooledRows, flags);
    if (m.falseFlag > CALM_LIMIT) continue;
    const bs = flaggedBySlice(pooledRows, flags);
    if (Object.entries(SLICE_LIMITS).some(([sl, lim]) => { const x = bs.get(sl); return x !== undefined && x.flagged / x.n > lim; })) continue;
    if (m.f1 > bestF) { bestF = m.f1; best = t; }
  }
  return best;
}
if (process.env.OOF_RAW) {
  // raw out-of-fold channels for offline study: z, z_rules and the register logit d
  const raw = (r: Labeled, x: Scores, ex: boolean): string => JSON.stringify({ id: r.id, slice: r.slice, label: r.label, ex, z: x.z, zr: x.zr, d: x.d, text: r.text });
  writeFileSync(process.env.OOF_RAW, [...pooledRows.map((r, i) => raw(r, oofZ[i]!, false)), ...pooledExtra.map((r, i) => raw(r, extraOofZ[i]!, true))].join('\n'));
}
if (process.env.REG_SWEEP === '1') {
  // the figures over a range of register shifts, each with its own lines (out-of-fold only)
  const pct = (x: { n: number; flagged: number } | undefined): string => (x ? (100 * x.flagged / x.n).toFixed(1) : '-');
  for (const beta of (process.env.REG_BETAS ?? '0,0.5,1,1.5,2,2.5,3').split(',').map(Number)) {
    const t = pickNormal(beta);
    const off = Math.round((logit(t) - RULE_SLOPE * RULE_FIRE) * 1000) / 1000;
    const p = combine(oofZ, off, beta);
    const ts = pickThreshold(pooledRows, p, 0.06, { 'reddit-sorry': 0.1, 'agent-reply': 0.02 });
    const pe = combine(extraOofZ, off, beta);
    const line = (th: number): string => {
      const f = flagsAt(p, th);
      const m = metrics(pooledRows, f);
      const bs = flaggedBySlice(pooledRows, f);
      const be = flaggedBySlice(pooledExtra, flagsAt(pe, th));
      let bh = 0, bhn = 0, bc = 0, bcn = 0;
      for (const v of be.values()) { if (v.label === 'angry') { bh += v.flagged; bhn += v.n; } else { bc += v.flagged; bcn += v.n; } }
      return `t=${th.toFixed(3)} F1 ${m.f1.toFixed(3)} calm ${(100 * m.falseFlag).toFixed(1)} sorry ${pct(bs.get('reddit-sorry'))} agent ${pct(bs.get('agent-reply'))} | biz hostile ${(100 * bh / bhn).toFixed(1)} calm ${(100 * bc / bcn).toFixed(1)}`;
    };
    console.log(`beta ${beta}: normal ${line(t)} || strict ${line(ts)}`);
  }
}
const bestT = pickNormal(REG_BETA);
const ruleOffset = Math.round((logit(bestT) - RULE_SLOPE * RULE_FIRE) * 1000) / 1000;
const oof = combine(oofZ, ruleOffset);
// strict's own scale: the same scores with strict's shift (unshifted by default)
const oofStrict = REG_STRICT_BETA === REG_BETA ? oof : combine(oofZ, ruleOffset, REG_STRICT_BETA);
if (process.env.OOF_OUT) writeFileSync(process.env.OOF_OUT, pooledRows.map((r, i) => JSON.stringify({ id: r.id, slice: r.slice, label: r.label, p: Math.round(oof[i]! * 1000) / 1000, text: r.text })).join('\n'));

const thresholds: Record<Sensitivity, { tense: number; angry: number }> = {
  normal: { tense: 0, angry: Math.round(bestT * 1000) / 1000 },
  strict: { tense: 0, angry: pickThreshold(pooledRows, oofStrict, 0.06, { 'reddit-sorry': 0.1, 'agent-reply': 0.02 }) },
  gentle: { tense: 0, angry: pickThreshold(pooledRows, oof, 0.01, { 'reddit-sorry': 0.02, 'agent-reply': 0.003 }) },
};
// tense (shown on the badge, never held): what the next stricter setting would hold; for strict,
// the line at which about 12% of calm held-out texts would be held.
thresholds.gentle.tense = thresholds.normal.angry;
thresholds.normal.tense = thresholds.strict.angry;
thresholds.strict.tense = pickThreshold(pooledRows, oofStrict, 0.12, {});
/**
 * Strict must hold everything normal holds: logit(strict line) ≤ logit(normal line) − (REG_BETA − REG_STRICT_BETA). With
 * warm n-grams kept from counting as hostile (stop 19, before "you for" joined the list) the best strict line came out
 * 0.57 against a bound of 0.566, so
 * a strict line above the bound is lowered to it (on the 0.005 grid; STRICT_CAP=0 turns this off and fails instead).
 */
const strictBound = sig(logit(thresholds.normal.angry) - Math.max(0, REG_BETA - REG_STRICT_BETA));
if (REG_BETA !== 0 && process.env.STRICT_CAP !== '0' && thresholds.strict.angry > strictBound) {
  const capped = Math.floor(strictBound * 200 + 1e-9) / 200;
  console.log(`strict line ${thresholds.strict.angry} lowered to ${capped} (strict holds everything normal holds)`);
  thresholds.strict.angry = capped;
  thresholds.normal.tense = capped;
}
const linesTooClose = REG_BETA !== 0 && logit(thresholds.strict.angry) > logit(thresholds.normal.angry) - Math.max(0, REG_BETA - REG_STRICT_BETA) + 1e-9;
/** Each sensitivity's out-of-fold probabilities, on its own scale. */
const oofAt = (s: Sensitivity): number[] => (s === 'strict' ? oofStrict : oof);

console.log(`5-fold cross-validated (out-of-fold) results on ${rows.length} texts${REPEATS > 1 ? `, ${REPEATS} repeats pooled` : ''}:`);
for (const s of ['gentle', 'normal', 'strict'] as const) {
  const flags = flagsAt(oofAt(s), thresholds[s].angry);
  const m = metrics(pooledRows, flags);
  const bs = flaggedBySlice(pooledRows, flags);
  const slices = [...bs].map(([k, v]) => `${k} ${(100 * v.flagged / v.n).toFixed(1)}%`).join(', ');
  // each repeat on its own at the same line: how much the pooled figure owes to the split
  const each = REPEATS > 1 ? `  per repeat F1 ${runs.map((_, r) => metrics(rows, flags.slice(r * rows.length, (r + 1) * rows.length)).f1.toFixed(3)).join(' ')}` : '';
  console.log(`  ${s.padEnd(7)} t=${thresholds[s].angry}  P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} calm-flagged ${(100 * m.falseFlag).toFixed(1)}%  [${slices}]${each}`);
}

if (extra.length) {
  const extraOof = combine(extraOofZ, ruleOffset);
  const extraOofStrict = REG_STRICT_BETA === REG_BETA ? extraOof : combine(extraOofZ, ruleOffset, REG_STRICT_BETA);
  const rates = (['gentle', 'normal', 'strict'] as const).map((s) => {
    const bs = flaggedBySlice(pooledExtra, flagsAt(s === 'strict' ? extraOofStrict : extraOof, thresholds[s].angry));
    return `${s} ${[...bs].map(([k, v]) => `${k} ${(100 * v.flagged / v.n).toFixed(1)}%`).join(', ')}`;
  });
  console.log(`5-fold cross-validated on the ${extra.length} business replies: ${rates.join(' | ')}`);
  if (process.env.OOF_OUT) writeFileSync(`${process.env.OOF_OUT}.business`, pooledExtra.map((r, i) => JSON.stringify({ id: r.id, slice: r.slice, label: r.label, p: Math.round(extraOof[i]! * 1000) / 1000, text: r.text })).join('\n'));
}

// checked after the figures are printed, so a rejected configuration can still be compared
if (linesTooClose) {
  throw new Error(`strict line ${thresholds.strict.angry} too close to the normal line ${thresholds.normal.angry} for the register shifts: strict would miss drafts normal holds`);
}
const final = fit([...docs, ...extraDocs], [...ys, ...extraYs], [...wts, ...extraWts], SEED, [...docs.map(() => true), ...extraDocs.map(() => false)]);
const features: Record<string, number> = {};
const ngrams: Record<string, number> = {};
const rounded = (v: number): number => Math.round(v * 1000) / 1000;
for (const [f, v] of [...final.w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const r = Math.round(v * 1000) / 1000;
  if (f.startsWith('w:')) { if (r !== 0) ngrams[f.slice(2)] = r; } else features[f] = r;
}
// the register model over the shipped model's features (those analyze() finds and weighs), fitted on every text
let register: ToneModel['register'];
if (REG_BETA !== 0) {
  const known = (f: string): boolean => (f.startsWith('w:') ? ngrams[f.slice(2)] !== undefined : (features[f] ?? 0) !== 0);
  const r = fitRegister([...docs, ...extraDocs], [...rows.map((x) => regLabel(x.slice, false)), ...extra.map(() => 1)], known, SEED);
  register = { beta: { gentle: REG_BETA, normal: REG_BETA, strict: REG_STRICT_BETA }, bias: rounded(r.bias - REG_CENTER), features: {}, ngrams: {} };
  // two decimals: a register weight's third decimal moves d by far less than the gate notices, and the table is smaller
  const r2 = (v: number): number => Math.round(v * 100) / 100;
  for (const [f, v] of [...r.w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (r2(v) === 0) continue;
    if (f.startsWith('w:')) register.ngrams[f.slice(2)] = r2(v);
    else register.features[f] = r2(v);
  }
}
const model: ToneModel = {
  source: `logistic regression trained by scripts/train.ts on ${rows.length} texts of tone-dev.jsonl (GoEmotions + IBM customer care, Apache-2.0)${extra.length ? ` + ${extra.length} business replies written by the project (test/unit/fixtures/tone-business-train*.jsonl)` : ''}; seed ${SEED}, thresholds from ${REPEATS} repeats of ${FOLDS}-fold cross-validation`,
  bias: Math.round(final.bias * 1000) / 1000,
  features,
  ngrams,
  ruleFire: RULE_FIRE,
  ruleSlope: RULE_SLOPE,
  ruleOffset,
  thresholds,
  ...(register ? { register } : {}),
};
// optional readout on held-out files (never trained on): what analyze() itself does with the new model
for (const p of (process.env.HELDOUT ?? '').split(',').filter(Boolean)) {
  const hr = parseLabeled(readFileSync(resolve(p), 'utf8'));
  const rates = (['normal', 'strict'] as const).map((s) => {
    const run = createAnalyzer({ sensitivity: s }, model);
    const bs = flaggedBySlice(hr, hr.map((r) => run(r.text).flagged));
    return `${s}: ${[...bs].map(([k, v]) => `${k} ${(100 * v.flagged / v.n).toFixed(1)}%`).join(', ')}`;
  });
  console.log(`held-out ${p}: ${rates.join(' | ')}`);
}
// The model is shipped as JSON text, one entry a line, parsed when first used: the content script
// is evaluated on every page it matches, and V8 scans one string much faster than it parses,
// compiles and runs the same object literal. A template literal, so the text must hold no ` \\ ${.
const json = JSON.stringify(model, null, 1).replace(/\n +("(?:[^"\\]|\\.)*":) ?/g, '\n$1').replace(/\n +/g, '\n');
if (/[`\\]|\$\{/.test(json)) throw new Error('model JSON holds a character a template literal would change');
const body = `/**
 * GENERATED by \`npm run train\` (scripts/train.ts) — do not edit by hand.
 * ${model.source}.
 * ${Object.keys(ngrams).length} n-gram weights, ${Object.keys(features).length} rule/lexicon weights.
 */
import type { ToneModel } from '../model-types';

/**
 * The model as JSON text (one string: the content script runs on every page it matches, and V8 scans
 * a string much faster than it parses, compiles and runs the same object literal).
 */
export const MODEL_JSON = \`${json}\`;

let parsed: ToneModel | undefined;
/** The trained model, parsed on first use (the scorer's set-up, in idle time): always the same object. */
export function shippedModel(): ToneModel {
  return (parsed ??= JSON.parse(MODEL_JSON) as ToneModel);
}
`;
writeFileSync(outPath, body);
console.log(`wrote ${outPath}: ${(body.length / 1024).toFixed(1)} KB, ${(gzipSync(body).length / 1024).toFixed(1)} KB gzipped`);
console.log('rule weights:', JSON.stringify(features));
if (register) console.log(`register: beta ${JSON.stringify(register.beta)}, bias ${register.bias}, ${Object.keys(register.ngrams).length} n-gram and ${Object.keys(register.features).length} rule/lexicon weights`, JSON.stringify(register.features));
