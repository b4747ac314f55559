import { describe, expect, it, vi } from 'vitest';
import { analyze, createAnalyzer } from '../../src/core/tone';
import type { Analysis, ReasonKind } from '../../src/core/tone';
import { PHRASES } from '../../src/core/tone/data/phrases';
import { windows } from '../../src/core/tone/analyze';
import { shippedModel } from '../../src/core/tone/data/model';
import { cpuMs } from './helpers/cpu-time';

const kinds = (a: Analysis): ReasonKind[] => a.reasons.map((r) => r.kind);
const hostileText = (a: Analysis): string[] => a.reasons.filter((r) => r.weight > 0).map((r) => r.text);

function expectExactSpans(text: string, a: Analysis): void {
  for (const r of a.reasons) {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.why.length).toBeGreaterThan(5);
    expect(Number.isFinite(r.weight)).toBe(true);
  }
}

describe('analyze: the two anchor examples', () => {
  it('flags the exasperated reply and says why', () => {
    const text = 'Did you even READ my email?! Stop wasting my time';
    const a = analyze(text);
    expect(a.flagged).toBe(true);
    expect(a.level).toBe('angry');
    expect(kinds(a)).toEqual(expect.arrayContaining(['blame', 'dismissal', 'shouting']));
    expect(a.reasons.find((r) => r.kind === 'shouting' && r.text === '?!')).toBeDefined();
    expectExactSpans(text, a);
  });

  it('does not flag an apology about a damaged order, and credits the apology and the plan', () => {
    const text = "I'm so sorry your order arrived damaged; we'll replace it today";
    const a = analyze(text);
    expect(a.flagged).toBe(false);
    expect(a.level).toBe('calm');
    expect(kinds(a)).toEqual(expect.arrayContaining(['apology', 'action']));
    expect(a.reasons.every((r) => r.weight < 0)).toBe(true);
    expectExactSpans(text, a);
  });
});

