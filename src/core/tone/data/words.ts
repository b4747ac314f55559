/**
 * Word tables as data: insults, profanity (plain and masked), acronyms that are not shouting,
 * customer-service overrides of AFINN-165 valences, and the closed word classes the feature rules
 * read. Each entry names its source.
 */
import type { MaskedEntry, ValenceOverride, WordEntry } from './entry';

const INSULT_SRC = 'own: common English insult list';
const PROF_SRC = 'own: common English profanity list';
const CS_SRC = 'own: customer-service context (issue 3: sorry/damaged are not hostile)';

const insults = (weight: number, words: string): WordEntry[] =>
  words.trim().split(/\s+/).map((word) => ({ word, kind: 'insult' as const, weight, source: INSULT_SRC }));
const profanity = (weight: number, words: string): WordEntry[] =>
  words.trim().split(/\s+/).map((word) => ({ word, kind: 'profanity' as const, weight, source: PROF_SRC }));

export const WORDS: readonly WordEntry[] = [
  ...insults(1.2, `idiot idiots idiotic moron morons moronic imbecile imbeciles stupid stupidity dumb dumbest dumber
    incompetent incompetence clueless pathetic useless worthless loser losers jerk jerks halfwit nitwit dimwit
    dunce buffoon clown clowns braindead brainless retard retarded retards cretin cretins numpty dolt ignoramus
    scumbag scumbags lowlife sleazy scammer scammers crook crooks fraudster fraudsters thief thieves liar liars
    hypocrite hypocrites hypocritical delusional deluded whiner whiners crybaby snowflake karen entitled spineless
    gutless shameless disgrace disgraceful pig pigs trash garbage scum vile despicable contemptible pea-brained
    ignorant lazy arrogant obnoxious rude pompous smug pretentious creep creepy psycho lunatic
    sociopath narcissist troll trolls incel libtard libtards fool fools foolish ridiculous absurd laughable
    asinine inept amateur amateurs amateurish cowards coward cowardly disgusting
    cheapskate cheapskates freeloader freeloaders tightwad scrounger scroungers chancer chancers timewaster timewasters
    time-waster time-wasters muppet muppets plonker pillock prat prats dropkick knobhead tosser tossers
    stupider stupidest`),
  ...profanity(1, `fuck fucks fucked fucking fuckin fucker fuckers fuckface fuckwit motherfucker motherfuckers
    motherfucking fk fkn fking fck fcking fcked fuk fukin effing frigging friggin freaking shit shits shitty
    shithead shitheads shitting bullshit bs horseshit crap crappy damn damned dammit goddamn goddamnit goddam
    hell ass asses asshole assholes arse arsehole arseholes dumbass jackass smartass bastard bastards bitch bitches
    bitching bitchy piss pissed pissing dick dicks dickhead dickheads prick pricks cunt cunts twat twats wanker
    wankers bollocks bloody douche douchebag douchebags wtf stfu gtfo ffs omfg jfc screw screwed sucks suck sucked`),
];

/** Masked / spelled-around forms, matched against one whole token (lowercased). */
export const MASKED: readonly MaskedEntry[] = [
  { id: 'f-masked', kind: 'profanity', weight: 1, pattern: '^f[*#@!$%.-]{1,4}(?:k|ck|ing|in|ed|er|ers|s)?$|^f[*#@!$%u][*#@!$%c]k(?:ing|in|ed|er|ers|s)?$|^fu[*#@!$%]{1,3}(?:ing|in|ed|er|ers|s)?$', source: PROF_SRC,
    examples: ['f***', 'f*ck', 'f**king', 'fu**', 'f#@%'], counterExamples: ['fun', 'f', 'fuss'] },
  { id: 'sh-masked', kind: 'profanity', weight: 1, pattern: '^sh[*!1#@$%i]t{1,2}(?:y|s|ty)?$|^s[*#@!$%]{2,3}t?$|^sh[*#@!$%]{1,3}t?$', source: PROF_SRC,
    examples: ['sh!t', 'sh*t', 's**t', 'sh1t', 'sh**'], counterExamples: ['shot', 'shut', 'sit'] },
  { id: 'b-masked', kind: 'profanity', weight: 1, pattern: '^b[*!1#@$%i][*#@!$%t][*#@!$%c]?h(?:es|y|ing)?$|^b[*#@!$%]{3,4}h?$', source: PROF_SRC,
    examples: ['b*tch', 'b!tch', 'b***h'], counterExamples: ['batch', 'b.i.g'] },
  { id: 'a-masked', kind: 'profanity', weight: 1, pattern: '^(?:a|@)[$*#@]{2}(?:hole|holes|hat|es)?$|^@ss(?:hole|holes)?$|^a[*#@$]{1,3}hole$', source: PROF_SRC,
    examples: ['a$$', '@ss', 'a**hole', 'a$$hole'], counterExamples: ['as', 'a$'] },
  { id: 'd-masked', kind: 'profanity', weight: 0.8, pattern: '^d[*#@!$%][*#@!$%m]n(?:ed|it)?$|^d[*#@!$%]{2,3}n?$|^dam[*#@!$%]$', source: PROF_SRC,
    examples: ['d*mn', 'd**n', 'dam*'], counterExamples: ['den', 'd*'] },
  { id: 'c-masked', kind: 'profanity', weight: 1.2, pattern: '^c[*#@!$%u][*#@!$%n][*#@!$%t]$', source: PROF_SRC,
    examples: ['c*nt', 'c**t'], counterExamples: ['cant', 'c*'] },
  { id: 'wtf-spaced', kind: 'profanity', weight: 1, pattern: '^(?:w\\.t\\.f|f-word|f-ing|f\\*\\*\\*ing|effin|frickin|fricking)$', source: PROF_SRC,
    examples: ['w.t.f', 'f-word', 'effin'], counterExamples: ['wtf2'] },
];

