import { describe, expect, it } from 'vitest';
import { parseFrameStatus, summarizeTab, type FrameStatus } from '../../src/core/tab-status';

const frame = (over: Partial<FrameStatus> = {}): FrameStatus => ({
  id: 'a1',
  top: true,
  origin: 'https://www.google.com',
  site: 'google-business',
  running: true,
  boxes: 0,
  unchecked: 0,
  ...over,
});

describe('summarizeTab: what Cool-Off is doing in a tab, from its frames\' answers', () => {
  it('counts the reply boxes of every frame it runs in: the owner\'s reviews frame under a search page', () => {
    const top = frame({ id: 'top', boxes: 0 });
    const reviews = frame({ id: 'rev', top: false, boxes: 1 });
    expect(summarizeTab([top, reviews])).toEqual({
      state: { kind: 'guarding', boxes: 1 },
      site: 'google-business',
      origin: 'https://www.google.com',
    });
    expect(summarizeTab([top, reviews, frame({ id: 'rev2', top: false, boxes: 2 })]).state).toEqual({ kind: 'guarding', boxes: 3 });
  });

  it('a search page it does not run on, with the reviews frame it does: the frame counts, the site is the top page\'s', () => {
    const s = summarizeTab([frame({ id: 'top', running: false }), frame({ id: 'rev', top: false, boxes: 1 })]);
    expect(s.state).toEqual({ kind: 'guarding', boxes: 1 });
    expect(s.site).toBe('google-business');
  });

  it('running with no reply box is "ready"', () => {
    expect(summarizeTab([frame({ boxes: 0 })]).state).toEqual({ kind: 'ready' });
  });

  it('an ordinary Google search (script there, not running): absent, yet its site is known for the switch', () => {
    expect(summarizeTab([frame({ running: false })])).toEqual({
      state: { kind: 'absent', reload: false },
      site: 'google-business',
      origin: 'https://www.google.com',
    });
  });

  it('no answer at all: absent; "reload" only when the address is one it runs on', () => {
    expect(summarizeTab([])).toEqual({ state: { kind: 'absent', reload: false }, site: null, origin: null });
    expect(summarizeTab([], true).state).toEqual({ kind: 'absent', reload: true });
    // a frame answered that it does not run: that is the truth, not a missing script
    expect(summarizeTab([frame({ running: false })], true).state).toEqual({ kind: 'absent', reload: false });
  });

  it('a frame that is not running claims no boxes; without a top frame answer, the site of a running frame', () => {
    const s = summarizeTab([frame({ id: 'x', top: false, running: false, boxes: 4, site: null }), frame({ id: 'y', top: false, site: 'gmail', boxes: 0 })]);
    expect(s).toEqual({ state: { kind: 'ready' }, site: 'gmail', origin: null });
  });
});

describe('summarizeTab: a box the user types in that Cool-Off does not check', () => {
  it('no box checked in the tab and a frame reports one: "unchecked", not "ready"', () => {
    expect(summarizeTab([frame({ unchecked: 1 })])).toEqual({
      state: { kind: 'unchecked' },
      site: 'google-business',
      origin: 'https://www.google.com',
    });
    // the box is in a frame under the page
    expect(summarizeTab([frame({ id: 'top' }), frame({ id: 'rev', top: false, unchecked: 2 })]).state).toEqual({ kind: 'unchecked' });
  });

  it('a box is checked somewhere in the tab: still "guarding"', () => {
    expect(summarizeTab([frame({ id: 'top', boxes: 1 }), frame({ id: 'rev', top: false, unchecked: 1 })]).state).toEqual({ kind: 'guarding', boxes: 1 });
  });

  it('a frame that is not running claims no unchecked box either', () => {
    expect(summarizeTab([frame({ running: false, unchecked: 3 })]).state).toEqual({ kind: 'absent', reload: false });
    expect(summarizeTab([frame({ id: 'x', running: false, unchecked: 3 }), frame({ id: 'y', top: false })]).state).toEqual({ kind: 'ready' });
  });
});

describe('parseFrameStatus: answers are checked field by field', () => {
  it('keeps a well-formed answer, and only its fields', () => {
    const ok = frame({ boxes: 2 });
    expect(parseFrameStatus({ ...ok, extra: 'x' })).toEqual(ok);
    expect(parseFrameStatus(frame({ site: null, running: false }))).toEqual(frame({ site: null, running: false }));
    expect(parseFrameStatus(frame({ site: 'generic' }))?.site).toBe('generic');
    expect(parseFrameStatus(frame({ unchecked: 2 }))?.unchecked).toBe(2);
  });

  it('drops anything else', () => {
    for (const bad of [
      null,
      'status',
      42,
      [],
      { ...frame(), id: '' },
      { ...frame(), id: 'x'.repeat(65) },
      { ...frame(), top: 'yes' },
      { ...frame(), running: 1 },
      { ...frame(), origin: null },
      { ...frame(), site: 'facebook' },
      { ...frame(), boxes: -1 },
      { ...frame(), boxes: 1.5 },
      { ...frame(), boxes: '1' },
      { ...frame(), boxes: Number.NaN },
      { ...frame(), unchecked: -1 },
      { ...frame(), unchecked: 0.5 },
      { ...frame(), unchecked: '2' },
      { ...frame(), unchecked: null },
      { ...frame(), unchecked: Number.POSITIVE_INFINITY },
      { ...frame(), unchecked: 10_001 },
      (({ unchecked: _, ...rest }) => rest)(frame()),
    ]) expect(parseFrameStatus(bad), JSON.stringify(bad)).toBeNull();
  });
});
