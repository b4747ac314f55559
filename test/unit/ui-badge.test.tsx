// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mountPoint } from './helpers/mount';
import { Badge, badgeReasons, draftReplyName } from '../../src/ui/Badge';
import type { BadgeActions, BadgeData } from '../../src/ui/types';
import type { Reason } from '../../src/core/tone/types';

const r = (text: string, kind: Reason['kind'], why = `${text} why`): Reason => ({
  start: 0,
  end: text.length,
  text,
  kind,
  why,
  weight: 1,
});

const mp = mountPoint();

function show(data: BadgeData, actions: BadgeActions = {}) {
  mp.mount(<Badge data={data} actions={actions} />);
}

function badgeButton(): HTMLButtonElement {
  const b = mp.container.querySelector<HTMLButtonElement>('button[aria-describedby]');
  if (!b) throw new Error('no badge button');
  return b;
}

function tooltip(): HTMLElement {
  const id = badgeButton().getAttribute('aria-describedby')!;
  const t = mp.container.querySelector<HTMLElement>(`[id="${id}"]`);
  if (!t) throw new Error('no tooltip');
  return t;
}

describe('Badge', () => {
  it.each([
    ['calm', 'Calm'],
    ['tense', 'Tense'],
    ['angry', 'Angry'],
  ] as const)('shows the %s level as text, not colour alone', (level, text) => {
    show({ level, reasons: [], flagged: level === 'angry' });
    const b = badgeButton();
    expect(b.textContent).toContain(text);
    expect(b.className).toContain(`co-level-${level}`);
    expect(b.tabIndex).toBe(0);
  });

  it('says a flagged draft will be held only when it would be (no promise with a zero delay)', () => {
    show({ level: 'angry', reasons: [], flagged: true });
    expect(badgeButton().textContent).toContain('will be held before sending');
    show({ level: 'angry', reasons: [], flagged: true, holds: false });
    expect(badgeButton().textContent).toContain('Angry');
    expect(badgeButton().textContent).not.toContain('will be held');
  });

  it('says when Cool-Off is paused or off instead of a level', () => {
    show({ level: 'angry', reasons: [r('idiot', 'insult')], flagged: true, inactive: 'paused' });
    expect(badgeButton().textContent).toContain('Cool-Off paused');
    expect(badgeButton().textContent).not.toContain('Angry');
    expect(tooltip().textContent).not.toContain('idiot');
    show({ level: 'calm', reasons: [], flagged: false, inactive: 'off' });
    expect(badgeButton().textContent).toContain('Cool-Off off');
  });

  it('tooltip is hidden until hover or focus, and is the button’s description', () => {
    show({ level: 'angry', reasons: [r('idiot', 'insult')], flagged: true });
    const tip = tooltip();
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.hidden).toBe(true);

    act(() => badgeButton().focus());
    expect(tooltip().hidden).toBe(false);
    act(() => badgeButton().blur());
    expect(tooltip().hidden).toBe(true);

    act(() => {
      mp.container.querySelector('.co-badge-tip')!.dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(tooltip().hidden).toBe(false);
    act(() => {
      mp.container.querySelector('.co-badge-tip')!.dispatchEvent(new MouseEvent('mouseleave'));
    });
    expect(tooltip().hidden).toBe(true);
  });

  it('Esc dismisses the open tooltip', () => {
    show({ level: 'tense', reasons: [r('never', 'absolute')], flagged: false });
    act(() => badgeButton().focus());
    expect(tooltip().hidden).toBe(false);
    act(() => {
      badgeButton().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(tooltip().hidden).toBe(true);
  });

  it('shows the top three reasons, hostile first', () => {
    show({
      level: 'angry',
      reasons: [r('sorry', 'apology'), r('idiot', 'insult'), r('your fault', 'blame'), r('never', 'absolute'), r('damn', 'profanity')],
      flagged: true,
    });
    const items = Array.from(tooltip().querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('idiot');
    expect(items[0]).toContain('Insult');
    expect(items[1]).toContain('your fault');
    expect(items[2]).toContain('never');
    expect(tooltip().textContent).not.toContain('sorry');
  });

  it('badgeReasons puts hostile before calming and survives bad input', () => {
    expect(badgeReasons([r('thanks', 'thanks'), r('idiot', 'insult')]).map((x) => x.text)).toEqual(['idiot', 'thanks']);
    expect(badgeReasons(null)).toEqual([]);
  });

  it('renders reason text as text', () => {
    show({ level: 'angry', reasons: [r('<img src=x onerror=alert(1)>', 'insult')], flagged: true });
    expect(mp.container.querySelector('img')).toBeNull();
    expect(tooltip().textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('offers "Draft a calm reply" only when the action exists', () => {
    show({ level: 'calm', reasons: [], flagged: false });
    expect(mp.container.textContent).not.toContain('Draft a calm reply');
    const draftReply = vi.fn();
    show({ level: 'calm', reasons: [], flagged: false }, { draftReply });
    const btn = Array.from(mp.container.querySelectorAll('button')).find((b) => b.textContent === 'Draft a calm reply')!;
    act(() => btn.click());
    expect(draftReply).toHaveBeenCalledTimes(1);
  });

  // Review sites list many reviews, each with its own "Draft a calm reply": all had the same name.
  it('names "Draft a calm reply" after whom it answers; the visible text stays short', () => {
    const named = (actions: BadgeActions) => {
      show({ level: 'calm', reasons: [], flagged: false }, { draftReply: vi.fn(), ...actions });
      const btn = Array.from(mp.container.querySelectorAll('button')).find((b) => b.textContent === 'Draft a calm reply')!;
      return btn.getAttribute('aria-label') ?? btn.textContent;
    };
    expect(named({ draftReplyTo: { kind: 'review', author: 'Maria' } })).toBe("Draft a calm reply to Maria's review");
    expect(named({ draftReplyTo: { kind: 'review', author: 'Oliver Grant' } })).toBe("Draft a calm reply to Oliver Grant's review");
    expect(named({ draftReplyTo: { kind: 'message', author: '  Dana\n Ruiz ' } })).toBe("Draft a calm reply to Dana Ruiz's message");
    expect(named({ draftReplyTo: { kind: 'review', author: 'James' } })).toBe("Draft a calm reply to James' review");
    expect(named({ draftReplyTo: { kind: 'review', n: 2 } })).toBe('Draft a calm reply to review 2');
    expect(named({ draftReplyTo: { kind: 'message', author: '', n: 3 } })).toBe('Draft a calm reply to message 3');
    expect(named({})).toBe('Draft a calm reply');
  });

  it('draftReplyName survives bad input with the plain name', () => {
    expect(draftReplyName(null)).toBe('Draft a calm reply');
    expect(draftReplyName({ kind: 'review', n: 0 })).toBe('Draft a calm reply');
    expect(draftReplyName({ kind: 'review', n: Number.NaN })).toBe('Draft a calm reply');
    expect(draftReplyName({ kind: 'review', author: 42 as unknown as string })).toBe('Draft a calm reply');
    expect(draftReplyName({ kind: 'review', author: 'x'.repeat(200) }).length).toBeLessThan(100);
  });

  describe('while a calm rewrite that kept a hostile sentence is in force', () => {
    const SENTENCE = 'If a 10-minute wait on a Saturday night is too much for you, maybe stick to cooking at home.';

    it('reads held, not the scorer’s calm, by text and shape', () => {
      show({ level: 'calm', reasons: [], flagged: false, toReword: [SENTENCE] });
      const b = badgeButton();
      expect(b.textContent).toContain('Held: reword 1 sentence');
      expect(b.textContent).not.toMatch(/calm/i);
      expect(b.dataset.coLevel).toBe('held');
      expect(b.className).toContain('co-level-held');
      expect(b.querySelector('.co-dot-held')).not.toBeNull();
      expect(b.querySelector('.co-dot')!.getAttribute('aria-hidden')).toBe('true');
      expect(b.textContent).toContain('before sending');
    });

    it('says why in its tooltip and lists the sentence to reword', () => {
      show({ level: 'calm', reasons: [], flagged: false, toReword: [SENTENCE] });
      const tip = tooltip();
      expect(tip.getAttribute('role')).toBe('tooltip');
      expect(tip.hidden).toBe(true);
      act(() => badgeButton().focus());
      expect(tooltip().hidden).toBe(false);
      expect(tip.textContent).toMatch(/calm rewrite kept this sentence/i);
      expect(tip.textContent).toMatch(/held until you reword it/i);
      const items = Array.from(tip.querySelectorAll('li')).map((li) => li.textContent);
      expect(items).toEqual([SENTENCE]);
      expect(tip.textContent).toContain('Tone of the whole draft: Calm.');
      // Esc still closes it
      act(() => {
        badgeButton().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      });
      expect(tooltip().hidden).toBe(true);
    });

    it('excerpts long sentences, lists at most three and counts the rest', () => {
      const long = `Order #48213 ${'really '.repeat(40)}was your problem.`;
      show({ level: 'tense', reasons: [], flagged: true, toReword: [long, 'Two at 3 pm.', 'Three for $40.', 'Four on 3 May.', ''] });
      expect(badgeButton().textContent).toContain('Held: reword 4 sentences');
      const items = Array.from(tooltip().querySelectorAll('li')).map((li) => li.textContent ?? '');
      expect(items).toHaveLength(3);
      expect(items[0]!.startsWith('Order #48213')).toBe(true);
      expect(items[0]!.length).toBeLessThanOrEqual(120);
      expect(items[0]!.endsWith('…')).toBe(true);
      expect(tooltip().textContent).toContain('and 1 more');
      expect(tooltip().textContent).toMatch(/these sentences.*they still read.*reword them/);
    });

    it('renders the sentence as text, never as HTML', () => {
      show({ level: 'calm', reasons: [], flagged: false, toReword: ['Order 7 <img src=x onerror=alert(1)> <b>was</b> yours.'] });
      expect(mp.container.querySelector('img')).toBeNull();
      expect(mp.container.querySelector('b')).toBeNull();
      expect(tooltip().textContent).toContain('Order 7 <img src=x onerror=alert(1)> <b>was</b> yours.');
    });

    it('announces the change politely, and goes back to the scorer’s verdict when nothing is left to reword', () => {
      show({ level: 'calm', reasons: [], flagged: false });
      const status = mp.container.querySelector('[role="status"]')!;
      expect(status.textContent).toBe('Tone: Calm');
      show({ level: 'calm', reasons: [], flagged: false, toReword: [SENTENCE] });
      expect(status.textContent).toBe('Held: reword 1 sentence before sending');
      show({ level: 'calm', reasons: [], flagged: false, toReword: [] });
      expect(status.textContent).toBe('Tone: Calm');
      expect(badgeButton().dataset.coLevel).toBe('calm');
      expect(tooltip().textContent).not.toContain('10-minute');
    });

    it('says paused or off instead, and ignores malformed entries', () => {
      show({ level: 'calm', reasons: [], flagged: false, toReword: [SENTENCE], inactive: 'paused' });
      expect(badgeButton().textContent).toContain('Cool-Off paused');
      expect(tooltip().textContent).not.toContain('10-minute');
      show({ level: 'calm', reasons: [], flagged: false, toReword: [null, 42, '  '] as unknown as string[] });
      expect(badgeButton().dataset.coLevel).toBe('calm');
    });
  });

  // "Draft a calm reply" put in a calm reply, and the badge beside it said "Calm" with a tooltip of
  // "Negative word: Dear", "Negative word: review", "Negative word: business".
  it('does not list word associations as flagged on a calm draft, but does on a tense one', () => {
    show({ level: 'calm', reasons: [r('Dear', 'negative-word'), r('business', 'negative-word')], flagged: false });
    expect(tooltip().textContent).toBe('Nothing flagged so far.');
    show({ level: 'calm', reasons: [r('Dear', 'negative-word'), r('frankly', 'condescension')], flagged: false });
    expect([...tooltip().querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['frankly']);
    show({ level: 'tense', reasons: [r('Dear', 'negative-word')], flagged: false });
    expect(tooltip().querySelector('mark')?.textContent).toBe('Dear');
    show({ level: 'calm', reasons: 'oops' as unknown as Reason[], flagged: false });
    expect(tooltip().textContent).toBe('Nothing flagged so far.');
  });

  // "Tense" on the badge with "Nothing flagged so far." in its tooltip contradicted itself (a draft whose many small
  // word weights add up, with no phrase over the line to show).
  it('says a tense draft with no phrase to show reads a little tense overall', () => {
    show({ level: 'tense', reasons: [], flagged: false });
    expect(badgeButton().textContent).toContain('Tense');
    expect(tooltip().textContent).toBe('The overall tone reads a little tense; no single phrase stands out.');
    show({ level: 'calm', reasons: [], flagged: false });
    expect(tooltip().textContent).toBe('Nothing flagged so far.');
  });

  it('does not call "paused" or "off" a tone in its accessible name', () => {
    show({ level: 'angry', reasons: [], flagged: true, inactive: 'paused' });
    expect(badgeButton().textContent).toBe('Cool-Off paused');
    show({ level: 'calm', reasons: [], flagged: false, inactive: 'off' });
    expect(badgeButton().textContent).toBe('Cool-Off off');
    show({ level: 'calm', reasons: [], flagged: false });
    expect(badgeButton().textContent).toBe('Tone: Calm');
  });

  it('says beside the badge, and to screen readers, when the box holds more than it takes', () => {
    show({ level: 'calm', reasons: [], flagged: false, overLimit: { length: 474, max: 350 } });
    const note = mp.container.querySelector('.co-badge-note');
    expect(note?.textContent).toBe('Too long for this box: 474 of 350 characters');
    expect(mp.container.querySelector('[role="status"]')!.textContent).toBe('Tone: Calm. Too long for this box: 474 of 350 characters');
    show({ level: 'calm', reasons: [], flagged: false, overLimit: null });
    expect(mp.container.querySelector('.co-badge-note')).toBeNull();
    expect(mp.container.querySelector('[role="status"]')!.textContent).toBe('Tone: Calm');
  });

  it('announces level changes in a status region', () => {
    show({ level: 'calm', reasons: [], flagged: false });
    const status = mp.container.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('Tone: Calm');
    show({ level: 'angry', reasons: [], flagged: true });
    expect(status.textContent).toBe('Tone: Angry');
  });
});

describe('Badge on a draft that does not read as English', () => {
  it('says it was not checked, in neutral colours, instead of Calm or Tense', () => {
    for (const level of ['calm', 'tense'] as const) {
      show({ level, reasons: [r('terrible', 'negative-word')], flagged: false, notEnglish: true });
      const b = badgeButton();
      expect(b.textContent).toBe('Not checked: English only');
      expect(b.textContent).not.toMatch(/Calm|Tense/);
      expect(b.getAttribute('data-co-level')).toBe('unchecked');
      expect(b.className).toContain('co-level-off');
      expect(b.className).not.toMatch(/co-level-(calm|tense|angry|held)/);
      expect(mp.container.querySelector('.co-dot')!.className).toContain('co-dot-off');
      // the tooltip (the button's description) says why, and lists no flagged words
      expect(tooltip().textContent).toContain('Cool-Off reads English only');
      expect(tooltip().textContent).toContain('not held');
      expect(tooltip().textContent).not.toContain('terrible');
      expect(mp.container.querySelector('[role="status"]')!.textContent).toBe('Tone not checked: Cool-Off reads English only');
    }
  });

  it('never hides a hold: a flagged draft still reads Angry, a rewrite still to reword still reads Held', () => {
    show({ level: 'angry', reasons: [r('idiot', 'insult')], flagged: true, notEnglish: true });
    expect(badgeButton().textContent).toContain('Angry');
    expect(badgeButton().textContent).toContain('will be held before sending');
    expect(badgeButton().textContent).not.toContain('English only');
    show({ level: 'calm', reasons: [], flagged: false, notEnglish: true, toReword: ['You never read anything.'] });
    expect(badgeButton().textContent).toContain('Held: reword 1 sentence');
    expect(badgeButton().textContent).not.toContain('English only');
  });

  it('says in its status line that a calm reply was drafted into the box, while the box holds it as drafted', () => {
    const status = () => mp.container.querySelector('[role="status"]')!.textContent;
    show({ level: 'calm', reasons: [], flagged: false }, { undoDraft: vi.fn(), drafted: true });
    expect(status()).toBe('Tone: Calm. A calm reply was drafted into the box: edit it as you like, or use Undo drafted reply.');
    // edited since (Undo still offered): the line is the tone only
    show({ level: 'calm', reasons: [], flagged: false }, { undoDraft: vi.fn() });
    expect(status()).toBe('Tone: Calm');
    // a rewrite carried over from a replaced box is no drafted reply
    show({ level: 'calm', reasons: [], flagged: false }, { undoDraft: vi.fn(), undoWhat: 'rewrite' });
    expect(status()).toBe('Tone: Calm');
  });

  it('paused or off wins, and an English draft reads its level as before', () => {
    show({ level: 'calm', reasons: [], flagged: false, notEnglish: true, inactive: 'paused' });
    expect(badgeButton().textContent).toBe('Cool-Off paused');
    show({ level: 'calm', reasons: [], flagged: false, notEnglish: false });
    expect(badgeButton().textContent).toContain('Calm');
    expect(mp.container.querySelector('[role="status"]')!.textContent).toBe('Tone: Calm');
  });
});
