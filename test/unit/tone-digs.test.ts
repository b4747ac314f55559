/**
 * Stop 20: the dig after the business part of a reply ("Invoice attached. Again.", "Happy now?", "Try to be on
 * time for once.") is held at the default setting, with the dig itself as the reason; the same words in a
 * sincere reply are not. And a short all-capitals abbreviation we do not know ("EMI", "PNR", "KYC") is not
 * shouting, while shouted words still are.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/tone/analyze';

describe('digs at the reader', () => {
  it('are held at normal, with the dig as a reason', () => {
    const drafts: Array<[string, string]> = [
      ['Your appointment is at 10:30 on Tuesday. Try to be on time for once.', 'for once'],
      ['Invoice attached. Again. Maybe open it this time.', 'Again'],
      ['Invoice attached. Again. Maybe open it this time.', 'this time'],
      ['Your ticket has been escalated, as you demanded in all capitals. Happy now?', 'Happy now?'],
      ['Yes, the jacket comes in medium. It says so right there on the product page. Reading helps.', 'Reading helps'],
      ["Reminder: your appointment is tomorrow at 3. If you no-show again, don't bother rebooking.", "don't bother rebooking"],
      ["Hi Ahmed, we still don't have Layla's consent form. Every other parent managed it.", 'Every other parent managed'],
      ["Thanks for the lovely review, Marta. Shame you couldn't manage to leave a tip to match.", "Shame you couldn't"],
      ['Everyone else on the tour loved it. Maybe the problem is you.', 'Maybe the problem is you'],
      ['Hi Tom, we have moved your cleaning to Friday. Please actually be home this time.', 'Please actually be'],
      ['Warranty claim approved, although we both know you dropped it.', 'we both know you'],
    ];
    for (const [text, span] of drafts) {
      const a = analyze(text, { sensitivity: 'normal' });
      expect(a.flagged, text).toBe(true);
      expect(a.reasons.filter((r) => r.kind === 'sarcasm' || r.kind === 'condescension' || r.kind === 'dismissal' || r.kind === 'blame').map((r) => r.text), text).toContain(span);
    }
  });

  it('the same words in a sincere reply are not held, and give no dig as a reason even at strict', () => {
    for (const text of [
      "It's a shame you couldn't make it to the open day, we hope to see you next time.",
      "We've waived the late fee this time. Please don't worry about it.",
      "Please be assured we'll get it right this time.",
      'Thanks again for your order! Again, sorry for the delay.',
      'Finally, here is your tracking number.',
      'Does Friday work? Okay then, see you Friday.',
      'Perhaps the issue was with the courier; I will check with them today.',
      'Every other Tuesday we open late, until 9pm.',
    ]) {
      expect(analyze(text, { sensitivity: 'normal' }).flagged, text).toBe(false);
      const a = analyze(text, { sensitivity: 'strict' });
      expect(a.reasons.filter((r) => r.kind === 'sarcasm' || r.kind === 'condescension' || r.kind === 'dismissal' || r.kind === 'blame'), text).toEqual([]);
    }
  });
});

describe('capitals', () => {
  it('an abbreviation of three or four letters that is no known word is not shouting', () => {
    for (const [text, word] of [
      ['Kindly note that the EMI has been successfully rescheduled. Please find the revised schedule attached.', 'EMI'],
      ['Your PNR is on the ticket and your KYC check is complete.', 'PNR'],
      ['Your PNR is on the ticket and your KYC check is complete.', 'KYC'],
    ] as const) {
      const a = analyze(text, { sensitivity: 'normal' });
      expect(a.reasons.filter((r) => r.kind === 'shouting').map((r) => r.text), text).not.toContain(word);
      expect(a.flagged, text).toBe(false);
    }
  });

  it('shouted words are still shouting, short ones included', () => {
    const a = analyze('I SAID NO. READ THE SIGN.', { sensitivity: 'normal' });
    expect(a.reasons.filter((r) => r.kind === 'shouting').map((r) => r.text)).toEqual(expect.arrayContaining(['SAID', 'READ', 'SIGN']));
    expect(a.flagged).toBe(true);
  });
});

describe('words of degree take the tone of the warm word after them', () => {
  it('"an absolute sweetheart", "truly sorry": the degree word is no reason and the reply is not held', () => {
    for (const [text, word] of [
      ['Five stars from you and Biscuit, what a treat! He was an absolute sweetheart during his check-up, Linda.', 'absolute'],
      ['Thanks so much for the review! Max is an absolute gem.', 'absolute'],
      ['We are truly sorry the room was not ready when you arrived.', 'truly'],
    ] as const) {
      const a = analyze(text, { sensitivity: 'normal' });
      expect(a.flagged, text).toBe(false);
      expect(a.reasons.map((r) => r.text.toLowerCase()), text).not.toContain(word);
    }
  });

  it('before a hostile word it still counts: "an absolute joke" is held', () => {
    const a = analyze('Your review is an absolute joke.', { sensitivity: 'normal' });
    expect(a.flagged).toBe(true);
    expect(a.reasons.map((r) => r.text.toLowerCase())).toContain('absolute');
  });
});

describe('insults aimed at the reader', () => {
  // QA (stop 20): a thank-you in the sentence before outweighed the insult, and the reply was sent unheld
  it('are held even after a thank-you, with the insult as the reason', () => {
    for (const text of ['Thanks for the order. You are an idiot and a liar.', 'Thanks for writing in. You are an idiot.']) {
      const a = analyze(text, { sensitivity: 'normal' });
      expect(a.flagged, text).toBe(true);
      expect(a.reasons.filter((r) => r.kind === 'blame').map((r) => r.text), text).toContain('You are an idiot');
      expect(a.reasons.filter((r) => r.kind === 'insult').map((r) => r.text), text).toContain('idiot');
    }
  });

  it('an insult in a telling-off is aimed at the reader too; "don\'t be afraid to ask" is not one', () => {
    for (const [text, span] of [["Don't be an idiot.", 'be an idiot'], ['Stop being such a jerk about the refund.', 'being such a jerk']] as const) {
      const a = analyze(text, { sensitivity: 'normal' });
      expect(a.flagged, text).toBe(true);
      expect(a.reasons.filter((r) => r.kind === 'blame').map((r) => r.text), text).toContain(span);
    }
    for (const text of ["Don't be afraid to ask us anything!", "Don't be a stranger, see you soon!"]) {
      const a = analyze(text, { sensitivity: 'strict' });
      expect(a.flagged, text).toBe(false);
      expect(a.reasons.filter((r) => r.kind === 'blame'), text).toEqual([]);
    }
  });

  it('a denied insult or a name after "thank you," is not one', () => {
    const denied = analyze("You're not an idiot.", { sensitivity: 'normal' });
    expect(denied.flagged).toBe(false);
    expect(denied.reasons.filter((r) => r.kind === 'insult')).toEqual([]);
    expect(analyze("You're not an idiot for asking, it's a common question.").reasons.filter((r) => r.kind === 'insult')).toEqual([]);
    const named = analyze('Thank you, Karen, for the lovely message.', { sensitivity: 'strict' });
    expect(named.flagged).toBe(false);
    expect(named.reasons.filter((r) => r.text.startsWith('you'))).toEqual([]);
  });
});
