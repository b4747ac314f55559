/**
 * Drafted replies on app stores (Google Play Console, App Store Connect) that promise only what the developer can
 * keep: money paid through the store is refunded through the store, so the reply says so and offers help, and it
 * still answers the problem behind the refund. Cut to fit 350 characters, the main problem is still named.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/tone/analyze';
import { detectTopics, draftReply, type DraftContext } from '../../src/core/draft';

const APP: DraftContext = { audience: 'public', kind: 'app', customerName: 'Sam', maxLength: 350 };
const play = (text: string, ctx: DraftContext = {}) => draftReply(text, { ...APP, ...ctx });

/** A promise only the store can keep, or a refund nobody had under way. */
const OUR_REFUND = /status of your refund|process the refund|refund (?:it|the difference)|will be refunded|correct any error|billing team|reaches your account/i;

function readsWell(text: string): void {
  expect(text.length, text).toBeLessThanOrEqual(350);
  expect(analyze(text, { sensitivity: 'strict' }).flagged, text).toBe(false);
  // whole sentences, no address made up for the store's refund page
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) expect(line, text).toMatch(/[.!?,]$|^The team$/);
  expect(text).not.toMatch(/https?:|www\.|\.com\b/);
}

describe('refunds on an app store', () => {
  const REVIEW = 'I paid for premium and the app keeps crashing. I want a refund!';

  it('the reply says store purchases are refunded through the store and offers help, not a refund of our own', () => {
    const r = play(REVIEW);
    readsWell(r.text);
    expect(r.text).not.toMatch(OUR_REFUND);
    expect(r.text).toMatch(/purchases made through the app store are refunded through the store/i);
    expect(r.text).toMatch(/help (?:you )?with the request/i);
  });

  it('and it still answers the crash behind the refund, in 350 characters', () => {
    const r = play(REVIEW);
    expect(r.topics).toEqual(['app', 'refund']);
    expect(r.text).toMatch(/the app is not working/i);
    expect(r.text).toMatch(/developers are looking into it/i);
  });

  it('without a limit, and in a private reply, the same: the store refunds, we help', () => {
    for (const audience of ['public', 'private'] as const) {
      const r = draftReply(REVIEW, { audience, kind: 'app', customerName: 'Sam' });
      expect(r.text, audience).not.toMatch(OUR_REFUND);
      expect(r.text, audience).toMatch(/refunded through the store/i);
      expect(r.text, audience).toMatch(/developers/i);
    }
  });

  it('charged twice, or charged after cancelling: the store charges and refunds, we help check the charge', () => {
    for (const review of [
      'Charged twice for the yearly plan. Refund one of them please.',
      'I cancelled my subscription in March and you still charged me in April. Want my money back.',
      'I was double charged for the pro upgrade.',
    ]) {
      const r = play(review);
      readsWell(r.text);
      expect(r.text, review).not.toMatch(OUR_REFUND);
      expect(r.text, review).toMatch(/(?:charged and )?refunded (?:by|through) the store/i);
      expect(r.text, review).toMatch(/contact us/i);
    }
  });

  it('a refund refused on an app store gets the store answer, not a second look at a refund we cannot give', () => {
    const r = play('They refused to give me a refund for the lifetime plan.');
    readsWell(r.text);
    expect(r.text).not.toMatch(/look at your refund request again/i);
    expect(r.text).toMatch(/refunded through the store/i);
  });

  it('a shop (no app store) still answers the refund itself', () => {
    const r = draftReply('The lamp arrived cracked. I want a refund!', { audience: 'public', customerName: 'Sam' });
    expect(r.text).not.toMatch(/app store/i);
    expect(r.text).toMatch(/refund/i);
  });
});

