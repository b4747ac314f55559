// @vitest-environment happy-dom
import { describe, expect, it, vi, type Mock } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountPoint } from './helpers/mount';
import { Overlay } from '../../src/ui/Overlay';
import type { OverlayActions, OverlayData } from '../../src/ui/types';
import type { Reason } from '../../src/core/tone/types';

const TEXT = 'You people never read anything. This is your fault, obviously.';

function reason(text: string, kind: Reason['kind'], why: string, from = TEXT): Reason {
  const start = from.indexOf(text);
  return { start, end: start + text.length, text, kind, why, weight: 2 };
}

function makeData(over: Partial<OverlayData> = {}): OverlayData {
  return {
    siteLabel: 'Gmail',
    text: TEXT,
    analysis: {
      level: 'angry',
      score: 7,
      flagged: true,
      reasons: [
        reason('You people', 'condescension', 'Lumps the customer into a group.'),
        reason('your fault', 'blame', 'Puts the blame on the customer.'),
      ],
    },
    remainingSeconds: 42,
    totalSeconds: 60,
    canSend: false,
    stillFlagged: true,
    suggestions: [
      {
        id: 's1',
        start: 0,
        end: 10,
        before: 'You people',
        after: 'You',
        guidelineTitle: 'Address the person',
        why: 'Speak to one customer.',
      },
      {
        id: 's2',
        start: 33,
        end: 43,
        before: 'your fault',
        after: 'what happened',
        guidelineTitle: 'Describe, do not blame',
        why: 'Blame escalates.',
      },
    ],
    guidelines: [{ id: 'g1', title: 'No blame', why: 'Customers who feel blamed escalate.' }],
    rewriteAvailable: true,
    canUndo: false,
    status: '',
    ...over,
  };
}

type MockActions = { [K in keyof OverlayActions]: Mock<OverlayActions[K]> };

function makeActions(): MockActions {
  return {
    backToEditing: vi.fn<OverlayActions['backToEditing']>(),
    sendAnyway: vi.fn<OverlayActions['sendAnyway']>(),
    applySuggestion: vi.fn<OverlayActions['applySuggestion']>(),
    useRewrite: vi.fn<OverlayActions['useRewrite']>(),
    undo: vi.fn<OverlayActions['undo']>(),
    redo: vi.fn<OverlayActions['redo']>(),
  };
}

const mp = mountPoint();

function show(data: OverlayData, actions: MockActions = makeActions()): MockActions {
  mp.mount(<Overlay data={data} actions={actions} />);
  return actions;
}

function dialog(): HTMLElement {
  const d = mp.container.querySelector<HTMLElement>('[role="dialog"]');
  if (!d) throw new Error('no dialog');
  return d;
}

function buttonByText(text: string | RegExp): HTMLButtonElement | undefined {
  return Array.from(mp.container.querySelectorAll('button')).find((b) =>
    typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
  );
}

function sendButton(): HTMLButtonElement {
  const b = mp.container.querySelector<HTMLButtonElement>('[data-co-send]');
  if (!b) throw new Error('no send button');
  return b;
}

function press(key: string, shiftKey = false) {
  const target = document.activeElement ?? dialog();
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  });
}

