import type { Sensitivity } from './types';

/**
 * A linear (logistic) scorer over explainable features. Every feature is a count of spans in the
 * text (rule hits, AFINN words, shouting, word n-grams), so each span's share of the score is known.
 */
export interface ToneModel {
  source: string;
  bias: number;
  /** Weights of rule features: 'kind:<ReasonKind>', 'shout:word', 'shout:punct' ("!!!", "?!"), 'shout:double' ("!!", "??"), 'afinn:neg', 'afinn:pos'. */
  features: Record<string, number>;
  /** Weights of word unigrams ("idiot") and bigrams ("you idiot"), lowercase. */
  ngrams: Record<string, number>;
  /**
   * Rule channel: the rule features alone (no bias, no n-grams, no AFINN) give z_rules. The draft's
   * hostility logit is max(z_model, ruleSlope·z_rules + ruleOffset), so a clear rule hit (z_rules ≥ ruleFire)
   * reaches the normal threshold even where the dev file's vocabulary says "calm".
   */
  ruleFire: number;
  ruleSlope: number;
  ruleOffset: number;
  /** Probability thresholds (0..1) for tense and angry, per sensitivity, on sigmoid(hostility logit). */
  thresholds: Record<Sensitivity, { tense: number; angry: number }>;
  /**
   * Register: how much the draft reads like a business reply to a customer rather than a social-media comment. A
   * second logistic model over the same features (log counts; for a draft read in windows, the mean over them; bias already centred): its logit d
   * raises the hostility logit by beta[sensitivity]·sigmoid(d) before that sensitivity's thresholds, i.e. the hold
   * line for business-register text is up to beta lower. `tense` uses the next stricter setting's beta (it says
   * what that setting would hold); `score` uses normal's. A line change, never a reason. Absent: no shift.
   */
  register?: { beta: Record<Sensitivity, number>; bias: number; features: Record<string, number>; ngrams: Record<string, number> };
}
