/**
 * draftReply: a calm reply to the customer's message (an email or a review), built from the
 * templates in ./templates. Deterministic: variants are picked with a seed from the message.
 */
import { analyze } from '../tone/analyze';
import {
  APOLOGIES,
  CLOSINGS,
  GENERIC_ACK,
  GENERIC_NEXT,
  GREETINGS,
  GRIEF_FOLLOWUP,
  WELLBEING,
  POSITIVE_FOLLOWUPS,
  POSITIVE_MENTIONS,
  PUBLIC_INVITES,
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
}
let TOPIC_EXPRESSIONS: TopicExpressions | null = null;
const topicExpressions = (): TopicExpressions =>
  (TOPIC_EXPRESSIONS ??= {
    res: new Map<TopicId, RegExp[]>(TOPICS.map((t) => [t.id, t.patterns.map((p) => new RegExp(p, 'gi'))])),
    requires: new Map<TopicId, RegExp>(TOPICS.flatMap((t) => (t.requires ? [[t.id, new RegExp(t.requires, 'i')] as const] : []))),
    others: new Map<TopicId, RegExp>(TOPICS.flatMap((t) => (t.acknowledgeOthers ? [[t.id, new RegExp(t.acknowledgeOthers.cue, 'i')] as const] : []))),
  });

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
export function detectTopics(message: string): TopicTemplate[] {
  const incoming = blankDeniedQuestions(message);
  const found: { t: TopicTemplate; at: number; spans: Array<[number, number]> }[] = [];
  const { res, requires } = topicExpressions();
  for (const t of TOPICS) {
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
  }
  return found.filter((f) => !dropped.has(f.t)).sort((a, b) => a.at - b.at).map((f) => f.t);
}

const POSITIVE_WORDS = /\b(?:love[ds]?|loving|(?:so|very|really|extremely|incredibly|were|was) kind|kindness|caring|gentle|gently|great|excellent|amazing|awesome|fantastic|wonderful|perfect|best|friendly|helpful|delicious|recommend(?:ed)?|thank(?:s| you)|happy|pleased|impressed|brilliant|superb|outstanding|lovely|beautiful|glad|enjoy(?:ed)?|5 stars?|five stars?)\b/gi;
const NEGATIVE_WORDS = /\b(?:not|never|no|worst|terrible|awful|horrible|disappoint(?:ed|ing)|bad|poor|rude|angry|upset|furious|unacceptable|useless|waste|problem|issue|complain(?:t)?|refund|broken|damaged|late|wrong|missing|still|again|hate|sucks?|ridiculous|disgust(?:ed|ing)|scam|never again|broke|missed|cancell?ed|delayed|dirty|filthy|cold|overcharged|overpriced|stain(?:s|ed)?|smell(?:s|ed|y)|soaked|scratched|lost|forgot(?:ten)?|ignored|slow|noisy|leak(?:s|ed|ing)?|crash(?:es|ed|ing)?|freez(?:e|es|ing)|froze|frozen|glitch(?:y|es|ing)?|laggy|buffering|stuck|fail(?:s|ed)?|mistake|closed|out of order)\b/gi;
/** The same words, for a single test (a /g expression's test() would carry its position over). */
const NEGATIVE_WORD = new RegExp(NEGATIVE_WORDS.source, 'i');

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
  const text = blankDeniedQuestions(incoming).replace(QUOTED, ' ').replace(NEGATED_COMPLAINT, ' ').replace(FIXED_COMPLAINT, ' ');
  // "Oh great, another week without hot water": praise words said through gritted teeth are no praise
  if (SARCASM.test(text)) return false;
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
const NEGATED_COMPLAINT =
  /\b(?:nothing|none|not|never|no|nobody|no one|no-one|without|zero)\b(?: (?:a single|a|any|one|single|of the|was|were|is|are|got|came|arrived|had been|has been|ever|once|even|said|did|anything|anyone|anybody|at all))* (?:broken|damaged|missing|late|delayed|wrong|problems?|issues?|complaints?|faults?|mistakes?|delays?|hassle|fuss|trouble|scratch(?:ed|es)?|stains?|dirty|cold|rude|slow|noisy|loud|unhelpful|unfriendly|pushy|rushed|overcharged|overpriced|disappointed|disappointing|bad|poor|awful|terrible|lost|forgotten|ignored|leaks?|leaking|drips?|dripping|faulty|smelly|smells?|mou?ld|damp)\b/gi;

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
  return trimmed.split(' ')[0] ?? trimmed;
}

function fill(s: string, ref: string | null): string {
  return s.replace(/\{ref\}/g, ref ? ` for ${ref}` : '');
}

/**
 * Draft a calm reply. The reply is checked with analyze() at the sensitivity its audience is held
 * at (strict for public reviews); should a wording ever read as tense, other template variants are
 * tried, then a plain generic reply.
 */