describe('cut to fit: the main problem is still named', () => {
  it('several problems and a refund on an app store: the one named first is acknowledged beside the money', () => {
    const r = play('Drains my battery and is so laggy since version 5. I want a refund.');
    readsWell(r.text);
    expect(r.text).toMatch(/battery/i);
    expect(r.text).toMatch(/money back/i);
  });

  it('a refund beside damage on a review site, cut hard: the damage is acknowledged, not only the money', () => {
    const msg = 'The lamp arrived cracked. I want my money back.';
    const full = draftReply(msg, { audience: 'public', customerName: 'Sam' });
    const r = draftReply(msg, { audience: 'public', customerName: 'Sam', maxLength: 290 });
    expect(full.text.length).toBeGreaterThan(290);
    expect(r.topics).toContain('damaged-item');
    expect(r.text).toMatch(/damaged|broken|condition/i);
    expect(r.text).toMatch(/refund/i);
  });

  it('sync broken and support never answers: both are acknowledged in 350 characters', () => {
    const r = play('Sync has been broken for a month and support never answers.');
    readsWell(r.text);
    expect(r.topics).toEqual(['sync', 'communication']);
    expect(r.text).toMatch(/syncing/i);
    expect(r.text).toMatch(/chase us for an answer/i);
  });

  it('"support ignored me" is a message left unanswered, not a rude member of staff', () => {
    const msg = 'Lost my progress after reinstalling. Support ignored me.';
    expect(detectTopics(msg, { kind: 'app' }).map((t) => t.id)).toEqual(['data-loss', 'communication']);
    expect(play(msg).text).not.toMatch(/our staff treated you/i);
  });
});

describe('a refund asked for now is not treated as one already under way', () => {
  it('"I want a refund" gets its request looked at, with no refund "processed" or "status" confirmed', () => {
    for (const audience of ['private', 'public'] as const) {
      for (const msg of ['The sofa arrived with a torn cushion and I want my money back.', 'Your engineer never showed up on Tuesday. I want a refund of the callout fee.']) {
        const r = draftReply(msg, { audience, customerName: 'Sam' });
        expect(r.topics, msg).toContain('refund');
        expect(r.text, msg).not.toMatch(/status of your refund|process the refund|where your refund has got to/i);
        expect(r.text, msg).toMatch(/refund request|request for a refund/i);
      }
    }
  });

  it('a refund promised that has not come through still has its status checked', () => {
    for (const msg of ["The refund you promised three weeks ago still hasn't come through.", 'Where is my refund? I returned the boots on 3 March.']) {
      const r = draftReply(msg, { audience: 'private', customerName: 'Sam' });
      expect(r.text, msg).toMatch(/status of your refund|where your refund has got to/i);
      expect(draftReply(msg, { audience: 'public', customerName: 'Sam' }).text, msg).toMatch(/status of your refund/i);
    }
  });
});

describe('more app store reviews', () => {
  it('a subscription renewed, or a trial turned paid, without warning is a charge the store made: the store answer', () => {
    for (const review of ['Subscription auto-renewed without warning. Scam. Refund!', 'The free trial turned into a paid subscription without warning.']) {
      const r = play(review);
      readsWell(r.text);
      expect(r.topics, review).toContain('billing');
      expect(r.text, review).toMatch(/charged and refunded by the store/i);
      expect(r.text, review).not.toMatch(/did not meet your expectations/i);
    }
  });

  it('slow and draining the battery, with a refund asked for: the developers look into it and the store refunds, in 350', () => {
    for (const review of ['App is slow and laggy, drains battery, I want a refund.', 'Paid for premium, it crashes on startup, sync is broken. Refund me.']) {
      const r = play(review);
      readsWell(r.text);
      expect(r.text, review).toMatch(/developers are looking into/i);
      expect(r.text, review).toMatch(/refunded through the store/i);
    }
  });

  it('an update that broke sync, or lost saved recipes, is answered about that, not generically', () => {
    expect(play('Great app but the new update broke sync between my iPad and iPhone.').topics).toEqual(['sync']);
    const r = play('Logged out after update, lost all my saved recipes. Nobody answers emails.');
    expect(r.topics).toEqual(['data-loss', 'communication']);
    expect(r.text).toMatch(/recovered/);
  });

  it('locked out of an account, in public: a step to help them back in', () => {
    const r = play('Login broken, it keeps saying wrong password.');
    readsWell(r.text);
    expect(r.text).toMatch(/help you get back into your account/i);
  });
});

describe('app stores have no private messages', () => {
  // QA: App Store Connect drafts said "Please send us a private message": neither store lets a developer
  // message a reviewer privately.
  it('never asks an app reviewer for a private message, whatever the review', () => {
    const reviews = [
      'The app crashes every time I open it. Fix it.', 'Sync has been broken for a month.', 'Too many ads.',
      'Lost all my notes after the update!', 'Battery drain is terrible since version 5.', 'Slow and buggy.',
      'Charged twice this month.', 'Great app but the widget keeps crashing.', 'Support never answers.', 'Meh.',
    ];
    for (const [i, r] of reviews.entries()) {
      const d = draftReply(r, { audience: 'public', kind: 'app', customerName: i % 2 ? 'Sam' : undefined });
      expect(d.text, r).not.toMatch(/private message/i);
    }
  });
});
