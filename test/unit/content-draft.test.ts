// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  loadPurifier,
  ownTextRange,
  pointInQuote,
  quotedText,
  readDraft,
  replaceOwnText,
  restore,
  sanitizedWithIslands,
  scoredText,
  snapshot,
  textEdits,
  type TextEdit,
} from '../../src/content/draft';
import { QuoteWatch, quoteAdditions, quoteLines, watchQuote } from '../../src/content/quote';

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
    expect(readDraft(ta)).toEqual({ full: 'plain reply', own: 'plain reply', added: '' });
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

describe('what the user typed inside the quoted history', () => {
  const GMAIL_QUOTE =
    '<div>Thanks, we will look into it.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Dana wrote:</div>' +
    '<blockquote class="gmail_quote"><div>Where is my lamp?</div><div>You are useless!!!</div></blockquote></div>';
  const OUTLOOK_QUOTE =
    '<div>Sure, we will refund it.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Dana Whitfield</div>' +
    '<div>Where is my lamp?</div>';

  /** A beforeinput / input pair around an edit, the way the browser sends them, with the caret at `node`. */
  function typeAt(node: Node, edit: () => void, watch: QuoteWatch): void {
    const range = document.createRange();
    range.selectNodeContents(node);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    watch.beforeInput(new InputEvent('beforeinput', { inputType: 'insertText', data: 'x' }));
    edit();
  }

  it('reads the quote alone, Gmail blocks and everything after Outlook\'s marker', () => {
    expect(quoteLines(quotedText(editor(GMAIL_QUOTE)))).toEqual(['On Mon, Dana wrote:', 'Where is my lamp?', 'You are useless!!!']);
    expect(quoteLines(quotedText(editor(OUTLOOK_QUOTE)))).toEqual(['From: Dana Whitfield', 'Where is my lamp?']);
    document.body.innerHTML = '<textarea>plain</textarea>';
    expect(quotedText(document.querySelector('textarea')!)).toBe('');
  });

  it('knows a point inside the quote from one in the reply above it', () => {
    const g = editor(GMAIL_QUOTE);
    expect(pointInQuote(g, g.querySelector('blockquote div')!.firstChild!, 2)).toBe(true);
    expect(pointInQuote(g, g.firstElementChild!.firstChild!, 2)).toBe(false);
    const o = editor(OUTLOOK_QUOTE);
    const marker = o.querySelector('#appendonsend')!;
    const at = [...o.childNodes].indexOf(marker);
    expect(pointInQuote(o, o, at)).toBe(false); // right before the marker: the reply's own end
    expect(pointInQuote(o, o, at + 1)).toBe(true);
    expect(pointInQuote(o, marker, 0)).toBe(true);
    expect(pointInQuote(o, o.lastElementChild!.firstChild!, 3)).toBe(true);
    expect(pointInQuote(o, o.firstElementChild!.firstChild!, 3)).toBe(false);
  });

  it('multiset difference: a repeated line counts, lines gone do not', () => {
    expect(quoteAdditions(['a line', 'b line'], ['a line', 'a line', 'b line', 'c line'])).toEqual(['a line', 'c line']);
    expect(quoteAdditions(['a line', 'b line'], ['b line'])).toEqual([]);
    expect(quoteLines('  one \u00a0 two \n\n three')).toEqual(['one two', 'three']);
  });

  it('typing into a quoted line counts only what was typed, not the quoted words', () => {
    expect(quoteAdditions(['From: Dana Whitfield', 'x'], ['From: Dana Whitfieldyou idiot', 'x'])).toEqual(['you idiot']);
    expect(quoteAdditions(['Where is my lamp?'], ['No. Where is my lamp?'])).toEqual(['No.']);
    expect(quoteAdditions(['Where is my lamp?'], ['Where is my lamp? Read the tracking!'])).toEqual(['Read the tracking!']);
    // a quoted line split in two with Enter: neither half is the user's
    expect(quoteAdditions(['Where is my lamp today?'], ['Where is my', 'lamp today?'])).toEqual([]);
  });

  it('counts a line the user types inside the Gmail quote; the reply above is still `own`', () => {
    const el = editor(GMAIL_QUOTE);
    const watch = new QuoteWatch(el);
    expect(readDraft(el, watch).added).toBe('');
    const block = el.querySelector('blockquote')!;
    typeAt(block.firstElementChild!, () => block.firstElementChild!.insertAdjacentHTML('afterend', '<div>Read the tracking, you idiot.</div>'), watch);
    const d = readDraft(el, watch);
    expect(d.own).toBe('Thanks, we will look into it.');
    expect(d.added).toBe('Read the tracking, you idiot.');
    expect(scoredText(d)).toEqual({
      text: 'Thanks, we will look into it.\nRead the tracking, you idiot.',
      quotedFrom: 'Thanks, we will look into it.\n'.length,
      ownEnd: 'Thanks, we will look into it.'.length,
    });
  });

  it('the customer\'s own angry words in the quote are never the user\'s', () => {
    const el = editor(GMAIL_QUOTE);
    const watch = new QuoteWatch(el);
    // typing above the quote
    typeAt(el.firstElementChild!, () => el.firstElementChild!.append(' Today.'), watch);
    expect(readDraft(el, watch)).toMatchObject({ own: 'Thanks, we will look into it. Today.', added: '' });
  });

  // QA: an answer inside the quote read calm once the site took the box away and put it back (Outlook Mail ⇄ Calendar).
  it('a box the site puts back keeps the answers typed inside its quote: the same element, or a new one with the same quote', () => {
    const el = editor(OUTLOOK_QUOTE);
    const watch = watchQuote(el);
    expect(watchQuote(el)).toBe(watch);
    const quoted = el.lastElementChild!;
    typeAt(quoted, () => quoted.insertAdjacentHTML('afterend', '<div>Read the tracking, you idiot.</div>'), watch);
    expect(readDraft(el, watch).added).toBe('Read the tracking, you idiot.');
    // the same element, taken out and put back: the same watch
    el.remove();
    document.body.append(el);
    expect(readDraft(el, watchQuote(el)).added).toBe('Read the tracking, you idiot.');
    // a new element rendered from the saved draft, its quote exactly as last seen
    const again = editor(el.innerHTML);
    expect(readDraft(again, watchQuote(again)).added).toBe('Read the tracking, you idiot.');
    // a fresh reply quoting the same message has no answers of its own
    const fresh = editor(OUTLOOK_QUOTE);
    expect(readDraft(fresh, watchQuote(fresh)).added).toBe('');
  });

  it('history that appears later (Gmail\'s "show trimmed content") is not the user\'s, before or after they type in the quote', () => {
    const el = editor('<div>Thanks.</div>');
    const watch = new QuoteWatch(el);
    el.insertAdjacentHTML('beforeend', '<div class="gmail_quote"><blockquote>You are useless!!!</blockquote></div>');
    expect(readDraft(el, watch).added).toBe('');
    const block = el.querySelector('blockquote')!;
    typeAt(block, () => block.insertAdjacentHTML('beforeend', '<div>See answers below.</div>'), watch);
    expect(readDraft(el, watch).added).toBe('See answers below.');
    // more history shown after the user typed inside the quote
    el.insertAdjacentHTML('beforeend', '<blockquote>Worst shop ever, you idiots.</blockquote>');
    expect(readDraft(el, watch).added).toBe('See answers below.');
    // and when it comes between two of the user's edits inside the quote, it is folded in before the next
    el.insertAdjacentHTML('beforeend', '<blockquote>I hate you all.</blockquote>');
    typeAt(block, () => block.insertAdjacentHTML('beforeend', '<div>Order #4412 shipped.</div>'), watch);
    expect(readDraft(el, watch).added).toBe('See answers below.\nOrder #4412 shipped.');
  });

  it("Outlook: a click in the quoted header, then typing, counts what was typed", () => {
    const el = editor(OUTLOOK_QUOTE);
    const watch = new QuoteWatch(el);
    const header = el.querySelector('#divRplyFwdMsg')!;
    typeAt(header, () => header.append(' you clearly cannot read'), watch);
    expect(readDraft(el, watch)).toMatchObject({ own: 'Sure, we will refund it.', added: 'you clearly cannot read' });
  });

  it('a change to the quote no edit of the user made (our Undo, a site re-render) is not counted', () => {
    const el = editor(OUTLOOK_QUOTE);
    const watch = new QuoteWatch(el);
    el.lastElementChild!.textContent = 'Where is my lamp? You are useless.';
    // (an input event with no beforeinput of the user's inside the quote)
    expect(readDraft(el, watch).added).toBe('');
  });
});

