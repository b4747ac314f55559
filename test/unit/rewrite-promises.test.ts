/**
 * What "Use calm rewrite" may and may not say for the user: it adds no deadline they never wrote, it turns
 * "Stop blaming us for the courier's mistake" into the plain cause instead of keeping the telling-off, and
 * taking out a hostile sentence never takes the sentence next to it.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, calmRewrite, NEXT_STEPS_PRIVATE, NEXT_STEPS_PUBLIC } from '../../src/core/rewrite';

/** Words that commit to a time: "by tomorrow", "within one business day", "today", "in 24 hours"… */
const TIME = /\b(?:today|tonight|tomorrow|within|business days?|hours?|days?|weeks?|asap|end of (?:the )?(?:day|week)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday))\b/gi;
const times = (text: string): string[] => [...new Set([...text.matchAll(TIME)].map((m) => m[0].toLowerCase()))];

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
