/**
 * The phrase table: hostile phrasing → calmer alternatives, as data.
 *
 * `pattern` is a RegExp source matched case-insensitively and word-bounded (the engine wraps it in
 * letter/digit look-arounds). `alternatives[0]` is what the one-click rewrite uses; `''` means
 * "remove" (the engine tidies the surrounding space and commas). `$1`… refer to capture groups.
 * Every entry carries before/after examples that a unit test runs through the table.
 */
import type { ReasonKind } from '../tone/types';
import type { GuidelineId } from '../guidelines/data';
import { SEED_PATHS } from '../guidelines/data';

export interface PhraseExample {
  before: string;
  after: string;
}

export interface PhraseEntry {
  id: string;
  /** What kind of hostility this is (matches the scorer's reason kinds). */
  kind: ReasonKind;
  /**
   * One expression, or several that act as one joined with `|` (at a given position the first that
   * matches wins). Several are compiled apart, so that preparing the table in idle time never has to
   * compile one very long expression in one go.
   */
  pattern: string | readonly string[];
  alternatives: readonly string[];
  guideline: GuidelineId;
  /** 'shared/seeds/<file>.txt' or 'own'. */
  source: string;
  examples: readonly PhraseExample[];
}

const S = SEED_PATHS;

// Shared fragments.
const DIDNT = "(?:didn'?t|did not|don'?t|do not|never)";
const DOC = '(?:email|e-mail|mail|message|reply|instructions|note|policy|faq|manual|terms|website|site|page|listing|description|guide|notice|post|sign|label|invoice|receipt|contract|fine print)';
const PROFANE_INTENSIFIER =
  "(?:fucking|fuckin'?|f\\*+(?:c?k)?ing|f\\*+in'?|freaking|frigging|friggin'?|fricking|effing|bloody|goddamn(?:ed)?|god damn(?:ed)?|goddam|damn(?:ed)?|dam|motherfucking)";
const INSULT_NOUN =
  '(?:idiot|moron|imbecile|dumbass|dumb ass|jackass|jerk|loser|clown|fool|asshole|arsehole|ass|arse|dickhead|bastard|bitch|b\\*+h|prick|wanker|twat|douche(?:bag)?|scumbag|dipshit|retard|cretin|numpty|muppet|twit|halfwit|nitwit|dimwit|buffoon|incompetent|liar|thief|crook|scammer|fraud|snowflake|troll|whore|slut|libtard|cuck|simp|shill|douchebag)';
const INSULT_STRONG =
  '(?:idiot|moron|imbecile|dumbass|dumb ass|jackass|asshole|arsehole|dickhead|bastard|bitch|b\\*+h|prick|wanker|twat|douche(?:bag)?|scumbag|dipshit|retard|libtard|cretin|halfwit|nitwit|dimwit|whore|slut|cuck|motherfucker)';
const INSULT_ADJ =
  '(?:stupid|dumb|idiotic|moronic|ridiculous|pathetic|absurd|ludicrous|insane|crazy|clueless|useless|incompetent|hopeless|worthless|lazy|ignorant|dense|thick|brainless|braindead|brain-dead|unreasonable|delusional|rude|disgusting|awful|terrible|horrible|ugly|lame|crappy|shitty|sh\\*+ty|garbage|trash|rubbish|joke|bullshit|bs)';

/** Someone outside the business a reply may name as the cause: the courier, the bank, the weather. */
const THIRD_PARTY =
  "(?:courier|carrier|post office|postal service|postman|mail carrier|delivery (?:driver|company|firm|service|partner)|shipping (?:company|partner|provider|firm)|haulier|manufacturer|supplier|warehouse|bank|card issuer|payment provider|airline|weather|snow|storm|strike|traffic|customs|royal mail|ups|fedex|usps|dhl|dpd|evri|hermes|parcelforce|amazon|paypal|app store|play store)";
/** "Stop blaming us", "Don't blame me", "You can't blame us": the reader told off for blaming the business. */
const BLAME_US =
  "(?:(?:please |just )?(?:stop|quit) (?:trying to )?blaming|(?:please |just )?(?:don'?t|do not) (?:try to )?blame|you can'?t (?:really )?blame) (?:us|me)";
/** A lookahead body: the next few words (up to a comma or full stop) name a third party ("for the courier's mistake"). */
/** "messed up" and its ruder forms, as a verb phrase (the profanity-messed-up entries). */
const MESSED_UP = '(?:fucked|f\\*+(?:c?k)?ed|f\\*+d|screwed|effed|buggered|messed) up';
/** Not right after a form of "be" or a degree word: "is messed up" describes a state, not someone's mistake. */
const NOT_AFTER_BE = '(?<!\\b(?:is|was|are|were|be|been|being|got|get|gets|getting|so|totally|completely|really|all|proper|properly)\\s)';
const NAMES_THIRD_PARTY = ` (?:[\\p{L}'’-]+ ){0,4}?${THIRD_PARTY}(?![\\p{L}])`;

