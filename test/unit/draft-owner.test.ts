/**
 * Replies a business owner would post as they are: found by drafting replies to customer messages written the way
 * real customers write them, and reading each one before posting it.
 */
import { describe, expect, it } from 'vitest';
import { draftReply } from '../../src/core/draft';
import { analyze } from '../../src/core/tone/analyze';

const NOTED = /taken note of the point you raised/;
const COMPLAINT_REPLY = /sorry|apolog|patience|inconvenience/i;

describe('a happy review with a small point said in passing', () => {
  it('"Bit pricey for a child\'s cut but we\'ll be back" at four stars is thanked with the point noted, not answered as a complaint', () => {
    const t = "Took my daughter for her first haircut and the stylist was so patient with her. She loved it. Bit pricey for a child's cut but we'll be back.";
    const r = draftReply(t, { audience: 'public', rating: 4, customerName: 'Claire' });
    expect(r.text).toMatch(/Thank you/);
    expect(r.text).toMatch(NOTED);
    expect(r.text).not.toMatch(COMPLAINT_REPLY);
    expect(analyze(r.text, { sensitivity: 'strict' }).flagged).toBe(false);
  });

  it('the same point in a two-star review, or said plainly at four stars, is still answered as a complaint', () => {
    const t = "Took my daughter for her first haircut and the stylist was so patient with her. She loved it. Bit pricey for a child's cut but we'll be back.";
    expect(draftReply(t, { audience: 'public', rating: 2 }).text).toMatch(/sorry|apolog/i);
    expect(draftReply('Lovely staff, but way too expensive for what you get.', { audience: 'public', rating: 4 }).topics).toEqual(['price']);
    // money taken in error wants an answer whatever the stars
    expect(draftReply('Great stay, lovely staff. Only thing was a bit of a double charge on my card.', { audience: 'public', rating: 4 }).text).toMatch(/charge/);
  });

  it('"the only small thing", "no big deal" and "would be 5 stars if" in a five- or four-star review are noted after the thanks', () => {
    for (const [t, rating] of [
      ["Fantastic stay, the staff couldn't do enough for us and breakfast was superb. The only small thing is the wifi was a bit patchy in our room, but honestly it didn't matter.", 5],
      ['Beautiful quality bedding, really soft. Delivery was a day later than promised but no big deal. Will buy again!', 5],
      ['Really good app, use it daily. Would be 5 stars if there was a dark mode.', 4],
    ] as const) {
      const r = draftReply(t, { audience: 'public', rating });
      expect(r.text, t).toMatch(NOTED);
      expect(r.text, t).not.toMatch(COMPLAINT_REPLY);
    }
  });
});
