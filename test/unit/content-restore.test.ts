// @vitest-environment happy-dom
/**
 * Undo puts a snapshot back through DOMPurify, which the content script sets up only when a snapshot is
 * first taken (so pages that never use Undo do not pay for it at load). Should a restore ever come before
 * the sanitizer is ready, nothing is written until it is: never unsanitized HTML, and the draft still
 * comes back. (Whether DOMPurify itself strips a handler is checked in real Chromium, rewrite.e2e.ts:
 * happy-dom's DOM cannot judge a sanitizer.)
 */
import { describe, expect, it } from 'vitest';
import { loadPurifier, restore } from '../../src/content/draft';

describe('restore before the sanitizer is ready', () => {
  it('writes nothing until DOMPurify is loaded, then puts the snapshot back', async () => {
    document.body.innerHTML = '<div contenteditable="true">the user\'s later text</div>';
    const body = document.body.firstElementChild as HTMLElement;
    // this file takes no snapshot first, so the sanitizer is not loaded yet
    restore(body, { kind: 'rich', value: '<div>the <b>original</b> draft</div>' });
    expect(body.innerHTML).toBe("the user's later text");
    await loadPurifier();
    await new Promise((r) => setTimeout(r, 0));
    expect(body.textContent).toBe('the original draft');
    expect(body.querySelector('b')?.textContent).toBe('original');
  });
});
