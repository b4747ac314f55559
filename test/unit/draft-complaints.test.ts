/**
 * Complaints that were still answered with the generic "I hear your concerns" reply, and wordings that promised or
 * assumed too much: each reply answers the complaint itself, promises nothing the business may not keep, and in public
 * admits nothing.
 */
import { describe, expect, it } from 'vitest';
import { expectDraftsLinear, LINEAR_TIMEOUT } from './helpers/linear';
import { draftReply } from '../../src/core/draft';
import { analyze } from '../../src/core/tone/analyze';

const GENERIC = /I hear your concerns|did not meet your expectations/;
/** Money or fault promised or admitted in public before anything is checked. */
const ADMITS = /our fault|our mistake|responsib|liab|negligen|we will (?:refund|compensate|pay)|will be refunded/i;
const calm = (text: string): boolean => !analyze(text, { sensitivity: 'strict' }).flagged;

describe('complaints that now get an answer of their own', () => {
  it('a hotel room not as booked ("paid for a sea view, got the car park") is checked against the booking, and compensation asked for is answered, not promised', () => {
    const t = 'We paid for a sea view room and got a view of the car park. For £220 a night! I expect some compensation for this.';
    const pub = draftReply(t, { audience: 'public', rating: 2, customerName: 'Mark' });
    expect(pub.topics).toEqual(['room-not-as-booked']);
    expect(pub.text).not.toMatch(GENERIC);
    expect(pub.text).toMatch(/room you were given/);
    expect(pub.text).toMatch(/answer your request for compensation/);
    expect(pub.text).not.toMatch(ADMITS);
    expect(calm(pub.text)).toBe(true);
    const priv = draftReply(t.replace('this.', 'this. Booking 55821.'), { customerName: 'Mark' });
    expect(priv.text).toMatch(/check your booking for booking 55821 against the room you were given/);
    expect(priv.text).toMatch(/a clear answer on your request for compensation/);
    // a view they loved is praise
    expect(draftReply('The sea view from our room was stunning.', { audience: 'public', rating: 5 }).topics).toEqual([]);
  });

  it('"still in agony a week after the filling" is heard as pain since a treatment, with an appointment soon and nothing admitted', () => {
    const t = "Still in agony a week after the filling. I can't eat on that side and I've been living on painkillers.";
    const pub = draftReply(t, { audience: 'public', rating: 1 });
    expect(pub.topics).toEqual(['treatment-pain']);
    expect(pub.text).not.toMatch(GENERIC);
    expect(pub.text).toMatch(/still in pain/);
    expect(pub.text).toMatch(/see you again as soon as possible/);
    expect(pub.text).not.toMatch(ADMITS);
    expect(calm(pub.text)).toBe(true);
    const priv = draftReply(t, { customerName: 'Sue' });
    expect(priv.text).toMatch(/call you today to find you the earliest appointment/);
    expect(priv.text).toMatch(/seek urgent care/);
    expect(draftReply('No pain at all after the filling, thank you.', { audience: 'public', rating: 5 }).topics).toEqual([]);
  });

  it('"Great job leaving it at number 42. I live at number 24" is a parcel left at the wrong house, not praise', () => {
    const t = 'Great job leaving my parcel at number 42. I live at number 24. Really impressive stuff.';
    const pub = draftReply(t, { audience: 'public', rating: 1 });
    expect(pub.topics).toEqual(['lost-parcel']);
    expect(pub.text).toMatch(/proof of delivery/);
    expect(pub.text).not.toMatch(/Thank you so much|kind words/);
    // left at their own number is no complaint
    expect(draftReply('The driver left it at number 42, which is my address, thank you.', { audience: 'public', rating: 5 }).topics).toEqual([]);
  });

  it('a SaaS outage ("down for the third time this week, we lost a morning\'s sales") gets its cause found and told, with no losses promised', () => {
    const t = "Down for the third time this week. We lost a morning's sales because your platform was offline. What am I paying for?";
    const pub = draftReply(t, { audience: 'public', rating: 1 });
    expect(pub.topics).toEqual(['outage']);
    expect(pub.text).not.toMatch(GENERIC);
    expect(pub.text).toMatch(/what caused the outage/);
    expect(pub.text).toMatch(/not the first time|more than once/);
    expect(pub.text).not.toMatch(ADMITS);
    expect(calm(pub.text)).toBe(true);
    const priv = draftReply(t, { customerName: 'Raj' });
    expect(priv.text).toMatch(/by tomorrow I will email you what caused it/);
    // its step already goes after the cause: no second step about it happening before
    expect(priv.text).not.toMatch(/why it keeps happening/);
  });

  it('"you refused my return because the tag was cut" is a return looked at again, with the reasons, not taken back on the spot', () => {
    const t = 'You refused my return because the tag was cut. I cut it to try it on properly! Never shopping here again.';
    const pub = draftReply(t, { audience: 'public', rating: 1 });
    expect(pub.topics).toEqual(['return-refused']);
    expect(pub.text).not.toMatch(GENERIC);
    expect(pub.text).toMatch(/look at your return again/);
    expect(pub.text).not.toMatch(ADMITS);
    const priv = draftReply(t, { customerName: 'Kate' });
    expect(priv.text).toMatch(/a clear answer and the reasons for it/);
    expect(priv.text).not.toMatch(/refund/);
  });

  it('"the size guide is wrong and I have to pay to send it back?" hears both the sizing and the return postage, without waiving it', () => {
    const t = 'The size guide is wrong and I have to pay to send it back? Ridiculous.';
    const pub = draftReply(t, { audience: 'public', rating: 1 });
    expect(pub.topics).toEqual(['sizing', 'return-cost']);
    expect(pub.text).not.toMatch(GENERIC);
    expect(pub.text).toMatch(/size guide/);
    expect(pub.text).toMatch(/pay to send back/);
    expect(pub.text).not.toMatch(/free return|we will cover|at no cost/i);
    expect(calm(pub.text)).toBe(true);
    const priv = draftReply(t, { customerName: 'Zoe' });
    expect(priv.text).toMatch(/looking into the size guide for this item and the cost of sending it back/);
  });
});

