/**
 * Threats that reach past the review into the reviewer's life (their details handed to lawyers or a security
 * team, "we know where you live", "defamation is a serious matter"): held at the default setting, with the
 * threat shown as the reason. Plain next steps that mention the same people are not.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/tone/analyze';

describe('threats against the reviewer', () => {
  it('are held at normal, and the threat is the reason shown', () => {
    const drafts: Array<[string, string]> = [
      ['Please note that we have passed your IP address and account details to our security team.', 'passed your IP address and account details to our security team'],
      ['Dear Sir, your review has been passed to our legal team. We trust you will reconsider its content.', 'passed to our legal team'],
      ["We've got the dashcam footage and we've got your number plate.", "we've got your number plate"],
      ['We will be passing your details on to our solicitor. Defamation is a serious matter.', 'passing your details on to our solicitor'],
    ];
    for (const [text, span] of drafts) {
      const a = analyze(text, { sensitivity: 'normal' });
      expect(a.flagged, text).toBe(true);
      expect(a.reasons.filter((r) => r.kind === 'threat').map((r) => r.text.toLowerCase()), text).toContain(span.toLowerCase());
    }
  });

  it('a plain next step naming the same people is not a threat', () => {
    for (const text of [
      'We have passed your details to our accounts team, who will refund the deposit this week.',
      'We shared your contact details with the courier so they can rebook the delivery.',
      'If we do not hear from you by 30 September, the matter may be referred to our solicitors. We would much prefer to sort it out directly.',
      'We have your address on file and will post the replacement today.',
    ]) {
      const a = analyze(text, { sensitivity: 'normal' });
      expect(a.reasons.filter((r) => r.kind === 'threat'), text).toEqual([]);
      expect(a.flagged, text).toBe(false);
    }
  });
});

describe('"do everyone a favour"', () => {
  it('is held as a put-down; a favour asked or a tip given is not', () => {
    for (const text of ['Next time, do everyone a favor and stay home.', 'Do the rest of us a favour and stick to fast food.']) {
      const a = analyze(text, { sensitivity: 'normal' });
      expect(a.flagged, text).toBe(true);
      expect(a.reasons.some((r) => r.kind === 'dismissal' && /a favou?r/i.test(r.text)), text).toBe(true);
    }
    for (const text of ['Do yourself a favour and try the lamb next time!', 'Could you do us a favour and send the order number? Thanks!']) {
      expect(analyze(text, { sensitivity: 'normal' }).flagged, text).toBe(false);
    }
  });
});