describe('analyze: hostile families', () => {
  const cases: [string, ReasonKind][] = [
    ["You clearly didn't read the instructions. That's your own fault.", 'blame'],
    ['Calm down. As I already said, we do not ship on Sundays.', 'dismissal'],
    ['Per my last email, the refund was sent. For the last time, check your bank.', 'dismissal'],
    ['Anyone with half a brain would have checked the size chart.', 'condescension'],
    ['Wow, one star because the courier was late? Sorry not sorry.', 'sarcasm'],
    ['Post that review again and we will take legal action. This is your last warning.', 'threat'],
    ['You always do this and you never listen.', 'absolute'],
    ["That's not my department. Take it up with the courier.", 'buck-passing'],
    ['You are an incompetent idiot.', 'insult'],
    ['What the f*** is this sh!t', 'profanity'],
  ];
  for (const [text, kind] of cases) {
    it(`flags ${kind}: ${text}`, () => {
      const a = analyze(text);
      expect(kinds(a)).toContain(kind);
      expect(a.flagged).toBe(true);
      expectExactSpans(text, a);
    });
  }

  it('finds masked profanity as whole spans', () => {
    const a = analyze('this is f***ing ridiculous, what a pile of sh!t');
    const prof = a.reasons.filter((r) => r.kind === 'profanity').map((r) => r.text);
    expect(prof).toEqual(expect.arrayContaining(['f***ing', 'sh!t']));
  });

  it('reads a calming phrase inside a sarcastic one as part of the jab, but not a sincere thank-you', () => {
    // "thanks" inside "Thanks for the lecture" does not soften it; "I'm sorry you feel" is no apology
    const lecture = analyze('Thanks for the lecture.');
    expect(lecture.flagged).toBe(true);
    expect(kinds(lecture)).toContain('sarcasm');
    expect(kinds(lecture)).not.toContain('thanks');
    expect(kinds(analyze("I'm sorry you feel that way."))).not.toContain('apology');
    // thanks for a lesson or for advice is usually meant
    for (const text of ['Thanks for the lesson today, the kids loved it!', 'Thank you for the advice on how to improve our menu, we will try it.']) {
      const a = analyze(text);
      expect(a.flagged, text).toBe(false);
      expect(kinds(a), text).not.toContain('sarcasm');
    }
  });

  it('finds any listed insult or profanity with its letters starred out, and nothing else', () => {
    const kindsOf = (text: string): string[] => analyze(text).reasons.filter((r) => r.kind === 'profanity' || r.kind === 'insult').map((r) => `${r.kind}:${r.text}`);
    expect(kindsOf('This is b******t and you know it.')).toEqual(['profanity:b******t']);
    expect(kindsOf('What a bulls**t policy')).toEqual(['profanity:bulls**t']);
    expect(kindsOf('Only an id**t would ask that.')).toEqual(['insult:id**t']);
    expect(analyze('This is b******t and you know it.').flagged).toBe(true);
    // other words with symbols in them are not masked insults
    expect(kindsOf('Your Pa$$word reset link is on its way, S*P*O*R*T fan!')).toEqual([]);
  });

  it('treats capitalised words as shouting but not acronyms, codes or order ids', () => {
    const a = analyze('I TOLD you the FAQ says your ID and order AB12345 ship from the USA via UPS.');
    const shouted = a.reasons.filter((r) => r.kind === 'shouting').map((r) => r.text);
    expect(shouted).toEqual(['TOLD']);
  });

  it('reads service acronyms and currency codes as names, not shouting: CCTV, MOT, MRI, GBP', () => {
    const a = analyze('We have CCTV footage of the car park, your MOT is booked, the MRI results are in and the refund is 40 GBP.');
    expect(a.reasons.filter((r) => r.kind === 'shouting')).toEqual([]);
    expect(analyze('YOU NEVER LISTEN to the CCTV.').reasons.filter((r) => r.kind === 'shouting').map((r) => r.text)).toEqual(['YOU', 'NEVER', 'LISTEN']);
  });

  // QA: a polite opening and a next step made "the stupidest complaint" read calm, and it was sent at once.
  it("calling the reader's complaint stupid holds the draft, however politely it is framed", () => {
    const framed = 'Thank you for your email. Honestly this is the stupidest complaint we have had. Please reply with your order number and we will look into it today.';
    expect(analyze(framed).flagged).toBe(true);
    expect(analyze("I am sorry, but this is the stupidest complaint we've had.").flagged).toBe(true);
    expect(analyze(framed).reasons.find((r) => r.kind === 'condescension')?.text).toBe('stupidest complaint');
    // the same words about the writer's own question, or denied, are not aimed at the reader
    expect(analyze('Sorry for the dumb question! Is the shop open on Sunday?').reasons.some((r) => r.kind === 'condescension')).toBe(false);
    expect(analyze('Not a stupid question at all, thanks for asking.').reasons.some((r) => r.kind === 'condescension')).toBe(false);
  });

  it('treats stacked punctuation as shouting', () => {
    const a = analyze('Where is my refund!!!');
    expect(a.reasons.some((r) => r.kind === 'shouting' && r.text === '!!!')).toBe(true);
  });

  it('a friendly "!!" is not shouting evidence, while "!!!" and "?!" are', () => {
    const friendly = analyze('Thanks so much!! Your order ships tomorrow.');
    expect(friendly.flagged).toBe(false);
    expect(friendly.reasons.filter((r) => r.kind === 'shouting')).toEqual([]);
    expect(analyze('Your order ships tomorrow!!!').score).toBeGreaterThan(analyze('Your order ships tomorrow.').score);
  });
});

