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

describe('e-mails read as the customer would', () => {
  it('"delivery took a month" beside a scratched table: both heard, and no new delivery date for what has come', () => {
    const r = draftReply('Delivery took a month and the table was scratched. Very disappointed.', EMAIL);
    expect(r.topics).toEqual(['late-delivery', 'damaged-item']);
    expect(r.text).not.toMatch(/new delivery date|trace the shipment/);
  });

  it('a mug that arrived chipped is damaged goods', () => {
    expect(draftReply('The parcel arrived two days late and the mug inside was chipped.', EMAIL).topics).toEqual(['late-delivery', 'damaged-item']);
  });

  it('a cake made wrong with the money asked back: one money promise, not a remake or refund and then a refund review', () => {
    const r = draftReply('I ordered a birthday cake for Saturday and it had the wrong name on it. I want my money back.', EMAIL);
    expect(r.topics).toEqual(['custom-order', 'refund']);
    const steps = r.text.split('\n\n')[2] ?? '';
    expect(steps).not.toMatch(/make it again|whichever you prefer/);
    expect(steps.match(/\brefund\b/g)?.length, steps).toBe(1);
  });

  it('an account still locked and support not answering: both answered', () => {
    const r = draftReply('I have emailed support four times and nobody answers. My account is still locked.', EMAIL);
    expect(r.topics).toEqual(['communication', 'account']);
    expect(r.text).toMatch(/get back in/);
  });

  it('a builder "not answering my calls" is a message left unanswered', () => {
    expect(draftReply('The builder left the job half done and is not answering my calls.', EMAIL).topics).toEqual(['unfinished-job', 'communication']);
  });
});
