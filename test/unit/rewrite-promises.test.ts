/**
 * What "Use calm rewrite" may and may not say for the user: it adds no deadline they never wrote, it turns
 * "Stop blaming us for the courier's mistake" into the plain cause instead of keeping the telling-off, and
 * taking out a hostile sentence never takes the sentence next to it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/tone/analyze';
import { applyEdits, calmRewrite, NEXT_STEPS_PRIVATE, NEXT_STEPS_PUBLIC } from '../../src/core/rewrite';

/** Words that commit to a time: "by tomorrow", "within one business day", "today", "in 24 hours"… */
const TIME = /\b(?:today|tonight|tomorrow|within|business days?|hours?|days?|weeks?|asap|end of (?:the )?(?:day|week)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday))\b/gi;
const times = (text: string): string[] => [...new Set([...text.matchAll(TIME)].map((m) => m[0].toLowerCase()))];

const NO_FRAMING = { disabledGuidelines: ['acknowledge-empathize', 'next-steps'] };

describe('the next step the rewrite adds', () => {
  const drafts = [
    'Hi Dana,\n\nThe box was empty and nobody answered.\n\nRegards,\nLee',
    'Per my last email, the refund was sent on Monday. Read it properly this time.',
    "Honestly, if this is how you treat your suppliers, I'm not surprised nobody else will work with you.",
    'Obviously you never read the menu.',
    'Did you even READ my email?! Stop wasting my time. This is your fault, not ours.',
    'The lamp was shipped on 3 May. Next time maybe read the listing before you order.',
  ];

  it('names no date or time the draft did not have, private or public, in any box size', () => {
    for (const text of drafts) {
      for (const audience of ['private', 'public'] as const) {
        for (const maxLength of [undefined, 200, 120]) {
          const out = calmRewrite(text, { audience, maxLength });
          const step = out.edits.find((e) => e.guideline === 'next-steps' && e.start === e.end);
          if (maxLength === undefined) expect(step, `${audience}: ${text}`).toBeDefined();
          expect(times(out.text), `${audience} ${maxLength}: ${out.text}`).toEqual(times(text));
          expect(applyEdits(text, out.edits)).toBe(out.text);
        }
      }
    }
  });

  it('none of the next steps it can add commits to a time', () => {
    for (const step of [...NEXT_STEPS_PRIVATE, ...NEXT_STEPS_PUBLIC]) expect(times(step), step).toEqual([]);
  });

  it("a deadline the user wrote stays theirs: kept as written, and no other one added", () => {
    const text = 'We will refund the $40 by Friday. Stop whining about it.';
    const out = calmRewrite(text);
    expect(out.text).toContain('We will refund the $40 by Friday.');
    expect(times(out.text)).toEqual(['by friday']);
  });
});