describe('analyze: calming, negation and context', () => {
  it('an apology, empathy and a plan lower the score of the same complaint', () => {
    const bare = analyze('The package was lost and the delay is a problem.');
    const calm = analyze("I'm sorry, I understand how frustrating this is. The package was lost and the delay is a problem. We'll send a new one today.");
    expect(calm.score).toBeLessThan(bare.score);
    expect(kinds(calm)).toEqual(expect.arrayContaining(['apology', 'empathy', 'action']));
  });

  it('what happened to the reader is not blame; what the reader did or is still is', () => {
    // acknowledging the customer's experience is what a calm reply does
    for (const t of ['Sorry you felt ignored on Saturday. We were short-staffed and that is on us.', "I understand you're frustrated, and I'm looking into it.",
      'Sorry if you felt ignored, we were short-staffed that evening and will do better.', "I'm so sorry your order was delayed."]) {
      const a = analyze(t);
      expect(kinds(a), t).not.toContain('blame');
      expect(a.flagged, t).toBe(false);
    }
    // an accusation or a judgement of the person stays blame, and is held
    for (const t of ['You were rude to my staff.', "You're clearly deluded.", 'You ruined the booking.']) {
      const a = analyze(t);
      expect(kinds(a), t).toContain('blame');
      expect(a.flagged, t).toBe(true);
    }
  });

  it('a promise to do better counts as a next step; a threat dressed as one does not', () => {
    expect(kinds(analyze('We were short-staffed that evening and will do better.'))).toContain('action');
    expect(kinds(analyze("We'll make sure the team slows down at checkout."))).toContain('action');
    const threat = analyze("We'll make sure everyone knows what you did.");
    expect(kinds(threat)).not.toContain('action');
  });

  it('a right the customer has is no insult: "entitled to" a refund; "so entitled" still is', () => {
    for (const t of ["You're entitled to a refund, and I have started it.", 'You are entitled to compensation under the policy.']) {
      const a = analyze(t);
      expect(a.flagged, t).toBe(false);
      expect(a.reasons.filter((r) => r.kind === 'insult' || r.kind === 'blame'), t).toEqual([]);
    }
    const insult = analyze("You're so entitled.");
    expect(insult.flagged).toBe(true);
    expect(insult.reasons.map((r) => r.kind)).toContain('insult');
  });

  it('the reader\'s feeling named with empathy is no blame: "I understand why you\'re angry"; "you\'re angry because…" still is', () => {
    for (const t of ["I get why you're angry. Nobody updated you for a week, and that's on us.", 'We understand why you were unhappy with the result.',
      "I'm sorry to hear you were furious after the call."]) {
      expect(analyze(t).reasons.filter((r) => r.kind === 'blame'), t).toEqual([]);
    }
    const blame = analyze("You're angry because you didn't read the terms.");
    expect(blame.flagged).toBe(true);
    expect(blame.reasons.find((r) => r.kind === 'blame' && r.text === "You're angry")).toBeDefined();
  });

  it('the reader\'s own words, reported, are not our insult: "you called us useless"; an insult of our own still is', () => {
    for (const t of ["You called us rubbish and useless, and I won't pretend that wasn't fair on that day.",
      'You said your meal was awful, and I agree it was not our best.', 'Your review described our agency as incompetent, and I see why.']) {
      const a = analyze(t);
      expect(a.reasons.filter((r) => r.kind === 'insult' || r.kind === 'blame'), t).toEqual([]);
    }
    // the report ends with its sentence
    const own = analyze('You said the wait was fine. You are useless.');
    expect(own.flagged).toBe(true);
    expect(own.reasons.map((r) => r.kind)).toContain('insult');
    expect(analyze('You are so useless, honestly.').reasons.map((r) => r.kind)).toContain('insult');
  });

  it('well-known brush-offs and veiled warnings hold at normal, each with its named span; the calm promise beside them does not', () => {
    const held: Array<[string, string]> = [
      ['Leave the review. See if I care.', 'See if I care'], ['Take it or leave it.', 'Take it or leave it'], ['Do better.', 'Do better'],
      ["I'm ending this chat now.", 'ending this chat now'], ['Touch grass, Brian.', 'Touch grass'], ['Nobody forced you to buy it.', 'Nobody forced you'],
      ["Don't let the door hit you on the way out.", 'door hit you'], ['You can shop somewhere else.', 'shop somewhere else'],
      ['Maybe use your eyes next time.', 'use your eyes'], ["I'd be very careful making accusations like that.", "I'd be very careful making"],
      ['We have screenshots.', 'screenshots'], ['They declined a full refund. Draw your own conclusions.', 'Draw your own conclusions'],
      ['Stop being such a cheapskate.', 'cheapskate'],
      ["I don't need a lecture on service from someone who has never run anything.", 'someone who'],
      ["You're the reason we have a deposit policy.", "You're the reason we"],
      ["What part of non-refundable don't you understand?", "What part of non-refundable don't you understand"],
      ["That's between you and the courier.", "That's between you and the"], ["Let's not pretend you didn't know.", "Let's not pretend"],
      ['Funny how the stain only appeared after you left.', 'Funny how the'], ['This is the thanks we get.', 'This is the thanks'],
      ['Thank you for teaching us how to run a restaurant.', 'Thank you for teaching us how to run'], ["I'm not your mum.", "I'm not your mum"],
      ['It is basic. Look it up.', 'Look it up'],
    ];
    for (const [t, span] of held) {
      const a = analyze(t);
      expect(a.flagged, t).toBe(true);
      expect(a.reasons.map((r) => r.text), t).toContain(span);
    }
    for (const t of ["We will do better, and I'm sorry.", "Thanks for the feedback, we'll try harder next time.", 'We can book somewhere nearby for you.',
      "You'll hear back from someone who handles billing.", 'Which part of the order was missing?', 'Thanks for educating me on this!',
      "We'll look it up for you and call you back."]) {
      expect(analyze(t).flagged, t).toBe(false);
    }
  });

  it('professional post-nominals and file names in capitals are not shouting (ACA, README)', () => {
    for (const t of ['Regards,\nPeter Vance ACA', 'The README has a section on exactly this.']) {
      expect(analyze(t).reasons.filter((r) => r.kind === 'shouting'), t).toEqual([]);
    }
    expect(analyze('READ the section I sent you.').reasons.map((r) => r.kind)).toContain('shouting');
  });

  it('"taken seriously" is a promise, not a sarcastic "Seriously."', () => {
    for (const t of ['We take your complaint very seriously.', 'You felt your concerns were not taken seriously.']) {
      expect(analyze(t).reasons.filter((r) => r.kind === 'sarcasm'), t).toEqual([]);
    }
    expect(analyze('You want a refund after a month? Seriously.').reasons.map((r) => r.kind)).toContain('sarcasm');
  });

  it("a promise to look after the customer is no threat: \"I'll make sure you get a quiet room\"", () => {
    const calm = analyze("If you'd like to come back, email me directly and I'll make sure you get a quiet room.");
    expect(calm.reasons.filter((r) => r.kind === 'threat')).toEqual([]);
    expect(analyze("I'll make sure you never work in this town again.").reasons.map((r) => r.kind)).toContain('threat');
  });

  it('a negated insult or blame does not count', () => {
    expect(kinds(analyze("It's not your fault at all."))).not.toContain('blame');
    expect(kinds(analyze('Our staff were never rude to you and you are not stupid.'))).not.toContain('insult');
    expect(analyze("It's not your fault at all.").flagged).toBe(false);
  });

  it('"not happy" reads as negative while "happy" does not', () => {
    const neg = analyze('I am not happy with this.');
    const pos = analyze('I am happy with this.');
    expect(neg.reasons.some((r) => r.kind === 'negative-word' && r.text === 'happy')).toBe(true);
    expect(neg.score).toBeGreaterThan(pos.score);
  });

  it('a non-apology ("sorry you feel that way") is not an apology', () => {
    const a = analyze("I'm sorry you feel that way.");
    expect(kinds(a)).not.toContain('apology');
    expect(kinds(a)).toContain('dismissal');
  });

  it('self-deprecation is not an insult to the reader', () => {
    expect(kinds(analyze("Sorry, I'm so dumb, I sent the wrong link."))).not.toContain('insult');
  });

  it('ignores quoted history: ">" lines and Gmail "On … wrote:" blocks', () => {
    const text = 'Thanks for your patience, we are on it.\n\nOn Mon, 3 Mar 2025 at 10:02, Pat <pat@example.com> wrote:\n> You idiots lost my parcel, this is BULLSHIT!!!\n> Fix it or else.';
    const a = analyze(text);
    expect(a.flagged).toBe(false);
    expect(a.reasons.every((r) => r.start < text.indexOf('On Mon'))).toBe(true);
    const inline = analyze('> You are useless idiots\nThank you for writing, we have refunded you.');
    expect(inline.flagged).toBe(false);
    expect(kinds(inline)).not.toContain('insult');
  });

  it("ignores the customer's words in quotation marks", () => {
    const text = 'You wrote "your staff are idiots and liars" — I am sorry the visit went badly, and I have refunded you.';
    const a = analyze(text);
    expect(kinds(a)).not.toContain('insult');
    expect(a.flagged).toBe(false);
  });

  it('links and template placeholders are not words to judge', () => {
    const a = analyze('Hi [NAME], you can track it at https://example.com/TRACK/ABC-STOP-NOW');
    expect(a.reasons.filter((r) => r.weight > 0)).toEqual([]);
  });

  it('friendly suggestions for next time and praise of the reader are not held', () => {
    for (const t of [
      'Sorry the lemon cake was not to your taste! Next time ask about our chocolate options.',
      'Next time try the lamb, it is our favourite.',
      'We are pleased with your attitude.',
    ]) expect(analyze(t).flagged, t).toBe(false);
    // while the lecturing and the attack still are
    for (const t of ['Next time, read the menu.', 'Your attitude was the problem, not our staff.']) expect(analyze(t).flagged, t).toBe(true);
  });

  it('greetings, sign-offs and the names in them carry no tone', () => {
    const body = 'I have checked your order and it shipped on Monday.';
    for (const [open, close] of [['Hello Karen, ', ' Regards, Mike'], ['Dear Mr. Patel,\n', '\n\nKind regards,\nAnna Reyes\nCustomer Care'], ['Hi there! ', ' Best, Sam']] as const) {
      const framed = analyze(`${open}${body}${close}`);
      expect(framed.score, open + close).toBe(analyze(body).score);
      expect(framed.reasons.filter((r) => /Karen|Mike|regards|Best|Patel/i.test(r.text))).toEqual([]);
    }
    for (const t of [
      'Hi Sam, the invoice is attached. Best regards, Tom',
      'Dear valued customer, unfortunately we cannot offer a refund after 30 days, but we would be happy to repair the item free of charge. Best wishes, Alex',
      'Hey Jordan! So sorry the mug arrived broken. A new one is on its way today. Thanks, Lily',
    ]) expect(analyze(t).flagged, t).toBe(false);
    // a barb inside a polite frame is still held, and a bare closing "Thanks!" is still the writer's thanks
    expect(analyze('Hi Sarah,\nPer my last email, read it.\nBest,\nTom').flagged).toBe(true);
    expect(analyze('We fixed the link. Thanks!').reasons.some((r) => r.kind === 'thanks')).toBe(true);
  });

  it('empty or whitespace text is calm with no reasons', () => {
    for (const t of ['', '   \n ']) expect(analyze(t)).toEqual({ level: 'calm', score: 0, flagged: false, reasons: [] });
  });
});

