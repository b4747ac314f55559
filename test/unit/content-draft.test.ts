// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../src/content/draft';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" role="textbox">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

describe('reading a draft', () => {
  it('reads blocks and <br> as lines', () => {
    const el = editor('<div>Hi Dana,</div><div><br></div><div>Sorry about <b>that</b>.<br>Sam</div>');
    expect(readDraft(el).full).toBe('Hi Dana,\n\nSorry about that.\nSam');
  });

  it('leaves out quoted history the user did not write', () => {
    const el = editor(
      '<div>Thanks, we will fix it.</div><div class="gmail_quote"><div>On Mon, Dana wrote:</div><blockquote>You are useless!!!</blockquote></div>',
    );
    const d = readDraft(el);
    expect(d.own).toBe('Thanks, we will fix it.');
    expect(d.full).toContain('You are useless!!!');
  });

  it("treats everything from Outlook's reply marker on as quoted", () => {
    const el = editor(
      '<div>Sure, we will refund it.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Dana</div><div>You are useless!!!</div>',
    );
    expect(readDraft(el).own).toBe('Sure, we will refund it.');
    expect(readDraft(el).full).toContain('You are useless!!!');
  });

  it('reads textareas by value', () => {
    document.body.innerHTML = '<textarea>plain reply</textarea>';
    const ta = document.querySelector('textarea')!;
    expect(readDraft(ta)).toEqual({ full: 'plain reply', own: 'plain reply' });
  });

  it('ignores script and style content and survives odd markup', () => {
    const el = editor('<div>ok<script>var x = 1</script><style>p{}</style><table><tr><td>cell</td></tr></table>');
    expect(readDraft(el).own).toBe('ok\ncell');
  });
});

// Undo's exact restore and DOMPurify sanitizing are tested in real Chromium (test/e2e/rewrite.e2e.ts):
// happy-dom's DOM lets unsafe attributes through DOMPurify, so it cannot judge a sanitizer.

describe('reading a pasted table', () => {
  it('keeps the cells of a row apart', () => {
    const el = editor('<p>Listen:</p><table><tr><td>Order</td><td>#4412</td></tr><tr><th>Shipped</th><td>3 May</td></tr></table>');
    expect(readDraft(el).own).toBe('Listen:\nOrder #4412\nShipped 3 May');
  });
});