/**
 * All-caps tokens that are not shouting: acronyms, units, brands, codes. Lowercase here.
 * Tokens containing a digit (order ids, SKUs) are never shouting.
 */
export const ACRONYMS: readonly { word: string; source: string }[] = [
  ...[...new Set(`
  usa us uk eu un uae nyc la sf dc nasa fbi cia nsa irs dmv nhs bbc cnn nba nfl nhl mlb fifa ufc wwe
  faq id ids ok okay asap fyi eta rma sku upc isbn vat gst hst pst est pst cst mst gmt utc am pm
  ceo cfo cto coo vp hr pr it qa ui ux api url urls pdf pdfs jpg png gif csv html css js php sql ssl vpn wifi
  usb hdmi tv pc pcs cpu gpu ram ssd hdd os ios mac ipad iphone ps4 ps5 xbox nes snes dvd cd gps sms mms
  atm pin pins otp dob ssn llc inc ltd co corp plc gmbh diy aka rip tldr tl dr lol lmao lmfao rofl omg imo imho
  tbh idk irl btw smh fomo yolo nsfw op dm dms pm pms ama til eli eli5 ups dhl usps fedex tnt ebay aws ibm
  hp lg bmw bbq abc xyz aaa aa ncaa mvp goat gg npc rpg mmo fps dlc ai ml vr ar cgi dna rna hiv aids covid
  adhd ocd ptsd cbt md phd mba bsc msc ba ma rn er icu cpr bmi ad ads sos rsvp nb ps pss cc bcc re fw fwd
  sat gpa gre ged act uni ny ca tx fl wa uk gb nz au jp cn kr de fr es mx br ru in eu
  `.trim().split(/\s+/))].map((word) => ({ word, source: 'own: common acronyms and codes' })),
  // business and service acronyms that calm training replies wrote in capitals and the scorer read as
  // shouting (test/unit/fixtures/tone-business-train*.jsonl), and ISO 4217 codes of widely used currencies
  ...`cctv mot sla psn hmrc mri dvr hrb aca acca cpa cima mrics frics gdpr readme usd gbp eur aud cad nzd chf jpy inr zar sek nok dkk sgd hkd`
    .split(/\s+/).map((word) => ({ word, source: 'own: business/service acronyms and professional post-nominals seen as false shouting in calm training replies; ISO 4217 currency codes' })),
];

/** AFINN-165 words whose valence misleads in customer service (the situation, not the writer). */
export const VALENCE_OVERRIDES: readonly ValenceOverride[] = [
  ...`sorry apologise apologize apologised apologized apology apologies unfortunately unfortunate damaged damage
    problem problems issue issues delay delayed inconvenience inconvenienced error errors mistake mistakes
    broken broke missing lost late fault faulty failed fail failure defective concern concerns concerned
    worried worry complaint complain complained trouble difficulty difficult frustrating frustration
    disappointing disappointment upsetting stressful stress hard loss regret regrets sad
    sadly no not cancel cancelled canceled cancellation refund pain bother bothered
    urgent emergency risk unable limited`.trim().split(/\s+/)
    .map((word) => ({ word, valence: 0, source: CS_SRC })),
  ...'bad worse poor wrong frustrated upset disappointed'.split(' ')
    .map((word) => ({ word, valence: -1, source: CS_SRC })),
];

