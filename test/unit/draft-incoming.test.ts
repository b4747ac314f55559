// @vitest-environment happy-dom
/** What the drafted reply answers on Gmail: the customer's message, not the thread quoted under it. */
import { describe, expect, it } from 'vitest';
import { draftReply } from '../../src/core/draft';
import { gmail } from '../../src/sites/gmail';

describe('Gmail: the incoming message leaves out quoted history', () => {
  it('our own earlier reply in .gmail_quote (in any language) is not read as the customer thanking us', () => {
    document.body.innerHTML = `<div class="nH">
      <div class="gs"><span class="gD" name="Dana Whitfield">Dana</span>
        <div class="ii gt"><div class="a3s aiL"><p>The lamp order #48213 arrived broken. Refund me or I dispute the charge.</p>
          <div class="gmail_quote"><div class="gmail_attr">Le lun. 3 mars, Support a répondu</div>
            <blockquote>Thanks for your order! We love our customers and we are so glad you are happy.</blockquote></div></div></div></div>
      <div class="compose"><div contenteditable="true" role="textbox" g_editable="true"></div></div></div>`;
    const compose = document.querySelector<HTMLElement>('.compose')!;
    const incoming = gmail.incoming!(compose, document);
    expect(incoming?.author).toBe('Dana Whitfield');
    expect(incoming?.text).toMatch(/arrived broken/);
    expect(incoming?.text).not.toMatch(/love our customers/);
    expect(draftReply(incoming!.text, { audience: 'private', customerName: incoming!.author }).text).not.toMatch(/kind words/i);
  });

  it('a message that is all quote keeps its text (something to answer, never nothing)', () => {
    document.body.innerHTML = `<div class="nH"><div class="gs"><div class="ii gt"><div class="a3s aiL"><div class="gmail_quote">Only a forwarded note.</div></div></div></div>
      <div class="compose"></div></div>`;
    expect(gmail.incoming!(document.querySelector<HTMLElement>('.compose')!, document)?.text).toBe('Only a forwarded note.');
  });
});
