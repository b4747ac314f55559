/**
 * A late delivery said with how long it took ("three weeks for a lamp", "took 3 weeks to arrive", "waited a month
 * for my order") is answered as a late delivery; one that came in the end is not promised a new delivery date.
 */
import { describe, expect, it } from 'vitest';
import { detectTopics, draftReply } from '../../src/core/draft';

const EMAIL = { audience: 'private', customerName: 'Sam' } as const;

describe('a late delivery said with a duration', () => {
  it('is read as a late delivery, and the reply traces it', () => {
    for (const msg of ["Three weeks for a lamp and it still isn't here. Order #4471.", 'I waited a month for my order. Unacceptable.']) {
      const r = draftReply(msg, EMAIL);
      expect(r.topics, msg).toEqual(['late-delivery']);
      expect(r.text, msg).toMatch(/tracking|trace the shipment/);
    }
    expect(draftReply("Three weeks for a lamp and it still isn't here. Order #4471.", EMAIL).text).toMatch(/order #4471/);
  });

  it('one that took weeks to arrive is answered about the delay, with no new delivery date promised', () => {
    const r = draftReply('My order took 3 weeks to arrive and the box was damaged.', EMAIL);
    expect(r.topics).toEqual(['late-delivery', 'damaged-item']);
    expect(r.text).toMatch(/took so (?:much )?long/);
    expect(r.text).not.toMatch(/new delivery date|confirmed delivery date|trace the shipment/);
    // in public too
    const pub = draftReply('The chair took 3 weeks to arrive.', { audience: 'public', customerName: 'Sam' });
    expect(pub.text).toMatch(/why your delivery took so long/);
    expect(pub.text).not.toMatch(/trace the shipment/);
  });

  it('weeks of use, or an order placed weeks ago that came quickly, is no late delivery', () => {
    for (const msg of ["I've used this lamp for three weeks and love it.", 'Three weeks ago I ordered and it came the next day.']) {
      expect(detectTopics(msg).map((t) => t.id), msg).not.toContain('late-delivery');
    }
  });

  it('a parcel that has not arrived yet is still traced', () => {
    const r = draftReply('My parcel still has not arrived and it should have arrived on Monday.', EMAIL);
    expect(r.text).toMatch(/tracking|trace the shipment/);
  });
});