/** Function words: never n-gram features on their own (they explain nothing to the user). */
export const STOPWORDS: readonly { word: string; source: string }[] = [...new Set(`
  a an the and or but if then so of to in on at by for with from as is am are was were be been being it its it's
  this that these those there here i me my mine we us our you your he him his she her they them their what which
  who whom when where why how all any both each few more most other some such no nor not only own same than too
  very can will just don't should now do does did have has had having would could 0 s t i'm you're we're they're
  that's there's what's let's he's she's i've we've you've i'll we'll you'll i'd we'd you'd also up out about into
  over again once one two`.trim().split(/\s+/))]
  .map((word) => ({ word, source: 'own: common English function words' }));

const GRAMMAR_SRC = 'own: English grammar (closed word class)';

/** A closed class of words one feature rule reads (see features.ts), with what it is for. */
export interface WordClass {
  use: string;
  source: string;
  /** Each one token as the tokenizer produces it: lowercase, straight apostrophes. */
  words: readonly string[];
}

/** The closed word classes of the feature rules. */
/**
 * Insult words with another, harmless sense before these words: "you're entitled to a refund" states a
 * right (support replies say it often), "so entitled" is an insult. Not an insult, and not blame, there.
 * Source: own (English usage); in the training files "entitled to" is 21 calm texts to 7 hostile.
 */
export const OTHER_SENSE: Readonly<Record<string, readonly string[]>> = {
  entitled: ['to'],
};

