/**
 * Reading and replacing the user's draft in the page: a textarea/input or a contenteditable body.
 * Replacements go through the editor's own editing path (execCommand insertText), so the page sees
 * real input events, its undo stack and autosave work, and the site registers the change.
 */
import type { DOMPurify } from 'dompurify';

/** Quoted history the user did not write: Gmail's quote block, generic blockquotes. Skipped. */
const QUOTE_SELECTOR = '.gmail_quote, .gmail_extra, blockquote';
/**
 * The mail's signature block, which the site puts below the reply (Gmail's `.gmail_signature`, marked
 * data-smartmail; Outlook on the web's `#Signature`): the user's name and number, not their reply. Like
 * the quoted original below it, it ends the user's own part and is left as it is: the rewrite's closing
 * sentence used to land after the phone number, and "Draft a calm reply" over an empty reply took the
 * signature away. (Text typed into it is still checked, as an answer inside the quote is: quote.ts.)
 */
const SIGNATURE = '.gmail_signature, [data-smartmail="gmail_signature"], #Signature, #signature';
/**
 * Where the quoted original starts in Outlook: `#appendonsend` / the `#divRplyFwdMsg` header, with
 * the original message as the siblings AFTER them. Everything from such a marker on is quoted.
 */
const QUOTE_START = `#appendonsend, #divRplyFwdMsg, ${SIGNATURE}`;
const ANY_QUOTE = `${QUOTE_SELECTOR}, ${QUOTE_START}`;

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DIV|DL|DT|DD|FIELDSET|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;

const CELL = /^(TD|TH)$/;

/**
 * A part of the box the user cannot edit: a `contenteditable="false"` subtree (another extension's
 * tracking widget, a file chip), or an element that draws its own content in a shadow root (a signature
 * widget). Its text is not the user's words: it is not read into `own`, never scored as theirs and never
 * rewritten; an edit of ours goes around it and leaves it where it is. A custom element's name alone
 * ("<x-card>", "<message-body>" in HTML pasted from a web app) says nothing: text typed or pasted in it
 * is the user's, and was sent unchecked when every such element counted as a widget.
 */