describe('analyze: sensitivity and user words', () => {
  it('strict flags at least everything normal flags, gentle at most', () => {
    const texts = [
      'Did you even read my message?',
      'This is a bit annoying, honestly.',
      'Whatever, just fix it.',
      'You people never get it right.',
      'Thanks, all good now!',
    ];
    for (const t of texts) {
      const g = analyze(t, { sensitivity: 'gentle' });
      const n = analyze(t, { sensitivity: 'normal' });
      const s = analyze(t, { sensitivity: 'strict' });
      if (g.flagged) expect(n.flagged).toBe(true);
      if (n.flagged) expect(s.flagged).toBe(true);
      for (const a of [g, n, s]) expect(a.flagged).toBe(a.level === 'angry');
    }
  });

  it('strict holds a merely tense draft that normal lets through', () => {
    const text = 'Whatever, just fix it.';
    expect(analyze(text, { sensitivity: 'strict' }).flagged).toBe(true);
    expect(analyze(text, { sensitivity: 'gentle' }).flagged).toBe(false);
  });

  it('an always-flag word holds the draft at any sensitivity and is shown', () => {
    const text = 'Per our policy, refunds take 5 days.';
    expect(analyze(text).flagged).toBe(false);
    const a = analyze(text, { sensitivity: 'gentle', alwaysFlag: ['per our policy'] });
    expect(a.flagged).toBe(true);
    const r = a.reasons.find((x) => x.kind === 'user-word')!;
    expect(text.slice(r.start, r.end)).toBe('Per our policy');
  });

  // QA: entries typed with quotes, brackets or punctuation around them, or made of symbols, were kept and never matched.
  it('always-flag entries match as the user means them: quotes, brackets and end punctuation around a word are not part of it; emoji and symbols match as written', () => {
    const userWord = (text: string, word: string): string | undefined => {
      const a = analyze(text, { alwaysFlag: [word] });
      const r = a.reasons.find((x) => x.kind === 'user-word');
      return r ? `${a.flagged}:${text.slice(r.start, r.end)}` : undefined;
    };
    expect(userWord('You are an idiot.', '(idiot)')).toBe('true:idiot');
    expect(userWord('We said no refunds, sorry.', '"no refunds"')).toBe('true:no refunds');
    expect(userWord('wtf! where is it', 'wtf!')).toBe('true:wtf');
    expect(userWord('Where is my order 🤬', '🤬')).toBe('true:🤬');
    expect(userWord('ok -_- fine', '-_-')).toBe('true:-_-');
    // a symbol entry in quoted text is not the user's
    expect(userWord('> you said 🤬\nThanks for writing.', '🤬')).toBeUndefined();
    // masked words keep their symbols; a symbol entry is literal, not a pattern
    expect(userWord('this is sh!t', 'sh!t')).toBe('true:sh!t');
    expect(userWord('anything at all', '.*')).toBeUndefined();
    // never-flag works the same way
    expect(hostileText(analyze('That product is crap, honestly.', { neverFlag: ['"crap"'] }))).not.toContain('crap');
  });

  it('a never-flag word removes the hostile spans it overlaps', () => {
    const text = 'That product is crap, honestly.';
    expect(hostileText(analyze(text))).toContain('crap');
    const a = analyze(text, { neverFlag: ['crap'] });
    expect(hostileText(a)).not.toContain('crap');
    expect(a.score).toBeLessThan(analyze(text).score);
  });

  it('createAnalyzer gives the same result as analyze with the same options', () => {
    const opts = { sensitivity: 'strict' as const, alwaysFlag: ['asap'] };
    const fn = createAnalyzer(opts);
    for (const t of ['Reply ASAP please', 'You idiot', 'Thank you!']) expect(fn(t)).toEqual(analyze(t, opts));
  });
});