describe('wordings that promised or assumed too much', () => {
  it('a private e-mail about a burned scalp is promised a look into what happened and a call, not "covering what is fair"', () => {
    const t = 'I had my colour done on Saturday and the bleach burned my scalp. It is blistered and sore and I have had to see my GP. I want to know what you are going to do about it.';
    const r = draftReply(t, { customerName: 'Lucy' });
    expect(r.topics).toEqual(['injury']);
    expect(r.text).toMatch(/look into what happened/);
    expect(r.text).toMatch(/call you today/);
    expect(r.text).not.toMatch(/covering|what is fair|costs?\b|compensat|pay for/i);
  });

  it('"Please cancel my subscription" is confirmed, with when they will hear back, and no trouble assumed or hour promised', () => {
    for (const t of ['Please cancel my subscription.', 'Hi, please cancel my subscription from the end of this month. Thanks, Tom', 'Can you cancel my membership please.']) {
      const r = draftReply(t, { customerName: 'Tom' });
      expect(r.topics, t).toEqual(['cancellation']);
      expect(r.text, t).toMatch(/written confirmation by email within one business day/);
      expect(r.text, t).not.toMatch(/smoothly|hassle|within the hour|trouble this has caused|inconvenience|let you down/);
    }
    // asked three times already: the trouble is heard
    const chased = draftReply('I have asked you three times to cancel my subscription and you are still charging me.', { customerName: 'Tom' });
    expect(chased.text).toMatch(/smoothly|hassle/);
    expect(chased.text).not.toMatch(/within the hour/);
  });

  it('a replacement the customer says is already on its way is checked on, not offered again', () => {
    const t = 'The lamp arrived broken. Your support already said a replacement is on its way, I just want to know when it will arrive.';
    const r = draftReply(t, { customerName: 'Amy' });
    expect(r.topics).toEqual(['replacement-coming']);
    expect(r.text).toMatch(/check where your replacement has got to/);
    expect(r.text).not.toMatch(/send (?:a|you a) (?:free )?replacement|a replacement or a full refund|send a replacement/);
    // a replacement asked for is still offered one
    expect(draftReply('The mug arrived broken. Can you send a replacement?', { customerName: 'Amy' }).text).toMatch(/replacement/);
  });

  it('"friendly enough" beside a complaint is not thanked as praise; "kind enough to help" still is', () => {
    const faint = draftReply('Staff were friendly enough but we waited 50 minutes for our food and it was cold.', { audience: 'public', rating: 2 });
    expect(faint.text).not.toMatch(/kind words/);
    const kind = draftReply('The receptionist was kind enough to help us, but we waited 50 minutes for our food.', { audience: 'public', rating: 2 });
    expect(kind.text).toMatch(/kind words/);
  });

  it('an app review is closed with words for an app, not "see you again soon"', () => {
    for (const t of ['Love the app, works great.', 'Best budgeting app I have used. Five stars!', 'Brilliant app, the new dark mode is lovely.']) {
      const r = draftReply(t, { audience: 'public', rating: 5, kind: 'app' });
      expect(r.text, t).toMatch(/app/);
      expect(r.text, t).not.toMatch(/see you again|welcoming you back/);
      expect(calm(r.text), r.text).toBe(true);
    }
    // a café's review still looks forward to seeing them
    expect(draftReply('Lovely coffee and friendly staff!', { audience: 'public', rating: 5 }).text).toMatch(/see you again|welcoming you back/);
  });
});

describe('the expressions added here', () => {
  it('stay linear on 100,000 characters built to make them backtrack', () => {
    const units = [
      'paid for a sea view ', 'got a twin room ', 'room looked out ', 'pain after the ', 'filling still ', 'leaving it at number 42 ', 'I live at ',
      'platform was ', 'down again ', 'refused my ', 'return was ', 'size guide ', 'followed the size chart ', 'have to pay to ', 'replacement is ',
      'cancel my subscription ', 'friendly enough ',
    ];
    expectDraftsLinear(units, { audience: 'public', rating: 2 });
  }, LINEAR_TIMEOUT);
});