describe('Overlay dialog semantics', () => {
  it('is a labelled, described modal dialog', () => {
    show(makeData());
    const d = dialog();
    expect(d.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(d.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('Cool off before sending?');
    const desc = document.getElementById(d.getAttribute('aria-describedby') ?? '');
    expect(desc?.textContent).toContain('Gmail');
    expect(desc?.textContent).toContain('angry');
  });

  it('moves focus to "Back to editing" on mount', () => {
    show(makeData());
    expect(document.activeElement?.textContent).toBe('Back to editing');
    expect(dialog().contains(document.activeElement)).toBe(true);
  });

  it('traps Tab and Shift+Tab inside the dialog', () => {
    show(makeData({ canSend: true }));
    const buttons = Array.from(dialog().querySelectorAll<HTMLButtonElement>('button:not([disabled])'));
    const first = buttons[0]!;
    const last = buttons[buttons.length - 1]!;
    expect(first).not.toBe(last);
    expect(last.textContent).toBe('Send anyway');

    last.focus();
    press('Tab');
    expect(document.activeElement).toBe(first);

    press('Tab', true);
    expect(document.activeElement).toBe(last);
  });

  it('does not interfere with Tab between middle elements', () => {
    show(makeData());
    const buttons = Array.from(dialog().querySelectorAll<HTMLButtonElement>('button:not([disabled])'));
    const middle = buttons[1]!;
    middle.focus();
    const ev = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    act(() => {
      middle.dispatchEvent(ev);
    });
    expect(ev.defaultPrevented).toBe(false);
  });

  it('skips the disabled send button when wrapping', () => {
    show(makeData({ canSend: false }));
    const back = buttonByText('Back to editing')!;
    back.focus();
    // "Back to editing" is the last enabled control while sending is disabled.
    press('Tab');
    expect(document.activeElement).toBe(dialog().querySelector('button:not([disabled])'));
  });

  it('Esc calls backToEditing once', () => {
    const actions = show(makeData());
    press('Escape');
    expect(actions.backToEditing).toHaveBeenCalledTimes(1);
    expect(actions.sendAnyway).not.toHaveBeenCalled();
  });

  it('keeps keys from reaching the page (site shortcuts)', () => {
    show(makeData());
    const onDocKey = vi.fn();
    document.addEventListener('keydown', onDocKey);
    press('r');
    document.removeEventListener('keydown', onDocKey);
    expect(onDocKey).not.toHaveBeenCalled();
  });
});

// QA: the browser's Undo acts on the page's whole editing history: pressed in the dialog after "Use calm
// rewrite", it undid half of the rewrite and left the reply box empty, and the dialog then offered Send.
describe("Overlay and the browser's Undo / Redo keys", () => {
  function key(init: KeyboardEventInit): KeyboardEvent {
    const ev = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    const target = document.activeElement ?? dialog();
    act(() => {
      target.dispatchEvent(ev);
    });
    return ev;
  }

  it('Ctrl+Z and Cmd+Z are its Undo while there is one, and never reach the page', () => {
    const actions = show(makeData({ canUndo: true }));
    expect(key({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(key({ key: 'z', metaKey: true }).defaultPrevented).toBe(true);
    expect(actions.undo).toHaveBeenCalledTimes(2);
    // a layout without Latin letters: the key in the Z place
    expect(key({ key: 'я', code: 'KeyZ', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(actions.undo).toHaveBeenCalledTimes(3);
  });

  it('with nothing of ours to undo, Ctrl+Z does nothing at all (the page history is not undone either)', () => {
    const actions = show(makeData({ canUndo: false }));
    expect(key({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(actions.undo).not.toHaveBeenCalled();
  });

  it('Redo (Ctrl+Shift+Z, Ctrl+Y) never reaches the page and undoes nothing; with nothing of ours undone it redoes nothing', () => {
    const actions = show(makeData({ canUndo: true }));
    expect(key({ key: 'Z', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(true);
    expect(key({ key: 'y', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(actions.undo).not.toHaveBeenCalled();
    expect(actions.redo).not.toHaveBeenCalled();
    // a plain z (no modifier) or AltGr+Z is typing, not Undo
    expect(key({ key: 'z' }).defaultPrevented).toBe(false);
    expect(key({ key: 'z', ctrlKey: true, altKey: true }).defaultPrevented).toBe(false);
    expect(actions.undo).not.toHaveBeenCalled();
  });

  it('after our Undo, Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y are its Redo, and never reach the page', () => {
    const actions = show(makeData({ canUndo: false, canRedo: true }));
    expect(key({ key: 'Z', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(true);
    expect(key({ key: 'z', metaKey: true, shiftKey: true }).defaultPrevented).toBe(true);
    expect(key({ key: 'y', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(actions.redo).toHaveBeenCalledTimes(3);
    expect(actions.undo).not.toHaveBeenCalled();
  });

  it('an empty draft is said to be empty, not "reads calm now", and Send stays off', () => {
    const actions = show(makeData({
      text: '', empty: true, stillFlagged: false, canSend: true, canUndo: true, remainingSeconds: 0,
      analysis: { level: 'calm', score: 0, flagged: false, reasons: [] }, suggestions: [], guidelines: [], rewriteAvailable: false,
    }));
    const desc = document.getElementById(dialog().getAttribute('aria-describedby') ?? '')!.textContent ?? '';
    expect(desc).toMatch(/empty/);
    expect(desc).toMatch(/Undo brings your draft back/);
    expect(dialog().textContent).not.toMatch(/reads calm/);
    const send = sendButton();
    expect(send.disabled).toBe(true);
    act(() => send.click());
    expect(actions.sendAnyway).not.toHaveBeenCalled();
  });
});

describe('Overlay countdown and sending', () => {
  it('disables "Send anyway" while counting, with the time in its label', () => {
    const actions = show(makeData({ remainingSeconds: 65, canSend: false }));
    const send = sendButton();
    expect(send.disabled).toBe(true);
    expect(send.getAttribute('aria-disabled')).toBe('true');
    expect(send.textContent).toBe('Send anyway (1:05)');
    act(() => send.click());
    expect(actions.sendAnyway).not.toHaveBeenCalled();
    expect(mp.container.textContent).toContain('1:05');
  });

  it('enables "Send anyway" when canSend and calls sendAnyway once per click', () => {
    const actions = makeActions();
    show(makeData({ remainingSeconds: 0, canSend: true }), actions);
    const send = sendButton();
    expect(send.disabled).toBe(false);
    expect(send.getAttribute('aria-disabled')).toBe('false');
    expect(send.textContent).toBe('Send anyway');
    act(() => send.click());
    expect(actions.sendAnyway).toHaveBeenCalledTimes(1);
    act(() => send.click());
    expect(actions.sendAnyway).toHaveBeenCalledTimes(2);
  });

  it('a held send-options menu says "Open send options", counting and after, not "Send anyway"', () => {
    show(makeData({ remainingSeconds: 5, canSend: false, opensMenu: true }));
    expect(sendButton().textContent).toBe('Open send options (0:05)');
    expect(sendButton().disabled).toBe(true);
    const actions = show(makeData({ remainingSeconds: 0, canSend: true, opensMenu: true }));
    expect(sendButton().textContent).toBe('Open send options');
    act(() => sendButton().click());
    expect(actions.sendAnyway).toHaveBeenCalledTimes(1);
  });

  it('reads plain "Send" and is enabled once the draft is calm', () => {
    const actions = show(makeData({ stillFlagged: false, canSend: false, remainingSeconds: 30 }));
    const send = sendButton();
    expect(send.textContent).toBe('Send');
    expect(send.disabled).toBe(false);
    act(() => send.click());
    expect(actions.sendAnyway).toHaveBeenCalledTimes(1);
  });

  it('says why it can send now when the settings stop holding (paused, off here, no delay), and announces it', () => {
    const lines = {
      paused: 'Cool-Off is paused: you can send now.',
      off: 'Cool-Off is off on Gmail: you can send now.',
      'no-delay': 'No cool-off delay is set: you can send now.',
    } as const;
    for (const [released, line] of Object.entries(lines) as [keyof typeof lines, string][]) {
      const actions = show(makeData({ released, remainingSeconds: 0, canSend: true }));
      expect(mp.container.querySelector('[data-co-released]')?.textContent).toBe(line);
      expect(mp.container.querySelector('[data-co-announcer]')?.textContent).toBe(line);
      // the countdown is gone; Send anyway is there now; the rest of the overlay (the rewrite) stays
      expect(mp.container.querySelector('[role="progressbar"]')).toBeNull();
      expect(sendButton().disabled).toBe(false);
      expect(sendButton().textContent).toBe('Send anyway');
      expect(buttonByText('Use calm rewrite')).toBeDefined();
      expect(dialog().textContent).not.toContain('Cool-Off is holding it');
      act(() => sendButton().click());
      expect(actions.sendAnyway).toHaveBeenCalledTimes(1);
    }
    show(makeData({ released: 'bogus' as never }));
    expect(mp.container.querySelector('[data-co-released]')).toBeNull();
    expect(sendButton().disabled).toBe(true);
  });

  it('shows a progress bar for the elapsed time', () => {
    show(makeData({ remainingSeconds: 15, totalSeconds: 60 }));
    const bar = mp.container.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('75');
    expect(bar?.getAttribute('aria-valuetext')).toBe('0:15 left');
  });

  it('announces the countdown at steps, not every second', () => {
    const data = makeData({ remainingSeconds: 50 });
    show(data);
    const live = mp.container.querySelector('[data-co-announcer]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    const at50 = live.textContent;
    show({ ...data, remainingSeconds: 49 });
    expect(live.textContent).toBe(at50);
    show({ ...data, remainingSeconds: 31 });
    expect(live.textContent).toBe(at50);
    show({ ...data, remainingSeconds: 30 });
    expect(live.textContent).not.toBe(at50);
    show({ ...data, remainingSeconds: 0, canSend: true });
    expect(live.textContent).toMatch(/send/i);
  });

  it('keeps focus inside when a focused button disappears', () => {
    const data = makeData();
    show(data);
    buttonByText('Use calm rewrite')!.focus();
    show({ ...data, rewriteAvailable: false });
    expect(dialog().contains(document.activeElement)).toBe(true);
  });
});

describe('Overlay content', () => {
  it('shows each flagged span highlighted with its kind and why', () => {
    show(makeData());
    const marks = Array.from(mp.container.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(['You people', 'your fault']);
    expect(mp.container.textContent).toContain('Puts the blame on the customer.');
    expect(mp.container.textContent).toContain('Blame');
    expect(mp.container.textContent).toContain('Condescension');
  });

  it('lists only hostile reasons (calming ones are not "flagged")', () => {
    const text = 'Sorry, but this is your fault.';
    show(
      makeData({
        text,
        analysis: {
          level: 'tense',
          score: 3,
          flagged: true,
          reasons: [reason('your fault', 'blame', 'Blames.', text), reason('Sorry', 'apology', 'Apologises.', text)],
        },
      }),
    );
    expect(mp.container.textContent).toContain('Blames.');
    expect(mp.container.textContent).not.toContain('Apologises.');
  });

  it('Apply calls applySuggestion with that suggestion id', () => {
    const actions = show(makeData());
    const applies = Array.from(mp.container.querySelectorAll('button')).filter((b) => b.textContent === 'Apply');
    expect(applies).toHaveLength(2);
    expect(applies[1]!.getAttribute('aria-label')).toContain('your fault');
    act(() => applies[1]!.click());
    expect(actions.applySuggestion).toHaveBeenCalledWith('s2');
    expect(actions.applySuggestion).toHaveBeenCalledTimes(1);
  });

  // QA: a suggestion that takes out "You idiot, " and capitalises the next word read 'Replace "You idiot, s"
  // with "S"', and a screen reader said as much.
  it('shows a removal at the start of a sentence as the words taken out, not one letter into the next word', () => {
    const text = 'You idiot, stop whining.';
    show(makeData({ text, suggestions: [{ id: 'r', start: 0, end: 12, before: 'You idiot, s', after: 'S', guidelineTitle: 'Avoid the clapback', why: 'Name-calling.' }] }));
    const apply = Array.from(mp.container.querySelectorAll('button')).find((b) => b.textContent === 'Apply')!;
    expect(apply.getAttribute('aria-label')).toBe('Apply: replace “You idiot” with “nothing”');
    expect(mp.container.querySelector('.co-before')!.textContent).toBe('Replace You idiot');
    expect(mp.container.querySelector('.co-after')!.textContent).toBe('(remove)');
  });

  it('shows other edits as they are ("WASTING" → "wasting", "s" → "S" alone)', () => {
    show(makeData({ suggestions: [{ id: 'a', start: 0, end: 7, before: 'WASTING', after: 'wasting', guidelineTitle: 'Stay calm', why: '' }] }));
    expect(mp.container.querySelector('.co-before')!.textContent).toBe('Replace WASTING');
    expect(mp.container.querySelector('.co-after')!.textContent).toBe('wasting');
  });

  it('shows broken guidelines with title and why', () => {
    show(makeData());
    expect(mp.container.textContent).toContain('No blame');
    expect(mp.container.textContent).toContain('Customers who feel blamed escalate.');
  });

  it('shows "Use calm rewrite" only when available and calls useRewrite', () => {
    const actions = show(makeData({ rewriteAvailable: true }));
    act(() => buttonByText('Use calm rewrite')!.click());
    expect(actions.useRewrite).toHaveBeenCalledTimes(1);
    show(makeData({ rewriteAvailable: false }));
    expect(buttonByText('Use calm rewrite')).toBeUndefined();
  });

  it('shows Undo only when canUndo', () => {
    show(makeData({ canUndo: false }));
    expect(buttonByText('Undo')).toBeUndefined();
    const actions = show(makeData({ canUndo: true }));
    act(() => buttonByText('Undo')!.click());
    expect(actions.undo).toHaveBeenCalledTimes(1);
  });

  it('shows the status in a polite live region', () => {
    show(makeData({ status: 'Calm rewrite applied. Undo restores your original.' }));
    const status = mp.container.querySelector('[role="status"]');
    expect(status?.textContent).toBe('Calm rewrite applied. Undo restores your original.');
  });

  it('renders data as text, never as HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const text = `Hi ${evil} there`;
    show(
      makeData({
        text,
        siteLabel: '<b>Gmail</b>',
        analysis: { level: 'angry', score: 9, flagged: true, reasons: [reason(evil, 'insult', `why ${evil}`, text)] },
        suggestions: [{ id: 'x', start: 0, end: 1, before: evil, after: evil, guidelineTitle: evil, why: evil }],
        guidelines: [{ id: 'g', title: evil, why: evil }],
        status: evil,
        toReword: [evil],
        takenOut: [evil],
      }),
    );
    expect(mp.container.querySelector('img')).toBeNull();
    expect(mp.container.querySelector('b')).toBeNull();
    expect(mp.container.querySelector('mark')?.textContent).toBe(evil);
    expect(mp.container.textContent).toContain(`why ${evil}`);
  });
});

describe('Overlay after a calm rewrite', () => {
  const region = (name: string): HTMLElement | undefined =>
    [...mp.container.querySelectorAll<HTMLElement>('section')].find((sec) => {
      const id = sec.getAttribute('aria-labelledby');
      return id !== null && mp.container.querySelector(`[id="${id}"]`)?.textContent === name;
    });

  it('lists the sentences it took out and those left to reword, and says why it still holds', () => {
    show(
      makeData({
        analysis: { level: 'tense', score: 40, flagged: false, reasons: [] },
        stillFlagged: true,
        takenOut: ['Next time maybe read the listing.', 'Hope you find a shop that can read your mind.'],
        toReword: ['If a 10-minute wait is too much for you, maybe stick to cooking at home.'],
      }),
    );
    const taken = region('Taken out by the rewrite')!;
    expect([...taken.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Next time maybe read the listing.',
      'Hope you find a shop that can read your mind.',
    ]);
    expect(taken.textContent).toContain('Undo brings them back');
    const reword = region('Still to reword')!;
    expect(reword.querySelector('li')?.textContent).toBe('If a 10-minute wait is too much for you, maybe stick to cooking at home.');
    const desc = mp.container.querySelector(`[id="${dialog()!.getAttribute('aria-describedby')}"]`);
    expect(desc?.textContent).toContain('still has a sentence that reads as hostile');
    expect(buttonByText(/^Send anyway/)?.disabled).toBe(true);
  });

  // What "Use calm rewrite" left read calm, and one of the sentences it added holds a word the scorer
  // associates with hostile messages ("within one business day"): the overlay said "reads calm now. You
  // can send it." under a "What was flagged" entry for "business" and a list of "Guidelines this reply breaks".
  it('once the draft reads calm, neither lists word associations as flagged nor guidelines it breaks', () => {
    const calm = 'I understand. Please send us a private message; we will reply within one business day.';
    const business = reason('business', 'negative-word', '"business" often comes up in hostile messages.', calm);
    show(
      makeData({
        text: calm,
        analysis: { level: 'calm', score: 20, flagged: false, reasons: [business] },
        stillFlagged: false,
        guidelines: [{ id: 'calm', title: 'Stay calm: no shouting, sarcasm or absolutes', why: 'A level tone lowers it.' }],
      }),
    );
    const desc = mp.container.querySelector(`[id="${dialog().getAttribute('aria-describedby')}"]`);
    expect(desc?.textContent).toContain('reads calm now');
    const flagged = region('What was flagged')!;
    expect(flagged.querySelector('mark')).toBeNull();
    expect(flagged.textContent).toContain('Nothing in the draft reads as hostile now.');
    expect(region('Guidelines this reply breaks')).toBeUndefined();
    // a named phrase is still worth showing, and so are the guidelines behind it
    show(
      makeData({
        text: calm,
        analysis: { level: 'calm', score: 20, flagged: false, reasons: [business, reason('Please', 'condescension', 'why', calm)] },
        stillFlagged: false,
      }),
    );
    expect([...region('What was flagged')!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Please']);
    expect(region('Guidelines this reply breaks')).toBeDefined();
  });

  it('while held, still lists word associations', () => {
    show(makeData({ analysis: { level: 'angry', score: 80, flagged: true, reasons: [reason('fault', 'negative-word', 'why')] } }));
    expect(region('What was flagged')!.querySelector('mark')?.textContent).toBe('fault');
  });

  // The badge beside the reply box said "Tense" while the overlay said "reads calm now".
  it('says "tense", as the badge does, when the draft is no longer angry but not calm either', () => {
    show(makeData({ analysis: { level: 'tense', score: 45, flagged: false, reasons: [] }, stillFlagged: false }));
    const desc = mp.container.querySelector(`[id="${dialog().getAttribute('aria-describedby')}"]`)!.textContent!;
    expect(desc).toContain('reads as tense now, no longer angry');
    expect(desc).not.toContain('calm');
    expect(sendButton().textContent).toBe('Send');
  });

  // 20 sentences left to reword: the badge said "reword 20 sentences", the overlay quoted 8 and said nothing of the rest.
  it('counts every sentence left to reword when it quotes only the first ones', () => {
    const many = Array.from({ length: 20 }, (_, i) => `Point ${i}: you never checked, which is frankly subpar.`);
    show(makeData({ analysis: { level: 'tense', score: 40, flagged: false, reasons: [] }, stillFlagged: true, toReword: many }));
    const reword = region('Still to reword')!;
    expect(reword.querySelectorAll('li')).toHaveLength(8);
    expect(reword.querySelector('.co-more')?.textContent).toBe('and 12 more sentences');
  });

  it('shows neither list without a rewrite, and ignores lists that are not lists of text', () => {
    show(makeData());
    expect(region('Taken out by the rewrite')).toBeUndefined();
    expect(region('Still to reword')).toBeUndefined();
    show(makeData({ takenOut: 'oops' as unknown as string[], toReword: [42, null, ''] as unknown as string[] }));
    expect(region('Taken out by the rewrite')).toBeUndefined();
    expect(region('Still to reword')).toBeUndefined();
  });
});

describe('Overlay with bad or huge input', () => {
  it('handles empty reasons, suggestions and guidelines', () => {
    show(
      makeData({
        text: '',
        analysis: { level: 'tense', score: 2, flagged: true, reasons: [] },
        suggestions: [],
        guidelines: [],
      }),
    );
    expect(dialog()).toBeTruthy();
    expect(mp.container.querySelector('mark')).toBeNull();
    expect(mp.container.textContent).toContain('overall tone');
  });

  it('caps long lists with "and N more" and shows excerpts of huge text', () => {
    const big = 'x'.repeat(200_000);
    const reasons: Reason[] = Array.from({ length: 30 }, (_, i) => ({
      start: i * 10,
      end: i * 10 + 5000,
      text: big.slice(i * 10, i * 10 + 5000),
      kind: 'insult',
      why: `why ${i}`,
      weight: 1,
    }));
    const suggestions = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i}`,
      start: 0,
      end: 1,
      before: big,
      after: 'y',
      guidelineTitle: 'T',
      why: 'W',
    }));
    show(makeData({ text: big, analysis: { level: 'angry', score: 99, flagged: true, reasons }, suggestions }));
    expect(mp.container.querySelectorAll('mark')).toHaveLength(8);
    expect(mp.container.textContent).toContain('and 22 more');
    expect(mp.container.textContent).toContain('and 4 more');
    // Excerpts, not the whole draft.
    expect((mp.container.textContent ?? '').length).toBeLessThan(10_000);
  });

  it('falls back to the reason text when offsets do not match the draft', () => {
    show(
      makeData({
        text: 'short',
        analysis: {
          level: 'angry',
          score: 5,
          flagged: true,
          reasons: [{ start: 100, end: 120, text: 'stale words', kind: 'insult', why: 'w', weight: 1 }],
        },
      }),
    );
    expect(mp.container.querySelector('mark')?.textContent).toBe('stale words');
  });

  it('survives non-finite numbers and missing arrays', () => {
    const data = makeData({ remainingSeconds: NaN, totalSeconds: Infinity });
    (data as unknown as Record<string, unknown>).suggestions = undefined;
    (data.analysis as unknown as Record<string, unknown>).reasons = null;
    expect(() => show(data)).not.toThrow();
    expect(sendButton().textContent).toBe('Send anyway');
  });
});

describe('Overlay inside a shadow root (as the content script mounts it)', () => {
  it('focuses inside and wraps Tab using the shadow root’s active element', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    root.append(mount);
    const actions = makeActions();
    act(() => render(<Overlay data={makeData({ canSend: true })} actions={actions} />, mount));
    try {
      expect(root.activeElement?.textContent).toBe('Back to editing');
      const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('button:not([disabled])'));
      const last = buttons[buttons.length - 1]!;
      last.focus();
      act(() => {
        last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, composed: true }));
      });
      expect(root.activeElement).toBe(buttons[0]);
      act(() => {
        buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      });
      expect(actions.backToEditing).toHaveBeenCalledTimes(1);
    } finally {
      act(() => render(null, mount));
      host.remove();
    }
  });
});

describe('Overlay: answers typed inside the quoted message', () => {
  const OWN = 'Thanks for writing.';
  const ADDED = 'Read the tracking page, you idiot.';
  const FULL = `${OWN}\n${ADDED}`;

  it('says the hold is about the quote, marks its phrases as there with context from the quote only, and offers no rewrite', () => {
    show(
      makeData({
        text: FULL,
        quotedFrom: OWN.length + 1,
        insideQuote: 'only',
        analysis: { level: 'angry', score: 6, flagged: true, reasons: [reason('you idiot', 'insult', 'Name-calling.', FULL)] },
        suggestions: [],
        rewriteAvailable: false,
      }),
    );
    const d = dialog();
    expect(d.querySelector('.co-desc')!.textContent).toMatch(/^Your answers inside the quoted message read as hostile\./);
    const item = d.querySelector('.co-item')!;
    expect(item.textContent).toContain('inside the quoted message');
    expect(item.querySelector('.co-context')!.textContent).not.toContain('Thanks'); // no context from the reply above
    expect(item.querySelector('mark')!.textContent).toBe('you idiot');
    expect(d.querySelector('[data-co-inside-quote]')).not.toBeNull();
    expect(buttonByText(/use calm rewrite/i)).toBeUndefined();
  });

  it('says both when the reply above the quote is hostile too', () => {
    show(makeData({ text: `${TEXT}\n${ADDED}`, quotedFrom: TEXT.length + 1, insideQuote: 'also' }));
    expect(dialog().querySelector('.co-desc')!.textContent).toMatch(/reads as angry, and so do your answers inside the quoted message/);
    // reasons in the reply above are not marked as in the quote
    expect(dialog().querySelector('.co-item')!.textContent).not.toContain('inside the quoted message');
  });
});
