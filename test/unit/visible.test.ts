/**
 * A draft is read as the customer will see it: characters that show nothing (a soft hyphen, a zero-width
 * space, a word joiner, a direction mark) and fullwidth letters no longer split or hide a word. QA found
 * "You are an id­iot." (a soft hyphen, as text pasted from a web page or a word processor carries) read as
 * calm and sent unheld.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAsShown, shownText } from '../../src/core/visible';
import { analyze } from '../../src/core/tone/analyze';
import { calmRewrite } from '../../src/core/rewrite';

const HIDDEN = {
  'soft hyphen': 'You are an id\u00ADiot.',
  'zero-width space': 'You are an id\u200Biot.',
  'word joiner': 'You are an id\u2060iot.',
  'byte-order mark': 'You are an id\uFEFFiot.',
  'zero-width joiner between letters': 'You are an id\u200Diot.',
  'direction mark': 'You are an id\u200Eiot.',
  fullwidth: 'Ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ.',
};

describe('analyzeAsShown', () => {
  for (const [what, text] of Object.entries(HIDDEN)) {
    it(`holds an insult split by a ${what}, as "You are an idiot." is held`, () => {
      expect(analyze('You are an idiot.').flagged).toBe(true);
      const a = analyzeAsShown(text);
      expect(a.flagged).toBe(true);
      // every reason points into the draft as written, its text exactly the draft's characters there
      const insult = a.reasons.find((r) => r.kind === 'insult');
      expect(insult).toBeDefined();
      for (const r of a.reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(shownText(insult!.text).text.toLowerCase()).toBe('idiot');
    });
  }

  it('a draft with none of them is analysed exactly as analyze() does', () => {
    for (const t of ['You are an idiot.', 'Thanks, the parcel is on its way. 👍🏽', "Did you even READ the listing?! Not our problem."]) {
      expect(analyzeAsShown(t)).toEqual(analyze(t));
    }
  });

  it('an emoji sequence keeps its joiner (it is not between two letters)', () => {
    const family = 'Thanks from all of us \u{1F468}\u200D\u{1F469}\u200D\u{1F467}!';
    expect(shownText(family).text).toBe(family);
    expect(shownText('ab\u200Dcd').text).toBe('abcd');
  });

  it('maps spans with characters taken out inside and before them', () => {
    const text = '\uFEFFHi. You are an id\u00ADi\u200Bot and a l\u00ADiar.';
    const a = analyzeAsShown(text);
    const spans = a.reasons.filter((r) => r.kind === 'insult').map((r) => r.text);
    expect(spans).toEqual(['id\u00ADi\u200Bot', 'l\u00ADiar']);
  });

  it('the calm rewrite sees the hidden insult too: it takes the sentence out (Undo brings it back)', () => {
    const out = calmRewrite('The parcel left on Monday. You are an id\u00ADiot.');
    expect(out.text).not.toMatch(/id\u00ADiot/);
    expect(out.removed).toContain('You are an id\u00ADiot.');
    expect(out.text).toContain('The parcel left on Monday.');
  });
});
