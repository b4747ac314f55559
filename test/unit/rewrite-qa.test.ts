import { describe, expect, it } from 'vitest';
import { calmRewrite } from '../../src/core/rewrite';

// Drafts a QA pass found left broken or still hostile by the calm rewrite.
describe('calm rewrite: sentences QA found broken or still hostile', () => {
  it('an insult after our softened "sorry…, but" is judged without our apology, and taken out', () => {
    const text = "Sorry you feel that way, but honestly this is the stupidest complaint we've had. We will look into the crash on Pixel 8 in version 4.2.0.";
    const out = calmRewrite(text);
    expect(out.text).not.toMatch(/stupidest|complaint we've had/);
    expect(out.removed).toContain("Sorry you feel that way, but honestly this is the stupidest complaint we've had.");
    expect(out.text).toContain('We will look into the crash on Pixel 8 in version 4.2.0.');
  });

  it('blaming the customer\'s device and "buy a real phone" do not survive; the facts do', () => {
    const text = 'Your phone is the problem, not our app. Buy a real phone. Version 4.2.1 works fine on every Pixel we tested.';
    const out = calmRewrite(text);
    expect(out.text).not.toMatch(/is the problem|not our app|real phone/i);
    expect(out.text).toContain('The issue may be specific to your phone.');
    expect(out.text).toContain('Version 4.2.1 works fine on every Pixel we tested.');
  });

  it('"Stop whining and update the app." becomes a request, not "Thank you for raising this and update the app."', () => {
    const out = calmRewrite("This is ridiculous. You clearly didn't read the FAQ. Stop whining and update the app.");
    expect(out.text).toContain('Please update the app.');
    expect(out.text).not.toMatch(/raising this and update/i);
  });

  it('a dropped name after "you" takes the "you" with it: no "…our salaries, you."', () => {
    const out = calmRewrite('Thanks for the feedback! Sync is fixed in 4.2.1, please update. Shut up about the ads though, they pay our salaries, you freeloader.');
    expect(out.text).not.toMatch(/freeloader|, you\./);
    expect(out.text).toContain('they pay our salaries.');
    expect(out.text).toContain('4.2.1');
  });

  it('"you are an idiot if you could not figure that out" does not become "I see this differently if you could not…"', () => {
    const out = calmRewrite('Honestly, you are an idiot if you could not figure that out. Stop whining.');
    expect(out.text).not.toMatch(/differently if|figure that out|idiot/);
  });

  it('an insult used as the subject leaves "You" as the subject, with every fact', () => {
    const text = 'You idiots lost my order #48213 on March 3 and the $45.20 refund is still missing.';
    const out = calmRewrite(text);
    expect(out.text).toContain('You lost my order #48213 on March 3 and the $45.20 refund is still missing.');
    expect(out.text).not.toMatch(/idiots|(?:^|\. )Lost my order/);
  });

  it('"LOL." and "Uninstall then." are taken out, not kept around "I understand."', () => {
    const out = calmRewrite('LOL. Whatever. Uninstall then.');
    expect(out.text).not.toMatch(/LOL|Uninstall/i);
  });

  it('sarcastic thanks stays sarcastic once the 🙄 is removed: the sentence goes', () => {
    const out = calmRewrite('Thanks so much 🙄 for the one star. Did you even try restarting?');
    expect(out.text).not.toMatch(/one star|🙄/);
    expect(out.removed).toContain('Thanks so much 🙄 for the one star.');
  });
});
