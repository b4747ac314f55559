/**
 * Warm and polite words: the words of a thank-you, a welcome, a good wish or an apology. In training
 * (scripts/train.ts) a model n-gram made only of these words and function words ("we appreciate", "thanks
 * for", "enjoyed", "best wishes", "so pleased") may not get a hostile (positive) weight; it may still calm a
 * draft (weight ≤ 0). At run time (since stop 20) a word of degree right before a warm word ("truly sorry",
 * "an absolute star") is no unigram of its own (features.ts, warmAhead).
 *
 * Why: the hostile business training replies often use sarcastic politeness ("We appreciate your
 * feedback 🙄", "Thanks for the one star"), so without the constraint the model learned "we hope" 1.29,
 * "we appreciate" 1.27, "thanks for" 0.99, "enjoyed" 0.69, "lovely" 0.67 as hostile, and a warm thank-you to
 * a five-star review read tense with "appreciate" and "enjoyed" shown as the reasons. The sarcasm is in the
 * context, not in the warm word, and the phrase rules (`phrases.ts`, kind `sarcasm`: thanks-for-one-star,
 * thanks-valuable-feedback, glad-you-enjoyed-while, thanks-for-nothing, …) are where it is caught.
 *
 * Source: own list (English usage in customer-service replies: the thank-you, apology, welcome and sign-off
 * words of review replies and e-mails), checked against AFINN-165's positive words. Left out on purpose,
 * although AFINN rates them positive, because they are hostile markers in context: "clearly", "like",
 * "want", "fine", "free", "funny", "wow", "lol", "perfectly", "interesting", "bold", "rich", "great" ("great
 * job 👏"), "nice" ("nice try"), "brilliant", "amazing", "love" ("love how you…"), "kindly" ("kindly refrain"),
 * "please" ("please read the listing"), "hopefully" ("hopefully you'll read it this time"), "cheers"
 * ("cheers for nothing"), "best" alone ("you know best"), "kind" alone ("your kind"), "well" ("well done").
 */
import { STOPWORDS } from './words';

const SRC = 'own: warm and polite words of customer-service replies (see the file comment)';

/** Single warm words (lowercase, as the tokenizer yields them). */
export const WARM_WORDS: readonly { word: string; source: string }[] = `
  thanks thank thanked thanking thankful thankyou thx
  appreciate appreciated appreciates appreciating appreciation appreciative
  grateful gratitude glad pleased pleasure pleasant delighted delightful thrilled happy
  hope hoped hopes hoping wish wishes wishing
  lovely loved wonderful enjoy enjoyed enjoying enjoys enjoyable
  welcome welcomed welcoming dear warmest warmly congratulations congrats
  kindness thoughtful generous compliments compliment honoured honored
  sorry apologies apologise apologize apologised apologized sincere sincerely
  star stars five-star 5-star
  delight sweetheart gem joy privilege
`.trim().split(/\s+/).map((word) => ({ word, source: SRC }));

/**
 * Warm word pairs whose words are not warm on their own ("kind" alone can be "your kind"; "best" alone can
 * be "you know best"). Each is one model bigram. "you for" is the tail of "thank you for": in the training
 * files 1,313 of its 1,371 business uses and 133 of its 141 dev uses follow "thank" (before, it weighed 1.0,
 * the heaviest hostile weight in a plain thank-you).
 */
export const WARM_PAIRS: readonly { gram: string; source: string }[] = [
  'kind words', 'kind regards', 'kind review', 'so kind', 'very kind', 'best wishes', 'best regards', 'warm regards',
  'warm wishes', 'warm welcome', 'take care', 'look forward', 'looking forward', 'with thanks', 'many thanks', 'you for',
].map((gram) => ({ gram, source: SRC }));

/**
 * Words that join warm words without adding a tone of their own: intensifiers and number words ("so much",
 * "really appreciate", "five stars"). Together with the scorer's function words (`STOPWORDS` in words.ts),
 * a gram of only these and warm words counts as warm.
 */
export const WARM_JOINERS: readonly { word: string; source: string }[] = `
  much really truly lot everything everyone ever three four five
`.trim().split(/\s+/).map((word) => ({ word, source: SRC }));

let warmSets: { words: Set<string>; pairs: Set<string>; joiners: Set<string> } | undefined;
/**
 * Whether a model n-gram ("w:" feature without the prefix: one word, or two joined by a space) is warm: a listed
 * warm pair, or only warm words and joiners/function words with at least one warm word.
 */
export function isWarmGram(gram: string): boolean {
  const s = (warmSets ??= {
    words: new Set(WARM_WORDS.map((x) => x.word)),
    pairs: new Set(WARM_PAIRS.map((x) => x.gram)),
    joiners: new Set([...STOPWORDS.map((x) => x.word), ...WARM_JOINERS.map((x) => x.word)]),
  });
  if (s.pairs.has(gram)) return true;
  const parts = gram.split(' ');
  return parts.some((p) => s.words.has(p)) && parts.every((p) => s.words.has(p) || s.joiners.has(p));
}
