// @vitest-environment happy-dom
/**
 * Our changes and the browser's Undo key (src/content/own-undo.ts): Ctrl/Cmd+Z is taken over only when
 * one of our changes is undone for it, and a change left behind by a box the site replaced is offered
 * only to a box holding exactly the text it left, once. (End to end in Chromium: rewrite.e2e.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEFT_UNDO_MS, claimUndo, clearLeftUndo, forgetLeftUndoOn, leaveUndo, watchUndoKey, type LeftUndo } from '../../src/content/own-undo';

const left = (after: string, before = 'the original'): LeftUndo => ({
  before: { kind: 'rich', value: `<div>${before}</div>` }, beforeOwn: before, after, what: 'rewrite',
});

afterEach(() => clearLeftUndo());

describe('a change left behind by a replaced box', () => {
  it('goes only to a box holding exactly the text it left, and only once', () => {
    leaveUndo(left('Thank you for writing.'));
    expect(claimUndo(() => 'Thank you for writing. PS', 'rich')).toBeNull();
    expect(claimUndo(() => 'Thank you for writing.', 'rich')?.beforeOwn).toBe('the original');
    expect(claimUndo(() => 'Thank you for writing.', 'rich')).toBeNull();
  });

  it('the newest first, a few at most, never for an empty box', () => {
    leaveUndo(left('same', 'older'));
    leaveUndo(left('same', 'newer'));
    leaveUndo(left('  '));
    expect(claimUndo(() => '  ', 'rich')).toBeNull();
    expect(claimUndo(() => 'same', 'rich')?.beforeOwn).toBe('newer');
    for (let i = 0; i < 10; i++) leaveUndo(left(`t${i}`));
    expect(claimUndo(() => 't0', 'rich')).toBeNull();
    expect(claimUndo(() => 't9', 'rich')).not.toBeNull();
  });

  it('does not read the box when nothing was left', () => {
    const own = vi.fn(() => 'x');
    expect(claimUndo(own, 'rich')).toBeNull();
    expect(own).not.toHaveBeenCalled();
  });
});

describe('how long and for which box a change left behind is kept', () => {
  it('ten minutes at most: a box re-mounted later holding the same text gets no Undo', () => {
    const t0 = 1_000_000;
    leaveUndo(left('Thank you for writing.'), t0);
    leaveUndo(left('We will look into it.'), t0);
    expect(claimUndo(() => 'Thank you for writing.', 'rich', t0 + LEFT_UNDO_MS - 1000)?.beforeOwn).toBe('the original');
    expect(claimUndo(() => 'We will look into it.', 'rich', t0 + LEFT_UNDO_MS + 1000)).toBeNull();
    expect(LEFT_UNDO_MS).toBeLessThanOrEqual(15 * 60_000);
  });

  it('is forgotten when the content script stops', () => {
    const ac = new AbortController();
    forgetLeftUndoOn(ac.signal);
    leaveUndo(left('Thank you for writing.'));
    ac.abort();
    expect(claimUndo(() => 'Thank you for writing.', 'rich')).toBeNull();
  });

  it('goes only to a box of the same kind: a rich draft is never typed as raw HTML into a textarea', () => {
    leaveUndo(left('Thank you for writing.'));
    expect(claimUndo(() => 'Thank you for writing.', 'field')).toBeNull();
    expect(claimUndo(() => 'Thank you for writing.', 'rich')?.before.value).toBe('<div>the original</div>');
    leaveUndo({ before: { kind: 'field', value: 'the original' }, beforeOwn: 'the original', after: 'Thanks.', what: 'rewrite' });
    expect(claimUndo(() => 'Thanks.', 'rich')).toBeNull();
    expect(claimUndo(() => 'Thanks.', 'field')?.before.value).toBe('the original');
  });
});

describe('the Undo key', () => {
  const press = (init: KeyboardEventInit): KeyboardEvent => {
    const ev = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    document.body.dispatchEvent(ev);
    return ev;
  };

  it('is taken from the browser and the site only when one of our changes was undone for it', () => {
    const ac = new AbortController();
    let ours = true;
    const undoAt = vi.fn(() => ours);
    const site = vi.fn();
    document.addEventListener('keydown', site);
    watchUndoKey(ac.signal, undoAt);
    expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(site).not.toHaveBeenCalled();
    ours = false;
    expect(press({ key: 'z', metaKey: true }).defaultPrevented).toBe(false);
    expect(site).toHaveBeenCalledTimes(1);
    // Redo, and plain typing, are never asked about
    press({ key: 'z', ctrlKey: true, shiftKey: true });
    press({ key: 'z' });
    expect(undoAt).toHaveBeenCalledTimes(2);
    // a failure is not ours to break the page's Undo with
    undoAt.mockImplementation(() => {
      throw new Error('x');
    });
    expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(false);
    ac.abort();
    undoAt.mockClear();
    press({ key: 'z', ctrlKey: true });
    expect(undoAt).not.toHaveBeenCalled();
    document.removeEventListener('keydown', site);
  });
});