/** The edits applied to the old text, last first (as the rewrite applies them to the box). */
function applied(before: string, edits: TextEdit[]): string {
  let out = before;
  for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('the calm rewrite as small edits to the draft (textEdits)', () => {
  const changed = (before: string, edits: TextEdit[]): Array<[string, string]> => edits.map((e) => [before.slice(e.start, e.end), e.text]);

  it('a phrase replaced inside a sentence: only that phrase is an edit; the line with a link stays out of every edit', () => {
    const before = 'Hi Dana,\nSee our returns page. Steps:\nHonestly, you are an idiot if you could not figure that out.';
    const after = 'Hi Dana,\nSee our returns page. Steps:\nHonestly, I see this differently if you could not figure that out.';
    const edits = textEdits(before, after);
    expect(changed(before, edits)).toEqual([['you are an idiot', 'I see this differently']]);
    expect(applied(before, edits)).toBe(after);
  });

  it('a sentence taken out and another put in its place: the unchanged line after it stays out of every edit (the words it keeps outweigh the spaces)', () => {
    const before = 'Drop it at the post office\n\nHonestly, you are an idiot if you could not figure that out. Stop whining.\nRefund: 5 days';
    const after = 'Drop it at the post office\n\nThank you for raising this.\nRefund: 5 days. I will follow up with you by tomorrow.';
    const edits = textEdits(before, after);
    const refund = before.indexOf('Refund: 5 days');
    expect(edits.every((e) => e.end <= refund || e.start >= refund + 'Refund: 5 days'.length)).toBe(true);
    expect(applied(before, edits)).toBe(after);
  });

  it('a sentence added at the start or the end is a pure insertion there', () => {
    const before = 'Your parcel was delivered on March 3.';
    const after = 'I understand, and I appreciate your patience. Your parcel was delivered on March 3. I will follow up with you by tomorrow.';
    const edits = textEdits(before, after);
    expect(changed(before, edits)).toEqual([
      ['', 'I understand, and I appreciate your patience. '],
      ['', ' I will follow up with you by tomorrow.'],
    ]);
    expect(applied(before, edits)).toBe(after);
  });

  it('a sentence more than half reworded is replaced whole, not patched around the few words it shares', () => {
    const before = 'Did you even READ the listing?! Order #48213 shipped on 3 May.';
    const after = 'In case the listing was not clear, here is the short version. Order #48213 shipped on 3 May.';
    const edits = textEdits(before, after);
    expect(changed(before, edits)).toEqual([['Did you even READ the listing?!', 'In case the listing was not clear, here is the short version.']]);
    expect(applied(before, edits)).toBe(after);
  });

  it('a removed sentence is one deletion; the lines around it are untouched', () => {
    const before = 'Print the label\nStop whining. Drop it at the post office\nRefund: 5 days';
    const after = 'Print the label\nDrop it at the post office\nRefund: 5 days';
    const edits = textEdits(before, after);
    expect(changed(before, edits)).toEqual([['Stop whining. ', '']]);
    expect(applied(before, edits)).toBe(after);
  });

  it('always gives the new text exactly, for any pair of texts', () => {
    const pairs: Array<[string, string]> = [
      ['', 'Thanks.'],
      ['Thanks.', ''],
      ['a b c', 'c b a'],
      ['same', 'same'],
      ['x\n\ny', 'x\ny\n'],
      ['Ünïcode — “quotes” 🤬 here', 'Ünïcode — “quotes” here, calmly'],
    ];
    for (const [before, after] of pairs) expect(applied(before, textEdits(before, after))).toBe(after);
    expect(textEdits('same', 'same')).toEqual([]);
  });
});

describe("mapping the own part's text to the DOM (ownTextRange)", () => {
  it('a word inside a link is a range inside the link text', () => {
    const el = editor('<p>Hi Dana,</p><p>See <a href="https://shop.example/returns">our returns page</a>. Steps:</p>');
    const own = readDraft(el).own;
    const at = own.indexOf('returns');
    const r = ownTextRange(el, at, at + 'returns'.length)!;
    expect(r.toString()).toBe('returns');
    expect(r.startContainer.parentElement?.tagName).toBe('A');
  });

  it('a range over a line break and a block edge covers the text on both sides', () => {
    const el = editor('<div>Hi Dana,</div><div>Print the label<br>Drop it off</div><ol><li>Refund: 5 days</li></ol>');
    const own = readDraft(el).own;
    expect(own).toBe('Hi Dana,\nPrint the label\nDrop it off\nRefund: 5 days');
    const from = own.indexOf('label');
    const r = ownTextRange(el, from, own.indexOf(' off'))!;
    expect(r.toString()).toBe('labelDrop it');
    const li = own.indexOf('Refund');
    expect(ownTextRange(el, li, own.length)!.toString()).toBe('Refund: 5 days');
  });

  it('stays above the quoted history, and gives nothing for a range past the own part', () => {
    const el = editor('<div>Sure, we will refund it.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Dana</div>');
    const own = readDraft(el).own;
    expect(ownTextRange(el, 0, own.length)!.toString()).toBe('Sure, we will refund it.');
    expect(ownTextRange(el, own.length, own.length + 3)).toBeNull();
    expect(ownTextRange(el, 2, 2)).toBeNull();
  });
});

// Parts of the box the user cannot edit: another extension's widget (contenteditable="false"), a file
// chip in the middle of a line, a custom element or one with a shadow root (a signature widget).
describe('parts of the box the user cannot edit (islands)', () => {
  const WIDGET = '<div contenteditable="false" class="ext-widget">Stupid-simple tracking by MailTrackr</div>';
  const CHIP = '<span contenteditable="false" class="chip">📄 Order 48213.pdf</span>';

  it("a widget's, a chip's or a custom element's words are not read as the user's", () => {
    expect(readDraft(editor(`This is fine.${WIDGET}`)).own).toBe('This is fine.');
    expect(readDraft(editor(`See ${CHIP} for yourself.`)).own).toBe('See  for yourself.');
    // (a custom element's name alone makes no widget: see the next test)
    const el = editor('Thanks.<span class="sig">you idiot</span>');
    el.querySelector('.sig')!.attachShadow({ mode: 'open' }).textContent = 'Sent with Mailtrack';
    expect(readDraft(el).own).toBe('Thanks.');
    // a widget between two lines still parts them
    expect(readDraft(editor(`<div>Line one</div>${WIDGET}<div>Line two</div>`)).own).toBe('Line one\nLine two');
  });

  // QA: text typed or pasted inside any element with a hyphen in its name (<x-card>, <message-body> from a
  // web app's HTML) was taken for a widget's: the badge said calm and the angry reply was sent unheld.
  it("words in a custom element with no shadow root and not marked uneditable are the user's", () => {
    expect(readDraft(editor('Thanks.<mailtrack-sig>you idiot</mailtrack-sig>')).own).toBe('Thanks.you idiot');
    expect(readDraft(editor('<div><x-card>Hi, you clearly did not read my email.</x-card></div>')).own).toBe('Hi, you clearly did not read my email.');
    expect(readDraft(editor('<message-body><p>Stop wasting my time.</p></message-body>')).own).toBe('Stop wasting my time.');
  });

  it('offsets after a chip point at the text after it, never into the chip', () => {
    const el = editor('See <span contenteditable="false" class="chip">📄 Notes for Dana.pdf</span> for yourself.');
    const own = readDraft(el).own;
    const at = own.indexOf('for');
    const r = ownTextRange(el, at, own.length)!;
    expect(r.toString()).toBe('for yourself.');
    expect(r.intersectsNode(el.querySelector('.chip')!)).toBe(false);
    // the whole own part: from the first word to the last, the chip inside it
    expect(ownTextRange(el, 0, own.length)!.toString()).toBe('See 📄 Notes for Dana.pdf for yourself.');
  });

  it('a rewrite that would replace text on both sides of a chip is refused, and the box is left exactly as it was', () => {
    const el = editor(`You idiot, see ${CHIP} and stop whining.`);
    const before = el.innerHTML;
    const chip = el.querySelector('.chip');
    expect(replaceOwnText(el, 'Please see the attached order.')).toBe('failed');
    expect(el.innerHTML).toBe(before);
    expect(el.querySelector('.chip')).toBe(chip);
  });

  it('an editor that refuses part-way through: the exact original is put back, widget and all, and the caller told', () => {
    const el = editor(`<b>You idiot.</b> Stop whining.${WIDGET}`);
    const before = el.innerHTML;
    const widget = el.querySelector('.ext-widget');
    // the first step (the new text put in front of the old) is ours; the editor then refuses to delete
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    try {
      expect(replaceOwnText(el, 'Thank you for writing. I will look into it today.')).toBe('failed');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(el.innerHTML).toBe(before);
    expect(el.querySelector('.ext-widget')).toBe(widget);
  });

  it('what it puts back carries no inline event handler (a pasted <img onerror> would run again)', () => {
    const el = editor(`<b>You idiot.</b> Stop whining.<img src="x.png" onerror="window.__pwn = 1">${WIDGET}`);
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    try {
      expect(replaceOwnText(el, 'Thank you for writing. I will look into it today.')).toBe('failed');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(readDraft(el).own).toBe('You idiot. Stop whining.');
    expect(el.querySelector('img')?.getAttribute('src')).toBe('x.png');
    expect(el.innerHTML).not.toMatch(/onerror/);
  });
});

// The box itself is never an island: only parts inside it are. A site's editor that is a custom element
// (Trix: <trix-editor contenteditable>) or has a shadow root of its own was read as empty, never held.
describe('a reply box that is itself a custom element or a shadow host', () => {
  it('Trix (<trix-editor contenteditable>): the hostile line is read as the user\'s, and a rewrite then Undo brings it back', async () => {
    document.body.innerHTML = '<trix-editor contenteditable=""><div>You are an idiot.</div></trix-editor>';
    const box = document.querySelector('trix-editor') as HTMLElement;
    expect(readDraft(box).own).toBe('You are an idiot.');
    expect(readDraft(box).full).toBe('You are an idiot.');
    const snap = snapshot(box);
    await loadPurifier();
    // (happy-dom has no execCommand: the editor "refuses" and the text is put in as nodes)
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    try {
      expect(replaceOwnText(box, 'I hear you.')).toBe('whole');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(readDraft(box).own).toBe('I hear you.');
    restore(box, snap);
    // (the exact HTML is checked in Chromium, rewrite.e2e.ts: happy-dom's DOM makes DOMPurify drop the <div>)
    expect(readDraft(box).own).toBe('You are an idiot.');
  });

  it('a custom element with an open shadow root (its content slotted in) as the box', () => {
    document.body.innerHTML = '<reply-box contenteditable="true">You are an idiot.</reply-box>';
    const box = document.querySelector('reply-box') as HTMLElement;
    box.attachShadow({ mode: 'open' }).innerHTML = '<div class="frame"><slot></slot></div>';
    expect(readDraft(box).own).toBe('You are an idiot.');
    // a widget inside it is still not the user's
    box.insertAdjacentHTML('beforeend', '<div contenteditable="false">Sent with Tracker</div>');
    expect(readDraft(box).own).toBe('You are an idiot.');
  });
});

// Undo (restore) puts the live widget back where its copy is in the sanitized HTML. The sanitizer drops
// comments, so the widget's child index in the box as it was can name a line of the user's there.
describe('Undo next to a widget, with a node the sanitizer drops before it', () => {
  // (happy-dom's DOM makes DOMPurify drop the element after a comment, which it keeps in Chromium: the
  // restore itself is checked end to end in rewrite.e2e.ts; here the pairing, with a sanitizer that drops
  // comments as DOMPurify does)
  const dropComments = (dirty: string): string => dirty.replace(/<!--[\s\S]*?-->/g, '');

  it("the widget's copy is found where the sanitizer left it, not at its old index (a line of the user's)", () => {
    const el = editor('<!--x--><div contenteditable="false" class="ext-widget">W</div><div>Line 2</div><div>You idiot.</div>');
    const widget = el.querySelector('.ext-widget')!;
    const snap = snapshot(el);
    expect(snap.islands).toEqual([{ path: [1], el: widget }]);
    const { html, places } = sanitizedWithIslands(snap, dropComments);
    // no mark of ours left in the HTML
    expect(html).toBe('<div contenteditable="false" class="ext-widget">W</div><div>Line 2</div><div>You idiot.</div>');
    expect(places).toEqual([{ path: [0], el: widget }]);
  });

  it('two widgets of one tag, the first nested in a line: each paired with its own copy', () => {
    const el = editor('<!--a--><div>Hi <span contenteditable="false" class="chip">A</span></div><!--b--><span contenteditable="false" class="chip">B</span>');
    const [a, b] = Array.from(el.querySelectorAll('.chip'));
    const { html, places } = sanitizedWithIslands(snapshot(el), dropComments);
    expect(html).toBe('<div>Hi <span contenteditable="false" class="chip">A</span></div><span contenteditable="false" class="chip">B</span>');
    expect(places).toEqual([
      { path: [0, 1], el: a },
      { path: [1], el: b },
    ]);
  });

  it('a widget whose copy the sanitizer drops is not put in place of another element of its tag', () => {
    const el = editor('<div>keep</div>');
    const gone = document.createElement('div');
    gone.setAttribute('contenteditable', 'false');
    // the sanitizer here drops the first element outright (as DOMPurify drops a node it does not allow)
    const { html, places } = sanitizedWithIslands(
      { kind: 'rich', value: '<div contenteditable="false">A</div><div>Line 2</div>', islands: [{ path: [0], el: gone }] },
      (dirty) => dirty.replace(/^<div[^>]*>A<\/div>/, ''),
    );
    expect(html).toBe('<div>Line 2</div>');
    expect(places).toEqual([]);
    expect(el.textContent).toBe('keep');
  });
});

describe('the signature block the site puts in the box', () => {
  // QA: the calm rewrite's closing sentence landed after the signature's phone number, and "Draft a calm
  // reply" over an empty reply threw the signature away.
  it("is not read as the user's reply, even when it is all the box holds", () => {
    expect(readDraft(editor('<div><br></div><div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Sam Ortiz</div>')).own.trim()).toBe('');
    for (const sig of ['<div id="Signature"><div>Sam Ortiz | Lamp &amp; Co</div><div>+44 20 7946 0000</div></div>',
      '<div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Sam Ortiz<br>Lamp &amp; Co</div>']) {
      const el = editor(`<div>You clearly did not read my email.</div>${sig}`);
      expect(readDraft(el).own).toBe('You clearly did not read my email.');
      // (the rewrite around it is checked in Chromium: test/e2e/rewrite.e2e.ts)
    }
  });
});
