import { describe, expect, it } from 'vitest';
import { draftReply } from '../../src/core/draft';

/** Play Console's reply box: public, an app, 350 characters. */
const PLAY = { audience: 'public', kind: 'app', maxLength: 350 } as const;
const CRASH_ACK = /the app is not working as it should|An app that does not work properly/;
const DEV_STEP = /Our developers are looking into it/;

describe('the main problem is answered wherever the money is said', () => {
  it('"Refund please, the app crashes on launch" gets the crash acknowledged and a developer step, as when the refund comes last', () => {
    for (const text of ['Refund please, the app crashes on launch since the update.', 'The app crashes on launch since the update. I want a refund.']) {
      const r = draftReply(text, PLAY);
      expect(r.text.length).toBeLessThanOrEqual(350);
      expect(r.text).toMatch(CRASH_ACK);
      expect(r.text).toMatch(DEV_STEP);
      expect(r.text).toMatch(/refunded through the store/);
    }
  });

  it('the full reply (no limit) to "Refund please, ..." also has the developer step', () => {
    const r = draftReply('Refund please, the app crashes on launch since the update.', { audience: 'public', kind: 'app' });
    expect(r.text).toMatch(DEV_STEP);
  });

  it('"features still locked after restoring purchases" is read as the app not working', () => {
    const r = draftReply('Paid for premium but the features still locked after restoring purchases.', PLAY);
    expect(r.topics).toContain('app');
    expect(r.text).toMatch(CRASH_ACK);
    expect(r.text).not.toMatch(/did not meet your expectations|I hear your concerns/);
  });

  it('"Stuck on a white screen on my Pixel 8" is read as the app not working', () => {
    const r = draftReply('Stuck on a white screen on my Pixel 8.', PLAY);
    expect(r.topics).toContain('app');
    expect(r.text).toMatch(DEV_STEP);
  });

  it('"Charged twice... I cancelled! Also the widget keeps crashing" still answers the crash', () => {
    const text = 'Charged twice for the subscription. I cancelled! Also the widget keeps crashing.';
    const r = draftReply(text, PLAY);
    expect(r.text.length).toBeLessThanOrEqual(350);
    expect(r.topics).toEqual(['charged-after-cancel', 'app']);
    expect(r.text).toMatch(CRASH_ACK);
    expect(r.text).toMatch(DEV_STEP);
    // and the full reply answers the charge and the crash, each with its own step
    const full = draftReply(text, { audience: 'public', kind: 'app' });
    expect(full.text).toMatch(DEV_STEP);
    expect(full.text).toMatch(/charged and refunded by the store/);
  });
});

describe('no two "I understand" sentences in a row', () => {
  it('a double charge and a refund asked for: one sentence says both', () => {
    const r = draftReply('I was charged twice for premium. Please refund me.', PLAY);
    expect(r.text).toContain('I understand how worrying an unexpected charge is, and that you want your money back.');
    expect(r.text).not.toMatch(/I understand[^.]*\. I understand/);
  });

  it('in an e-mail too, whatever the variants picked', () => {
    for (const text of ['I was charged twice and I want my money back.', 'You billed me twice. I want a refund now.', 'The bill was wrong and the wait was an hour. Refund me.']) {
      const r = draftReply(text, { audience: 'private' });
      expect(r.text, text).not.toMatch(/I understand[^.]*\. I understand/);
    }
  });
});

describe('e-mail: what was late, and what was not damaged', () => {
  it('"Three weeks to arrive?! Ridiculous." is a late delivery that did arrive (no new delivery date promised)', () => {
    const r = draftReply('Three weeks to arrive?! Ridiculous.', { audience: 'private' });
    expect(r.topics).toEqual(['late-delivery']);
    expect(r.text).toMatch(/took so (?:much )?long/);
    expect(r.text).not.toMatch(/confirmed delivery date|new delivery date/);
  });

  it('"the box was soaked. The lamp works though." hears the packaging and offers no replacement', () => {
    const r = draftReply('The lamp came today and the box was soaked. The lamp works though.', { audience: 'private' });
    expect(r.text).toMatch(/packaging/);
    expect(r.text).not.toMatch(/replacement|reached you damaged|send you a new/i);
  });

  it('a soaked box with a broken lamp inside still gets the replacement', () => {
    const r = draftReply('The box was soaked and the lamp is broken.', { audience: 'private' });
    expect(r.text).toMatch(/replacement/);
  });
});