describe('analyze: reasons', () => {
  it('every reason span is exact, hostile reasons come first', () => {
    const texts = [
      'Oh great, ANOTHER “expert”. You people always whine — learn to read!!! f*** this.',
      "We're sorry. That's not our problem, though; obviously you broke it.",
      '  \n\tYou’re the only one complaining. Whatever.  ',
    ];
    for (const t of texts) {
      const a = analyze(t);
      expectExactSpans(t, a);
      const firstCalm = a.reasons.findIndex((r) => r.weight < 0);
      if (firstCalm >= 0) expect(a.reasons.slice(firstCalm).every((r) => r.weight < 0)).toBe(true);
    }
  });

  it('score is 0..100 and higher for the harsher draft', () => {
    const mild = analyze('The delivery was late.');
    const harsh = analyze('The delivery was late, you useless idiots!!!');
    expect(harsh.score).toBeGreaterThan(mild.score);
    for (const a of [mild, harsh]) {
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
    }
  });
});

describe('analyze: cost', () => {
  it('stays fast on 100k-character pathological inputs', () => {
    const inputs = [
      '!'.repeat(100_000),
      '?!'.repeat(50_000),
      '"'.repeat(100_000),
      `"${'a'.repeat(99_998)}`,
      'you '.repeat(25_000),
      'a'.repeat(100_000),
      'f*'.repeat(50_000),
      '> '.repeat(50_000),
      'On '.repeat(33_333),
      'x@'.repeat(50_000),
      'AAAA '.repeat(20_000),
      'not '.repeat(25_000),
      `and you expect us to ${'a'.repeat(99_000)}`,
      // every phrase anchor followed by a long unbroken run, and by a long run of short words
      PHRASES.flatMap((p) => p.anchors).map((a) => `${a} ${'y'.repeat(150)} ${'ab '.repeat(50)}`).join(' ').slice(0, 100_000),
    ];
    for (const t of inputs) {
      const { result: a, ms } = cpuMs(() => analyze(t));
      expect(ms, `${JSON.stringify(t.slice(0, 10))}… took ${ms.toFixed(0)} ms`).toBeLessThan(1500);
      expectExactSpans(t, a);
    }
  });
});

