/**
 * Drafted replies that fit the site and the message (QA round 16): app reviews get app answers, quoted history
 * and sarcasm are not thanked, one money promise per reply, a courier is not our staff, and placeholder
 * reviewer names are no names.
 */
import { describe, expect, it } from 'vitest';
import { draftReply, isPlaceholderName, withoutQuotedHistory } from '../../src/core/draft';
import { draftReplyName } from '../../src/ui/Badge';

/** As Google Play Console passes a review: public, a star rating, its 350-character box, an app. */
const play = (text: string, rating = 1, customerName = 'A Google user') =>
  draftReply(text, { audience: 'public', rating, customerName, maxLength: 350, kind: 'app' });

const PHYSICAL = /damaged|replacement|reached you|deliver|courier|parcel|the item/i;

describe('app reviews (kind: app)', () => {
  it('a sync complaint on Play Console gets no promise about a damaged item or a replacement', () => {
    const r = play('Love the design and the widgets are beautiful, but sync has been broken for a month and support never answers my emails.', 2);
    expect(r.text).not.toMatch(PHYSICAL);
    expect(r.text).toMatch(/sync/i);
    expect(r.topics).toContain('sync');
  });

  it('"broken" in an app review is never read as goods arriving damaged', () => {
    const r = draftReply('The widget is broken since the update and the export does not work.', { audience: 'public', rating: 1, kind: 'app' });
    expect(r.topics).not.toContain('damaged-item');
    expect(r.text).not.toMatch(PHYSICAL);
  });

  it('a review listing many problems is told each was heard, not answered about the price alone', () => {
    const r = play(
      'The app is slow, it drains my battery, the dark mode is ugly, notifications come twice, I cannot export to PDF, and the subscription price doubled without warning. Uninstalling.',
    );
    expect(r.text.length).toBeLessThanOrEqual(350);
    expect(r.text).toMatch(/problems you list/i);
    // more than one of them named, starting with the first
    expect(r.text).toMatch(/slow/i);
    expect(r.text).toMatch(/battery/i);
  });

  it('a sarcastic review about an update deleting notes is answered about the lost notes', () => {
    const r = play('Oh great, another update that deletes all my notes. Fantastic work, geniuses. Really, thank you so much for wasting three years of my journaling.');
    expect(r.topics).toEqual(['data-loss']);
    expect(r.text).toMatch(/files|recovered/i);
    expect(r.text).not.toMatch(/kind words|wonderful review/i);
  });

  it('ads, battery and a crash said without the word "app" are app topics', () => {
    expect(play('Ads ads ads. Every two taps a full screen ad. Unusable!!!').topics).toEqual(['ads']);
    expect(play('Drains my battery overnight.').topics).toEqual(['battery']);
    expect(play('Crashes constantly. Fix it.').topics).toEqual(['app']);
  });

  it('the same words on a shop or a hotel still get the goods answer', () => {
    const r = draftReply('The mug arrived broken.', { audience: 'public', rating: 1 });
    expect(r.topics).toEqual(['damaged-item']);
  });

  it('"slow" outside an app review is not an app being slow', () => {
    const r = draftReply('Service was slow and the room was dirty.', { audience: 'public', rating: 2 });
    expect(r.topics).not.toContain('performance');
  });
});