export function draftReply(incoming: string, context: DraftContext = {}): DraftResult {
  const sensitivity = context.audience === 'public' ? 'strict' : 'normal';
  let first: DraftResult | null = null;
  for (let variant = 0; variant < 4; variant++) {
    const r = compose(incoming, context, variant, false);
    first ??= r;
    if (!isFlagged(r.text, sensitivity)) return r;
  }
  const plain = compose(incoming, context, 0, true);
  return isFlagged(plain.text, sensitivity) ? (first ?? plain) : plain;
}

function isFlagged(text: string, sensitivity: 'normal' | 'strict'): boolean {
  try {
    return analyze(text, { sensitivity }).flagged;
  } catch {
    return false;
  }
}

function compose(incoming: string, context: DraftContext, variant: number, plain: boolean): DraftResult {
  const text = incoming ?? '';
  const seed = (text.trim() || 'empty') + (variant ? `#${variant}` : '');
  const isPublic = context.audience === 'public';
  const topics = detectTopics(text).slice(0, MAX_TOPICS);
  const positive = isPositive(text, context.rating, topics);
  const rawName = context.customerName?.trim() || findSenderName(text) || '';
  const name = rawName ? firstName(rawName) : '';
  const ref = isPublic ? null : findReference(text);

  const paragraphs: string[] = [];

  // Greeting
  const greet = name
    ? choose(isPublic ? GREETINGS.publicNamed : GREETINGS.named, seed, 1).replace('{name}', name)
    : choose(isPublic ? GREETINGS.publicAnonymous : GREETINGS.anonymous, seed, 1);

  if (positive && GRIEF.test(text)) {
    // thanks written after a death: condolences, and no "see you again soon"
    const body: string[] = [choose(THANKS.grief, seed, 2)];
    if (new RegExp(POSITIVE_MENTIONS[0]?.pattern ?? '$^', 'i').test(text)) body.push(POSITIVE_MENTIONS[0]?.text ?? '');
    body.push(GRIEF_FOLLOWUP);
    paragraphs.push(body.filter((b) => b !== '').join(' '));
    paragraphs.push(choose(CLOSINGS.grief, seed, 4));
  } else if (positive) {
    const body: string[] = [choose(THANKS.positive, seed, 2)];
    // thanks for helping when someone was hurt: hope they are better, and no "delighted you had a good experience"
    if (topics.length > 0) body.push(topics.some((t) => t.id === 'pet-injury') ? WELLBEING.pet : WELLBEING.person);
    const mentions = POSITIVE_MENTIONS.filter((m) => new RegExp(m.pattern, 'i').test(text)).slice(0, 2);
    for (const m of mentions) body.push(m.text);
    const followups = topics.length > 0 ? POSITIVE_FOLLOWUPS.filter((f) => !/delighted|good experience/.test(f)) : POSITIVE_FOLLOWUPS;
    const followup = chooseFresh(followups, seed, 3, body);
    // left out when every one would say again what a mention already said
    if (!repeatsSaid(followup, body)) body.push(followup);
    paragraphs.push(body.join(' '));
    paragraphs.push(choose(CLOSINGS.positive, seed, 4));
  } else if (text.trim() === '') {
    paragraphs.push(choose(THANKS.neutral, seed, 2));
    paragraphs.push(choose(CLOSINGS.neutral, seed, 4));
  } else {
    const thanks = choose(isPublic || context.rating !== undefined ? THANKS.review : THANKS.complaint, seed, 2);
    const ack: string[] = [thanks];
    if (topics.length === 0 || plain) {
      ack.push(choose(GENERIC_ACK, seed, 5));
    } else {
      topics.forEach((t, i) => ack.push(chooseFresh(acknowledgmentsFor(t, text), seed, 10 + i, ack)));
    }
    // an apology unless the acknowledgments already carry one
    if (!ack.some((s) => /\b(?:sorry|apolog)/i.test(s))) ack.push(choose(APOLOGIES, seed, 6));
    paragraphs.push(ack.join(' '));

    const steps: string[] = [];
    if (isPublic) {
      const pub = topics.map((t) => t.publicNextSteps?.[0]).filter((s): s is string => !!s);
      if (pub[0]) steps.push(pub[0]);
      steps.push(choose(PUBLIC_INVITES, seed, 7));
    } else if (topics.length === 0 || plain) {
      steps.push(fill(choose(GENERIC_NEXT, seed, 8), ref));
    } else {
      topics.forEach((t, i) => steps.push(fill(choose(t.nextSteps, seed, 20 + i), i === 0 ? ref : null)));
    }
    paragraphs.push(steps.join(' '));
    paragraphs.push(choose(CLOSINGS.complaint, seed, 9));
  }

  const signOff = choose(SIGN_OFFS, seed, 11);
  const sigLines: string[] = [signOff];
  const who = context.signatureName?.trim();
  const biz = context.businessName?.trim();
  if (who) sigLines.push(who);
  if (biz) sigLines.push(who ? biz : `The ${biz} team`);
  if (!who && !biz) sigLines.push('The team');

  const out = [greet, '', paragraphs.join('\n\n'), '', sigLines.join('\n')].join('\n');
  return { text: out, topics: topics.map((t) => t.id) };
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
