/**
 * "Draft a calm reply" in a box with a character limit (Google Play Console: 350): the reply is cut to fit,
 * least important sentences first, and still acknowledges the problem, gives a next step and a way to reach us.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/tone/analyze';
import { draftReply, type DraftContext } from '../../src/core/draft';
import { TOPICS } from '../../src/core/draft/templates';

/** The 1-star review on the Play Console fixture (test/fixtures/sites/play-console.html). */
const PLAY_REVIEW = 'App crashes every time I open a note with a photo. Lost two days of notes after the last update. Fix it!';
const PLAY: DraftContext = { audience: 'public', customerName: 'Jamal Ortiz', rating: 1 };

/** Every line of the reply is a whole sentence (or the greeting or sign-off): nothing cut off mid-sentence. */
function wholeSentences(text: string): void {
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    expect(line, text).toMatch(/[.!?,]$|^The [\w ]*team$|^Sam$|^Acme$/);
  }
}

describe('draftReply with a character limit', () => {
  it('the Play Console review: the reply fits in 350 characters and still answers the crash, with a next step and a way to reach us', () => {
    const full = draftReply(PLAY_REVIEW, PLAY);
    expect(full.text.length).toBeGreaterThan(350);
    const r = draftReply(PLAY_REVIEW, { ...PLAY, maxLength: 350 });
    expect(r.text.length).toBeLessThanOrEqual(350);
    expect(r.text).toMatch(/^(?:Hi|Dear) Jamal,\n/);
    expect(r.text).toMatch(/the app is not working/i); // the problem acknowledged
    expect(r.text).toMatch(/sorry|apolog/i);
    expect(r.text).toMatch(/developers are looking into it/i); // the next step for it
    expect(r.text).toMatch(/contact us|private message/i); // how to reach us
    expect(r.text).toMatch(/\n\n(?:Best|Kind|Warm) regards,\nThe team$/);
    expect(r.topics).toEqual(['app']);
    wholeSentences(r.text);
    expect(analyze(r.text, { sensitivity: 'strict' }).flagged).toBe(false);
  });

  it('a reply that fits is not changed, and a missing, zero or nonsense limit means none', () => {
    const full = draftReply(PLAY_REVIEW, PLAY);
    for (const maxLength of [full.text.length, 5000, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, undefined]) {
      expect(draftReply(PLAY_REVIEW, { ...PLAY, maxLength }).text, String(maxLength)).toBe(full.text);
    }
  });

  it('a mixed review loses the thanks for its praise first, and keeps both problems and the step', () => {
    const mixed = 'Lovely staff and great coffee, but we waited 40 minutes for a table and the eggs were cold when they came.';
    const ctx: DraftContext = { audience: 'public', customerName: 'Karen', rating: 2 };
    const full = draftReply(mixed, ctx);
    expect(full.text).toMatch(/kind words about the staff and the coffee/);
    const r = draftReply(mixed, { ...ctx, maxLength: full.text.length - 1 });
    expect(r.text.length).toBeLessThan(full.text.length);
    expect(r.text).not.toMatch(/kind words/);
    expect(r.topics).toEqual(['wait-time', 'food']);
    expect(r.text).toMatch(/long wait/);
    expect(r.text).toMatch(/food was not what it should have been/);
    expect(r.text).toMatch(/kitchen team/);
    expect(r.text).toMatch(/contact us/i);
    wholeSentences(r.text);
  });

  it('an email with several problems and a refund asked for keeps the refund in 350 characters', () => {
    const msg = 'My order #48213 arrived two weeks late and the box was damaged. I want a refund.';
    const ctx: DraftContext = { customerName: 'Jane Doe', signatureName: 'Sam', businessName: 'Acme' };
    expect(draftReply(msg, ctx).text.length).toBeGreaterThan(350);
    const r = draftReply(msg, { ...ctx, maxLength: 350 });
    expect(r.text.length).toBeLessThanOrEqual(350);
    expect(r.text).toMatch(/refund/);
    expect(r.text).toMatch(/order #48213/);
    expect(r.text).toMatch(/today|tomorrow/);
    expect(r.text).toMatch(/\n\n(?:Best|Kind|Warm) regards,\nSam\nAcme$/);
    wholeSentences(r.text);
    expect(analyze(r.text).flagged).toBe(false);
  });

  it('a limit too small for any reply gives the shortest reply there is, still calm and whole', () => {
    const r = draftReply(PLAY_REVIEW, { ...PLAY, maxLength: 100 });
    const at350 = draftReply(PLAY_REVIEW, { ...PLAY, maxLength: 350 });
    expect(r.text.length).toBeGreaterThan(100); // the box's too-long warning says so
    expect(r.text.length).toBeLessThan(at350.text.length);
    expect(r.text).toMatch(/^(?:Hi|Dear) Jamal,\n/);
    expect(r.text).toMatch(/the app is not working/i);
    expect(r.text).toMatch(/contact us/i);
    wholeSentences(r.text);
    expect(analyze(r.text, { sensitivity: 'strict' }).flagged).toBe(false);
  });

  it('praise: a shorter thank-you in a small box', () => {
    const praise = 'Absolutely loved the food and the staff were so friendly. Fast delivery too, highly recommend!';
    const ctx: DraftContext = { audience: 'public', customerName: 'Kim', rating: 5 };
    const full = draftReply(praise, ctx);
    const r = draftReply(praise, { ...ctx, maxLength: 250 });
    expect(full.text.length).toBeGreaterThan(250);
    expect(r.text.length).toBeLessThanOrEqual(250);
    expect(r.text).toMatch(/^(?:Hi|Dear) Kim,\n\nThank you/);
    wholeSentences(r.text);
  });

  it('every topic example, as a public review: each reply fits in 350 characters and reads calm', () => {
    const messages = [...new Set(TOPICS.flatMap((t) => t.examples.hits))];
    const over: string[] = [];
    for (const m of messages) {
      const r = draftReply(m, { ...PLAY, maxLength: 350 });
      if (r.text.length > 350) over.push(m);
      expect(analyze(r.text, { sensitivity: 'strict' }).flagged, m).toBe(false);
      expect(r.text, m).toMatch(/contact us|private message|send us|hearing from you|get in touch/i);
    }
    expect(over).toEqual([]);
  });
});
