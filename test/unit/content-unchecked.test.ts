// @vitest-environment happy-dom
/**
 * watchUnchecked: a box the user types a reply into that Cool-Off does not check is counted, so the
 * popup can say the guard is not there (a site that renamed its markup fails silently otherwise).
 */
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CHECK_MS, watchUnchecked } from '../../src/content/unchecked';

const REPLY = 'This is your fault, not ours. Read the email.';

let controller: AbortController;
let tracked: HTMLElement | null;
let onChange: Mock<() => void>;
let boxes: ReturnType<typeof watchUnchecked>;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `
    <div id="compose"><div id="body" contenteditable="true"></div><textarea id="inside"></textarea></div>
    <textarea id="ta"></textarea>
    <div id="rich" contenteditable="true"><p id="para">x</p></div>
    <input id="subject" type="text">
    <form role="search"><textarea id="search-ta"></textarea></form>
    <cool-off-overlay data-cool-off=""></cool-off-overlay>`;
  tracked = document.getElementById('compose');
  controller = new AbortController();
  onChange = vi.fn<() => void>();
  boxes = watchUnchecked({ signal: controller.signal, isTracked: (el) => !!tracked?.contains(el), onChange });
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

/** The user types `text` into the element: its content, then the input event the browser fires. */
function type(id: string, text: string): HTMLElement {
  const el = document.getElementById(id)!;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.value = text;
  else el.textContent = text;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return el;
}

describe('watchUnchecked', () => {
  it('counts a textarea or a rich-text box holding a reply that no tracked compose holds', () => {
    type('ta', REPLY);
    expect(boxes.count()).toBe(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    type('rich', REPLY);
    expect(boxes.count()).toBe(2);
  });

  it('does not count a short text, a one-line field, a search box, our own UI or a box in a tracked compose', () => {
    type('ta', 'ok, thanks');
    type('subject', REPLY);
    type('search-ta', REPLY);
    type('body', REPLY);
    type('inside', REPLY);
    const ours = document.querySelector('cool-off-overlay')!;
    const root = ours.attachShadow({ mode: 'open' });
    const ta = document.createElement('textarea');
    root.append(ta);
    ta.value = REPLY;
    ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(boxes.count()).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("counts a box inside the page's own shadow root (the engine finds no reply box there)", () => {
    const host = document.createElement('review-reply');
    document.body.append(host);
    const ta = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(ta);
    ta.value = REPLY;
    ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(boxes.count()).toBe(1);
    // inside a tracked compose, through its host: not counted
    tracked = host;
    expect(boxes.count()).toBe(0);
  });

  it('checks an element at most once a second, and the last input of a burst after it', () => {
    const el = type('ta', 'Th');
    expect(boxes.count()).toBe(0);
    for (let i = 3; i <= REPLY.length; i++) {
      (el as HTMLTextAreaElement).value = REPLY.slice(0, i);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // typed within the second after the first check: not looked at yet
    expect(boxes.count()).toBe(0);
    vi.advanceTimersByTime(CHECK_MS);
    expect(boxes.count()).toBe(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops counting a box that is emptied, removed, or tracked after all', () => {
    const ta = type('ta', REPLY);
    type('rich', REPLY);
    expect(boxes.count()).toBe(2);
    vi.advanceTimersByTime(CHECK_MS);
    type('ta', '');
    expect(boxes.count()).toBe(1);
    document.getElementById('rich')!.remove();
    expect(boxes.count()).toBe(0);

    // a box removed while the user does nothing is noticed on its own, so an open popup is told
    vi.advanceTimersByTime(CHECK_MS);
    type('ta', REPLY);
    expect(boxes.count()).toBe(1);
    onChange.mockClear();
    ta.remove();
    vi.advanceTimersByTime(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(boxes.count()).toBe(0);

    // a box the engine tracks later
    document.body.append(ta);
    vi.advanceTimersByTime(CHECK_MS);
    type('ta', REPLY);
    expect(boxes.count()).toBe(1);
    tracked = ta;
    expect(boxes.count()).toBe(0);
  });

  it('lets go of the page when its signal aborts', () => {
    controller.abort();
    type('ta', REPLY);
    expect(boxes.count()).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });
});
