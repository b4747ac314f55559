// @vitest-environment happy-dom
/**
 * Which menu item is an item of a compose's send-options menu (src/content/send-menu.ts): a menu beside its
 * button, one the button names, or one rendered at the end of the page while the button says it is open;
 * never another menu of the page or of the compose. (End to end, on the Gmail and Outlook fixtures, where the
 * menu sits beside its button: gmail.e2e.ts, sites.e2e.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sendMenuItem } from '../../src/content/send-menu';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(menuHtml: string, openerAttrs = ''): { opener: HTMLElement; body: HTMLElement; item: HTMLElement; inCompose: (el: Element) => boolean } {
  document.body.innerHTML = `
    <div id="compose">
      <div contenteditable="true" role="textbox" id="body">Draft</div>
      <div class="toolbar">
        <div class="send-group">
          <div role="button" id="send">Send</div>
          <div role="button" id="opener" aria-haspopup="true" ${openerAttrs}>▾</div>
        </div>
        <div role="button" id="formatting" aria-haspopup="true">More options</div>
      </div>
    </div>
    ${menuHtml}`;
  const compose = document.getElementById('compose')!;
  return {
    opener: document.getElementById('opener')!,
    body: document.getElementById('body')!,
    item: document.querySelector<HTMLElement>('#item')!,
    inCompose: (el) => compose.contains(el),
  };
}

const MENU = '<div role="menu" id="menu"><div role="menuitem" id="item"><span id="label">Schedule send</span></div></div>';

describe('the send-options menu', () => {
  it('rendered at the end of the page: its item while the button says the menu is open, not once it says closed', () => {
    const p = page(MENU, 'aria-expanded="true"');
    // a press on the item's label is a press on the item
    expect(sendMenuItem(document.getElementById('label'), p.opener, p.body, p.inCompose)).toBe(p.item);
    p.opener.setAttribute('aria-expanded', 'false');
    expect(sendMenuItem(p.item, p.opener, p.body, p.inCompose)).toBeNull();
    p.opener.removeAttribute('aria-expanded');
    expect(sendMenuItem(p.item, p.opener, p.body, p.inCompose)).toBeNull();
  });

  it('named by the button (aria-controls, aria-owns): its item, wherever it is', () => {
    const p = page(`<div id="layer">${MENU}</div>`, 'aria-controls="layer"');
    expect(sendMenuItem(p.item, p.opener, p.body, p.inCompose)).toBe(p.item);
    p.opener.removeAttribute('aria-controls');
    p.opener.setAttribute('aria-owns', 'other menu');
    expect(sendMenuItem(p.item, p.opener, p.body, p.inCompose)).toBe(p.item);
  });

  it('beside its button, in the send group: its item, whatever the button says', () => {
    const p = page('');
    p.opener.after(document.createRange().createContextualFragment(MENU));
    const item = document.getElementById('item')!;
    expect(sendMenuItem(item, p.opener, p.body, p.inCompose)).toBe(item);
  });

  it('another menu in the compose (away from the send group), or no menu item at all: nothing', () => {
    const p = page('', 'aria-expanded="true"');
    document.getElementById('formatting')!.after(document.createRange().createContextualFragment(MENU));
    const item = document.getElementById('item')!;
    expect(sendMenuItem(item, p.opener, p.body, p.inCompose)).toBeNull();
    expect(sendMenuItem(p.body, p.opener, p.body, p.inCompose)).toBeNull();
    expect(sendMenuItem(document.getElementById('send'), p.opener, p.body, p.inCompose)).toBeNull();
  });

  it('a button that opens no menu (aria-haspopup="false"), or is gone from the page: nothing', () => {
    const p = page(MENU, 'aria-expanded="true"');
    p.opener.setAttribute('aria-haspopup', 'false');
    expect(sendMenuItem(p.item, p.opener, p.body, p.inCompose)).toBeNull();
    p.opener.setAttribute('aria-haspopup', 'menu');
    expect(sendMenuItem(p.item, p.opener, p.body, p.inCompose)).toBe(p.item);
    p.opener.remove();
    expect(sendMenuItem(p.item, p.opener, p.body, p.inCompose)).toBeNull();
  });
});