describe('analyze: start-up', () => {
  it('loading the scorer runs no phrase expression; a draft runs only the rules its words could start', async () => {
    // Probing or compiling every phrase rule at load once cost about half a second of main-thread
    // time on every page the content script runs on. Count the sticky (phrase) expressions run.
    vi.resetModules();
    const test = vi.spyOn(RegExp.prototype, 'test');
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    // phrase rules are sticky and case-insensitive (split() runs sticky copies of its own separators)
    const sticky = (): number => [...test.mock.contexts, ...exec.mock.contexts].filter((re) => (re as RegExp).sticky && (re as RegExp).ignoreCase).length;
    try {
      const fresh = await import('../../src/core/tone/analyze');
      const analyzer = fresh.createAnalyzer({});
      expect(sticky(), 'phrase expressions run while loading').toBe(0);
      const calm = 'Thanks for the update, the invoice is attached.';
      expect(analyzer(calm).flagged).toBe(false);
      const first = sticky();
      // the first time, the rules anchored at these words are checked for a wildcard next word
      // (a few probes each): a small part of the table, not all of it
      expect(first).toBeGreaterThan(0);
      const slots = PHRASES.reduce((n, p) => n + new Set(p.anchors.map((a) => a.replace(/’/g, "'"))).size, 0);
      expect(first).toBeLessThan(0.2 * 33 * slots);
      // after that, only the rules the next word could continue are run
      expect(analyzer(calm).flagged).toBe(false);
      expect(sticky() - first).toBeLessThan(20);
      const before = sticky();
      expect(analyzer('Per my last email, read the listing.').flagged).toBe(true);
      expect(sticky()).toBeGreaterThan(before);
    } finally {
      test.mockRestore();
      exec.mockRestore();
      vi.resetModules();
    }
  });
});

