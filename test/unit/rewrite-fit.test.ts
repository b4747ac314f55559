/**
 * "Use calm rewrite" in a box with a character limit (Google Play Console: 350): the acknowledgment and next
 * step it adds are left out, or the part of them that does not fit; the user's own words are never cut.
 */
import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGMENTS, NEXT_STEPS_PRIVATE, NEXT_STEPS_PUBLIC, calmRewrite } from '../../src/core/rewrite';

/** A developer's angry reply on Play Console (the one in test/e2e/sites.e2e.ts): 290 characters of facts and one insult. */
const FACTS =
  'Version 4.2.0 fixed the photo crash on Pixel 8 two weeks ago, and version 4.2.1 fixed sync on tablets last Friday. Update the app from the Play Store, then open Settings, tap Storage, tap Clear cache, and restart the phone.';
const REPLY = `${FACTS} Honestly, this is the dumbest review we have had all year.`;

const hasAny = (text: string, list: readonly string[]): boolean => list.some((s) => text.includes(s) || text.includes(s.charAt(0).toLowerCase() + s.slice(1)));

describe('calmRewrite with a character limit', () => {
  it('Play Console, 350: the rewrite fits, keeps every word of the facts, and keeps the acknowledgment and the next step', () => {
    const r = calmRewrite(REPLY, { audience: 'public', maxLength: 350 });
    expect(r.text.length).toBeLessThanOrEqual(350);
    expect(r.text).toContain(FACTS);
    expect(r.removed).toEqual(['Honestly, this is the dumbest review we have had all year.']);
    expect(hasAny(r.text, NEXT_STEPS_PUBLIC)).toBe(true);
    expect(hasAny(r.text, ACKNOWLEDGMENTS)).toBe(true);
  });

  it('a box too small for both: the next step is kept and the acknowledgment left out', () => {
    const free = calmRewrite(REPLY, { audience: 'public' });
    expect(hasAny(free.text, ACKNOWLEDGMENTS)).toBe(true);
    const maxLength = FACTS.length + 1 + Math.max(...NEXT_STEPS_PUBLIC.map((s) => s.length));
    expect(free.text.length).toBeGreaterThan(maxLength);
    const r = calmRewrite(REPLY, { audience: 'public', maxLength });
    expect(r.text.length).toBeLessThanOrEqual(maxLength);
    expect(r.text).toContain(FACTS);
    expect(hasAny(r.text, NEXT_STEPS_PUBLIC)).toBe(true);
    expect(hasAny(r.text, ACKNOWLEDGMENTS)).toBe(false);
  });

  it('room for the acknowledgment only: it is added and the next step left out', () => {
    const r = calmRewrite(REPLY, { audience: 'public', maxLength: FACTS.length + 60 });
    expect(r.text.length).toBeLessThanOrEqual(FACTS.length + 60);
    expect(r.text).toContain(FACTS);
    expect(hasAny(r.text, ACKNOWLEDGMENTS)).toBe(true);
    expect(hasAny(r.text, NEXT_STEPS_PUBLIC)).toBe(false);
  });

  it('no room for any framing: the user\'s words alone, not cut, even when they are over the limit', () => {
    for (const maxLength of [FACTS.length, 100, 1]) {
      const r = calmRewrite(REPLY, { audience: 'public', maxLength });
      expect(r.text, String(maxLength)).toBe(FACTS);
    }
  });

  it('a rewrite that fits is the same as without a limit; a zero or nonsense limit means none', () => {
    const angry = 'Did you even READ my email?! Stop wasting my time. This is your fault, not ours.';
    const free = calmRewrite(angry, { audience: 'public' });
    for (const maxLength of [350, free.text.length, 0, -5, Number.NaN, undefined]) {
      expect(calmRewrite(angry, { audience: 'public', maxLength }).text, String(maxLength)).toBe(free.text);
    }
  });

  it('a private email in a small box keeps the short next step rather than none', () => {
    const mail = 'Per my last email, the refund was sent on Monday. Read it properly this time.';
    const free = calmRewrite(mail, {});
    const r = calmRewrite(mail, { maxLength: free.text.length - 1 });
    expect(r.text.length).toBeLessThan(free.text.length);
    expect(hasAny(r.text, NEXT_STEPS_PRIVATE)).toBe(true);
  });
});