export const PHRASES: readonly PhraseEntry[] = [
  // ── blame ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'blame-doc-you-didnt-read',
    kind: 'blame',
    pattern: `(the|your|our|this|that) (${DOC}) (?:that |which )?you (?:clearly |obviously |evidently |apparently |just )?${DIDNT} (?:even )?(?:bother(?:ed)? to )?(?:read|look at|check)`,
    alternatives: ['$1 $2, which may not have been clear enough'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'It is on the receipt you clearly never bothered to read.', after: 'It is on the receipt, which may not have been clear enough.' }],
  },
  {
    id: 'blame-didnt-read',
    kind: 'blame',
    pattern: `you (?:clearly |obviously |evidently |apparently |just )?${DIDNT} (?:even )?(?:bother(?:ed)? to )?(?:read|look at|check)(?: (?:my|the|our|this|that) (?:last |previous |earlier |first |whole )?${DOC})?`,
    alternatives: ['my earlier message may not have been clear', 'let me make this clearer'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: 'You clearly didn\'t read my email.', after: 'My earlier message may not have been clear.' },
      { before: 'As usual you did not read the instructions', after: 'As usual my earlier message may not have been clear' },
    ],
  },
  {
    id: 'blame-learn-to-read',
    kind: 'blame',
    pattern: `(?:(?:learn|try) (?:how )?to|can'?t you|can you not|do you even know how to|can you even) read(?: (?:the|my|our|this) ${DOC})?`,
    alternatives: ['let me walk you through it', 'here is the short version'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'Learn to read the label.', after: 'Let me walk you through it.' }],
  },
  {
    id: 'blame-not-my-fault-if',
    kind: 'buck-passing',
    pattern: "(?:(?:it|that)(?:'s| is) )?not (?:my|our) (?:problem|fault|issue|responsibility|concern)(?: that)? (if|when|you)(?= )",
    alternatives: ["I am sorry $1"],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [
      { before: "Not my fault you missed it.", after: "I am sorry you missed it." },
      { before: "Not our problem if someone took it.", after: "I am sorry if someone took it." },
    ],
  },
  {
    id: 'blame-rude-to-staff',
    kind: 'blame',
    pattern: "you (?:were|was|are|'re) (?:very |so |really |quite |extremely )?(?:rude|disrespectful|aggressive|abusive|hostile|unpleasant|nasty|mean) (?:to|towards|with) (?:my|our) (\\p{L}+)",
    alternatives: ["there was some tension with our $1"],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: "You were rude to my staff.", after: "There was some tension with our staff." },
    ],
  },
  {
    id: 'blame-playing-victim',
    kind: 'blame',
    pattern: "playing (?:the )?victim(?: card)?",
    alternatives: ["upset about this"],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: "Now you're playing the victim.", after: "Now you're upset about this." },
    ],
  },
  {
    id: 'blame-common-sense',
    kind: 'condescension',
    pattern: "if you had (?:any|an ounce of|a shred of|half a|a bit of) (?:common sense|brain|brains|clue|sense),? you(?:'d| would)(?: have)? (?:know|known|see|seen|realise|realize|realised|realized|understand|understood)(?: that)?",
    alternatives: ["as a reminder,"],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [
      { before: "If you had any common sense you'd know that the sale ended Sunday.", after: "As a reminder, the sale ended Sunday." },
    ],
  },
  {
    id: 'blame-follow-guide',
    kind: 'blame',
    pattern: `you (?:clearly |obviously |evidently |apparently )?(?:didn'?t|did not|never) follow (?:the|my|our) (${DOC}|setup guide|guide|steps|directions)`,
    alternatives: ["the $1 may not have been clear enough"],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: "You obviously didn't follow the setup guide.", after: "The setup guide may not have been clear enough." },
    ],
  },
  {
    // "Your phone is the problem, not our app.": the user's point (the device, not the app) kept, the blame softened
    id: 'blame-your-thing-is-the-problem',
    kind: 'blame',
    pattern: "your (?!attitude|behaviou?r|tone|manners|mouth)(\\p{L}+) (?:is|was) the (?:real )?(?:problem|issue)(?:(?:,| and|, and)? not (?:our|my|the) \\p{L}+)?",
    alternatives: ['the issue may be specific to your $1'],
    guideline: 'not-personal',
    source: S.constructive,
    examples: [
      { before: 'Your phone is the problem, not our app.', after: 'The issue may be specific to your phone.' },
      { before: 'Honestly your router was the issue.', after: 'Honestly the issue may be specific to your router.' },
    ],
  },
  {
    id: 'blame-problem-is-you',
    kind: 'blame',
    pattern: "(?:maybe |perhaps |clearly |obviously )?the (?:problem|issue) (?:is|was|lies) (?:with )?(?:you|on your end|at your end)",
    alternatives: ["let's look at what might be different in your case"],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [
      { before: "Maybe the problem is you.", after: "Let's look at what might be different in your case." },
    ],
  },
  {
    id: 'blame-only-one',
    kind: 'blame',
    pattern: "you(?:'re| are) the only (?:one|customer|person|client|guest) (?:who|that) (?:can'?t|cannot|couldn'?t|has trouble|had trouble|has a problem|had a problem|struggles|complains)(?: (?:to )?(?:figure out|work out|manage))?",
    alternatives: ["it's easy to get stuck on"],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: "You're the only customer who can't figure out how to use a code.", after: "It's easy to get stuck on how to use a code." },
    ],
  },
  {
    id: 'blame-attitude',
    kind: 'blame',
    pattern: "(?:frankly,? |honestly,? )?your (?:attitude|behaviou?r|tone) (?:is|was) (?:the (?:reason|problem)|why)(?: (?:that|why))?",
    alternatives: ["I am sorry"],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: "Your attitude is the reason you had a bad time.", after: "I am sorry you had a bad time." },
    ],
  },
  {
    id: 'blame-nobody-else',
    kind: 'dismissal',
    pattern: "(?:nobody|no one|no other customer) (?:else )?(?:has )?(?:ever )?(?:complained|had (?:this|that|a|any) (?:problem|issue)|had an issue)(?: (?:about|with) (?:this|it|that))?",
    alternatives: ["this is the first time we have heard of this, so thank you for flagging it"],
    guideline: 'thank-feedback',
    source: S.techniques,
    examples: [
      { before: "Nobody else has ever complained about this.", after: "This is the first time we have heard of this, so thank you for flagging it." },
    ],
  },
  {
    id: 'blame-your-fault-that',
    kind: 'blame',
    // not before "…, not ours" / "and not ours": that contrast is part of the blame (blame-your-fault), not a clause to keep
    pattern: "(?:it|this|that)(?:'s| is| was) (?:all |entirely |totally |completely )?your (?:own )?fault(?! (?:and |but )?not(?![\\p{L}]))(?: that)?(?= \\p{L})",
    alternatives: ["let's work out together why"],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [{ before: "It's your fault it came back.", after: "Let's work out together why it came back." }],
  },
  {
    id: 'blame-if-you-had-read',
    kind: 'blame',
    pattern: `if you(?:'d| had)? (?:just |only |even |bothered to )*(?:read|checked|looked at) (?:the|our|my) (${DOC}),? you(?:'d| would)(?: have)? (?:known|know|seen|see|understood|understand|found|find)(?: (?:this|that|it|the answer))?`,
    alternatives: ['the $1 covers this, and I am happy to go through it with you'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'If you had read the FAQ you would know this.', after: 'The FAQ covers this, and I am happy to go through it with you.' }],
  },
  {
    id: 'blame-your-fault',
    kind: 'blame',
    pattern: "(?:it|this|that)(?:'s| is| was) (?:all |entirely |totally |completely )?on you(?:,? not (?:us|me))?(?=\\s*(?:[.!?,;]|$))|(?:(?:it|this|that)(?:'s| is| was) )?(?:all |entirely |totally |completely |100% )?(?:your (?:own )?fault|your (?:own )?(?:mistake|doing))(?:,? (?:and |but )?not (?:ours|mine|us|me|(?:(?:our|my) )?(?:fault|problem|doing)|(?:the |our |my )?(?:[\\p{L}-]+ )?[\\p{L}-]+(?:'s|’s|s')))?(?=\\s*(?:[.!?,;]|$))",
    alternatives: ['this needs sorting out, and we can do it together', 'let us sort this out together'],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [
      { before: "It's all your fault.", after: 'This needs sorting out, and we can do it together.' },
      { before: 'This is on you.', after: 'This needs sorting out, and we can do it together.' },
      // QA: the contrast stayed behind the new words ("…and we can do it together, not ours.")
      { before: 'This is your fault, not ours.', after: 'This needs sorting out, and we can do it together.' },
      { before: "That's your fault and not ours.", after: 'This needs sorting out, and we can do it together.' },
      { before: "It's your own fault, not the courier's.", after: 'This needs sorting out, and we can do it together.' },
    ],
  },
  {
    id: 'blame-should-have',
    kind: 'blame',
    pattern: `you (?:should|could|would) (?:have|'ve|of) (?:known(?: better)?|read(?: (?:the|my|our) ${DOC})?|checked(?: (?:the|my|our) ${DOC})?|looked(?: at (?:the|my|our) ${DOC})?|listened|paid attention)`,
    alternatives: ['this detail is easy to miss'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'You should have checked the listing.', after: 'This detail is easy to miss.' }],
  },
  {
    id: 'blame-messed-up',
    kind: 'blame',
    pattern: "you(?:'ve| have)? (?:totally |completely |really )?(?:messed|screwed|mucked|botched|fucked|f\\*+(?:e?d)?) (?:(?:it|this|that|everything) )?up",
    alternatives: ['something got mixed up'],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [{ before: 'You messed it up again.', after: 'Something got mixed up again.' }],
  },
  {
    id: 'blame-user-error',
    kind: 'blame',
    pattern: '(?:user|operator|customer) error',
    alternatives: ['a mix-up'],
    guideline: 'not-personal',
    source: S.recovery,
    examples: [{ before: 'This was user error.', after: 'This was a mix-up.' }],
  },
  {
    id: 'blame-you-dont-understand',
    kind: 'condescension',
    pattern: "you (?:clearly |obviously |just |simply )?(?:don'?t|do not|didn'?t|did not|can'?t|cannot|fail to|failed to) (?:seem to )?(?:understand|get it|get this|grasp|comprehend)(?: (?:this|that|it|the point|what I (?:said|wrote|meant)))?",
    alternatives: ['I may not have explained this well'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: "You clearly don't understand the point.", after: 'I may not have explained this well.' }],
  },
  {
    id: 'blame-what-part',
    kind: 'condescension',
    pattern: "what part of [^?.!\\n]{1,60}? (?:do(?:n'?t| not)|did(?:n'?t| not)) you (?:understand|get)\\s*\\?*",
    alternatives: ['let me explain this more clearly.'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: "What part of 'no refunds after 30 days' don't you understand?", after: 'Let me explain this more clearly.' }],
  },
  // ── dismissal ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'dismiss-sick-of',
    kind: 'dismissal',
    pattern: "(?:I am|I'm|we are|we're) (?:so |really |very |getting |absolutely |just )*(?:sick and tired|sick|tired|fed up)(?: of| with)(?: [^.!?\\n,;]{1,60})?",
    alternatives: ['I would like this resolved'],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [{ before: 'I am so sick of this company.', after: 'I would like this resolved.' }],
  },
  {
    id: 'dismiss-dont-know-what-you-expect',
    kind: 'dismissal',
    pattern: "I (?:don'?t|do not) know what (?:else )?you (?:expect|want) (?:me|us) to do(?: about (?:it|this|that))?",
    alternatives: ["let me see what I can do"],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [
      { before: "I don't know what you expect me to do.", after: "Let me see what I can do." },
    ],
  },
  {
    id: 'dismiss-cant-be-clearer',
    kind: 'dismissal',
    pattern: "I (?:can'?t|cannot|couldn'?t) (?:make|put|explain|say) (?:it|this|that) any (?:clearer|simpler|plainer|more clearly|more simply)",
    alternatives: ["I hope this helps"],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [
      { before: "I can't make it any clearer.", after: "I hope this helps." },
    ],
  },
  {
    id: 'dismiss-last-time-saying',
    kind: 'dismissal',
    pattern: "this is the (?:last|final) time I(?:'m| am| will|'ll) (?:going to |gonna )?(?:say|explain|repeat|tell you) (?:this|it|myself)",
    alternatives: ["to recap"],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [
      { before: "This is the last time I'm going to say this: the fee is $5.", after: "To recap: the fee is $5." },
    ],
  },
  {
    id: 'dismiss-told-you-that',
    kind: 'dismissal',
    pattern: "(?:I|we)(?:'ve| have)? (?:already )?(?:told|explained (?:this |it )?to|said (?:this |it )?to) you (?:this |it )?(?:a (?:million|hundred|thousand|dozen) times|(?:several|many|multiple|countless|\\d+|two|three|four|five|ten) times|twice|already|before)(?: now)? that",
    alternatives: ["as mentioned,"],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [
      { before: "We've told you a million times that the store opens at 9.", after: "As mentioned, the store opens at 9." },
    ],
  },
  {
    id: 'dismiss-explained-n-times',
    kind: 'dismissal',
    pattern: "I(?:'ve| have)? (?:already )?(?:explained|said|mentioned|answered) (?:this|it|that) (?:a (?:million|hundred|dozen) times|(?:several|many|multiple|\\d+|two|three|four|five|ten) times|twice|already|before)(?: now)?",
    alternatives: ["let me explain once more"],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [
      { before: "I've explained this three times now.", after: "Let me explain once more." },
    ],
  },
  {
    id: 'dismiss-stop-contacting',
    kind: 'dismissal',
    pattern: "(?:please )?stop (?:emailing|e-mailing|calling|messaging|contacting|texting|bothering|pestering|spamming|harassing)(?: (?:us|me))?(?: (?:every|all the|so|constantly|about)[^.!?\\n]{0,25})?",
    alternatives: ["I will keep you updated, so there is no need to chase us"],
    guideline: 'next-steps',
    source: S.recovery,
    examples: [
      { before: "Stop emailing us.", after: "I will keep you updated, so there is no need to chase us." },
    ],
  },
  {
    id: 'dismiss-wasting-time',
    kind: 'dismissal',
    pattern: "(?:stop|quit) wasting (?:my|our) time(?: with [^.!?\\n]{0,40})?|you(?:'re| are) wasting (?:my|our) time",
    alternatives: ["thank you for your questions"],
    guideline: 'thank-feedback',
    source: S.techniques,
    examples: [
      { before: "Stop wasting my time with these questions.", after: "Thank you for your questions." },
    ],
  },
  {
    id: 'dismiss-dont-need-you',
    kind: 'dismissal',
    pattern: "we (?:don'?t|do not) need (?:customers|people|clients|guests) like you|(?:take|go take) your business elsewhere",
    alternatives: ["we would still like to make this right"],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [
      { before: "We don't need customers like you.", after: "We would still like to make this right." },
    ],
  },
  {
    id: 'dismiss-not-arguing',
    kind: 'dismissal',
    pattern: "I(?:'m| am) not (?:going to|gonna) (?:argue|debate|fight) (?:with you|about this)(?: any ?more)?",
    alternatives: ["I understand we see this differently"],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [
      { before: "I'm not going to argue with you.", after: "I understand we see this differently." },
    ],
  },
  {
    id: 'dismiss-give-me-a-break',
    kind: 'dismissal',
    pattern: "(?:oh,? )?(?:give me a break|excuse me\\s*\\?+|unbelievable|just wow|wow,? just wow|seriously\\s*\\?+|you can'?t be serious|spare me)(?=\\s*(?:[.!?]|$))",
    alternatives: [""],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [
      { before: "Give me a break. The lamp is 2 years old.", after: "The lamp is 2 years old." },
    ],
  },
  {
    id: 'dismiss-not-that-it-helps',
    kind: 'dismissal',
    pattern: "not that it(?:'ll| will|'d| would|'s going to) (?:help|matter|change anything|make (?:a|any) difference)",
    alternatives: [""],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [
      { before: "Email the office, not that it will help.", after: "Email the office." },
    ],
  },
  {
    id: 'dismiss-words-in-mouth',
    kind: 'dismissal',
    pattern: "(?:don'?t|do not) put words in my mouth",
    alternatives: ["I may not have been clear"],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: "Don't put words in my mouth.", after: "I may not have been clear." },
    ],
  },
  {
    id: 'dismiss-dont-threaten',
    kind: 'dismissal',
    pattern: "(?:don'?t|do not) (?:you )?(?:dare )?threaten (?:me|us)(?: with [^.!?\\n]{0,30})?",
    alternatives: ["I hear you"],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [
      { before: "Don't threaten me with a bad review.", after: "I hear you." },
    ],
  },
  {
    id: 'dismiss-not-my-job',
    kind: 'buck-passing',
    pattern: "(?:it'?s|it is) not (?:my|our) job to [^.!?\\n]{1,40}",
    alternatives: ["I am happy to help with this"],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [
      { before: "It's not our job to babysit your order.", after: "I am happy to help with this." },
    ],
  },
  {
    id: 'dismiss-sorry-you-feel',
    kind: 'dismissal',
    pattern: "(?:I'?m |I am |we'?re |we are )?sorry (?:(?:if|that) )?you (?:feel|see it|think) (?:that way|so)",
    alternatives: ["I am sorry about your experience"],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [
      { before: "Sorry you feel that way, but it was fine.", after: "I am sorry about your experience, but it was fine." },
    ],
  },
  {
    id: 'dismiss-period',
    kind: 'dismissal',
    pattern: '(?:period|full stop)(?=\\s*(?:[.!]|$))',
    alternatives: [""],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [
      { before: "The fee is $25, period.", after: "The fee is $25." },
    ],
  },
  {
    id: 'dismiss-look-opener',
    kind: 'dismissal',
    pattern: '(?<=^|[.!?]\\s{1,3}|\\n)(?:look|listen|see here|ok so|okay so|now listen|listen here)(?:,|:| -)',
    alternatives: [''],
    guideline: 'stay-calm',
    source: S.constructive,
    examples: [{ before: 'Look, the parcel left on Monday.', after: 'The parcel left on Monday.' }],
  },
  {
    id: 'dismiss-trash-us',
    kind: 'dismissal',
    pattern: '(?:trash|slam|bash|rip into|tear apart) (us|me|our (?:business|company|restaurant|shop|store|team|staff|hotel|salon|product))',
    alternatives: ['review $1 this way'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'That is no reason to trash us online.', after: 'That is no reason to review us this way online.' }],
  },
  {
    id: 'dismiss-calm-down',
    kind: 'dismissal',
    pattern: '(?:just |please )?(?:(?:calm|settle|simmer) down|chill(?: out)?|relax|take a chill pill|get a grip)',
    alternatives: ['I hear you', 'I understand'],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [{ before: 'Calm down, the order is coming.', after: 'I hear you, the order is coming.' }],
  },
  {
    id: 'dismiss-whatever',
    kind: 'dismissal',
    pattern: 'whatever(?=\\s*(?:[.!?,;]|$))',
    alternatives: ['I understand'],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [{ before: 'Whatever. Keep it.', after: 'I understand. Keep it.' }],
  },
  {
    id: 'dismiss-as-i-said',
    kind: 'dismissal',
    pattern: "(?:as|like) I (?:already |previously |have |'ve )?(?:already )?(?:said|stated|mentioned|explained|wrote|told you|pointed out)(?: (?:before|earlier|previously|already|twice|several times|many times|multiple times|a (?:hundred|million|dozen) times|in my (?:last|previous|earlier) (?:email|message|reply)))?",
    alternatives: ['to recap', 'as a reminder'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'As I already said, the refund takes 5 days.', after: 'To recap, the refund takes 5 days.' }],
  },
  {
    id: 'dismiss-per-my-last',
    kind: 'dismissal',
    pattern: '(?:as )?per my (?:last|previous|earlier|prior)(?: (?:two|three|four|five|few|several|\\d+))? (?:emails?|e-mails?|messages?|repl(?:y|ies)|notes?|responses?|mails?)',
    alternatives: ['to recap', 'as a reminder'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'Per my last email, invoice 4471 is paid.', after: 'To recap, invoice 4471 is paid.' }],
  },
  {
    id: 'dismiss-for-the-last-time',
    kind: 'dismissal',
    pattern: '(?:once again and )?for the (?:last|final|hundredth|millionth|thousandth|fifth|third|tenth|umpteenth|nth) time',
    alternatives: ['to recap', 'as a reminder'],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [{ before: 'For the last time, we do not ship to PO boxes.', after: 'To recap, we do not ship to PO boxes.' }],
  },
  {
    id: 'dismiss-told-you',
    kind: 'dismissal',
    pattern: "I(?:'ve| have)? (?:already )?(?:told|explained (?:this |it )?to) you (?:this |that )?(?:already |before |twice |(?:\\w+ )?times )?(?:already|before|twice|(?:several|many|multiple|\\d+|two|three|four|five) times)",
    alternatives: ['to recap'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: "I've told you this twice: the store opens at 9.", after: 'To recap: the store opens at 9.' }],
  },
  {
    id: 'dismiss-how-many-times',
    kind: 'dismissal',
    pattern: 'how many (?:more )?times (?:do|must|will|should) I (?:have to |need to )?(?:tell|explain (?:this |it )?to|say (?:this |it )?to|repeat (?:this |it |myself )?to)? ?(?:you)?\\s*\\?*',
    alternatives: ['let me explain it once more.'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'How many times do I have to tell you? It ships Monday.', after: 'Let me explain it once more. It ships Monday.' }],
  },
  {
    id: 'dismiss-dont-care',
    kind: 'dismissal',
    pattern: "I (?:really |honestly |frankly )?(?:don'?t|do not|couldn'?t|could not) care(?: less)?(?: (?:what|about|if|how|whether) [^.!?\\n]{0,60})?",
    alternatives: ['I want to get this right for you'],
    guideline: 'acknowledge-empathize',
    source: S.steps,
    examples: [{ before: "I don't care what you think.", after: 'I want to get this right for you.' }],
  },
  {
    id: 'dismiss-deal-with-it',
    kind: 'dismissal',
    pattern: '(?:deal with it|get over it|live with it|suck it up|move on already|tough luck|too bad|so what|big deal)',
    alternatives: ["let's find a way forward"],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [{ before: 'Tough luck.', after: "Let's find a way forward." }],
  },
  {
    id: 'dismiss-not-big-deal',
    kind: 'dismissal',
    pattern: "(?:(?:it|this|that)(?:'s| is) )?(?:not (?:a|that) big (?:of a )?deal|no big deal|not the end of the world)",
    alternatives: ['I understand why this matters'],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [{ before: "It's not a big deal.", after: 'I understand why this matters.' }],
  },
  {
    // "Stop whining and update the app." → "Please update the app.", not "Thank you for raising this and update the app."
    id: 'dismiss-stop-complaining-and',
    kind: 'dismissal',
    pattern: '(?:just )?(?:(?:stop|quit) (?:complaining|whining|moaning|crying|nagging|griping|bitching)|shut (?:up|your mouth)) and (?:just )?(\\p{L}+)',
    alternatives: ['please $1'],
    guideline: 'stay-calm',
    source: S.techniques,
    examples: [
      { before: 'Stop whining and update the app.', after: 'Please update the app.' },
      { before: 'Shut up and listen.', after: 'Please listen.' },
    ],
  },
  {
    // "Buy a real phone.", a sentence of its own: talking down to the customer, nothing to keep
    id: 'condescension-buy-a-real',
    kind: 'condescension',
    pattern: "(?<=^|[.!?]\\s{1,3}|\\n)(?:(?:just|so|then|maybe|go) )?(?:buy|get|use) (?:yourself )?(?:a|an) (?:real|proper|decent|grown-up|grown up|working) \\p{L}+(?:,? then)?(?=\\s*(?:[.!?]|$))",
    alternatives: [''],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'Buy a real phone. Version 4.2.1 works on Pixel.', after: 'Version 4.2.1 works on Pixel.' }],
  },
  {
    // "Uninstall then.", "If you don't like it, go elsewhere.": showing the customer the door
    id: 'dismiss-leave-then',
    kind: 'dismissal',
    pattern: "(?<=^|[.!?]\\s{1,3}|\\n)(?:(?:if you (?:don't|do not) like it,? )(?:(?:just|so|then) )?(?:uninstall|delete|cancel|unsubscribe|leave|go elsewhere|go somewhere else|shop elsewhere|eat elsewhere|(?:don't|do not) (?:use|buy|come|order|book))(?: (?:it|the app|us|here|again|from us))?(?:,? then)?|(?:(?:just|so|well) )?(?:uninstall|delete|cancel|unsubscribe|leave|go elsewhere|go somewhere else|shop elsewhere|eat elsewhere|(?:don't|do not) (?:use|buy|come|order|book))(?: (?:it|the app|us|here|again|from us))?,? then)(?=\\s*(?:[.!?]|$))",
    alternatives: [''],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [
      { before: 'I understand. Uninstall then.', after: 'I understand.' },
      { before: "If you don't like it, go elsewhere. The fee is $5.", after: 'The fee is $5.' },
    ],
  },
  {
    // "LOL." / "…, haha.": laughing at the customer
    id: 'sarcasm-lol',
    kind: 'sarcasm',
    pattern: '(?:lol|lmao|lmfao|rofl|roflmao|haha(?:ha)*|hehe(?:he)*)(?=\\s*(?:[.!?,]|$))',
    alternatives: [''],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [
      { before: 'LOL. Your refund was sent on May 3.', after: 'Your refund was sent on May 3.' },
      { before: 'It was in the FAQ, lol.', after: 'It was in the FAQ.' },
    ],
  },
  {
    id: 'dismiss-stop-complaining',
    kind: 'dismissal',
    pattern: '(?:stop|quit|enough) (?:complaining|whining|moaning|crying|nagging|griping|bitching|with the complaints)',
    alternatives: ['thank you for raising this'],
    guideline: 'thank-feedback',
    source: S.techniques,
    examples: [{ before: 'Stop complaining.', after: 'Thank you for raising this.' }],
  },
  {
    id: 'dismiss-end-of-discussion',
    kind: 'dismissal',
    pattern: '(?:end of (?:discussion|story|conversation)|case closed|take it or leave it)(?=\\s*(?:[.!]|$))',
    alternatives: ['I hope this helps'],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [{ before: 'No refunds. End of discussion.', after: 'No refunds. I hope this helps.' }],
  },
  {
    id: 'dismiss-done-with-this',
    kind: 'dismissal',
    pattern: "I(?:'m| am) (?:so |completely )?(?:done|finished|through) (?:with (?:this|you|it|your \\w+)|talking(?: to you)?|here)",
    alternatives: ["I'll leave it here for now"],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [{ before: "I'm done with this.", after: "I'll leave it here for now." }],
  },
  {
    id: 'dismiss-dont-contact',
    kind: 'dismissal',
    pattern: "(?:do not|don'?t|never) (?:ever )?(?:email|e-mail|contact|bother|message|call|write to) (?:me|us) again",
    alternatives: ['feel free to reach out if anything else comes up'],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [{ before: "Don't email us again.", after: 'Feel free to reach out if anything else comes up.' }],
  },
  {
    id: 'dismiss-not-listening',
    kind: 'dismissal',
    pattern: "(?:are you (?:even )?listening|you(?:'re| are) not listening|do you even listen|did you even read (?:it|this|that))\\s*\\?*",
    alternatives: ['let me put this another way.'],
    guideline: 'acknowledge-empathize',
    source: S.recovery,
    examples: [{ before: 'Are you even listening? The size is wrong.', after: 'Let me put this another way. The size is wrong.' }],
  },
  {
    // "Did you even read the listing?" blames; what helps is restating what the listing says.
    id: 'blame-did-you-even-read-doc',
    kind: 'blame',
    pattern: `(?:did|do|have) you (?:even |actually |ever |really )?(?:read|look at|check|see|open) (?:the|my|our|this|that|your) (${DOC})\\s*[?!]*`,
    alternatives: ['in case the $1 was not clear, here is the short version.'],
    guideline: 'explain-policy-patiently',
    source: S.constructive,
    examples: [
      { before: 'Did you even read the listing? It ships in 5 days.', after: 'In case the listing was not clear, here is the short version. It ships in 5 days.' },
    ],
  },
  // ── condescension ────────────────────────────────────────────────────────────────────────────
  {
    id: 'condescend-obviously',
    kind: 'condescension',
    pattern: '(?:obviously|evidently|of course|clearly),?(?= )',
    alternatives: [''],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'Obviously returns take 14 days.', after: 'Returns take 14 days.' }],
  },
  {
    id: 'condescend-as-anyone',
    kind: 'condescension',
    pattern: '(?:as|like) (?:anyone|anybody|everyone|everybody|any fool|any child|a child|a five[- ]year[- ]old) (?:can|could|would|should) (?:see|tell|understand|know|figure out)',
    alternatives: ['as it turns out'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'As anyone can see, the seal is intact.', after: 'As it turns out, the seal is intact.' }],
  },
  {
    id: 'condescend-not-rocket-science',
    kind: 'condescension',
    pattern: "(?:(?:it|this|that)(?:'s| is| isn'?t| is not) )?(?:not |hardly )?(?:rocket science|brain surgery|that hard|that difficult|that complicated|common sense)",
    alternatives: ['this part can be tricky'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: "It's not rocket science.", after: 'This part can be tricky.' }],
  },
  {
    id: 'condescend-a-child-could',
    kind: 'condescension',
    pattern: '(?:even )?(?:a|my) (?:child|kid|toddler|monkey|grandma|grandmother|five[- ]year[- ]old|5[- ]year[- ]old) (?:could|can|would) (?:do|figure|understand|get|manage) (?:it|this|that)(?: out)?',
    alternatives: ['this part can be tricky'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'A child could figure this out.', after: 'This part can be tricky.' }],
  },
  {
    id: 'condescend-no-offense',
    kind: 'condescension',
    pattern: "(?:no offen[cs]e(?: intended)?,? but|with (?:all )?due respect,?|not to be rude,? but|i hate to break it to you,? but|newsflash:?|news flash:?|FYI,? |just so you know,?|let me spell it out(?: for you)?:?)",
    alternatives: [''],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'With all due respect, the warranty ended in May.', after: 'The warranty ended in May.' }],
  },
  {
    id: 'condescend-read-the-faq',
    kind: 'condescension',
    pattern: '(?<!(?:had|have|you|\'d) )(?:just |simply |go )?(?:read|check|look at|google) (?:the|our) (faq|manual|instructions|docs|documentation|website|help page)',
    alternatives: ['the $1 covers this, and I am happy to walk you through it'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: 'Read the FAQ.', after: 'The FAQ covers this, and I am happy to walk you through it.' }],
  },
  {
    id: 'condescend-simple',
    kind: 'condescension',
    pattern: "(?:it(?:'s| is) )?(?:really |very |pretty )?(?:simple|easy|basic|straightforward)(?:,| -|:)? (?:just|you just|all you have to do is|all you need to do is)",
    alternatives: ['here is how:'],
    guideline: 'explain-policy-patiently',
    source: S.steps,
    examples: [{ before: "It's simple, just restart the router.", after: 'Here is how: restart the router.' }],
  },
  // ── sarcasm ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'sarcasm-thanks-lecture',
    kind: 'sarcasm',
    pattern: "(?:thanks?|thank you) for the (?:lecture|lesson|sermon|life advice|essay|novel)",
    alternatives: ["thank you for the feedback"],
    guideline: 'thank-feedback',
    source: S.techniques,
    examples: [
      { before: "Thanks for the lecture.", after: "Thank you for the feedback." },
    ],
  },
  {
    id: 'sarcasm-address',
    kind: 'condescension',
    pattern: "(?<=, )(?:genius|sherlock|einstein|buddy|pal|sweetheart|sweetie|honey|hun|princess|champ|chief|mate|smart guy|smartypants|sir|lady)(?=\\s*(?:[.!?,]|$))",
    alternatives: [""],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: "Thanks for the tip, genius.", after: "Thanks for the tip." },
    ],
  },
  {
    id: 'threat-or-leave',
    kind: 'threat',
    pattern: "or (?:go|take your (?:business|money)) (?:elsewhere|somewhere else)",
    alternatives: [""],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [
      { before: "Pay the fee or go elsewhere.", after: "Pay the fee." },
    ],
  },
  {
    id: 'buck-take-it-up',
    kind: 'buck-passing',
    pattern: "(?:so |just |please )?(?:take|bring) it up with (them|the \\p{L}+|\\p{Lu}\\p{L}+)",
    alternatives: ["I'll take it up with $1 for you"],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [
      { before: "So take it up with them.", after: "I'll take it up with them for you." },
    ],
  },
  {
    id: 'sarcasm-sorry-not-sorry',
    kind: 'sarcasm',
    pattern: "sorry,? (?:(?:I'm|I am) )?not sorry",
    alternatives: ['I am sorry about this'],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Sorry not sorry.', after: 'I am sorry about this.' }],
  },
  {
    id: 'sarcasm-thanks-for-nothing',
    kind: 'sarcasm',
    pattern: '(?:(?:wow|gee|gee whiz|oh|well),?\\s*)?(?:thanks?|thank you|ty)(?: (?:a lot|so much|very much))? for (?:nothing|wasting my time|the (?:non-?answer|useless (?:reply|answer|help))|absolutely nothing|being (?:so |super )?(?:useless|helpful))',
    alternatives: ['thank you for your time'],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Wow, thanks for nothing.', after: 'Thank you for your time.' }],
  },
  {
    id: 'sarcasm-gee-thanks',
    kind: 'sarcasm',
    pattern: '(?:gee|wow|oh|well),? (?:thanks|thank you)(?: (?:a lot|so much))?(?=\\s*[.!?,]|$)',
    alternatives: ['thank you'],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Gee, thanks.', after: 'Thank you.' }],
  },
  {
    id: 'sarcasm-just-what-i-needed',
    kind: 'sarcasm',
    pattern: '(?:oh,? )?(?:great|wonderful|fantastic|brilliant|perfect|lovely|terrific|awesome|just great),? (?:just |exactly )?what I (?:needed|wanted)(?: today)?',
    alternatives: ['this is not what we wanted'],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Oh great, just what I needed.', after: 'This is not what we wanted.' }],
  },
  {
    id: 'sarcasm-good-luck',
    kind: 'sarcasm',
    pattern: "(?:good luck with (?:that|this)|nice try|yeah,? right|as if|bless your (?:little )?heart|hope you(?:'re| are) happy(?: now)?|slow clap|congrat(?:ulation)?s,? genius|no shit,? sherlock|big surprise|what a surprise|surprise,? surprise|shocker)(?=\\s*(?:[.!?,;]|$))",
    alternatives: ['I understand'],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Good luck with that.', after: 'I understand.' }],
  },
  {
    id: 'sarcasm-slash-s',
    kind: 'sarcasm',
    pattern: '/s(?=\\s*$|\\s)',
    alternatives: [''],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Love waiting on hold /s', after: 'Love waiting on hold' }],
  },
  {
    id: 'sarcasm-eyeroll',
    kind: 'sarcasm',
    pattern: '(?:🙄|😒|😤|😡|🤬|🖕|😠|\\*eye ?roll\\*|\\*sigh\\*|\\*rolls eyes\\*|smh|ugh+|sigh|eye ?roll)',
    alternatives: [''],
    guideline: 'stay-calm',
    source: S.constructive,
    examples: [{ before: 'Ugh. Your refund is processed.', after: 'Your refund is processed.' }],
  },
  // ── threats and ultimatums ───────────────────────────────────────────────────────────────────
  {
    id: 'threat-or-else',
    kind: 'threat',
    pattern: 'or else(?=\\s*(?:[.!?,]|$))',
    alternatives: [''],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Return it by Friday or else.', after: 'Return it by Friday.' }],
  },
  {
    id: 'threat-or-legal',
    kind: 'threat',
    pattern: "or (?:else )?(?:I|we)(?:'ll| will| am going to|'m going to|'re going to| are going to|'m gonna) (?:see you in court|sue(?: you)?|take (?:you|this|it) to court|take legal action|get (?:my|our) (?:lawyers?|attorneys?) involved|call (?:my|our) (?:lawyers?|attorneys?)|report you[^.!?\\n]{0,30}|cancel (?:your|the) (?:account|order|subscription|service))",
    alternatives: [''],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Please pay by Friday or we will take legal action.', after: 'Please pay by Friday.' }],
  },
  {
    id: 'threat-regret',
    kind: 'threat',
    pattern: "(?:you(?:'ll| will| are going to|'re going to|'re gonna| are gonna)) (?:regret (?:this|it|that)|be sorry|pay for (?:this|that|it))",
    alternatives: ["I'd like us to resolve this"],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [{ before: "You'll regret this.", after: "I'd like us to resolve this." }],
  },
  {
    id: 'threat-legal',
    kind: 'threat',
    pattern: "(?:(?:I|we)(?:'ll| will| am going to|'m going to|'re going to| are going to|'m gonna) )?(?:see you in court|sue you|sue|take (?:you|this|it) to court|get (?:my|our) (?:lawyers?|attorneys?) involved|call (?:my|our) (?:lawyers?|attorneys?)|take legal action|report you|have you fired|get you fired|blacklist you|ban you|expose you|destroy you|ruin you|ruin your business|make you pay)",
    alternatives: ["I'd like us to resolve this directly"],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [{ before: "We'll see you in court.", after: "I'd like us to resolve this directly." }],
  },
  {
    id: 'threat-lawyers-in-touch',
    kind: 'threat',
    pattern: '(?:my|our) (?:lawyers?|attorneys?|solicitors?|legal team) will be in touch',
    alternatives: ["I'd like us to resolve this directly"],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [{ before: 'Our lawyer will be in touch.', after: "I'd like us to resolve this directly." }],
  },
  {
    id: 'threat-last-warning',
    kind: 'threat',
    pattern: "(?:this is )?(?:your|the) (?:last|final) (?:warning|chance)|(?:don'?t|do not) (?:test|push) (?:me|us|your luck)|(?:don'?t|do not) make me (?:come|ask|call|tell)[^.!?\\n]{0,30}",
    alternatives: ["I'd like us to resolve this soon"],
    guideline: 'close-politely',
    source: S.constructive,
    examples: [{ before: 'This is your last warning.', after: "I'd like us to resolve this soon." }],
  },
  {
    id: 'threat-better',
    kind: 'threat',
    pattern: "you(?:'d| had) better(?: not)?|you better(?: not)?",
    alternatives: ['please'],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [{ before: "You'd better send it today.", after: 'Please send it today.' }],
  },
  // ── absolutes ────────────────────────────────────────────────────────────────────────────────
  {
    // "You never listen" is about the person; what can be fixed is whether the message landed.
    id: 'absolute-you-never-listen',
    kind: 'absolute',
    pattern: "you (?:people |guys |lot |all )?(?:never|always fail to|don't ever|do not ever)(?: ever)? (?:listen|read (?:anything|what i write|my (?:emails?|messages?))?|pay attention|understand)(?= *[.!?,]|$)",
    alternatives: ['I may not have explained this clearly'],
    guideline: 'not-personal',
    source: S.constructive,
    examples: [{ before: 'You never listen.', after: 'I may not have explained this clearly.' }],
  },
  {
    id: 'absolute-you-always',
    kind: 'absolute',
    pattern: "you (?:people |guys |lot |all )?(?:always|constantly|forever|continually)(?! been)",
    alternatives: ['you sometimes'],
    guideline: 'stay-calm',
    source: S.constructive,
    examples: [{ before: 'You always send the wrong size.', after: 'You sometimes send the wrong size.' }],
  },
  {
    id: 'absolute-you-never',
    kind: 'absolute',
    pattern: 'you (?:people |guys |lot |all )?never(?: ever)?(?= (?:listen|answer|reply|respond|help|read|call|fix|care|learn|check|follow|pay|understand|deliver|do|get|send|keep|tell)\\b)',
    alternatives: ["you don't always"],
    guideline: 'stay-calm',
    source: S.constructive,
    examples: [{ before: 'You never answer the phone.', after: "You don't always answer the phone." }],
  },
  {
    // a past tense after "never" ("you never checked"): "don't always checked" would be broken English
    id: 'absolute-you-never-past',
    kind: 'absolute',
    pattern: 'you (?:people |guys |lot |all )?never(?: ever)?(?= \\p{L}{2,}ed\\b)',
    alternatives: ['you may not have'],
    guideline: 'stay-calm',
    source: S.constructive,
    examples: [{ before: 'Honestly you never checked the tracking.', after: 'Honestly you may not have checked the tracking.' }],
  },
  {
    id: 'absolute-every-single-time',
    kind: 'absolute',
    pattern: '(?:every single time|each and every time|every single day|every time,? without fail|without exception|100% of the time)',
    alternatives: ['more than once'],
    guideline: 'stay-calm',
    source: S.constructive,
    examples: [{ before: 'It breaks every single time.', after: 'It breaks more than once.' }],
  },
  {
    id: 'absolute-nothing-works',
    kind: 'absolute',
    pattern: "(?:nothing|none of (?:this|it|your \\w+)) (?:ever )?(?:works|worked|helps|helped)",
    alternatives: ['this has not worked yet'],
    guideline: 'stay-calm',
    source: S.constructive,
    examples: [{ before: 'Nothing ever works.', after: 'This has not worked yet.' }],
  },
  // ── buck-passing ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'buck-not-my-department',
    kind: 'buck-passing',
    pattern: "(?:(?:that|this|it)(?:'s| is| was) not|(?:that|this|it) (?:isn'?t|wasn'?t)|not) (?:my|our) (?:department|problem|job|responsibility|concern|area|issue|call|fault)(?=\\s*(?:[.!?,;]|$))",
    alternatives: ['let me find the right person for this'],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [
      { before: 'That is not my department.', after: 'Let me find the right person for this.' },
      { before: "Sorry, it's not our problem.", after: 'Sorry, let me find the right person for this.' },
    ],
  },
  {
    id: 'buck-talk-to-carrier',
    kind: 'buck-passing',
    pattern: "(?:you(?:'ll| will)? (?:have|need) to |you should |please |just |go )?(?:talk|speak|complain|take it up|contact|call|ask|email|write) (?:to |with )?(the (?:carrier|courier|manufacturer|post office|bank|shipping company|delivery company|warehouse|seller|supplier|other department|billing department|shipping department)|ups|fedex|usps|dhl|royal mail|amazon|your bank)(?: about (?:it|that|this))?",
    alternatives: ["I'll contact $1 for you"],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [{ before: 'Talk to the carrier.', after: "I'll contact the carrier for you." }],
  },
  {
    id: 'buck-not-responsible',
    kind: 'buck-passing',
    pattern: "(?:we are|we're|I am|I'm) not (?:responsible|liable|to blame) for (?:the |any |their )?(courier|carrier|post office|shipping company|delivery company|manufacturer|warehouse|bank|supplier)(?:'s|s'|s)? (mistakes?|errors?|delays?|problems?|issues?|failures?)",
    // the cause the user named, said plainly; not a promise to chase it that the user never made
    alternatives: ['this was caused by the $1'],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [{ before: "We are not responsible for the courier's mistakes.", after: 'This was caused by the courier.' }],
  },
  {
    // "Stop blaming us for the courier's mistake": the telling-off goes, the cause the user names stays
    id: 'buck-blame-us-for-third-party',
    kind: 'buck-passing',
    pattern: `${BLAME_US} for(?=${NAMES_THIRD_PARTY})`,
    alternatives: ['this was caused by'],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [
      { before: "Stop blaming us for the courier's mistake.", after: "This was caused by the courier's mistake." },
      { before: "Don't blame us for the courier losing it.", after: 'This was caused by the courier losing it.' },
    ],
  },
  {
    // "Don't blame us, blame the courier." / "That's on the courier, not us." / "It's the courier's fault."
    id: 'buck-third-party-cause',
    kind: 'buck-passing',
    pattern: [
      `${BLAME_US}[,;]? (?:blame|it was|it's|that was|that's) (the ${THIRD_PARTY}|${THIRD_PARTY})(?:'s|s')?(?![\\p{L}])`,
      // (at a sentence or clause start: "You should blame the courier" must not become "You should this was…")
      `(?<=^[ \\t]*|[.!?\\n,;:][ \\t]*)blame (the ${THIRD_PARTY}|${THIRD_PARTY})(?:,? not (?:us|me))?`,
      `(?:it|that|this)(?:'s| is| was) (?:all |entirely |totally |completely )?(?:on|down to) (the ${THIRD_PARTY}|${THIRD_PARTY}),? not (?:on )?(?:us|me)`,
      `(?:it|that|this)(?:'s| is| was) (the ${THIRD_PARTY})(?:'s|s'|s)? (?:fault|problem|issue|doing)(?:,? not (?:ours|mine|us|me))?`,
    ],
    alternatives: ['this was caused by $1'],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [
      { before: "Don't blame us, blame the courier.", after: 'This was caused by the courier.' },
      { before: "That's on the courier, not us.", after: 'This was caused by the courier.' },
      { before: "It's the courier's fault, not ours.", after: 'This was caused by the courier.' },
    ],
  },
  {
    // "It's not our fault that the courier lost your parcel." → "The courier lost your parcel."
    id: 'buck-not-our-fault-that',
    kind: 'buck-passing',
    pattern: "(?:(?:it|this|that)(?:'s| is| was) not|(?:it|this|that) (?:isn'?t|wasn'?t)|not) (?:my|our) fault(?: that)?(?! (?:you|if|when)(?![\\p{L}]))(?= \\p{L})",
    alternatives: [''],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [
      { before: "It's not our fault that the courier lost your parcel.", after: 'The courier lost your parcel.' },
      { before: 'Sorry, but it is not my fault the parcel was late.', after: 'Sorry, but the parcel was late.' },
    ],
  },
  {
    // "The delay was not our fault.", "…, which is not our problem." (the department entry made them "The delay
    // was let me find the right person for this.")
    id: 'buck-was-not-our-fault',
    kind: 'buck-passing',
    pattern: "(is|was|were|are) not (?:my|our) (?:fault|problem|issue|concern|responsibility)(?=\\s*(?:[.!?,;]|$))",
    alternatives: ['$1 outside our control'],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [
      { before: 'The delay was not our fault.', after: 'The delay was outside our control.' },
      { before: "You just don't like lemon, which is not our problem.", after: "You just don't like lemon, which is outside our control." },
    ],
  },
  {
    // "The courier lost it, not us." → "The courier lost it."
    id: 'buck-not-us',
    kind: 'buck-passing',
    pattern: `(?<=${THIRD_PARTY}(?:'s|’s|s'|s)?(?![\\p{L}])[^.!?\\n]{0,60}?)not (?:us|me|ours|mine|on us|on me|our fault|my fault)(?=\\s*(?:[.!?]|$))`,
    alternatives: [''],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [{ before: 'The courier lost it, not us.', after: 'The courier lost it.' }],
  },
  {
    // "Stop blaming us for the delay." (no one else named): the topic kept, the telling-off gone
    id: 'blame-stop-blaming-us-for',
    kind: 'blame',
    pattern: `${BLAME_US} for(?! (?:your|you)(?![\\p{L}]))(?!${NAMES_THIRD_PARTY})(?= \\p{L})`,
    alternatives: ['I understand your frustration with'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'Stop blaming us for the delay.', after: 'I understand your frustration with the delay.' }],
  },
  {
    // "Stop blaming me, the courier lost it." → "The courier lost it."
    id: 'blame-stop-blaming-us',
    kind: 'blame',
    pattern: `${BLAME_US}(?=\\s*(?:[.!?,;:]|$))`,
    alternatives: [''],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'Stop blaming me, the courier lost it.', after: 'The courier lost it.' }],
  },
  {
    // "Stop blaming us for your own mistake" (blame handed back): worked on together instead
    id: 'blame-stop-blaming-us-your',
    kind: 'blame',
    pattern: `${BLAME_US} for (?:your|you)(?![\\p{L}])[^.!?\\n,;]{0,60}`,
    alternatives: ["let's sort this out together"],
    guideline: 'cooperate',
    source: S.constructive,
    examples: [{ before: 'Stop blaming us for your own mistake.', after: "Let's sort this out together." }],
  },
  {
    // "…, it's ridiculous." after a point already made: a verdict on the reader's complaint, taken out
    id: 'dismiss-its-ridiculous',
    kind: 'dismissal',
    // (only as a sentence or a clause after a comma of its own: "Sorry, but that's ridiculous" must not become "Sorry, but.")
    pattern: "(?<=(?:^|[.!?\\n])[ \\t\"'“]*|[\\p{L}\\p{N}'’)][,;][ \\t]+)(?:it|this|that)(?:'s| is) (?:just |simply |frankly |honestly |absolutely |totally |completely |so |really |plain )?(?:ridiculous|absurd|ludicrous|insane|crazy|pathetic|laughable|nonsense|a joke|beyond me)(?=\\s*(?:[.!?]|$))",
    alternatives: [''],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [
      { before: 'The parcel left on time, it is ridiculous.', after: 'The parcel left on time.' },
      { before: 'The parcel left on time. This is absurd.', after: 'The parcel left on time.' },
    ],
  },
  {
    id: 'buck-nothing-we-can-do',
    kind: 'buck-passing',
    pattern: "(?:there(?:'s| is) )?nothing (?:(?:more|else) )?(?:I|we) can do(?: (?:about|for) (?:it|that|this|you))?|(?:I|we) (?:can'?t|cannot|can not) help you(?: with (?:that|this|it))?",
    alternatives: ['let me see what I can do'],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [{ before: "There's nothing we can do.", after: 'Let me see what I can do.' }],
  },
  {
    id: 'buck-out-of-my-hands',
    kind: 'buck-passing',
    // ("It's the courier's fault" and "blame the courier" are facts about the cause: buck-third-party-cause)
    pattern: "(?:(?:it|that|this)(?:'s| is) )?(?:out of|beyond) (?:my|our) (?:hands|control)|I (?:just )?work here",
    alternatives: ["I'll follow this up myself"],
    guideline: 'no-buck-passing',
    source: S.techniques,
    examples: [{ before: "It's out of my hands.", after: "I'll follow this up myself." }],
  },
  // ── insults ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'insult-you-are',
    kind: 'insult',
    // Two expressions (see PhraseEntry.pattern), and the list of further names ("…, lazy and
    // incompetent") is a capturing group on purpose: V8 copies a repeat of at most three of a group
    // without captures three times over, and with the word lists in each copy this one expression took
    // 60–140 ms to compile. A capture changes nothing matched, and no alternative uses it.
    pattern: [
      `(?:you(?:'re| are| were)|you guys are|you people are|you're being|you are being) (?:such |so |a |an |such an? |really |totally |completely |absolutely |clearly |just |the most |the biggest |an absolute |a complete |a total )*(?:${INSULT_ADJ}|${INSULT_NOUN})s?(?: (?:person|people|human|company|business|man|woman|guy|lady|bunch))?((?:,? (?:and|or|&)|,) (?:an? |such an? |a complete |a total |an absolute |a lying |so |really )?(?:${INSULT_ADJ}|${INSULT_NOUN})s?){0,3}(?! (?:to|towards|with|about)\\b)`,
      `what (?:an? |such an? )(?:absolute |complete |total |utter |massive |fucking )?(?:${INSULT_NOUN}|joke|farce|disgrace)s?(?: of an? \\p{L}+)?`,
    ],
    alternatives: ['I see this differently'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [
      { before: "You're an idiot.", after: 'I see this differently.' },
      { before: 'What an idiot.', after: 'I see this differently.' },
      // the whole list of names goes, not the first one ("I see this differently and a person.")
      { before: 'You are an idiot and a liar.', after: 'I see this differently.' },
      { before: "You're rude, lazy and incompetent.", after: 'I see this differently.' },
    ],
  },
  {
    id: 'insult-third-person',
    kind: 'insult',
    pattern: `(is|are|was|were|he's|she's|they're|that's|it's|he is|she is|they are|that is) (?:still |just |such |so |a |an |really |totally |completely |absolutely |clearly |the most |the biggest |huge |massive |real |complete |total |absolute |utter |fucking )*${INSULT_NOUN}s?`,
    alternatives: ['$1 being unfair'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'Your manager is a complete idiot.', after: 'Your manager is being unfair.' }],
  },
  {
    id: 'insult-are-you-stupid',
    kind: 'insult',
    pattern: '(?:are you|r u|are u) (?:stupid|dumb|blind|deaf|thick|illiterate|an idiot|a moron|insane|crazy|mad|kidding me|serious|joking|for real)\\s*\\?*',
    alternatives: ['could we look at this again?'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'Are you blind? It says size 8.', after: 'Could we look at this again? It says size 8.' }],
  },
  {
    id: 'insult-shut-up',
    kind: 'insult',
    pattern: '(?:just )?(?:shut (?:up|your mouth|your trap|it)|shut yer mouth|get a life|grow up|(?:get lost|go away|piss off|bugger off|get stuffed|drop dead)(?=\\s*(?:[.!?,]|$))|go die|kys|use your (?:brain|head|eyes)|get a clue|get real)',
    alternatives: ['please let me explain'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'Shut up. The box was empty.', after: 'Please let me explain. The box was empty.' }],
  },
  {
    id: 'insult-adjective-noun',
    kind: 'insult',
    pattern: `${INSULT_ADJ} (question|request|complaint|idea|policy|rule|email|message|order|excuse|reply|answer|review|comment|people|person|customer|staff|company|service|product|team|support|website|app|system)`,
    alternatives: ['$1'],
    guideline: 'not-personal',
    source: S.groups,
    examples: [{ before: 'That is a stupid question.', after: 'That is a question.' }],
  },
  {
    // "You idiots lost my order": the insult goes, "you" stays the subject ("You lost my order"), not "Lost my order"
    id: 'insult-you-noun-subject',
    kind: 'insult',
    pattern: `(you) (?:stupid |dumb |fucking |absolute |complete |total |little )*${INSULT_NOUN}s?(?= (?!(?:and|or|but|the|a|an|this|that|these|those|i|we|please|if|so|for|to|of|who|which|again|here|there|too|now|in|on|at|with|from)\\b)\\p{Ll})`,
    alternatives: ['$1'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'You idiots lost my order on March 3.', after: 'You lost my order on March 3.' }],
  },
  {
    id: 'insult-noun',
    kind: 'insult',
    pattern: `(?:you |ya |u )(?:stupid |dumb |fucking |absolute |complete |total |little )*${INSULT_NOUN}s?|(?:an? |such an? |the )?(?:stupid |dumb |fucking |absolute |complete |total |little |huge )*${INSULT_STRONG}s?`,
    alternatives: [''],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'Listen, you idiot, the box was empty.', after: 'The box was empty.' }, { before: 'Well, you idiot, the box was empty.', after: 'Well, the box was empty.' }],
  },
  // ── profanity (incl. masked) ─────────────────────────────────────────────────────────────────
  {
    id: 'profanity-gives-a',
    kind: 'profanity',
    pattern: "(?:who|nobody|no one|I|we) (?:(?:really|even|honestly) )?(?:gives?|cares?) a (?:shit|fuck|f\\*+k?|damn|crap|toss|rat'?s ass|flying fuck)",
    alternatives: ["who minds"],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [
      { before: "Who gives a shit about the box?", after: "Who minds about the box?" },
    ],
  },
  {
    id: 'profanity-dont-give-a',
    kind: 'profanity',
    pattern: "(?:don'?t|do not|doesn'?t|does not|didn'?t|did not) (?:really |even )?give a (?:shit|fuck|f\\*+k?|damn|crap|toss|rat'?s ass|flying fuck)(?: about)?",
    alternatives: ["don't mind"],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [
      { before: "I don't give a damn about the fee.", after: "I don't mind the fee." },
    ],
  },
  {
    id: 'profanity-out-of',
    kind: 'profanity',
    pattern: "(scare[sd]?|scaring|beat|beats|beating|slap|slapped|kick|kicked|annoy(?:s|ed|ing)?|bore[sd]?|confuse[sd]?) the (?:shit|crap|hell|fuck|heck|piss|living daylights) out of",
    alternatives: ["$1"],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [
      { before: "It scared the hell out of me.", after: "It scared me." },
    ],
  },
  {
    id: 'profanity-as-hell',
    kind: 'profanity',
    pattern: "as (?:all )?(?:hell|fuck|shit|heck|crap)|af",
    alternatives: [""],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [
      { before: "The queue was slow as hell.", after: "The queue was slow." },
    ],
  },
  {
    id: 'profanity-drives-me',
    kind: 'negative-word',
    pattern: "(drives?|driving|drove) me (?:insane|crazy|nuts|mad|bonkers|up the wall|round the bend)",
    alternatives: ["$1 me to my limit"],
    guideline: 'stay-calm',
    source: S.constructive,
    examples: [
      { before: "It drives me insane.", after: "It drives me to my limit." },
    ],
  },
  {
    id: 'profanity-place-in-hell',
    kind: 'threat',
    pattern: "(?:a )?special place in hell|(?:burn|rot) in hell",
    alternatives: ["a special place"],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [
      { before: "There is a special place in hell for spammers.", after: "There is a special place for spammers." },
    ],
  },
  {
    id: 'profanity-fuck-off-with',
    kind: 'profanity',
    pattern: "(?:fuck|piss|bugger|sod) off with (?:your|this|that|the)(?: \\p{L}+){1,3}?(?= because| and| or| but|\\s*[.!?,;]|\\s*$)",
    alternatives: [""],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [
      { before: "Fuck off with your excuses. The part is late.", after: "The part is late." },
    ],
  },
  {
    id: 'profanity-what-the-alone',
    kind: 'profanity',
    pattern: "(?:what|why|how) (?:in )?the (?:actual )?(?:fuck|f\\*+(?:c?k)?|f[*@#!]{2,}k?|hell|heck|shit|sh[i!1*]t|crap)(?=\\s*(?:[.!?]+(?:\\s|$)|$))",
    alternatives: [''],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'What the hell. The invoice is wrong.', after: 'The invoice is wrong.' }],
  },
  {
    id: 'insult-in-hell',
    kind: 'insult',
    pattern: '(?:see you in|go to|burn in|rot in|straight to) hell',
    alternatives: [''],
    guideline: 'avoid-clapback',
    source: S.groups,
    examples: [{ before: 'Keep your money, see you in hell.', after: 'Keep your money.' }],
  },
  {
    id: 'profanity-what-the',
    kind: 'profanity',
    pattern: "(what|why|how|who|where|when) (?:in )?the (?:actual )?(?:fuck|f\\*+(?:c?k)?|f[*@#!]{2,}k?|hell|heck|shit|sh[i!1*]t|devil|crap|frick|fudge)",
    alternatives: ['$1'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'What the hell happened to order 8812?', after: 'What happened to order 8812?' }],
  },
  {
    id: 'profanity-the-hell-out',
    kind: 'profanity',
    pattern: "the (?:fuck|f\\*+(?:c?k)?|hell|heck|shit|crap) (out|up|off|away|down|over|on|in)",
    alternatives: ['$1'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'Get the hell out of my inbox.', after: 'Get out of my inbox.' }],
  },
  {
    id: 'profanity-like-this',
    kind: 'profanity',
    pattern: '(?:shit|sh[i!1*]t|s\\*+t|crap|bullshit) like (this|that)',
    alternatives: ['situations like $1'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'Shit like this keeps happening.', after: 'Situations like this keeps happening.' }],
  },
  {
    id: 'profanity-wtf',
    kind: 'profanity',
    pattern: '(?:wtf|wth|omfg|ffs|fml|stfu|gtfo|lmfao|af)',
    alternatives: [''],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'WTF is this charge?', after: 'Is this charge?' }],
  },
  {
    id: 'profanity-intensifier',
    kind: 'profanity',
    pattern: `${PROFANE_INTENSIFIER}(?= )`,
    alternatives: [''],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [
      { before: 'The fucking box was empty.', after: 'The box was empty.' },
      { before: 'This f***ing app crashed at 10:42.', after: 'This app crashed at 10:42.' },
    ],
  },
  {
    id: 'profanity-this-is-crap',
    kind: 'profanity',
    pattern: "(?:(?:this|that|it)(?:'s| is| was) )(?:(?:a |an |total |complete |absolute |utter |such |a load of |a pile of |a piece of )*(?:bull)?(?:shit|sh[i!1*]t|s\\*+t|crap|garbage|trash|rubbish|junk|bs|b\\.s\\.|bollocks|nonsense|shite|horseshit|a joke|a disgrace|a scam|a rip-?off))",
    alternatives: ['this needs fixing'],
    guideline: 'stay-calm',
    source: 'own',
    examples: [{ before: 'This is bullshit.', after: 'This needs fixing.' }],
  },
  {
    id: 'profanity-piece-of',
    kind: 'profanity',
    pattern: '(?:a |this |that |the |your )?(?:piece of (?:shit|sh[i!1*]t|crap|garbage|junk|trash)|load of (?:old )?(?:shit|shite|crap|bollocks|rubbish|garbage|bs)|pile of (?:shit|crap|garbage|junk))',
    alternatives: ['this one'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'This piece of junk stopped at 3 pm.', after: 'This one stopped at 3 pm.' }],
  },
  {
    id: 'profanity-screw-this',
    kind: 'profanity',
    pattern: "(?:fuck|f\\*+(?:c?k)?|f[*@#!]{2,}k?|screw|to hell with|sod) (?:this|that|it)(?: shit| crap)?",
    alternatives: ["let's move on"],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'Screw this.', after: "Let's move on." }],
  },
  {
    id: 'profanity-fuck-you',
    kind: 'profanity',
    pattern: "(?:fuck|f\\*+(?:c?k)?|f[*@#!]{2,}k?|screw|damn|up yours|sod|to hell with) (?:you(?: all| guys| people)?|y'all|off|them|him|her|your (?:company|service|store|shop|policy|product|business))|dam+n? it|dammit|god ?dam+ ?it|up yours",
    alternatives: [''],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'Fuck you, Jan. The order shipped.', after: 'Jan. The order shipped.' }, { before: 'Damn it, the link is broken.', after: 'The link is broken.' }],
  },
  {
    id: 'profanity-piss-off-someone',
    kind: 'profanity',
    pattern: "(?:piss|tick|hack) off(?= (?:a|an|the|some|every|all|people|them|him|her|everyone|your|my|our|their|customers|users)\\b)",
    alternatives: ['annoy'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'That will piss off every customer.', after: 'That will annoy every customer.' }],
  },
  {
    id: 'profanity-pissed',
    kind: 'profanity',
    pattern: '(?:pissed|peed|ticked|hacked) off|pissed',
    alternatives: ['bothered'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'I am pissed off about the delay.', after: 'I am bothered about the delay.' }],
  },
  // "X messed up" said of someone (not "is messed up"): "mixed up" there reads as nonsense ("The courier mixed
  // up."), so it becomes "made a mistake" (with what, when something follows)
  {
    id: 'profanity-messed-up-with',
    kind: 'profanity',
    pattern: `${NOT_AFTER_BE}${MESSED_UP}(?=\\s+(?:the|my|your|our|his|her|their|this|that|these|those|a|an|every|everything|some|its)\\b)`,
    alternatives: ['made a mistake with'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'The courier screwed up the delivery.', after: 'The courier made a mistake with the delivery.' }],
  },
  {
    id: 'profanity-messed-up-alone',
    kind: 'profanity',
    pattern: `${NOT_AFTER_BE}${MESSED_UP}(?: big time| badly)?(?=\\s*(?:[.!?,;:]|$)|\\s+(?:again|and|but|here|there|today|yesterday|twice)\\b)`,
    alternatives: ['made a mistake'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'The courier messed up.', after: 'The courier made a mistake.' }, { before: 'We messed up big time, sorry.', after: 'We made a mistake, sorry.' }],
  },
  {
    id: 'profanity-messed-up',
    kind: 'profanity',
    pattern: MESSED_UP,
    alternatives: ['mixed up'],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'The order is fucked up.', after: 'The order is mixed up.' }],
  },
  {
    id: 'profanity-interjection',
    kind: 'profanity',
    pattern: "(?:holy (?:shit|crap|fuck|hell|cow)|for (?:fuck|god|christ|pete|heaven)'?s sake|jesus(?: fucking)?(?: christ)?|jfc|oh my fucking god|god ?dam+(?:n|it)?|dam+n? it|dammit|damn|shit|sh[i!1*]t|s\\*+t|crap|fuck|f\\*+(?:c?k)?|f[*@#!]{2,}k?|fuk|fck|frick|bloody hell|bollocks|bugger|bullshit|bs|hell|heck)(?=\\s*(?:[.!?,;:]|$))",
    alternatives: [''],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'Damn, the invoice is wrong.', after: 'The invoice is wrong.' }],
  },
  {
    id: 'profanity-word',
    kind: 'profanity',
    pattern: "(?:(?:bull|horse|dip|ape)?shit(?:ty|tiest|ter)?|sh[i!1*]t(?:ty)?|s\\*+t|shite|crap(?:py)?|fuck(?:ing|ed|er|ers|in'?)?|f\\*+(?:c?k)?(?:ing|ed|er)?|f[*@#!]{2,}k?|fuk|fck|motherfucker|mofo|bitch(?:ing|y)?|b\\*+h|ass(?:hole)?|arse(?:hole)?|bastard|dickhead|bloody|damn(?:ed)?|goddamn(?:ed)?|hell|piss(?:ed|ing)?|cunt|c\\*+t|twat|wanker|bollocks|bugger(?:ed)?)",
    alternatives: [''],
    guideline: 'keep-it-clean',
    source: 'own',
    examples: [{ before: 'Fix this shit now.', after: 'Fix this stuff now.' }, { before: 'Shit, the box was empty.', after: 'The box was empty.' }],
  },
];

/** Entries whose hostile kind is `kind`. */
export function phrasesOfKind(kind: ReasonKind): PhraseEntry[] {
  return PHRASES.filter((p) => p.kind === kind);
}