function isIsland(el: Element): boolean {
  return el.getAttribute('contenteditable')?.trim().toLowerCase() === 'false' || !!el.shadowRoot;
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** Plain text of a contenteditable subtree, with line breaks for blocks and <br>, layout-free. */
function textOf(node: Node, skipQuotes: boolean, out: string[], state = { quoted: false }): void {
  if (state.quoted) return;
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (!(node instanceof Element)) return;
  if (skipQuotes && node.matches(QUOTE_START)) {
    state.quoted = true;
    return;
  }
  if (skipQuotes && node.matches(QUOTE_SELECTOR)) return;
  if (node.tagName === 'BR') {
    out.push('\n');
    return;
  }
  if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
  const block = BLOCK.test(node.tagName);
  if (block && out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
  // table cells side by side: "Order" | "#4412" reads "Order #4412", not "Order#4412"
  else if (CELL.test(node.tagName) && out.length && !/\s$/.test(out[out.length - 1]!)) out.push(' ');
  // an island reads as if it were empty: its place still breaks the line (a block) or parts cells
  if (!isIsland(node)) for (const child of node.childNodes) textOf(child, skipQuotes, out, state);
  if (block && out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
}

export interface DraftText {
  /** Everything in the box. */
  full: string;
  /** What the user wrote above the quoted history: the part our rewrite and suggestions may replace. */
  own: string;
  /**
   * What the user typed inside the quoted history (an inline answer), one line per line, or ''. Scored
   * with `own` (see `scoredText`), never rewritten: we never change the quote. Only known to a
   * QuoteWatch (src/content/quote.ts), which keeps the quote as it was before the user's edits.
   */
  added: string;
}

/**
 * The text that is scored: the user's own part, then a line break and what they added inside the quote.
 * `text.slice(0, ownEnd)` is exactly `own`, so offsets below `ownEnd` index into it (suggestions apply
 * there); `quotedFrom` is where the additions start (the text's length when there are none): reasons
 * at or after it lie inside the quote, and nothing is ever applied to them.
 */
export function scoredText(d: Pick<DraftText, 'own' | 'added'>): { text: string; quotedFrom: number; ownEnd: number } {
  if (!d.added) return { text: d.own, quotedFrom: d.own.length, ownEnd: d.own.length };
  const text = d.own ? `${d.own}\n${d.added}` : d.added;
  return { text, quotedFrom: text.length - d.added.length, ownEnd: d.own.length };
}

/**
 * Plain text of the quoted history alone (the complement of `own`): Gmail's quote blocks and generic
 * blockquotes, and everything from Outlook's reply marker on. Lines are what matter here (see quote.ts),
 * so block edges are simply line breaks.
 */
function quotedOf(node: Node, out: string[], state: { started: boolean }, inside: boolean): void {
  if (node.nodeType === Node.TEXT_NODE) {
    if (inside || state.started) out.push(node.nodeValue ?? '');
    return;
  }
  if (!(node instanceof Element)) return;
  if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
  if (!state.started && node.matches(QUOTE_START)) state.started = true;
  const quoted = inside || state.started || node.matches(QUOTE_SELECTOR);
  if (node.tagName === 'BR') {
    if (quoted) out.push('\n');
    return;
  }
  const block = BLOCK.test(node.tagName);
  if (quoted && block) out.push('\n');
  else if (quoted && CELL.test(node.tagName)) out.push(' ');
  for (const child of node.childNodes) quotedOf(child, out, state, quoted);
  if (quoted && block) out.push('\n');
}

/** The quoted history's text in a rich-text box ('' for a text field, which holds no quote). */
export function quotedText(body: HTMLElement): string {
  if (isTextField(body)) return '';
  const out: string[] = [];
  quotedOf(body, out, { started: false }, false);
  return out.join('');
}

/**
 * Is this boundary point (a caret, one end of a selection or of an edit's target range) inside the
 * box's quoted history: within a quote block, or anywhere after Outlook's reply marker (inside the
 * marker counts too: text typed there is read as quoted). A point right before the marker is the
 * user's own part.
 */
export function pointInQuote(body: HTMLElement, container: Node, offset: number): boolean {
  if (isTextField(body) || !body.contains(container)) return false;
  const el = container instanceof Element ? container : container.parentElement;
  const block = el?.closest(QUOTE_SELECTOR);
  if (block && body.contains(block)) return true;
  const marker = body.querySelector(QUOTE_START);
  if (!marker) return false;
  if (marker.contains(container)) return true;
  const at = document.createRange();
  at.setStartBefore(marker);
  at.collapse(true);
  return at.comparePoint(container, offset) > 0;
}

function walk(body: HTMLElement, skipQuotes: boolean): string {
  const out: string[] = [];
  // from the box's children, as ownPieces and islandPaths do: the box itself is never an island, even a
  // custom element (Trix's <trix-editor contenteditable>) or one with a shadow root
  const state = { quoted: false };
  for (const child of body.childNodes) textOf(child, skipQuotes, out, state);
  return out.join('').replace(/\n$/, '');
}

/**
 * One walk of the DOM for the user's own part; the whole box only when asked for. What the user typed
 * inside the quote (`added`) is known only to the box's QuoteWatch (quote.ts): '' without one.
 */
export function readDraft(body: HTMLElement, quote?: { added(): string } | null): DraftText {
  if (isTextField(body)) return { full: body.value, own: body.value, added: '' };
  return {
    own: walk(body, true),
    added: quote?.added() ?? '',
    get full() {
      return walk(body, false);
    },
  };
}

/**
 * A text field holding more than its own `maxlength` allows: the site will refuse or cut it (Google Play
 * caps review replies at 350 characters). Typing and pasting stop at the limit; our own edits (a drafted
 * reply, the calm rewrite, which adds sentences) do not, so we say so. Null when within the limit.
 */
export function overLimit(body: HTMLElement): { length: number; max: number } | null {
  const max = lengthLimit(body);
  if (max === undefined || !isTextField(body)) return null;
  const length = body.value.length;
  return length > max ? { length, max } : null;
}

/**
 * The most characters the box takes, for a drafted reply and the calm rewrite to fit in: a text field's own
 * `maxlength` (Google Play: 350). Undefined when it sets none (a rich-text box never does); a text field
 * holds no quoted history, so the limit is for what the user wrote and all we put in.
 */
export function lengthLimit(body: HTMLElement): number | undefined {
  return isTextField(body) && body.maxLength > 0 ? body.maxLength : undefined;
}

/** "It is 381 characters long; this box takes 350." */
export function overLimitText(o: { length: number; max: number }): string {
  return `It is ${o.length} characters long; this box takes ${o.max}. Shorten it before sending.`;
}

/** The exact state of a draft, to restore on Undo. */
export interface DraftSnapshot {
  kind: 'field' | 'rich';
  value: string;
  /**
   * The box's islands (see isIsland) when it was taken, the live elements: an Undo puts back the same
   * element where it is still in the box, as HTML cannot carry a shadow root, listeners or a widget's state.
   */
  islands?: ReadonlyArray<{ path: number[]; el: Element }>;
}

export function snapshot(body: HTMLElement): DraftSnapshot {
  void loadPurifier(); // an Undo may follow: its sanitizer is ready long before the click
  if (isTextField(body)) return { kind: 'field', value: body.value };
  const islands = islandPaths(body);
  return islands.length ? { kind: 'rich', value: body.innerHTML, islands } : { kind: 'rich', value: body.innerHTML };
}

function fire(body: HTMLElement, inputType: string, data: string | null): void {
  body.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
}

function setFieldValue(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  // The prototype setter, so frameworks that track the value (React) see the change.
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  fire(field, 'insertReplacementText', value);
}

/** Elements a selection boundary is never moved into (they hold no text of their own). */
const VOID = /^(BR|HR|IMG|INPUT|WBR)$/;

function isBreak(n: Node | undefined): boolean {
  return !!n && ((n instanceof HTMLElement && n.tagName === 'BR') || (n.nodeType === Node.TEXT_NODE && !(n.nodeValue ?? '').trim()));
}

/**
 * Select what the user wrote (everything before any quoted history), with both ends moved into the
 * blocks that hold it: `<div>text</div>` is selected as its text, not as the whole div. Selecting
 * whole blocks right up to the quote made the browser merge what followed into the reply when it
 * deleted them: Outlook's `#appendonsend` marker and its <hr> went, and the new text landed inside
 * the quoted "From:" header (bold, grey, and then read as quoted, so never checked again). The
 * blank lines (<br>) between the reply and a quote stay as they are.
 */
function selectOwnPart(body: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(body);
  const quote = body.querySelector(ANY_QUOTE);
  if (quote) range.setEndBefore(quote);
  let start: Node = range.startContainer;
  let startOffset = range.startOffset;
  let end: Node = range.endContainer;
  let endOffset = range.endOffset;
  if (quote) while (endOffset > 0 && isBreak(end.childNodes[endOffset - 1])) endOffset--;
  const enterable = (n: Node | undefined): n is HTMLElement =>
    n instanceof HTMLElement && !VOID.test(n.tagName) && !n.matches(ANY_QUOTE) && n.isContentEditable !== false;
  if (startOffset < endOffset || start !== end) {
    for (let n = start.childNodes[startOffset]; enterable(n); n = start.childNodes[startOffset]) {
      start = n;
      startOffset = 0;
    }
    for (let n = end.childNodes[endOffset - 1]; enterable(n); n = end.childNodes[endOffset - 1]) {
      end = n;
      endOffset = n.childNodes.length;
    }
  } else if (quote) {
    // Nothing before the quote: give the reply a line of its own above it, rather than typing into it.
    const line = document.createElement('div');
    line.append(document.createElement('br'));
    range.insertNode(line);
    start = end = line;
    startOffset = 0;
    endOffset = 1;
  }
  range.setStart(start, startOffset);
  range.setEnd(end, endOffset);
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return range;
}

/**
 * Type `text` over the selection through the editor's own path: one insertText per line, with a line
 * break (<br>) between lines. insertText with "\n" in it makes new paragraphs by splitting blocks,
 * which (at the edge of a quote) pulled the quoted history into the reply.
 */
function typeLines(text: string): boolean {
  // (the own part may be deleted already: a collapsed caret must not delete the character before it)
  if (text === '') return getSelection()?.isCollapsed ? true : document.execCommand('delete');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i && !document.execCommand('insertLineBreak')) return false;
    const line = lines[i]!;
    if (line && !document.execCommand('insertText', false, line)) return false;
  }
  return true;
}

/**
 * Put the caret back where it is, from script, so the next insertText uses no typing style left by a
 * deletion (Blink clears it when a script sets the selection).
 */
function plainCaret(body: HTMLElement): void {
  const sel = getSelection();
  if (!sel || !sel.rangeCount) return;
  const caret = sel.getRangeAt(0).cloneRange();
  if (!body.contains(caret.startContainer)) return;
  caret.collapse(true);
  sel.removeAllRanges();
  sel.addRange(caret);
}

/**
 * One change to the user's own text: old characters [start, end) become `text`. Offsets index the
 * plain text `readDraft(..).own` reads.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Words, runs of spaces, line breaks and single punctuation marks: the units the diff compares. */
function tokens(s: string): string[] {
  return s.match(/\n|[^\S\n]+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

/** Above this many token pairs the middle of the text is taken as one change (no quadratic table). */
const MAX_CELLS = 4_000_000;

/** The word-level differences between two texts, as edits to the old one, in order, not touching. */
function tokenEdits(before: string, after: string): TextEdit[] {
  const a = tokens(before);
  const b = tokens(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  // pairs of [index in A, index in B] of the tokens both keep, in order
  const kept: Array<[number, number]> = [];
  if (n && m && (n + 1) * (m + 1) <= MAX_CELLS) {
    const lcs = new Uint32Array((n + 1) * (m + 1));
    const at = (i: number, j: number): number => lcs[i * (m + 1) + j]!;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        // weighed by length: keeping "Refund: 5 days" beats keeping three spaces between other words
        lcs[i * (m + 1) + j] = A[i] === B[j] ? at(i + 1, j + 1) + A[i]!.length : Math.max(at(i + 1, j), at(i, j + 1));
      }
    }
    for (let i = 0, j = 0; i < n && j < m; ) {
      if (A[i] === B[j]) kept.push([i++, j++]);
      else if (at(i + 1, j) >= at(i, j + 1)) i++;
      else j++;
    }
  }
  // character offsets of each token
  const offs = (t: string[], base: number): number[] => {
    const o = [base];
    for (const x of t) o.push(o[o.length - 1]! + x.length);
    return o;
  };
  const preA = a.slice(0, pre).join('').length;
  const preB = b.slice(0, pre).join('').length;
  const oa = offs(A, preA);
  const ob = offs(B, preB);
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  for (const [ki, kj] of [...kept, [n, m] as [number, number]]) {
    if (ki > i || kj > j) edits.push({ start: oa[i]!, end: oa[ki]!, text: after.slice(ob[j]!, ob[kj]!) });
    i = ki + 1;
    j = kj + 1;
  }
  return edits;
}

/**
 * Where an old offset outside every edit lands in the new text: before an insertion made at it when
 * it starts a range (`atEnd` false), after it when it ends one.
 */
function shifted(edits: readonly TextEdit[], pos: number, atEnd: boolean): number {
  let d = 0;
  for (const e of edits) if (e.end < pos || (e.end === pos && (e.start < pos || atEnd))) d += e.text.length - (e.end - e.start);
  return pos + d;
}

/** Old ranges, sorted; those that overlap or touch, or that `near` says belong together, made one. */
function united(ranges: Array<[number, number]>, near: (gapStart: number, gapEnd: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const last = out[out.length - 1];
    if (last && (s <= last[1] || near(last[1], s))) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The changes that turn `before` into `after`, as few small edits to `before` as the wording allows:
 * what both texts share stays out of every edit (so the markup around it, a link or a list, stays). A
 * sentence more than half replaced is replaced whole, so its new wording is not a patchwork inside
 * the old one's formatting. Applying the edits to `before`, last first, gives `after` exactly.
 */
export function textEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const real = tokenEdits(before, after);
  // An insertion just before text it ends with ("X." before ".") goes after that text instead (".X"
  // after "."), so a sentence added at the end follows the last full stop, not the word (or link) before it.
  for (let k = 0; k < real.length; k++) {
    const e = real[k]!;
    if (e.start !== e.end) continue;
    const limit = k + 1 < real.length ? real[k + 1]!.start : before.length;
    let t = e.text;
    let p = e.start;
    while (t && p < limit && before[p] === t[0]) {
      t = t.slice(1) + t[0];
      p++;
    }
    real[k] = { start: p, end: p, text: t };
  }
  // only spaces or punctuation between two changes on one line: one change
  let ranges = united(
    real.map((e) => [e.start, e.end]),
    (gs, ge) => !/[\p{L}\p{N}\n]/u.test(before.slice(gs, ge)),
  );
  // a sentence (up to and with its end mark, or a line) more than half replaced: replaced whole
  const wide: Array<[number, number]> = [];
  for (const m of before.matchAll(/[^\n.!?]*(?:[.!?]+["')\]]*|(?=\n)|$)/g)) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].trimEnd().length;
    if (e <= s) continue;
    const inside = ranges.filter(([x, y]) => x < e && y > s);
    const gone = inside.reduce((n, [x, y]) => n + Math.min(y, e) - Math.max(x, s), 0);
    if (gone * 2 > e - s) wide.push([Math.min(s, ...inside.map((r) => r[0])), Math.max(e, ...inside.map((r) => r[1]))]);
  }
  if (wide.length) ranges = united([...ranges, ...wide], () => false);
  return ranges.map(([s, e]) => ({ start: s, end: e, text: after.slice(shifted(real, s, false), shifted(real, e, true)) }));
}

type Point = [Node, number];
/** One piece of the own part's plain text: a text node's characters, or a line break / space a block, <br> or cell stands for. */
interface Piece {
  start: number;
  end: number;
  node: Text | null;
  /** For a break or space: the DOM points just before and just after what it stands for. */
  before: Point;
  after: Point;
}

/** An island (see isIsland) in the own part: where it sits in the text (it reads as nothing) and in the DOM. */
interface Island {
  at: number;
  el: Element;
  before: Point;
}

function indexIn(n: Node): number {
  return Array.prototype.indexOf.call(n.parentNode!.childNodes, n) as number;
}

/**
 * The user's own part as `readDraft(..).own` reads it (the same walk as `textOf`), with where each
 * character lives in the DOM, so a range of that text can be turned into a DOM Range.
 */
function ownPieces(body: HTMLElement): { text: string; pieces: Piece[]; islands: Island[] } {
  const pieces: Piece[] = [];
  const islands: Island[] = [];
  const out: string[] = [];
  let pos = 0;
  let quoted = false;
  const push = (s: string, node: Text | null, before: Point, after: Point): void => {
    out.push(s);
    pieces.push({ start: pos, end: pos + s.length, node, before, after });
    pos += s.length;
  };
  const last = (): string => out[out.length - 1]!;
  const visit = (node: Node): void => {
    if (quoted) return;
    if (node.nodeType === Node.TEXT_NODE) {
      push(node.nodeValue ?? '', node as Text, [node, 0], [node, (node.nodeValue ?? '').length]);
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.matches(QUOTE_START)) {
      quoted = true;
      return;
    }
    if (node.matches(QUOTE_SELECTOR)) return;
    const outside = (): Point => [node.parentNode!, indexIn(node)];
    const past = (): Point => [node.parentNode!, indexIn(node) + 1];
    if (node.tagName === 'BR') {
      push('\n', null, outside(), past());
      return;
    }
    if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
    const block = BLOCK.test(node.tagName);
    // an island is read as if empty (as textOf does), and every point we keep for it lies outside it
    const island = isIsland(node);
    const inside = (): Point => (island ? outside() : [node, 0]);
    if (block && out.length && !last().endsWith('\n')) push('\n', null, outside(), inside());
    else if (CELL.test(node.tagName) && out.length && !/\s$/.test(last())) push(' ', null, outside(), inside());
    if (island) islands.push({ at: pos, el: node, before: outside() });
    else for (const child of node.childNodes) visit(child);
    if (block && out.length && !last().endsWith('\n')) push('\n', null, island ? past() : [node, node.childNodes.length], past());
  };
  for (const child of body.childNodes) visit(child);
  return { text: out.join('').replace(/\n$/, ''), pieces, islands };
}

/** The DOM point just before (`side` 'before') or just after the character at `offset`. */
function pointAt(pieces: readonly Piece[], offset: number, side: 'before' | 'after'): Point | null {
  const p = pieces.find((x) => x.start <= offset && offset < x.end);
  if (!p) return null;
  if (p.node) return [p.node, offset - p.start + (side === 'after' ? 1 : 0)];
  return side === 'before' ? p.before : p.after;
}

/** Inline elements whose style typed text would take on (bold, a link, a coloured span). */
const INLINE_STYLE = /^(A|B|STRONG|I|EM|U|S|STRIKE|FONT|SPAN|MARK|SMALL|BIG|SUB|SUP|CODE|TT|DEL|INS)$/;

/**
 * A point at the very start of inline formatting (`<b>|Honestly`), moved out of it (`|<b>Honestly`), or
 * at the very end of it (`page|</a>` to `</a>|`), so a sentence added at the start or the end of the
 * reply is not typed in bold or into a link. Null when the point is not at such an edge.
 */
function outsideInline(body: HTMLElement, [node, offset]: Point, atEnd: boolean): Point | null {
  let n: Node = node;
  let o = offset;
  let lifted = false;
  const size = (x: Node): number => (x.nodeType === Node.TEXT_NODE ? (x.nodeValue ?? '').length : x.childNodes.length);
  while ((atEnd ? o === size(n) : o === 0) && n !== body && n.parentNode) {
    const inline = n instanceof Element && INLINE_STYLE.test(n.tagName);
    if (n.nodeType !== Node.TEXT_NODE && !inline) break;
    lifted ||= inline;
    o = indexIn(n) + (atEnd ? 1 : 0);
    n = n.parentNode;
  }
  return lifted ? [n, o] : null;
}

/** Plain text and <br> line breaks, as nodes (nothing to sanitize, nothing of ours). */
function textNodes(text: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i) frag.append(document.createElement('br'));
    if (line) frag.append(document.createTextNode(line));
  });
  return frag;
}

/**
 * The DOM Range holding characters [start, end) of the user's own part as `readDraft(..).own` reads
 * them; null when they cannot be placed (out of range, or an empty range).
 */
export function ownTextRange(body: HTMLElement, start: number, end: number, pieces = ownPieces(body).pieces): Range | null {
  if (!(end > start)) return null;
  const from = pointAt(pieces, start, 'before');
  const to = pointAt(pieces, end - 1, 'after');
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

const same = (x: string, y: string): boolean => x.replace(/\u00a0/g, ' ') === y.replace(/\u00a0/g, ' ');

/**
 * Apply `text` to a rich-text box as small edits to the text that changed, so links, lists, images
 * and formatting around the rest stay as they were. False when most of the text changes, and (the box
 * possibly part-edited) when an edit cannot be placed or did not come out as planned: the caller then
 * replaces the whole own part.
 */
function editInPlace(body: HTMLElement, text: string): boolean {
  const start = ownPieces(body);
  if (!same(start.text, readDraft(body).own)) return false;
  const edits = textEdits(start.text, text);
  // Most of it reworded: what is left of the old formatting would be scattered over new sentences
  // (bold pasted at the top stayed on half the rewrite), so the whole part is replaced, in plain text.
  if (mostlyReplaced(edits, start.text)) return false;
  return applyEdits(body, start.text, edits) && same(readDraft(body).own, text);
}

function mostlyReplaced(edits: readonly TextEdit[], before: string): boolean {
  return edits.reduce((n, e) => n + e.end - e.start, 0) * 2 > before.length;
}

/**
 * Make `edits` (to `before`, the own part's text when they were planned) in the box, last first, through
 * the editor. False (the box possibly part-edited) when one cannot be placed or did not come out as planned.
 */
function applyEdits(body: HTMLElement, before: string, edits: readonly TextEdit[]): boolean {
  // last first: the text before an edit is the same when the next (earlier) one is placed
  for (let k = edits.length - 1; k >= 0; k--) {
    const e = edits[k]!;
    const { text: now, pieces, islands } = ownPieces(body);
    if (!same(now.slice(0, e.end), before.slice(0, e.end))) return false;
    const sel = getSelection();
    if (!sel) return false;
    let range = document.createRange();
    if (e.start === e.end) {
      // an insertion: after the character before it (in its text, its link), or at the very start
      // (before an island when the box holds nothing else: a drafted reply above a signature widget)
      const at = e.start > 0 ? pointAt(pieces, e.start - 1, 'after') : (pointAt(pieces, 0, 'before') ?? islands[0]?.before ?? null);
      if (!at) return false;
      const out = e.start === 0 || e.start === now.length ? outsideInline(body, at, e.start > 0) : null;
      if (out) {
        // typed there, the editor would still give it the formatting that follows: put it in as text
        range.setStart(out[0], out[1]);
        range.collapse(true);
        range.insertNode(textNodes(e.text));
        fire(body, 'insertText', e.text);
        continue;
      }
      range.setStart(at[0], at[1]);
      range.collapse(true);
    } else {
      const r = ownTextRange(body, e.start, e.end, pieces);
      if (!r) return false;
      range = r;
    }
    sel.removeAllRanges();
    sel.addRange(range);
    if (!range.collapsed) {
      if (!document.execCommand('delete')) return false;
      plainCaret(body);
    }
    if (!typeLines(e.text)) return false;
  }
  return true;
}

/**
 * The box holds islands (see isIsland): only the text around them is edited, and they stay where they
 * are. The rewrite's edits are planned first; if one would cross an island (replacing text on both sides
 * of it), nothing is touched. Should the editor not make them as planned, the box is put back exactly as
 * it was. Never a mix of the new text and the old.
 */
function editAroundIslands(body: HTMLElement, text: string, start: ReturnType<typeof ownPieces>): 'edited' | 'whole' | 'failed' {
  const length = start.text.length;
  const between = start.islands.filter((i) => i.at > 0 && i.at < length).map((i) => i.at);
  const edits = textEdits(start.text, text);
  // Most of it reworded: replaced whole (as without islands) when no island lies inside the text, else
  // worded in place around them, as far as the edits allow.
  const whole = !between.length && length > 0 && mostlyReplaced(edits, start.text);
  if (!whole && edits.some((e) => between.some((at) => e.start < at && at < e.end))) return 'failed';
  const putBack = keepCopy(body);
  let done = false;
  try {
    done = (whole ? insertThenDelete(body, start.text, text) : applyEdits(body, start.text, edits)) && same(readDraft(body).own, text);
  } catch {
    // an editor that throws part-way: put the box back below
  }
  if (done && start.islands.every((i) => body.contains(i.el) && isIsland(i.el))) return whole ? 'whole' : 'edited';
  putBack();
  return 'failed';
}

/**
 * The whole own part replaced, next to islands: the new text is put in first, in front of the old, then
 * the old is deleted. Deleting first left an empty line, and the editor took a widget beside it for part
 * of what was left and removed it (Chromium, a custom element after the text), or added a <br>.
 */
function insertThenDelete(body: HTMLElement, before: string, text: string): boolean {
  if (text && !applyEdits(body, before, [{ start: 0, end: 0, text }])) return false;
  const now = ownPieces(body).text;
  // the new text is ours in front of the old; at most a line break between them (the old began a block)
  const gap = now.length - text.length - before.length;
  if (!now.startsWith(text) || !now.endsWith(before) || gap < 0 || gap > 1) return false;
  return applyEdits(body, now, [{ start: text.length, end: now.length, text: '' }]);
}

/**
 * Where each island of the box is (child indexes from the box down), quoted history too, in order; not
 * those inside another island.
 */
function islandPaths(body: HTMLElement): Array<{ path: number[]; el: Element }> {
  const found: Array<{ path: number[]; el: Element }> = [];
  const visit = (node: Node, path: number[]): void => {
    node.childNodes.forEach((child, i) => {
      if (!(child instanceof Element)) return;
      if (isIsland(child)) found.push({ path: [...path, i], el: child });
      else visit(child, [...path, i]);
    });
  };
  visit(body, []);
  return found;
}

/**
 * Put each island (the same element: its shadow root, its listeners, its state; the caller passes those
 * still in the box) where its copy sits in `root`, a copy of the box's content. A copy whose place or tag
 * does not match is kept.
 */
function putIslands(islands: ReadonlyArray<{ path: number[]; el: Element }>, root: DocumentFragment): void {
  for (const { path, el } of islands) {
    let at: Node | undefined = root;
    for (const i of path) at = at?.childNodes[i];
    if (at instanceof Element && at !== el && at.localName === el.localName) at.replaceWith(el);
  }
}

/**
 * A copy of the box's content as it is now, and a function that puts it back: copies of the page's own
 * nodes (nothing parsed; a copied <script> does not run again) with the live islands moved back into
 * their places. The copies are kept in a document of their own, where an image does not load and no
 * handler runs, and inline event handlers are taken off them before they go back: a pasted
 * `<img onerror>` copied into the page would run again.
 */
function keepCopy(body: HTMLElement): () => void {
  const inert = document.implementation.createHTMLDocument('');
  const kept = inert.createDocumentFragment();
  for (const n of body.childNodes) kept.append(inert.importNode(n, true));
  const islands = islandPaths(body);
  return () => {
    for (const el of kept.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) if (/^on/i.test(name)) el.removeAttribute(name);
    }
    const frag = document.createDocumentFragment();
    frag.append(...kept.childNodes);
    putIslands(islands.filter((i) => body.contains(i.el)), frag);
    body.replaceChildren(frag);
    fire(body, 'insertReplacementText', null);
  };
}

/** What a plain-text replacement of the user's part would lose: links, lists, images, tables, emphasis. */
const FORMATTING = 'a[href], img, li, table, b, strong, i, em, u';

/** Does the user's own part of a rich-text box hold formatting (see FORMATTING)? Never throws. */
export function ownHasFormatting(body: HTMLElement): boolean {
  if (isTextField(body)) return false;
  try {
    const { text, pieces } = ownPieces(body);
    const range = text.length ? ownTextRange(body, 0, text.length, pieces) : null;
    // not range.cloneContents(): its copies are made in the page, where a copied <img onerror> loads and runs
    return !!range && Array.from(body.querySelectorAll(FORMATTING)).some((el) => range.intersectsNode(el));
  } catch {
    return false;
  }
}

/**
 * Replace the user's own text with `text` (plain), keeping any quoted history below it. In a rich-text
 * box only the words that differ are replaced (see `editInPlace`); if that cannot be done, the whole
 * own part is replaced with the text, as plain lines. Returns whether the part was replaced whole
 * ('whole', its formatting gone) or edited in place / a text field ('edited'). With parts the user cannot
 * edit in it (see isIsland), 'failed' when the text cannot be put in around them: the box is then exactly
 * as it was, and the caller says so.
 */
export function replaceOwnText(body: HTMLElement, text: string): 'edited' | 'whole' | 'failed' {
  body.focus({ preventScroll: true });
  if (isTextField(body)) {
    body.select();
    if (!document.execCommand('insertText', false, text) || body.value !== text) setFieldValue(body, text);
    return 'edited';
  }
  // Parts the user cannot edit (another extension's widget, a chip): edited around, or not at all.
  const start = ownPieces(body);
  if (start.islands.length) return editAroundIslands(body, text, start);
  // Small edits where the text changed: links, lists, images and formatting elsewhere stay.
  if (editInPlace(body, text)) return 'edited';
  const own = selectOwnPart(body);
  // Delete first, then type: typing over a selection makes the browser carry the style of the text it
  // replaces (its "typing style") into the new text, so a bold line pasted at the top made the whole
  // rewrite bold. Setting the selection again from script, once the old text is gone, clears that style.
  if (!own.collapsed && document.execCommand('delete')) plainCaret(body);
  if (!typeLines(text)) {
    // Editor refused the command: build the nodes ourselves (text only, nothing to sanitize).
    const range = selectOwnPart(body);
    range.deleteContents();
    const frag = document.createDocumentFragment();
    text.split('\n').forEach((line, i) => {
      if (i) frag.append(document.createElement('br'));
      frag.append(document.createTextNode(line));
    });
    range.insertNode(frag);
    fire(body, 'insertText', text);
  }
  return 'whole';
}

/**
 * DOMPurify, set up when a snapshot is first taken (an Undo may follow), not while every matched page
 * loads: setting it up builds its allow-lists, a few ms of each page load for something most pages
 * never use. The dynamic import stays inside the one content-script file (the bundler inlines it and
 * only defers the module's initialisation), so nothing is fetched.
 */
let purifier: DOMPurify | null = null;
let purifierLoading: Promise<DOMPurify> | null = null;
export function loadPurifier(): Promise<DOMPurify> {
  return (purifierLoading ??= import('dompurify').then((m) => (purifier = m.default)));
}

/**
 * The snapshot's HTML sanitized, and where each of its islands' copies is in it. The islands' paths are
 * child indexes in the box as it was; the sanitizer drops nodes (every comment, for one), so the same
 * indexes in its output can name another element: a line of the user's, which the widget then replaced.
 * So each copy is marked (an attribute with a name no page uses) before sanitizing and found by its mark
 * after, in a document of its own; the HTML returned is the sanitizer's with the marks taken out, and
 * `places` are paths in it. A copy the sanitizer dropped has no place: nothing is put back for it.
 */
export function sanitizedWithIslands(
  snap: DraftSnapshot,
  sanitize: (dirty: string, mark: string) => string,
): { html: string; places: Array<{ path: number[]; el: Element }> } {
  const islands = snap.islands ?? [];
  const mark = `data-cool-off-island-${Math.random().toString(36).slice(2, 10)}`;
  const inert = document.implementation.createHTMLDocument('');
  const root = inert.body;
  root.innerHTML = snap.value;
  islands.forEach(({ path, el }, k) => {
    let at: Node | undefined = root;
    for (const i of path) at = at?.childNodes[i];
    if (at instanceof Element && at.localName === el.localName) at.setAttribute(mark, String(k));
  });
  const clean = sanitize(root.innerHTML, mark);
  root.innerHTML = clean;
  const places: Array<{ path: number[]; el: Element }> = [];
  const taken = new Set<number>();
  for (const copy of root.querySelectorAll(`[${mark}]`)) {
    const k = Number(copy.getAttribute(mark));
    const island = islands[k];
    if (!island || taken.has(k) || copy.localName !== island.el.localName) continue;
    taken.add(k);
    const path: number[] = [];
    for (let n: Node = copy; n !== root && n.parentNode; n = n.parentNode) path.unshift(indexIn(n));
    places.push({ path, el: island.el });
  }
  // the sanitizer's own output, less the marks (not parsed and written out again); a mark changes no path
  return { html: clean.replace(new RegExp(` ${mark}="\\d+"`, 'g'), ''), places };
}

/** Put a snapshot back exactly (Undo). HTML goes through DOMPurify before it is inserted. */
export function restore(body: HTMLElement, snap: DraftSnapshot): void {
  if (isTextField(body)) {
    body.focus({ preventScroll: true });
    body.select();
    if (!document.execCommand('insertText', false, snap.value) || body.value !== snap.value) {
      setFieldValue(body, snap.value);
    }
    return;
  }
  if (!purifier) {
    // Not reached in the extension: snapshot() started loading it, which takes a few microtasks,
    // and an Undo is a later click. Never insert unsanitized HTML: put it back once it is loaded.
    void loadPurifier().then(() => restore(body, snap));
    return;
  }
  // contenteditable="false" (a widget, a chip) comes back as it was: the attribute runs no script. Custom
  // elements the box held when the snapshot was taken come back, by tag name only (none of their own
  // attributes beyond the ones allowed on any element; DOMPurify's profile drops the rest).
  const custom = new Set((snap.islands ?? []).map((i) => i.el.localName).filter((n) => n.includes('-')));
  const { html, places } = sanitizedWithIslands(snap, (dirty, mark) =>
    purifier!.sanitize(dirty, {
      USE_PROFILES: { html: true },
      ADD_ATTR: ['contenteditable', mark],
      CUSTOM_ELEMENT_HANDLING: { tagNameCheck: (tag: string) => custom.has(tag), attributeNameCheck: () => false, allowCustomizedBuiltInElements: false },
    }),
  );
  const islands = places.filter((i) => body.contains(i.el));
  // (As a string, set as the box's HTML: a fragment DOMPurify returns, put in the page, ran a pasted
  // <img onerror> again although the handler was gone from the result.)
  body.innerHTML = html;
  // the live islands back in place of their copies
  const frag = document.createDocumentFragment();
  frag.append(...body.childNodes);
  putIslands(islands, frag);
  body.replaceChildren(frag);
  fire(body, 'insertReplacementText', null);
}

/**
 * Caret/selection inside the body, to put back when the user returns to editing: where it is in the DOM,
 * and where it is in the text of the user's own part (`text`, as it was), so that it can be found again
 * after the draft changed under it (the calm rewrite, or its Undo, which puts back new nodes).
 */
export type Caret = { range: Range; at: readonly [Node, number, Node, number]; start: number; end: number; text: string } | { start: number; end: number; text: string; field: true } | null;

/** Offset in the own part's text of a DOM point in the body (the first character at or after it). */
function ownOffsetOf(pieces: readonly Piece[], length: number, node: Node, offset: number): number {
  for (const p of pieces) if (p.node === node) return Math.min(p.start + offset, p.end);
  const at = document.createRange();
  at.setStart(node, offset);
  for (const p of pieces) {
    const [n, o] = p.node ? [p.node, 0] : p.before;
    try {
      if (at.comparePoint(n, o) >= 0) return p.start;
    } catch {
      /* a point in another tree: not this one */
    }
  }
  return length;
}

/**
 * Where an offset of `before` lands in `after`: shifted by the edits before it; inside an edit, just
 * after that edit's new text; after text inserted right at it (the rewrite's closing sentence at the end).
 */
function mappedOffset(before: string, after: string, pos: number): number {
  let d = 0;
  for (const e of [...textEdits(before, after)].sort((x, y) => x.start - y.start)) {
    if (e.end <= pos) d += e.text.length - (e.end - e.start);
    else if (e.start < pos) return Math.min(e.start + d + e.text.length, after.length);
    else break;
  }
  return Math.max(0, Math.min(pos + d, after.length));
}

export function saveCaret(body: HTMLElement): Caret {
  if (isTextField(body)) {
    const n = body.value.length;
    return { start: body.selectionStart ?? n, end: body.selectionEnd ?? n, text: body.value, field: true };
  }
  const sel = getSelection();
  if (!sel || !sel.rangeCount || !body.contains(sel.getRangeAt(0).startContainer)) return null;
  const range = sel.getRangeAt(0).cloneRange();
  const { text, pieces } = ownPieces(body);
  const start = ownOffsetOf(pieces, text.length, range.startContainer, range.startOffset);
  const end = range.collapsed ? start : ownOffsetOf(pieces, text.length, range.endContainer, range.endOffset);
  const at = [range.startContainer, range.startOffset, range.endContainer, range.endOffset] as const;
  return { range, at, start: Math.min(start, text.length), end: Math.min(Math.max(start, end), text.length), text };
}

/**
 * Focus the body with the caret where the user left it. When the draft changed meanwhile (the calm rewrite,
 * a suggestion, an Undo), the caret goes where that place is now (typing after "Back to editing" used to
 * land in the middle of a rewritten word, or before the first word of a rich-text draft).
 */
export function restoreCaret(body: HTMLElement, caret: Caret): void {
  body.focus({ preventScroll: true });
  if (!caret) return;
  if ('field' in caret) {
    if (!isTextField(body)) return;
    const now = body.value;
    if (now === caret.text) body.setSelectionRange(caret.start, caret.end);
    else {
      const start = mappedOffset(caret.text, now, caret.start);
      const end = caret.end === caret.start ? start : Math.max(start, mappedOffset(caret.text, now, caret.end));
      body.setSelectionRange(start, end);
    }
    return;
  }
  const sel = getSelection();
  if (!sel) return;
  const { text, pieces } = ownPieces(body);
  // (a Range is live: when the nodes it was in are replaced, as an Undo does, it moves to the start of the box)
  const r = caret.range;
  const unmoved = r.startContainer === caret.at[0] && r.startOffset === caret.at[1] && r.endContainer === caret.at[2] && r.endOffset === caret.at[3];
  if (text === caret.text && unmoved && body.contains(r.startContainer) && body.contains(r.endContainer)) {
    sel.removeAllRanges();
    sel.addRange(r);
    return;
  }
  const start = text === caret.text ? caret.start : mappedOffset(caret.text, text, caret.start);
  const end = caret.end === caret.start ? start : text === caret.text ? caret.end : Math.max(start, mappedOffset(caret.text, text, caret.end));
  const point = (pos: number): Point | null =>
    pos < text.length ? pointAt(pieces, pos, 'before') : text.length ? pointAt(pieces, text.length - 1, 'after') : [body, 0];
  const from = point(start);
  const to = end === start ? from : point(end);
  if (!from || !to) return;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  sel.removeAllRanges();
  sel.addRange(range);
}