describe('only what the customer wrote now is answered', () => {
  it('our own kind words in the quoted history are not thanked as theirs', () => {
    const r = draftReply('The lamp order #48213 arrived broken. Refund me or I dispute the charge.\n\nOn Mon, 3 Mar 2025, Support <support@shop.example> wrote:\nThanks for your order! We love our customers.', {
      audience: 'private',
    });
    expect(r.text).not.toMatch(/kind words/i);
    expect(r.topics).toContain('damaged-item');
  });

  it('quoted history is cut at "wrote:", Outlook headers and ">" lines, never down to nothing', () => {
    expect(withoutQuotedHistory('It broke.\nOn Mon, Support\n<a@b.c> wrote:\nWe love you')).toBe('It broke.');
    expect(withoutQuotedHistory('It broke.\n\nFrom: Shop Support\nSent: Monday\nTo: Dana\nGreat news!')).toBe('It broke.');
    expect(withoutQuotedHistory('It broke.\n-----Original Message-----\nLovely')).toBe('It broke.');
    expect(withoutQuotedHistory('It broke.\n> Thanks for your order!')).toBe('It broke.');
    expect(withoutQuotedHistory('On Mon, Support wrote:\nonly quote')).toBe('On Mon, Support wrote:\nonly quote');
  });

  it('sarcastic praise ("amazing service 🙄 … Great job, really. Thanks a lot.") is not thanked as kind words', () => {
    const r = draftReply('Wow, amazing service 🙄 Three weeks for a lamp and it arrives in pieces. Great job, really. Thanks a lot.\nDana', { audience: 'private' });
    expect(r.text).not.toMatch(/kind words|wonderful review/i);
  });
});

describe('one money promise per reply', () => {
  const MONEY = /\brefund\b|replacement|money back/gi;
  for (const msg of ['My mug arrived broken and I want a refund.', 'The mug arrived broken. Where is my refund?', 'You sent me the wrong size and I want a refund.']) {
    it(`a damaged or wrong item with a refund asked for promises the refund only: ${msg}`, () => {
      for (let v = 0; v < 2; v++) {
        const r = draftReply(msg + (v ? ' Order #1234.' : ''), { audience: 'private', customerName: 'Dana' });
        const steps = r.text.split('\n\n')[2] ?? '';
        expect(steps).not.toMatch(/replacement|whichever you prefer|reply with your choice/i);
        expect(steps).toMatch(/refund/i);
        expect((steps.match(MONEY) ?? []).length, steps).toBeLessThanOrEqual(1);
      }
    });
  }

  it('a courier who was rude is raised with the delivery company, not "the team member involved"', () => {
    const r = draftReply('I love your shop and the lamp is gorgeous. But the delivery took three weeks and the courier was rude to my mother.\nDana', { audience: 'private' });
    expect(r.text).not.toMatch(/team member|our staff|our team/i);
    expect(r.text).toMatch(/delivery company/i);
  });
});

describe('placeholder reviewer names', () => {
  it('"A Google user" and the like are no name: no "Hi A,"', () => {
    for (const name of ['A Google user', 'Google user', 'Customer', 'Anonymous', 'guest', 'Verified buyer', 'A Trustpilot user', 'a yelp user']) {
      const r = draftReply('Crashes constantly.', { audience: 'public', rating: 1, customerName: name, kind: 'app' });
      expect(r.text.split('\n')[0], name).toMatch(/^(?:Hello|Hi there),$/);
    }
    expect(draftReply('Crashes constantly.', { audience: 'public', customerName: 'Jamal Ortiz' }).text).toMatch(/^(?:Hi|Dear) Jamal,/);
  });

  it('isPlaceholderName keeps real names', () => {
    for (const n of ['Jamal Ortiz', 'Anna', 'frustrated_user_42', 'Guest House Fan Sue']) expect(isPlaceholderName(n), n).toBe(false);
    for (const n of ['A Google user', 'ANONYMOUS', ' Customer ', 'A Trustpilot User', '']) expect(isPlaceholderName(n), n).toBe(true);
  });

  it('"Draft a calm reply" names fall back to the number for a placeholder, and add it for a shared name', () => {
    expect(draftReplyName({ kind: 'review', author: 'A Google user', n: 2 })).toBe('Draft a calm reply to review 2');
    expect(draftReplyName({ kind: 'review', author: 'Anonymous' })).toBe('Draft a calm reply');
    const a = draftReplyName({ kind: 'review', author: 'Sam Lee', n: 1 });
    const b = draftReplyName({ kind: 'review', author: 'Sam Lee', n: 3 });
    expect(a).not.toBe(b);
    expect(b).toBe("Draft a calm reply to Sam Lee's review (review 3)");
    expect(draftReplyName({ kind: 'review', author: 'Sam Lee' })).toBe("Draft a calm reply to Sam Lee's review");
  });
});
