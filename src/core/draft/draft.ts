/**
 * draftReply: a calm reply to the customer's message (an email or a review), built from the
 * templates in ./templates. Deterministic: variants are picked with a seed from the message.
 */
import { analyze } from '../tone/analyze';
import { isPlaceholderName } from './names';
import {
  APOLOGIES,
  APP_INVITE,
  CLOSINGS,
  GENERIC_ACK,
  GENERIC_NEXT,
  GREETINGS,
  GRIEF_FOLLOWUP,
  MANY_ACK,
  MERGED_STEPS,
  NIGGLE_NOTE,
  WELLBEING,
  POSITIVE_FOLLOWUPS,
  POSITIVE_MENTIONS,
  PUBLIC_INVITES,
  REPEAT_ACK,
  REPEAT_STEP,
  SHORT_FORMS,
  SIGN_OFFS,
  THANKS,
  TOPICS,
  type TopicId,
  type TopicTemplate,
} from './templates';

export interface DraftContext {
  customerName?: string;
  /** Star rating of a review, 1–5. */
  rating?: number;
  audience?: 'private' | 'public';
  signatureName?: string;
  businessName?: string;
  /**
   * The most characters the reply box takes (a textarea's maxlength; Google Play: 350). A reply that would be
   * longer is cut to fit (see draftReply); none or 0 means no limit.
   */
  maxLength?: number;
  /**
   * The kind of site the message came from: `app` for an app store's reviews (Google Play Console, App Store
   * Connect). There no topic about goods, premises or people an app does not have is chosen (a damaged item, a
   * delivery), and app topics said plainly ("slow", "laggy") are. None: any site.
   */
  kind?: 'app';
}

export interface DraftResult {
  text: string;
  /** Topic ids detected in the incoming message, in the order they are addressed. */
  topics: string[];
}

const MAX_TOPICS = 3;