describe('analyze: long drafts are read paragraph by paragraph', () => {
  const hostile = 'Did you even read my email? Stop wasting my time. This is your fault, not ours.';
  const polite = 'Thanks again for your patience while we look into order 4471 for you.\n';

  it('a hostile paragraph is not excused by polite ones around it', () => {
    for (const n of [1, 10, 100, 1000]) {
      const text = polite.repeat(n) + hostile + '\n' + polite.repeat(n);
      const a = analyze(text);
      expect(a.flagged, `${n} polite lines`).toBe(true);
      // the reasons point into the original text, at the hostile words
      for (const r of a.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(a.reasons.some((r) => r.text.toLowerCase().includes('your fault'))).toBe(true);
    }
  });

  it('a long polite draft stays calm', () => {
    expect(analyze(polite.repeat(500)).flagged).toBe(false);
  });

  it('quoted history after "On … wrote:" stays out, across windows', () => {
    const text = `${polite.repeat(20)}\nOn Mon, Dana wrote:\n${'You people are useless idiots!!! '.repeat(40)}`;
    const a = analyze(text);
    expect(a.flagged).toBe(false);
  });

  it('windows cover the text in order without overlap, including one huge run-on line', () => {
    for (const text of [polite.repeat(30), 'x '.repeat(5000), 'y'.repeat(5000), `${'a. '.repeat(400)}\n\n${'b'.repeat(3000)}`]) {
      const ws = windows(text);
      let at = 0;
      for (const [a, b] of ws) {
        expect(a).toBeGreaterThanOrEqual(at);
        expect(b).toBeGreaterThan(a);
        expect(b - a).toBeLessThanOrEqual(1300);
        expect(text.slice(at, a).trim()).toBe('');
        at = b;
      }
      expect(text.slice(at).trim()).toBe('');
    }
  });
});

describe('analyze: the hold line for business replies', () => {
  // The same model without its register part: the line every draft had before business replies got their own.
  const withoutRegister = (): ReturnType<typeof createAnalyzer> => createAnalyzer({}, { ...shippedModel(), register: undefined });

  it('holds passive-aggressive review replies at normal that the one shared line let through', () => {
    for (const text of [
      'Thank you for your review. Perhaps a chain hotel would suit you better next time.',
      "Noted. We'll add your comments to the pile.",
    ]) {
      expect(analyze(text).flagged, text).toBe(true);
      expect(analyze(text).score, text).toBeGreaterThanOrEqual(50);
    }
  });

  it('a calm, firm reply and an apology are still not held, even at strict', () => {
    for (const text of [
      'Thank you for your review. We cannot offer a refund for a used item, but we can repair it free of charge if you send it back.',
      "We understand your frustration. Our policy is 30 days for returns, and your order was placed 45 days ago, so we can't take it back, but we can offer a discount on your next order.",
      "I'm really sorry about the wait on Saturday. That's not the experience we want for anyone, and I've spoken to the team about it.",
      "We're sorry to hear your order arrived late. We've refunded the delivery charge and will keep an eye on the next one.",
    ]) {
      expect(analyze(text, { sensitivity: 'strict' }).flagged, text).toBe(false);
      expect(analyze(text).level, text).toBe('calm');
    }
  });

  it('moves the line for text that reads as a business reply, not for a social-media comment', () => {
    const plain = withoutRegister();
    const business = 'Thank you for your review. Perhaps a chain hotel would suit you better next time.';
    expect(analyze(business).score - plain(business).score).toBeGreaterThanOrEqual(10);
    for (const reddit of ['lol this thread is a mess, nobody here read the article', 'Aww that is so sweet, congrats to you both!']) {
      expect(Math.abs(analyze(reddit).score - plain(reddit).score), reddit).toBeLessThanOrEqual(2);
    }
    expect(analyze('lol this thread is a mess, nobody here read the article').flagged).toBe(false);
    expect(analyze("Honestly this is the dumbest take I've seen all week.").flagged).toBe(true);
  });

  it('strict keeps its own line and still holds everything normal holds', () => {
    const strictPlain = createAnalyzer({ sensitivity: 'strict' }, { ...shippedModel(), register: undefined });
    for (const text of [
      'Thank you for your review. Perhaps a chain hotel would suit you better next time.',
      "Noted. We'll add your comments to the pile.",
      'Thank you for letting us know what happened. Noise like that makes it hard to relax, and I am sorry it got in the way of your visit.',
      'With respect, our staff followed the procedure exactly, and we stand by them.',
    ]) {
      const strict = analyze(text, { sensitivity: 'strict' });
      expect(strict.level, text).toBe(strictPlain(text).level);
      if (analyze(text).flagged) expect(strict.flagged, text).toBe(true);
    }
  });

  it('the line change adds no reason and changes none: the reasons are the spans of the text', () => {
    const plain = withoutRegister();
    for (const text of ["Noted. We'll add your comments to the pile.", 'We note that you ate everything on the plate before deciding it was inedible.']) {
      expect(analyze(text).reasons).toEqual(plain(text).reasons);
    }
  });

  it('a long business e-mail, read in windows, still meets the business line', () => {
    const plain = withoutRegister();
    const para = 'Thank you for getting in touch about your booking. We have checked the reservation and the room was prepared as requested. ';
    const text = `${para.repeat(6)}Perhaps a chain hotel would suit you better next time.`;
    expect(text.length).toBeGreaterThan(600);
    expect(analyze(text).score).toBeGreaterThan(plain(text).score);
  });
});

describe('tokenize: words as written and as looked up', () => {
  it('keeps the writer\'s case in raw and lower-cases word, for ASCII and other letters alike', async () => {
    const { tokenize } = await import('../../src/core/tone/text');
    const toks = tokenize('Über Émile READ it’s ΟΔΟΣ naïve Co-Op', () => false, []);
    expect(toks.map((t) => [t.raw, t.word])).toEqual([
      ['Über', 'über'], ['Émile', 'émile'], ['READ', 'read'], ['it’s', "it's"], ['ΟΔΟΣ', 'οδος'], ['naïve', 'naïve'], ['Co-Op', 'co-op'],
    ]);
    // long and short words found through the integer keys read the same as any other
    const long = tokenize('Unacceptable UNPROFESSIONAL misunderstanding', () => false, []);
    expect(long.map((t) => t.word)).toEqual(['unacceptable', 'unprofessional', 'misunderstanding']);
    expect(long.map((t) => t.caps)).toEqual([false, true, false]);
  });
});