describe('"Stop blaming us for X" and its family', () => {
  const cases: [string, string][] = [
    ["Stop blaming us for the courier's mistake, it's ridiculous.", "This was caused by the courier's mistake."],
    ["Stop blaming me for the courier's mistake.", "This was caused by the courier's mistake."],
    ["Don't blame us for the courier losing it.", 'This was caused by the courier losing it.'],
    ['You can\'t blame us for the post office losing your parcel.', 'This was caused by the post office losing your parcel.'],
    ["It's not our fault that the courier lost your parcel.", 'The courier lost your parcel.'],
    ['Sorry, but it is not my fault the parcel was late.', 'Sorry, but the parcel was late.'],
    ["That's on the courier, not us.", 'This was caused by the courier.'],
    ["Don't blame us, blame the courier.", 'This was caused by the courier.'],
    ["It's the courier's fault, not ours.", 'This was caused by the courier.'],
    ['The courier lost it, not us.', 'The courier lost it.'],
    ["We are not responsible for the courier's mistakes.", 'This was caused by the courier.'],
    ['The delay was not our fault.', 'The delay was outside our control.'],
    ['Stop blaming us for the delay.', 'I understand your frustration with the delay.'],
    ['Stop blaming me, the courier lost it.', 'The courier lost it.'],
  ];

  it('becomes a plain statement of the cause, with the courier (or the topic) kept and the telling-off gone', () => {
    for (const [text, want] of cases) {
      const out = calmRewrite(text, NO_FRAMING);
      expect(out.text, text).toBe(want);
      expect(out.removed, text).toEqual([]);
      expect(applyEdits(text, out.edits)).toBe(out.text);
    }
  });

  it('with the framing added too, nothing of the clapback is left and the fact stays', () => {
    const text = "The lamp was shipped on 3 May. Stop blaming us for the courier's delay, it's ridiculous.";
    for (const audience of ['private', 'public'] as const) {
      const out = calmRewrite(text, { audience });
      expect(out.text).toContain('The lamp was shipped on 3 May. This was caused by the courier\'s delay.');
      expect(out.text).not.toMatch(/blam|ridiculous|surprising|not us/i);
      expect(analyze(out.text, { sensitivity: audience === 'public' ? 'strict' : 'normal' }).flagged).toBe(false);
    }
  });

  it('"You should blame the courier" in the middle of a sentence is not turned into "You should this was caused by…"', () => {
    const out = calmRewrite('Honestly you should blame the courier next time.', NO_FRAMING);
    expect(out.text).not.toMatch(/should this was/i);
  });
});

describe('taking out a hostile sentence', () => {
  // sentenceSpans reads on past "etc.", "no." (as in "No. 5") and a capital's full stop ("Anna K. Lee"): the
  // sentence before the hostile one was judged with it, and went with it
  const cases: [string, string][] = [
    ['The lamp went out with the cable, the plug etc. Next time maybe read the listing before you order.', 'The lamp went out with the cable, the plug etc.'],
    ['Our answer on the refund is no. Next time maybe read the listing before you order.', 'Our answer on the refund is no.'],
    ['The lamp was shipped to Block B. Next time maybe read the listing before you order.', 'The lamp was shipped to Block B.'],
    ['Next time maybe read the listing before you order. Our answer on the refund is no.', 'Our answer on the refund is no.'],
    ['Our answer on the refund is no. Mr. Daly, next time maybe read the listing before you order.', 'Our answer on the refund is no.'],
  ];

  it('keeps the sentence next to it, word for word, and takes out only the hostile one', () => {
    for (const [text, kept] of cases) {
      const out = calmRewrite(text, NO_FRAMING);
      expect(out.text, text).toBe(kept);
      expect(out.removed.join(' '), text).not.toContain(kept);
      expect(applyEdits(text, out.edits)).toBe(out.text);
    }
  });

  it('a title stays with the name after it: "Mr. Daly, …" goes whole, not leaving "Mr." behind', () => {
    const out = calmRewrite('Our answer on the refund is no. Mr. Daly, next time maybe read the listing before you order.', NO_FRAMING);
    expect(out.removed).toEqual(['Mr. Daly, next time maybe read the listing before you order.']);
  });
});

describe('"messed up" said of someone', () => {
  // "mixed up" stands in for "messed up" where something is in a state ("the order is messed up"); said of
  // someone, it read as nonsense ("The courier mixed up.") or changed what happened ("mixed up the delivery")
  it('becomes "made a mistake (with …)", and "is messed up" still becomes "is mixed up"', () => {
    const cases: Array<[string, string]> = [
      ['The courier messed up.', 'The courier made a mistake.'],
      ['We messed up big time, sorry.', 'We made a mistake, sorry.'],
      ['The courier screwed up the delivery.', 'The courier made a mistake with the delivery.'],
      ['They messed up my order again.', 'They made a mistake with my order again.'],
      ['The order is fucked up.', 'The order is mixed up.'],
      ['It got messed up in transit.', 'It got mixed up in transit.'],
    ];
    for (const [before, after] of cases) {
      const out = calmRewrite(before, NO_FRAMING);
      expect(out.text, before).toBe(after);
      expect(applyEdits(before, out.edits), before).toBe(out.text);
    }
  });
});