function seedHash(seed: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function choose<T>(items: readonly T[], seed: string, salt: number): T {
  const item = items[seedHash(seed, salt) % items.length];
  if (item === undefined) throw new Error('empty template list');
  return item;
}

/**
 * Phrases a reply should say once: two topics' acknowledgments can each carry one ("the standards we hold
 * ourselves to" for the cleaning and again for the broken shower), and a compliment passed on to the team
 * should not be passed on again.
 */
const SAY_ONCE: readonly RegExp[] = [
  /hold ourselves to/i,
  /frustrat/i,
  /disappoint/i,
  /I understand why you/i,
  /let you down/i,
  /not the experience/i,
  /working as it should/i,
  /should not have had to/i,
  /the way you asked/i,
  /matters more to us/i,
  /\b(?:pass\w* (?:it|your \w+) on|shared your note)\b/i,
];

function repeatsSaid(s: string, said: readonly string[]): boolean {
  return SAY_ONCE.some((re) => re.test(s) && said.some((x) => re.test(x)));
}

/** As choose(), but the next variant along when the seeded one would repeat a SAY_ONCE phrase already said. */
function chooseFresh(items: readonly string[], seed: string, salt: number, said: readonly string[]): string {
  const start = seedHash(seed, salt) % items.length;
  for (let k = 0; k < items.length; k++) {
    const item = items[(start + k) % items.length];
    if (item !== undefined && !repeatsSaid(item, said)) return item;
  }
  return choose(items, seed, salt);
}

/**
 * Each topic's expressions and what it requires the message to mention, compiled on first use
 * (prepareDraft() in idle time, or the first draft), not while every matched page loads.
 */
interface TopicExpressions {
  res: Map<TopicId, RegExp[]>;
  requires: Map<TopicId, RegExp>;
  others: Map<TopicId, RegExp>;
  variants: Map<TopicId, RegExp>;
}
let TOPIC_EXPRESSIONS: TopicExpressions | null = null;
const topicExpressions = (): TopicExpressions =>
  (TOPIC_EXPRESSIONS ??= {
    res: new Map<TopicId, RegExp[]>(TOPICS.map((t) => [t.id, t.patterns.map((p) => new RegExp(p, 'gi'))])),
    requires: new Map<TopicId, RegExp>(TOPICS.flatMap((t) => (t.requires ? [[t.id, new RegExp(t.requires, 'i')] as const] : []))),
    others: new Map<TopicId, RegExp>(TOPICS.flatMap((t) => (t.acknowledgeOthers ? [[t.id, new RegExp(t.acknowledgeOthers.cue, 'i')] as const] : []))),
    variants: new Map<TopicId, RegExp>(TOPICS.flatMap((t) => (t.variant ? [[t.id, new RegExp(t.variant.cue, 'i')] as const] : []))),
  });

/**
 * The topic as this message needs it: on an app store, its app sentences (money goes through the store); else its
 * variant's sentences when the message matches the variant's cue.
 */
function asSaid(t: TopicTemplate, text: string, kind: DraftContext['kind']): TopicTemplate {
  if (kind === 'app' && t.onApp) return { ...t, ...t.onApp };
  return t.variant && topicExpressions().variants.get(t.id)?.test(text) ? { ...t, ...t.variant } : t;
}

/** A topic's acknowledgments for this message: its acknowledgeOthers when someone else was affected. */
function acknowledgmentsFor(t: TopicTemplate, text: string): readonly string[] {
  return t.acknowledgeOthers && topicExpressions().others.get(t.id)?.test(text) ? t.acknowledgeOthers.acknowledge : t.acknowledge;
}

/**
 * A question its writer answers no to, "Was the train late? No, it was on time", says that thing did not
 * happen: its words and the no are blanked (to spaces, so every position stays where it was). Kept is a
 * question about what was done about it, "Did anyone apologise for the late delivery? No.", where the no
 * is the complaint.
 */
const DENIED_ANSWER =
  /\?[\s"'”’)]*(?:no|nope|nah|not really|not at all|not once|not even close|never|of course not|absolutely not|definitely not|certainly not|(?:it|they|he|she|that) (?:did not|didn'?t|was not|wasn'?t|were not|weren'?t|is not|isn'?t|are not|aren'?t))(?=\s*(?:[.,;:!—–-]|$))/gi;
/**
 * What keeps a question answered no: a question about what was done about it (the no is the complaint), one
 * asking whether they are expected to put up with it ("you want me to pay the bill? Absolutely not."), and
 * one that asks why or how rather than whether.
 */
const KEPT_QUESTION =
  /\b(?:why|how|what|who|where|when|want\w*|expect\w*|think|suppos\w*|should|would|will|going to|gonna|pay|accept\w*|put up with|seriously|really|apologi[sz]\w*|sorry|tell|told|inform\w*|warn\w*|call\w*|rang|ring|phon\w*|e-?mail\w*|explain\w*|refund\w*|compensat\w*|offer\w*|help\w*|fix\w*|sort\w*|respond\w*|repl\w*|answer\w*|get back|got back|care[ds]?|notic\w*|check\w*|bother\w*|acknowledg\w*|follow\w* up|anyone|anybody|someone|somebody|any(?:thing)? (?:else|better))\b/i;
/** A question is a short sentence: one that runs back further than this is left as it is. */
const QUESTION_MAX = 300;
function blankDeniedQuestions(text: string): string {
  let out = '';
  let done = 0;
  for (const m of text.matchAll(DENIED_ANSWER)) {
    const end = m.index;
    let start = end;
    // back to the end of the sentence before (or the previous blanked question): linear over the message
    while (start > done && end - start < QUESTION_MAX && !/[.!?\n]/.test(text.charAt(start - 1))) start--;
    if (end - start >= QUESTION_MAX || KEPT_QUESTION.test(text.slice(start, end))) continue;
    // the answer too ("Not at all!"): it only says no to the question
    const through = end + m[0].length;
    out += text.slice(done, start) + ' '.repeat(through - start);
    done = through;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Topics the message raises, ordered by where they first appear. */
export function detectTopics(message: string, context: Pick<DraftContext, 'kind'> = {}): TopicTemplate[] {
  return findTopics(blankDeniedQuestions(message), context.kind).map((f) => f.t);
}

/** Whether a topic is looked for on this kind of site (see TopicTemplate.sites). */
function fitsSite(t: TopicTemplate, kind: DraftContext['kind']): boolean {
  return kind === 'app' ? t.sites !== 'not-app' : t.sites !== 'app';
}

interface FoundTopic {
  t: TopicTemplate;
  at: number;
  /** Where its expressions matched: the words that are a complaint, not praise to thank them for. */
  spans: Array<[number, number]>;
}

/** detectTopics() on a message whose denied questions are already blanked, with where each topic was found. */
function findTopics(incoming: string, kind: DraftContext['kind'] = undefined): FoundTopic[] {
  const found: FoundTopic[] = [];
  const { res, requires } = topicExpressions();
  for (const t of TOPICS) {
    if (!fitsSite(t, kind)) continue;
    if (requires.get(t.id)?.test(incoming) === false) continue;
    const spans: Array<[number, number]> = [];
    // every match, not just the first: "the carpet was threadbare and the curtains were ripped" are both fittings
    for (const re of res.get(t.id) ?? []) {
      for (const m of incoming.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
    }
    if (spans.length) found.push({ t, at: Math.min(...spans.map(([a]) => a)), spans });
  }
  // a narrower topic over the same words explains them better ("the shower was broken" is no parcel)
  const overlaps = (x: Array<[number, number]>, y: Array<[number, number]>): boolean => x.some(([a, b]) => y.some(([c, d]) => a < d && c < b));
  const dropped = new Set<TopicTemplate>();
  for (const f of found) {
    for (const id of f.t.overrides ?? []) {
      const other = found.find((o) => o.t.id === id);
      if (other && overlaps(f.spans, other.spans)) dropped.add(other.t);
    }
    // and one that answers the same matter better wherever it is said
    for (const id of f.t.supersedes ?? []) {
      const other = found.find((o) => o.t.id === id);
      if (other) dropped.add(other.t);
    }
  }
  return found.filter((f) => !dropped.has(f.t)).sort((a, b) => a.at - b.at);
}

const POSITIVE_WORDS = /\b(?:love[ds]?|loving|(?:so|very|really|extremely|incredibly|were|was) kind|kindness|caring|gentle|gently|great|excellent|amazing|awesome|fantastic|wonderful|perfect|best|friendly|helpful|delicious|recommend(?:ed)?|thank(?:s| you)|happy|pleased|impressed|brilliant|superb|outstanding|lovely|beautiful|glad|enjoy(?:ed)?|5 stars?|five stars?|(?<!\bhope\b[^.!?\n]{0,40})(?:(?:but|still|totally|definitely|well|so|really) worth it|worth (?:every penny|every cent|the (?:money|price|wait|trip)))|value for money|(?:best|great|good) value)\b/gi;
const NEGATIVE_WORDS = /\b(?:not|never|no|worst|terrible|awful|horrible|disappoint(?:ed|ing)|bad|poor|rude|angry|upset|furious|unacceptable|useless|waste|problem|issue|complain(?:t)?|refund|broken|damaged|late|wrong|missing|still|again|hate|sucks?|ridiculous|disgust(?:ed|ing)|scam|never again|broke|missed|cancell?ed|delayed|dirty|filthy|cold|overcharged|overpriced|stain(?:s|ed)?|smell(?:s|ed|y)|soaked|scratched|lost|forgot(?:ten)?|ignored|slow|noisy|leak(?:s|ed|ing)?|crash(?:es|ed|ing)?|freez(?:e|es|ing)|froze|frozen|glitch(?:y|es|ing)?|laggy|buffering|stuck|fail(?:s|ed)?|mistake|closed|out of order|instead of|(?:nobody|no one|no-one|never|didn't|did not|without)(?: even)? (?:apologi[sz]ed|apologi[sz]ing|said sorry)|no apology)\b/gi;
/** The same words, for a single test (a /g expression's test() would carry its position over). */
const NEGATIVE_WORD = new RegExp(NEGATIVE_WORDS.source, 'i');
const POSITIVE_WORD = new RegExp(POSITIVE_WORDS.source, 'i');

/** Is this message praise rather than a complaint? */
export function isPositive(incoming: string, rating: number | undefined, topics: readonly TopicTemplate[]): boolean {
  if (rating !== undefined && Number.isFinite(rating)) {
    if (rating <= 3) return false;
    if (rating >= 4 && topics.length === 0) return true;
  }
  // someone hurt elsewhere who thanks us for how we helped ("I slipped on ice in the car park and the staff
  // were so kind") is thanked, with a hope that they are better, not offered a call about covering costs
  const careOnly = topics.length > 0 && topics.every((t) => CARE_TOPICS.has(t.id));
  if (topics.length > 0 && !careOnly) return false;
  // "no complaints", "never late", "nothing was broken" are praise: a complaint word said as not happening counts for neither side
  // and words they quote are not their verdict: a cake that said 'Happy 13th' is not a happy customer
  // and a broken thing we fixed ("repaired my broken screen") is what they thank us for
  // and "but still the best value" is still praise, not something still wrong
  const text = blankDeniedQuestions(incoming).replace(QUOTED, ' ').replace(NEGATED_COMPLAINT, ' ').replace(FIXED_COMPLAINT, ' ').replace(STILL_GOOD, ' ');
  // "Oh great, another week without hot water": praise words said through gritted teeth are no praise
  if (sarcastic(text) || SARCASTIC_PRAISE.test(text)) return false;
  const pos = (text.match(POSITIVE_WORDS) ?? []).length;
  const neg = (text.match(NEGATIVE_WORDS) ?? []).length;
  // "The guide was fantastic but the bus broke down": praise first, then the complaint that matters.
  // Thanking them for a good experience would read as not having read the review.
  const turn = CONTRAST.exec(text);
  if (turn && NEGATIVE_WORD.test(text.slice(turn.index))) return false;
  if (careOnly) return pos > neg && (pos >= 2 || HELPED.test(text));
  return pos > 0 && pos > neg;
}
const FIXED_COMPLAINT =
  /\b(?:fixed|repaired|replaced|mended|restored|saved|sorted(?: out)?) (?:my|our|the|his|her|a|an) (?:\w+ )?(?:broken|damaged|cracked|chipped|leaking|leaky|faulty|scratched|smashed|dead|leak|leaks|drip|fault|puncture)\b/gi;
const CARE_TOPICS: ReadonlySet<string> = new Set(['injury', 'pet-injury']);
/** "still" before praise ("but still the best value in town", "still worth it"): nothing still wrong. */
const STILL_GOOD =
  /\bstill(?= (?:(?:the|a|an|very|so|really|just|by far|my|our|far|much) )?(?:best|great|good|excellent|lovely|amazing|fantastic|brilliant|worth|value|recommend\w*|favou?rite|top|superb|delicious|friendly|helpful|perfect|wonderful|cheaper|reasonable|fair|love)\b)/gi;
const HELPED =
  /\b(?:helped|looked after|took (?:great |good )?care|called (?:an|the) ambulance|first aid|brought (?:me |us |him |her )?(?:ice|water|a chair)|stitched|treated|sorted|patched (?:me|him|her|it|us) up|checked on)\b/i;
/** A death the message speaks of: "after Mum passed away", "put to sleep", "in his last days" (not a dog lost in the park). */
const GRIEF =
  /\b(?:passed away|passed on|(?:his|her|their|\p{L}+'s|\p{L}+’s) passing|put (?:him |her |them )?to sleep|had to say goodbye|said goodbye to (?:him|her|them|our|my)|rainbow bridge|(?:his|her|their) (?:last|final) (?:days|hours|weeks|moments)|funeral|memorial service|rest in peace|(?:our|my) late (?:\p{L}+)|bereave\p{L}*|lost (?:our|my) (?:beloved |dear |lovely |old )?(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|dog|cat|pet|grandmother|grandfather|gran|grandma|grandpa|nan|friend|baby|brother|sister)\b(?! (?:in|at|on|while|when|for|during|near|outside|somewhere|and (?:found|helped))\b))/iu;

/** A quotation in quote marks ('Happy 30th Emma', "best in town"); an apostrophe inside a word opens none. */
const QUOTED = /(?<![\p{L}\p{N}])['‘"“][^'‘’"“”\n]{1,80}?['’"”](?![\p{L}\p{N}])/gu;
const CONTRAST = /\b(?:but|however|although|though|except|unfortunately|sadly|shame (?:that|about))\b/i;
/**
 * Praise said sarcastically: "Thanks for nothing", and "Oh great, another ..." where the sentence says what went
 * wrong again (not "Oh wonderful, you found my ring!").
 */
const SARCASM =
  /\b(?:oh,? (?:great|brilliant|wonderful|fantastic|perfect|lovely|joy|super|marvellous|marvelous)\b(?! (?:food|service|staff|team|place|value|job|experience|coffee|location|people|prices?|choice)\b)[^.!?\n]{0,80}?\b(?:another|again|as (?:always|usual|ever)|still|yet|without|no|not|never|nothing)\b|thanks? (?:you )?for nothing|yeah,? right|what a joke|slow clap|(?:10|ten) ?\/ ?10,? would not)/i;
/**
 * Marks that turn praise around: an eye-roll emoji ("Wow, amazing service 🙄"), and praise taken back with
 * "really" ("Great job, really."). Used beside SARCASM.
 */
const SARCASM_MARK = /🙄|😒|🤦|\b(?:great|good|nice|fantastic|brilliant|amazing|excellent|wonderful|super) (?:job|work|service|stuff),? really\b[.!]/iu;
const sarcastic = (text: string): boolean => SARCASM.test(text) || SARCASM_MARK.test(text);
/**
 * Praise said with a failure ("Great job losing my parcel", "Nice work charging me twice"): sarcasm, not thanks.
 * Bounded, so it stays linear.
 */
const SARCASTIC_PRAISE =
  /\b(?:great|good|nice|fantastic|brilliant|excellent|amazing|superb|stellar|fine|wonderful|lovely|top|cracking|awesome)\s+(?:job|work|effort|going|stuff)\b[^.!?\n]{0,40}?\b(?:losing|breaking|forgetting|ignoring|ruining|wrecking|damaging|scratching|overcharging|charging|cancell?ing|delaying|messing|missing|dropping|smashing|wasting|leaving|sending (?:the |me the |us the )?wrong|making (?:me|us)|keeping (?:me|us)|double[- ]booking|denting|flooding|burning|spilling|losing|getting (?:it|my|our|the \w+) wrong)\b/i;
const NEGATED_COMPLAINT =
  /\b(?:nothing|none|not|never|no|nobody|no one|no-one|without|zero)\b(?: (?:a single|a|any|one|single|of the|was|were|is|are|got|came|arrived|had been|has been|ever|once|even|said|did|anything|anyone|anybody|at all))* (?:broken|damaged|missing|late|delayed|wrong|problems?|issues?|complaints?|faults?|mistakes?|delays?|hassle|fuss|trouble|scratch(?:ed|es)?|stains?|dirty|cold|rude|slow|noisy|loud|unhelpful|unfriendly|pushy|rushed|overcharged|overpriced|disappointed|disappointing|bad|poor|awful|terrible|lost|forgotten|ignored|leaks?|leaking|drips?|dripping|faulty|smelly|smells?|mou?ld|damp)\b/gi;

/** Words of praise in a mixed review ("Lovely staff and great coffee, but ..."). */
const PRAISE =
  /(?<![-\w])(?:love[ds]?|loving|lovely|great|excellent|amazing|awesome|fantastic|fab|fabulous|wonderful|perfect|friendly|helpful|delicious|tasty|brilliant|superb|outstanding|beautiful|gorgeous|stunning|spotless|attentive|welcoming|knowledgeable|charming|delightful|impressive|cosy|cozy|good|nice|polite|professional|(?:so|very|really|extremely|incredibly|were|was|are|is) kind|caring|(?:the )?best (?:\w+ )?(?:in (?:town|the area|the city|years)|ever|around|(?:I|we)(?:'ve| have) (?:had|seen|been|tried)))\b/gi;
const PRAISE_WORD = new RegExp(PRAISE.source, 'i');
/**
 * "good", "nice", "polite" and "professional" are praise only said of something named (WEAK_NAMED: "good coffee",
 * "the desks are nice") or said warmly ("so polite"), not "good news", "a professional clean".
 */
const STRONG_PRAISE = new RegExp(PRAISE.source.replace('|good|nice|polite|professional|', '|'), 'i');
const WEAK_WARM = /\b(?:so|very|really|extremely|incredibly|super|always|genuinely|truly) (?:good|nice|polite|professional)\b/i;
/**
 * Their words, but no praise: a greeting, a sign-off, a wish, faint praise ("nice enough"), "a great deal", news
 * ("good news", "great to hear"), and advice ("try being polite").
 */
const NOT_PRAISE =
  /\b(?:good (?:morning|afternoon|evening|day|night|luck|grief|god|lord|heavens|question|point|one|news|riddance|shout|stuff)|(?:good|great|lovely|nice) to (?:hear|see|know|meet)|great (?:question|news)|sounds? (?:good|great|lovely|perfect)|nice touch|friendly reminder|(?:amazing|funny|incredible|brilliant|great|lovely|wonderful|fantastic|impressive) (?:how|that)|(?:try|trying) (?:being|to be)|learn to be|done being|be (?:more |a bit more |a little more )?(?:polite|friendly|helpful|professional|kind|welcoming|attentive|nice)|(?:best|kind|warm|good) (?:regards|wishes)|at best|(?:tried|did|do|doing|try|trying) (?:my|our|their|his|her|your) best|best (?:I|we|they|you) (?:could|can)|(?:nice|good|fine|ok|okay|decent|friendly|helpful|polite|pleasant|welcoming|clean|tasty|professional|lovely|kind|quick|efficient|comfortable|comfy) enough(?! to\b)|nice try|nice one|(?:i'?d|would|'d|we'?d) (?:love|like)|love (?:to|it if|how|that|it when)|a great (?:deal|many)|no good|for good)\b/gi;
/**
 * A clause whose praise is not meant, or not for now: negated ("not great", "far from friendly"), wished for or
 * expected ("would have been lovely", "supposed to be the best"), in the past ("used to be great"), or said the
 * way sarcasm says it ("thanks a lot", "well done").
 */
const NOT_SINCERE =
  /\b(?:not|never|no|nothing|hardly|barely|far from|less than|anything but|would|could|should|might|if|I'd|we'd|I’d|we’d|hope[ds]?|hoping|expect\w*|suppos\w*|meant|used to|until|till|advertis\w*|promis\w*|claim\w*|apparently|wish\w*|want\w*|pretend\w*|so-called|allegedly|as expected|again|thanks a (?:lot|bunch|million)|cheers for that|well done|bravo|congrat\w*|just what (?:I|we) needed)\b|n['’]t\b/i;
/** "as always": sincere before the complaint ("Great coffee as always, but ..."), sarcasm after it ("... Brilliant service as always"). */
const AS_ALWAYS = /\bas (?:always|usual|ever)\b/i;
/** Where a clause ends: a stop, a comma, or a turn ("but", "however", "only", "shame about"). */
const CLAUSE_END =
  /[.!?;:,\n]+|\b(?:but|however|although|though|whereas|while|whilst|except|apart from|other than|only|sadly|unfortunately|shame|pity|that said|then)\b/gi;
/** A clause that fails as a whole may hold praise joined by "and" to the complaint ("great coffee and a 40 minute wait"). */
const AND = /\b(?:and|plus)\b|&/gi;
/** Words left in a clause that say nothing it praised ("Oh great", "It was lovely"). */
const EMPTY_WORDS =
  /\b(?:oh|ah|wow|well|so|yeah|yes|just|really|very|how|what|and|the|a|an|it|its|it's|this|that|was|were|is|are|quite|pretty|too|all|absolutely|truly|super|such|extremely|incredibly|always|also|as|be|been|everything|everyone|overall|thing|things|experience|time|stay|visit|day|place|service|job|work|one)\b/gi;
/** What a review can praise that the reply names back ("the staff", "the coffee"); vaguer words ("the place") are thanked generically. */
const PRAISED =
  /\b(?:staff|team|crew|volunteers|waiters?|waitress(?:es)?|servers|bartenders?|baristas?|receptionists?|owners?|hosts?|chefs?|guides?|drivers?|instructors?|teachers?|tutors?|trainers?|coach(?:es)?|stylists?|therapists?|nurses?|doctors?|dentists?|vets?|coordinators?|planners?|consultants?|engineers?|technicians?|fitters?|cleaners?|movers|food|meals?|dishes|coffee|cakes?|pastries|pizzas?|burgers?|breakfasts?|brunch|lunch|dinner|desserts?|drinks|cocktails|wine|beers?|bread|menu|views?|location|gardens?|grounds|venue|rooms?|decor|atmosphere|ambien[ct]e|pool|spa|beds?|desks|space|classes|lessons|courses?|workouts|videos|flowers|bouquets?|selection|range|prices|value|quality|skis|bikes?|facilities|gym)\b/gi;
const WEAK_NAMED = new RegExp(
  `\\b(?:(?:good|nice|polite|professional) (?:\\w+ )?${PRAISED.source.slice(2, -2)}|${PRAISED.source.slice(2, -2)} (?:\\w+ ){0,2}?(?:is|was|are|were) (?:\\w+ )?(?:good|nice|polite|professional))\\b`,
  'i',
);
/** How far into a message praise is looked for: reviews open with it, a long thread's quoted history is not the customer's verdict. */
const PRAISE_SCAN = 4000;

const blankSame = (s: string, re: RegExp): string => s.replace(re, (m) => ' '.repeat(m.length));

/**
 * What a message that also complains praised sincerely: the things it named ("the staff", "the coffee"; at most
 * two, possibly none), or null when it praised nothing. A clause is praise when it has a word of praise, no
 * complaint in it (no topic was found in its words, no complaint word), and nothing that makes it insincere;
 * none is, in a message said sarcastically. Linear: every clause is read once, and its "and" parts once more.
 */
function findPraise(blanked: string, spans: readonly (readonly [number, number])[]): string[] | null {
  let text = blanked.slice(0, PRAISE_SCAN);
  if (sarcastic(text) || SARCASTIC_PRAISE.test(text)) return null;
  text = blankSame(blankSame(blankSame(text, QUOTED), NEGATED_COMPLAINT), NOT_PRAISE);
  const named: string[] = [];
  let found = false;
  const praiseIn = (a: number, b: number): boolean => {
    const s = text.slice(a, b);
    if (!PRAISE_WORD.test(s) || NOT_SINCERE.test(s) || NEGATIVE_WORD.test(s)) return false;
    if (!STRONG_PRAISE.test(s) && !WEAK_NAMED.test(s) && !WEAK_WARM.test(s)) return false;
    if (spans.some(([c, d]) => a < d && c < b)) return false;
    if (AS_ALWAYS.test(s) && spans.some(([c]) => c < a)) return false;
    // a bare "Great," or "Oh brilliant" praises nothing (and is often the start of sarcasm)
    if (!/\p{L}{2,}/u.test(s.replace(PRAISE, ' ').replace(EMPTY_WORDS, ' '))) return false;
    found = true;
    for (const m of s.matchAll(PRAISED)) {
      const what = `the ${m[0].toLowerCase()}`;
      if (named.length < 2 && !named.includes(what)) named.push(what);
    }
    return true;
  };
  let start = 0;
  const clause = (a: number, b: number, end: string): void => {
    // a question ("Is it pricey?") asks, it does not praise
    if (end.includes('?') || b <= a) return;
    if (praiseIn(a, b)) return;
    let from = a;
    for (const m of text.slice(a, b).matchAll(AND)) {
      praiseIn(from, a + m.index);
      from = a + m.index + m[0].length;
    }
    if (from > a) praiseIn(from, b);
  };
  for (const m of text.matchAll(CLAUSE_END)) {
    clause(start, m.index, m[0]);
    start = m.index + m[0].length;
  }
  clause(start, text.length, '');
  return found ? named : null;
}

/** Praise with a small point to improve: "Only niggle was ...", "a bit chaotic in the morning", "parking can be tricky". */
const NIGGLE =
  /\b(?:only (?:(?:small|minor|tiny|little|real) )?(?:niggle|complaint|downside|gripe|negative|criticism|minus|drawback|thing I(?:'d| would) (?:change|say|improve))|the only (?:small|minor|tiny|little) (?:thing|point|issue)|no big deal|would (?:have )?be(?:en)? (?:5|five|a (?:5|five)|a (?:5|five)[- ]star)(?: stars?)? if|(?:one|a) (?:small|minor|tiny|little|slight) (?:niggle|complaint|gripe|issue|point|downside|criticism|thing)|minor (?:niggle|complaint|gripe|issue|point)|(?:slight|small) (?:niggle|downside|drawback)|if I had to (?:pick|find|say)|could (?:do with|be improved)|room for improvement|a (?:bit|little|tad) (?:chaotic|slow|noisy|loud|cramped|cold|pricey|expensive|busy|crowded|long|small|tricky|hectic|disorgani[sz]ed|messy|dated|tired|hard to find)|bit of a (?:wait|queue|walk|squeeze)|parking (?:\w+ ){0,2}?(?:can be|is|was) (?:tricky|difficult|limited|a pain|hard))\b/i;

/**
 * The message says the problem has happened before. Strong cues say so whatever else the message says: a count
 * ("third time this year", "two times now", "the second month in a row"), "not the first time", "keeps happening",
 * "time and again". Weak ones ("again", "every time", "as usual", "always late") count unless the message calls
 * this the first time ("but this time ..."); "again" not after a wish, a retry or a vow ("never again", "I had to
 * pay again", "won't be ordering again"), and "as usual" only in a clause that complains and praises nothing
 * ("great coffee as usual, but ..."). Linear: every cue is matched once, and its clause read within 160 characters.
 */
const REPEAT_STRONG =
  /\b(?:(?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th|umpteenth|nth|hundredth|millionth) (?:time|month|week|year|order|delivery|visit|stay)|(?:two|three|four|five|six|several|multiple|many|countless|\d+) times (?:now|already|before|so far|running|this (?:year|month|week|season|summer|winter|spring|autumn)|in (?:a row|(?:the )?(?:last|past) (?:\w+ )?(?:days?|weeks?|months?|years?)))|(?:it |this |that )?(?:keeps|kept) (?:on )?happening|happen(?:s|ed|ing)? (?:again|before|all the time|every (?:time|week|month|day|year|order|visit))|not (?:for )?the first time|again and again|time (?:and|after) time|over and over|in a row|repeatedly|here we go again)\b/i;
const REPEAT_WEAK =
  /\b(?:(?:once|yet|all over) again|(?:every|each) (?:single )?time|as (?:usual|always)|always (?:\w+ )?(?:late|wrong|cold|broken|missing|dirty|out of order|delayed|closed|forgotten|short|damaged|rude|down|slow|the same)|again\b(?<!\b(?:never|not|won'?t|will|would|'ll|to|please|could|can|can'?t|cannot|might|should|must|try|tried|trying|ask|asked|call|called|rang|phoned|e-?mailed|wrote|check|checked|start|started|pay|paid|book|booked|order|ordered|ordering|visit|visiting|see|use|using|recommend|shop|buy|return|stay|eat|wait|waited|come|go|be|back|away|home|round|explain|explained|send|sent|do|did|write|contact|contacted|chase|chased)\b(?:[ ,]+[\w'’]{1,20}){0,3}[ ,]+again))\b/gi;
/** The message calls this the first time: "this is the first time", "but this time". */
const FIRST_TIME = /\b(?:(?:this|it) (?:is|was|'s|’s) (?:the|my|our) (?:very )?first time|(?:but|until|except) this time)\b/i;
function isRepeated(message: string): boolean {
  if (REPEAT_STRONG.test(message)) return true;
  // the weak cues in the customer's own words, as for praise (a long thread's quoted history is not them)
  const text = message.slice(0, PRAISE_SCAN);
  if (FIRST_TIME.test(text)) return false;
  const stop = (i: number): boolean => '.!?;\n'.includes(text.charAt(i));
  for (const m of text.matchAll(REPEAT_WEAK)) {
    let a = m.index;
    let b = m.index + m[0].length;
    while (a > 0 && m.index - a < 80 && !stop(a - 1)) a--;
    while (b < text.length && b - m.index < 80 && !stop(b)) b++;
    const clause = text.slice(a, b);
    // "every time we come the staff are lovely, but ..." repeats the praise, not the problem
    if (PRAISE_WORD.test(clause) && !SARCASM.test(clause)) continue;
    if (/^as /i.test(m[0]) && !NEGATIVE_WORD.test(clause)) continue;
    return true;
  }
  return false;
}
/** Topics about someone's health: a public reply tells their account back, and admits nothing. */
const HEALTH_TOPICS: ReadonlySet<string> = new Set(['injury', 'pet-injury', 'medicine-late', 'mould', 'allergy', 'treatment-pain']);

/**
 * Two acknowledgments in a row that both open "I understand" ("I understand how worrying an unexpected charge is.
 * I understand you want your money back.") said as one: "I understand how worrying an unexpected charge is, and
 * that you want your money back." When the first already runs on after a comma, or the second does, the second
 * opens "I also understand".
 */
function mergeUnderstand(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const rest = /^I understand (?:that )?([^,;]+)\.$/.exec(s)?.[1];
    if (prev !== undefined && rest !== undefined && /^I understand [^,;]+\.$/.test(prev)) out[out.length - 1] = `${prev.slice(0, -1)}, and that ${rest}.`;
    else out.push(prev !== undefined && /^I (?:also )?understand\b/.test(prev) ? s.replace(/^I understand\b/, 'I also understand') : s);
  }
  return out;
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * The next steps for these topics: each topic's own, except that topics whose steps make the same kind of
 * promise (two to look into, two about money) share one step naming each (MERGED_STEPS), so nothing is promised twice.
 */
function nextStepsFor(topics: readonly TopicTemplate[], seed: string, ref: string | null, repeated: boolean, short = false): string[] {
  const pick = (items: readonly string[], salt: number): string => (short ? shortest(items) : choose(items, seed, salt));
  const steps: string[] = [];
  const kinds = new Set<string>();
  const refunding = topics.some(asksRefund);
  // a repeated problem: why it keeps happening is looked into too, in the look-into step the reply has or one of its own
  const lookInto = (t: TopicTemplate): boolean => t.step?.kind === 'look-into' && !(refunding && t.withRefund);
  const pattern = repeated && !topics.some((t) => t.recurring);
  const stepForPattern = pattern && !topics.some((t) => t.findsCause);
  topics.forEach((t, i) => {
    if (refunding && t.withRefund) {
      steps.push(fill(pick(t.withRefund, 20 + i), i === 0 ? ref : null));
      return;
    }
    const kind = t.step?.kind;
    const same = kind === undefined ? [t] : topics.filter((o) => o.step?.kind === kind && !(refunding && o.withRefund));
    if (kind !== undefined) {
      if (kinds.has(kind)) return;
      kinds.add(kind);
    }
    const merged = kind === undefined ? undefined : MERGED_STEPS[kind];
    const withPattern = stepForPattern && lookInto(t);
    if ((same.length === 1 && !withPattern) || merged === undefined) {
      // beside other topics' steps, one that would promise a second update says what it adds instead
      const own = topics.length > 1 && t.alongside ? t.alongside : t.nextSteps;
      steps.push(fill(pick(own, 20 + i), i === 0 ? ref : null));
      return;
    }
    const whats = [...new Set(same.map((o) => o.step?.what ?? ''))].filter((w) => w !== '');
    if (withPattern) whats.unshift(REPEAT_STEP.what);
    steps.push(fill(merged.replace('{what}', joinAnd(whats)), i === 0 ? ref : null));
    const also = [...new Set(same.map((o) => o.step?.also ?? ''))].filter((a) => a !== '');
    if (also.length) steps.push(`I will also ${joinAnd(also)}.`);
  });
  if (stepForPattern && !topics.some(lookInto)) steps.push(REPEAT_STEP.step);
  return [...new Set(steps)];
}

/** The customer wants money back: a refund asked for or refused. */
const asksRefund = (t: TopicTemplate): boolean => t.id === 'refund' || t.id === 'refund-refused';
/** A topic about money (a refund, a charge): answered beside the main problem, never in place of it. */
const aboutMoney = (t: TopicTemplate): boolean => asksRefund(t) || t.step?.kind === 'money' || t.step?.kind === 'store';

/** A reference to quote back in a private reply: "order #12345", "ticket 5521". */
export function findReference(incoming: string): string | null {
  const re = /\b(order|ticket|case|invoice|booking|reservation|reference|ref|account|claim|tracking)\b(?: (?:number|no\.?|id))?[ :]*(#?[A-Z0-9][A-Z0-9-]{2,})\b/gi;
  for (const m of incoming.matchAll(re)) {
    if (m[1] && m[2] && /\d/.test(m[2])) return `${m[1].toLowerCase()} ${m[2]}`;
  }
  const bare = /(?<![\p{L}\p{N}])#\d{3,}\b/u.exec(incoming);
  return bare ? `order ${bare[0]}` : null;
}

/** The customer's name from a sign-off at the end of their message ("Thanks,\nJane Doe"). */
export function findSenderName(incoming: string): string | null {
  const lines = incoming.trim().split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 4); i--) {
    const l = lines[i] ?? '';
    if (/^(?:thanks|thank you|regards|best|best regards|kind regards|cheers|sincerely|many thanks|-+)[,.!]?$/i.test(l)) {
      const name = lines[i + 1] ?? '';
      if (/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(name)) return name;
    }
  }
  const m = /\b(?:my name is|this is|I am|I'm) (\p{Lu}[\p{L}'’-]+)(?=[\s,.]|$)/u.exec(incoming);
  if (m && m[1] && !/^(?:So|Very|Really|Not|Still|Writing|Extremely|Disappointed|Angry|Upset|Furious|Sorry|Here|The)$/.test(m[1])) return m[1];
  return null;
}

function firstName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  // "Mr Smith" / "Dr. Jones" stay whole; otherwise the first word
  if (/^(?:mr|mrs|ms|miss|dr|prof)\.? /i.test(trimmed)) return trimmed;
  return sentenceCase(trimmed.split(' ')[0] ?? trimmed);
}

/** A name written all in capitals ("DAVE") greeted as "Dave"; initials ("JJ") and mixed case ("McKay") are left as written. */
function sentenceCase(name: string): string {
  return /^\p{Lu}{3,}$/u.test(name) ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

function fill(s: string, ref: string | null): string {
  return s.replace(/\{ref\}/g, ref ? ` for ${ref}` : '');
}

/**
 * Draft a calm reply. The reply is checked with analyze() at the sensitivity its audience is held
 * at (strict for public reviews); should a wording ever read as tense, other template variants are
 * tried, then a plain generic reply.
 *
 * With a character limit (context.maxLength) that the full reply goes over, the reply is cut, a step at a
 * time, until it fits (see Cut): whole sentences that matter least go first, then sentences take their
 * shortest forms. It always keeps an acknowledgment of the main problem, one next step for it, and a way to
 * reach us. When even the shortest form is over the limit, that shortest form is returned (the box's
 * too-long warning says so). A cut reply is checked with analyze() like any other.
 */
export function draftReply(incoming: string, context: DraftContext = {}): DraftResult {
  const sensitivity = context.audience === 'public' ? 'strict' : 'normal';
  const max = context.maxLength;
  const limited = typeof max === 'number' && Number.isFinite(max) && max > 0;
  let first: DraftResult | null = null;
  for (let variant = 0; variant < 4; variant++) {
    const r = compose(incoming, context, variant, false);
    first ??= r;
    if (!isFlagged(r.text, sensitivity)) return limited ? fitted(r, incoming, context, max, sensitivity) : r;
  }
  const plain = compose(incoming, context, 0, true);
  const out = isFlagged(plain.text, sensitivity) ? (first ?? plain) : plain;
  return limited ? fitted(out, incoming, context, max, sensitivity) : out;
}

/**
 * How far a reply is cut to fit a character limit. Each cut keeps the ones before it:
 *  1. Extras: no thanks for the praise in a mixed review (plain thanks), one next step (and, in public, the
 *     invitation to get in touch), a thank-you note with one compliment passed on;
 *  2. Closing: no closing line, and nothing said about the problem having happened before;
 *  3. OneTopic: only the main problem (the first one raised) is acknowledged and answered, and the money back
 *     when they ask for it;
 *  4. Short: every sentence in its shortest form;
 *  5. Shortest: no opening thanks (the acknowledgment of the problem opens the reply);
 *  6. One: a message that asks for its money back besides another problem gets a next step about the money alone
 *     (the other problem is still acknowledged, and so is a message left unanswered: what angers most);
 *  7. OneHeard: only one problem is acknowledged too.
 */
const CUT_EXTRAS = 1;
const CUT_CLOSING = 2;
const CUT_ONE_TOPIC = 3;
const CUT_SHORT = 4;
const CUT_SHORTEST = 5;
const CUT_ONE = 6;
const CUT_ONE_HEARD = 7;

/**
 * `full` (calm, the reply without a limit) when it fits in `max` characters; else the least cut reply that fits
 * and still reads calm, or, when none fits, the shortest calm one.
 */
function fitted(full: DraftResult, incoming: string, context: DraftContext, max: number, sensitivity: 'normal' | 'strict'): DraftResult {
  if (full.text.length <= max) return full;
  const over: DraftResult[] = [];
  const tried = new Set<string>([full.text]);
  for (let cut = CUT_EXTRAS; cut <= CUT_ONE_HEARD; cut++) {
    for (let variant = 0; variant < 4; variant++) {
      const r = compose(incoming, context, variant, false, cut);
      if (tried.has(r.text)) continue;
      tried.add(r.text);
      if (r.text.length > max) over.push(r);
      else if (!isFlagged(r.text, sensitivity)) return r;
    }
  }
  // nothing fits: the shortest that reads calm
  over.sort((a, b) => a.text.length - b.text.length);
  return over.find((r) => r.text.length < full.text.length && !isFlagged(r.text, sensitivity)) ?? full;
}

function isFlagged(text: string, sensitivity: 'normal' | 'strict'): boolean {
  try {
    return analyze(text, { sensitivity }).flagged;
  } catch {
    return false;
  }
}

/** The shortest of some sentences (the first of equals). */
function shortest<T extends string>(items: readonly T[]): T {
  const out = items.reduce<T | undefined>((m, x) => (m === undefined || x.length < m.length ? x : m), undefined);
  if (out === undefined) throw new Error('empty template list');
  return out;
}

/** As chooseFresh(), but the shortest that does not repeat a SAY_ONCE phrase already said. */
function shortestFresh(items: readonly string[], said: readonly string[]): string {
  return [...items].sort((x, y) => x.length - y.length).find((x) => !repeatsSaid(x, said)) ?? shortest(items);
}

/**
 * Where a message's quoted history starts: "On Mon, 3 Mar, Support <…> wrote:" (the date and address may wrap onto
 * a second line), Outlook's "-----Original Message-----" or "From: … / Sent: …" header (after a rule or not), and a
 * line quoted with ">". What follows is earlier mail in the thread, often our own, not what the customer says now.
 */
const QUOTED_HISTORY =
  /^[ \t]*(?:On\b[^\n]{0,300}?(?:\n[^\n]{0,120}?)?\bwrote:|Le\b[^\n]{0,300}?a écrit\s?:|Am\b[^\n]{0,300}?schrieb[^\n]{0,80}:|-{2,}\s*Original Message\s*-{2,}|_{10,}[ \t]*\n[ \t]*From:|From:[^\n]{1,200}\n(?:[^\n]*\n){0,2}?[ \t]*(?:Sent|Date):|>)/im;

/** The message without its quoted history; the whole message when nothing is left before it. */
export function withoutQuotedHistory(text: string): string {
  const m = QUOTED_HISTORY.exec(text);
  if (!m) return text;
  const own = text.slice(0, m.index);
  return own.trim() ? own.trimEnd() : text;
}

/** How many problems make a review that lists them: the reply says so, rather than answering one. */
const MANY_PROBLEMS = 3;
/** A topic's label as said after "about": "the price", "your refund", "the late delivery". */
const named = (t: TopicTemplate): string => (/^(?:the|your|our|how|what|not|being|having) /i.test(t.label) ? t.label : `the ${t.label}`);

interface Reading {
  text: string;
  kind: DraftContext['kind'];
  rating: number | undefined;
  blanked: string;
  found: FoundTopic[];
  topics: TopicTemplate[];
  positive: boolean;
  /** A small point said in passing in a happy review (see saidInPassing): noted after the thanks. */
  niggle: boolean;
}
/** The last message read: a reply cut to fit a limit is composed several times over from one message. */
let lastReading: Reading | null = null;
function readMessage(text: string, rating: number | undefined, kind: DraftContext['kind']): Reading {
  if (lastReading && lastReading.text === text && Object.is(lastReading.rating, rating) && lastReading.kind === kind) return lastReading;
  const blanked = blankDeniedQuestions(text);
  const found = findTopics(blanked, kind);
  // a happy review's small point said in passing is noted among the thanks, not answered as a complaint
  if (saidInPassing(blanked, rating, found)) return (lastReading = { text, kind, rating, blanked, found: [], topics: [], positive: true, niggle: true });
  const topics = found.slice(0, MAX_TOPICS).map((f) => asSaid(f.t, text, kind));
  const positive = isPositive(text, rating, topics);
  return (lastReading = { text, kind, rating, blanked, found, topics, positive, niggle: false });
}

/**
 * Topics a happy customer may mention in passing: nothing about their health, their money taken or owed, or their
 * things damaged, which want an answer whatever the stars.
 */
const PASSING_TOPICS: ReadonlySet<string> = new Set(['price', 'wait-time', 'noise', 'facilities', 'connection', 'menu', 'worn-fittings', 'late-delivery', 'food', 'performance', 'ads', 'sizing']);
/** Words that make a point small: "a bit pricey", "the only small thing", "no big deal", "would be 5 stars if". */
const SOFTLY =
  /\b(?:(?:a |the )?(?:bit|tad|touch)|a little|slightly|somewhat|only (?:\w+ )?(?:thing|niggle|complaint|gripe|downside|issue|negative|criticism|minus)|(?:small|minor|tiny|slight) (?:thing|niggle|complaint|gripe|issue|point|downside)|no big deal|didn'?t (?:really )?matter|did not (?:really )?matter|would (?:have )?be(?:en)? (?:5|five) stars?)\b/i;
/**
 * A review of four or five stars that praises, and whose only problems are small ones each said softly in its
 * sentence ("Took my daughter for her first haircut and the stylist was so patient. Bit pricey, but we'll be back."):
 * thanked, with the point noted, not apologised to "for the inconvenience" as a complaint.
 */
function saidInPassing(blanked: string, rating: number | undefined, found: readonly FoundTopic[]): boolean {
  if (rating === undefined || !Number.isFinite(rating) || rating < 4 || found.length === 0) return false;
  if (!found.every((f) => PASSING_TOPICS.has(f.t.id))) return false;
  if (sarcastic(blanked) || SARCASTIC_PRAISE.test(blanked) || !POSITIVE_WORD.test(blanked)) return false;
  const sentence = (at: number): string => {
    let a = at;
    let b = at;
    while (a > 0 && at - a < 300 && !/[.!?\n]/.test(blanked.charAt(a - 1))) a--;
    while (b < blanked.length && b - at < 300 && !/[.!?\n]/.test(blanked.charAt(b))) b++;
    return blanked.slice(a, b);
  };
  return found.every((f) => f.spans.every(([a]) => SOFTLY.test(sentence(a))));
}

function compose(incoming: string, context: DraftContext, variant: number, plain: boolean, cut = 0): DraftResult {
  // what the customer says now, not the earlier mail quoted under it
  const text = withoutQuotedHistory(typeof incoming === 'string' ? incoming : '');
  const seed = (text.trim() || 'empty') + (variant ? `#${variant}` : '');
  const isPublic = context.audience === 'public';
  const kind = context.kind === 'app' ? 'app' : undefined;
  const { blanked, found, topics, positive, niggle } = readMessage(text, context.rating, kind);
  const given = typeof context.customerName === 'string' && !isPlaceholderName(context.customerName) ? context.customerName.trim() : '';
  const rawName = given || findSenderName(text) || '';
  const name = rawName ? firstName(rawName) : '';
  const ref = isPublic ? null : findReference(text);
  // cut to fit a character limit (see Cut): the sentences picked are the shortest ones, and fewer of them
  const short = cut >= CUT_SHORT;
  const pick = <T extends string>(items: readonly T[], salt: number): T => (short ? shortest(items) : choose(items, seed, salt));
  const pickFresh = (items: readonly string[], salt: number, said: readonly string[]): string =>
    short ? shortestFresh(items, said) : chooseFresh(items, seed, salt, said);
  // the main problem (the first raised that is not about money, wherever the money is said: "Refund please, the app
  // crashes" is the crash), and the money back when they ask for it (else the charge): what a cut reply answers
  const refund = topics.find(asksRefund);
  const problem = topics.find((t) => !aboutMoney(t)) ?? topics[0];
  const money = refund ?? topics.find(aboutMoney);
  // (at the last cut, one of them: the money back they asked for, else the main problem)
  const main = cut >= CUT_ONE ? topics.slice(0, 1).map((t) => refund ?? problem ?? t) : topics.filter((t) => t === problem || t === money);
  // the problems acknowledged, and those given a next step
  const addressed = cut >= CUT_ONE_TOPIC ? main : topics;
  const stepped = cut >= CUT_EXTRAS ? main : topics;
  // the problems acknowledged: cut to one topic, the main problem beside the money back, and not being answered,
  // are still heard until the last cut
  const heard = cut >= CUT_ONE_TOPIC && cut < CUT_ONE_HEARD ? topics.filter((t) => addressed.includes(t) || t === topics[0] || t.id === 'communication') : addressed;

  const paragraphs: string[] = [];

  // Greeting
  const greet = name
    ? pick(isPublic ? GREETINGS.publicNamed : GREETINGS.named, 1).replace('{name}', name)
    : pick(isPublic ? GREETINGS.publicAnonymous : GREETINGS.anonymous, 1);

  if (positive && GRIEF.test(text)) {
    // thanks written after a death: condolences, and no "see you again soon"
    const body: string[] = [pick(THANKS.grief, 2)];
    if (cut < CUT_CLOSING && new RegExp(POSITIVE_MENTIONS[0]?.pattern ?? '$^', 'i').test(text)) body.push(POSITIVE_MENTIONS[0]?.text ?? '');
    body.push(GRIEF_FOLLOWUP);
    paragraphs.push(body.filter((b) => b !== '').join(' '));
    paragraphs.push(pick(CLOSINGS.grief, 4));
  } else if (positive) {
    const body: string[] = [pick(THANKS.positive, 2)];
    // thanks for helping when someone was hurt: hope they are better, and no "delighted you had a good experience"
    if (topics.length > 0) body.push(topics.some((t) => t.id === 'pet-injury') ? WELLBEING.pet : WELLBEING.person);
    const mentions = POSITIVE_MENTIONS.filter((m) => new RegExp(m.pattern, 'i').test(text)).slice(0, cut >= CUT_CLOSING ? 0 : cut >= CUT_EXTRAS ? 1 : 2);
    for (const m of mentions) body.push(m.text);
    const followups = topics.length > 0 ? POSITIVE_FOLLOWUPS.filter((f) => !/delighted|good experience/.test(f)) : POSITIVE_FOLLOWUPS;
    const followup = pickFresh(followups, 3, body);
    // left out when every one would say again what a mention already said
    if (!repeatsSaid(followup, body)) body.push(followup);
    // a small point they raised among the praise is heard, after the thanks
    if (niggle || (topics.length === 0 && NIGGLE.test(blanked))) body.push(NIGGLE_NOTE);
    paragraphs.push(body.join(' '));
    paragraphs.push(pick(kind === 'app' ? CLOSINGS.app : CLOSINGS.positive, 4));
  } else if (text.trim() === '') {
    paragraphs.push(pick(THANKS.neutral, 2));
    paragraphs.push(pick(CLOSINGS.neutral, 4));
  } else {
    const review = isPublic || context.rating !== undefined;
    // a plain request ("Please cancel my subscription"): thanked for the message, with no apology for trouble not mentioned
    const request = !plain && topics.length > 0 && topics.every((t) => t.request === true);
    // praise before (or beside) the complaint is thanked, briefly, naming what they praised when it can
    // (cut to fit: plain thanks, then a short one, then none)
    const praised = GRIEF.test(text) || cut >= CUT_EXTRAS ? null : findPraise(blanked, found.flatMap((f) => f.spans));
    const thanks = request
      ? pick(THANKS.neutral, 2)
      : praised
      ? choose(review ? THANKS.mixedReview : THANKS.mixedComplaint, seed, 2).replace('{about}', praised.length ? ` about ${joinAnd(praised)}` : '')
      : short
        ? review
          ? SHORT_FORMS.thanksReview
          : SHORT_FORMS.thanksComplaint
        : choose(review ? THANKS.review : THANKS.complaint, seed, 2);
    const ack: string[] = cut >= CUT_SHORTEST ? [] : [thanks];
    // a review that lists many problems hears that each was read, not an answer to one of them
    const many = !plain && found.length >= MANY_PROBLEMS;
    if (addressed.length === 0 || plain) {
      ack.push(pick(GENERIC_ACK, 5));
    } else if (many) {
      // (cut to fit: not the money back they asked for, which the step answers)
      const listedTopics = found.slice(0, 4).map((f) => f.t);
      const problems = short ? listedTopics.filter((t) => !asksRefund(t)) : listedTopics;
      const listed = (problems.length >= 2 ? problems : listedTopics).map(named);
      const full = MANY_ACK.full.replace('{what}', joinAnd(listed));
      const brief = [MANY_ACK.short, ...heard.map((t, i) => pickFresh(acknowledgmentsFor(t, text), 10 + i, [MANY_ACK.short]))];
      // (cut to fit: the shorter of the list named and the main problem's acknowledgment)
      if (short && brief.join(' ').length < full.length) ack.push(...brief);
      else ack.push(full);
    } else {
      heard.forEach((t, i) => {
        if (short && t.short?.acknowledge) ack.push(t.short.acknowledge);
        // heard beside the money back at the last cuts: named in a few words (not someone's health: their account is told back)
        else if (cut >= CUT_ONE && !addressed.includes(t) && !HEALTH_TOPICS.has(t.id)) ack.push(`I am sorry about ${named(t)}.`);
        else ack.push(pickFresh(acknowledgmentsFor(t, text), 10 + i, ack));
      });
    }
    // a problem they say has happened before is heard as more than once (unless the topic is itself one that came back)
    const repeated = isRepeated(blanked);
    const pattern = repeated && !addressed.some((t) => t.recurring) && cut < CUT_CLOSING;
    const health = addressed.some((t) => HEALTH_TOPICS.has(t.id));
    if (pattern) ack.push(pickFresh(health ? REPEAT_ACK.health : REPEAT_ACK.general, 13, ack));
    // an apology unless the acknowledgments already carry one (never "this time" for a repeat)
    const apologies = repeated ? APOLOGIES.filter((a) => !/\bthis time\b/i.test(a)) : APOLOGIES;
    if (!request && !ack.some((s) => /\b(?:sorry|apolog)/i.test(s))) ack.push(pick(apologies, 6));
    paragraphs.push(mergeUnderstand(ack).join(' '));

    const steps: string[] = [];
    if (isPublic) {
      // (one step already: the first problem that has one)
      const refunding = addressed.some(asksRefund);
      // (the problem's own step before the money's, whichever they wrote first)
      const steppable = (t: TopicTemplate): boolean => !(refunding && t.withRefund) && t.publicNextSteps?.[0] !== undefined;
      const leading = addressed.find((t) => steppable(t) && !aboutMoney(t)) ?? addressed.find(steppable);
      const publicStep = (t: TopicTemplate | undefined): string | undefined => (short && t?.short?.publicNextStep) || t?.publicNextSteps?.[0];
      const first = publicStep(leading);
      if (first) steps.push(first);
      // the money back they asked for is answered beside the step for the problem (on an app store: the store refunds it)
      const store = addressed.find((t) => t.step?.kind === 'store' || asksRefund(t));
      const storeStep = publicStep(store);
      if (store && store !== leading && storeStep) steps.push(storeStep);
      // (its short form already asks them to contact us)
      const invited = short && store !== undefined && store.short?.publicNextStep !== undefined;
      // the pattern said in public too, except about someone's health (nothing admitted) or after a step that already looks into it
      // (cut to fit: only when it is the one step there is)
      if (pattern && !health && !plain && leading?.step?.kind !== 'look-into' && !addressed.some((t) => t.findsCause) && !(first && cut >= CUT_EXTRAS)) {
        steps.push(first ? REPEAT_STEP.public : REPEAT_STEP.publicAlone);
      }
      // (an app store lets no one message a reviewer privately: no "send us a private message" there)
      // (on an app store, where to find us: the support details on the store page)
      if (!invited) steps.push(kind === 'app' ? (short ? SHORT_FORMS.appInvite : APP_INVITE) : short ? SHORT_FORMS.publicInvite : choose(PUBLIC_INVITES, seed, 7));
    } else if (addressed.length === 0 || plain) {
      steps.push(fill(pick(GENERIC_NEXT, 8), ref));
      if (pattern && cut < CUT_EXTRAS) steps.push(REPEAT_STEP.step);
    } else {
      const all = nextStepsFor(stepped, seed, ref, repeated && cut < CUT_CLOSING, short);
      // cut to fit: no second promise of another kind, and no step of its own for the problem having happened before
      steps.push(...(cut >= CUT_EXTRAS ? all.filter((x) => x !== REPEAT_STEP.step && !x.startsWith('I will also ')) : all));
    }
    paragraphs.push(steps.join(' '));
    if (cut < CUT_CLOSING) paragraphs.push(choose(request ? CLOSINGS.neutral : CLOSINGS.complaint, seed, 9));
  }

  const signOff = pick(SIGN_OFFS, 11);
  const sigLines: string[] = [signOff];
  const who = context.signatureName?.trim();
  const biz = context.businessName?.trim();
  if (who) sigLines.push(who);
  if (biz) sigLines.push(who ? biz : `The ${biz} team`);
  if (!who && !biz) sigLines.push('The team');

  const out = [greet, '', paragraphs.join('\n\n'), '', sigLines.join('\n')].join('\n');
  return { text: out, topics: heard.map((t) => t.id) };
}

/**
 * "Draft a calm reply"'s one-time work, in idle-time steps (see src/content/idle.ts): each topic's
 * expressions, then one draft of a sample message (its reply is checked with analyze(), which
 * compiles the rest). Left to the first click, it was a long task of about 60 ms in Chromium.
 * Results never depend on it.
 */
export function* prepareDraft(): Generator<void, void, unknown> {
  const sample = 'Order #48213 arrived two weeks late, the lamp was cracked, and the driver was rude. Nobody called me back. I want a refund.';
  // one expression per step, run twice (V8 compiles an expression to bytecode on its first run and to
  // machine code on a later one): all of them at once were a step of 100-150 ms in Node, one topic's up
  // to about 40 ms, one expression's up to about 25 ms
  const { res, requires } = topicExpressions();
  for (const t of TOPICS) {
    requires.get(t.id)?.test(sample);
    requires.get(t.id)?.test(sample);
    for (const re of res.get(t.id) ?? []) {
      for (let run = 0; run < 2; run++) for (const _ of sample.matchAll(re));
      yield;
    }
  }
  detectTopics(sample);
  yield;
  draftReply(sample, { audience: 'public' });
  yield;
  draftReply(sample, { audience: 'private', customerName: 'Dana' });
}