export const WORD_CLASSES = {
  you: {
    use: 'The reader, addressed directly: "you ruined it", "you\'re so rude".',
    source: GRAMMAR_SRC,
    words: ['you', "you're", 'youre', 'ur', 'u', "you've", "you'd", 'yourself'],
  },
  your: {
    use: 'The reader\'s things: "your review is ridiculous" (your, then up to two words, then is/was).',
    source: GRAMMAR_SRC,
    words: ['your', 'yours'],
  },
  be: {
    use: 'The verb after "your …": "your attitude was the problem".',
    source: GRAMMAR_SRC,
    words: ['is', 'was', 'are', 'were'],
  },
  copula: {
    use: 'Words that may stand between "you" and a judgement: "you are just so rude".',
    source: GRAMMAR_SRC,
    words: ['are', 'were', 'is', 'was', 'be', 'being', 'been', 'sound', 'seem', 'look', 'act', 'acting', 'sounded', 'seemed', 'just',
      'clearly', 'obviously', 'really', 'so', 'such', 'a', 'an', 'totally', 'completely', 'simply', 'the', 'most', 'very', 'pretty', 'quite',
      'incredibly', 'absolutely', 'always', 'still'],
  },
  intensifier: {
    use: 'Negation reaches past these, as in the sentiment package\'s own strategy: "not very good", "not at all helpful".',
    source: 'sentiment package (its negation strategy), extended: own',
    words: ['very', 'so', 'too', 'that', 'really', 'particularly', 'at', 'all', 'exactly', 'even', 'remotely'],
  },
  degree: {
    use: 'Words of degree that take the tone of the warm word they qualify (stop 20): "truly sorry", "an absolute star", "clearly loved", "honestly appreciate". Before a warm word (data/warm.ts) such a word is not a feature of its own; the pair still is.',
    source: 'own: English degree adverbs and adjectives',
    words: ['truly', 'absolute', 'absolutely', 'clearly', 'honestly', 'genuinely', 'really', 'so', 'very', 'such', 'totally', 'completely', 'utterly',
      'incredibly', 'extremely', 'deeply', 'most', 'literally', 'just', 'super', 'actually', 'definitely', 'certainly', 'obviously'],
  },
  me: {
    use: 'The writer: an insult about oneself is not aimed at the reader ("I\'m so dumb").',
    source: GRAMMAR_SRC,
    words: ["i'm", 'im', 'i', 'me', 'myself'],
  },
  self: {
    use: 'Words that may stand between the writer and an insult about themselves: "I felt a bit stupid".',
    source: GRAMMAR_SRC,
    words: ["i'm", 'im', 'i', 'was', 'am', 'feel', 'felt', 'myself', 'me', 'so', 'such', 'a', 'an', 'really', 'being', 'too', 'pretty',
      'bit', 'little', 'kinda'],
  },
  shortShout: {
    use: 'Two-letter words that read as shouting in capitals ("NO", "DO IT"); other words need three letters.',
    source: 'own: short words written in capitals for emphasis',
    words: ['no', 'my', 'is', 'it', 'do', 'me', 'go', 'so', 'be', 'or', 'if', 'at', 'he', 'we', 'to', 'of', 'on', 'up'],
  },
  polite: {
    use: 'Words that make a one- or two-word sentence friendly rather than curt ("Thanks!", "Hi Sam,", "No worries.").',
    source: 'own: greetings, thanks, agreement and sign-offs common in customer-service replies',
    words: ['thanks', 'thank', 'thx', 'hi', 'hello', 'hey', 'dear', 'sorry', 'yes', 'yep', 'ok', 'okay', 'sure', 'welcome', 'cheers',
      'regards', 'best', 'sincerely', 'congrats', 'congratulations', 'great', 'awesome', 'perfect', 'good', 'nice', 'lol', 'haha', 'cool',
      'wow', 'yay', 'please', 'absolutely', 'definitely', 'exactly', 'agreed', 'true', 'same', 'done', 'love', 'ps', 'note', 'update',
      'edit', 'morning', 'evening', 'afternoon', 'bye', 'goodbye', 'enjoy', 'noted', 'understood', 'of', 'course', 'no', 'problem',
      'worries', 'hope', 'glad', 'happy', 'amazing', 'beautiful', 'wonderful', 'bless', 'aw', 'aww', 'oh', 'ah', 'hmm', 'and', 'or'],
  },
  undergo: {
    use: 'Verbs that report what the reader felt or went through: a participle after them is not blame ("you felt ignored", "you were overcharged", "your order was delayed").',
    source: GRAMMAR_SRC,
    words: ['feel', 'feels', 'felt', 'feeling', 'were', 'was', 'are', 'be', 'been', 'being', 'got', 'get', 'gets', 'getting', 'seem',
      'seems', 'seemed', 'left', 'made'],
  },
  judged: {
    use: 'Participles that judge the reader rather than report what happened to them: still blame after those verbs ("you\'re deluded").',
    source: 'own: English adjectives in -ed that describe a person\'s character or state of mind',
    words: ['confused', 'deluded', 'entitled', 'spoiled', 'spoilt', 'misguided', 'biased', 'unhinged', 'deranged', 'uneducated',
      'uninformed', 'brainwashed', 'obsessed', 'twisted', 'warped', 'demented', 'crazed', 'wicked', 'naked', 'jaded', 'bigoted',
      'narrow-minded', 'pig-headed', 'bloody-minded', 'self-centred', 'self-centered', 'stuck-up', 'two-faced', 'ill-mannered',
      'bad-tempered', 'hot-headed'],
  },
  empathy: {
    use: 'Verbs that name the reader\'s feeling with empathy: "I understand why you\'re angry", "sorry to hear you were unhappy" is not blame.',
    source: 'own: English usage; in the training files "I get / understand / see why you\'re angry / unhappy / …" is 67 calm texts to 25 hostile',
    words: ['understand', 'understood', 'get', 'see', 'know', 'hear', 'heard', 'realise', 'realize', 'appreciate', 'imagine'],
  },
  empathyLink: {
    use: 'Words that may stand between an empathy verb and "you": "I understand why you\'re upset".',
    source: GRAMMAR_SRC,
    words: ['why', 'that', 'how'],
  },
  feeling: {
    use: 'How the reader feels, not what they are: after an empathy verb, "you\'re angry" acknowledges them.',
    source: 'own: English adjectives of feeling',
    words: ['angry', 'unhappy', 'mad', 'furious', 'livid', 'sad', 'miserable', 'cross', 'sick', 'hurt', 'worried', 'anxious', 'annoyed',
      'upset', 'frustrated', 'disappointed', 'fuming', 'gutted'],
  },
  report: {
    use: 'Verbs that report the reader\'s own words or view: after "you said / called / found", a harsh word is the reader\'s, not an insult from the writer ("you called us useless").',
    source: 'own: English reporting verbs; in the training files an insult after "you said / called / described …" is 12 calm texts to 10 hostile',
    words: ['said', 'say', 'says', 'called', 'call', 'described', 'describe', 'wrote', 'write', 'mentioned', 'complained', 'felt', 'found',
      'thought', 'told', 'noted', 'reported', 'raised', 'claimed'],
  },
} as const satisfies Record<string, WordClass>;
