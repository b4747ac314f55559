import { describe, expect, it } from 'vitest';
import { canSend, holdReducer, INITIAL_HOLD, remainingMs, type HoldEvent, type HoldState } from '../../src/core/hold';

const run = (events: HoldEvent[], from: HoldState = INITIAL_HOLD) => events.reduce(holdReducer, from);

describe('hold state machine', () => {
  it('holds for the configured delay, then allows exactly one send', () => {
    let s = run([{ type: 'hold', now: 0, delaySeconds: 60 }]);
    expect(s.phase).toBe('holding');
    expect(remainingMs(s, 59_000)).toBe(1000);
    expect(canSend(s, 59_999)).toBe(false);
    s = holdReducer(s, { type: 'send', now: 59_999 });
    expect(s.phase).toBe('holding'); // too early: nothing happens
    s = holdReducer(s, { type: 'tick', now: 60_000 });
    expect(s.phase).toBe('ready');
    s = holdReducer(s, { type: 'send', now: 60_000 });
    expect(s.phase).toBe('sent');
    expect(holdReducer(s, { type: 'send', now: 70_000 })).toBe(s); // never twice
  });

  it('a second press while held changes nothing', () => {
    const s = run([{ type: 'hold', now: 0, delaySeconds: 60 }]);
    expect(holdReducer(s, { type: 'hold', now: 30_000, delaySeconds: 60 })).toBe(s);
  });

  it('going back keeps the time already cooled off', () => {
    const s = run([
      { type: 'hold', now: 0, delaySeconds: 60 },
      { type: 'back' },
      { type: 'hold', now: 45_000, delaySeconds: 60 },
    ]);
    expect(s.phase).toBe('holding');
    expect(remainingMs(s, 45_000)).toBe(15_000);
  });

  it('a draft edited to calm may be sent at once', () => {
    const s = run([{ type: 'hold', now: 0, delaySeconds: 600 }, { type: 'calm', calm: true }]);
    expect(canSend(s, 1)).toBe(true);
    expect(holdReducer(s, { type: 'send', now: 1 }).phase).toBe('sent');
    const again = holdReducer(s, { type: 'calm', calm: false });
    expect(canSend(again, 1)).toBe(false);
  });

  it('zero delay is ready immediately', () => {
    expect(run([{ type: 'hold', now: 5, delaySeconds: 0 }]).phase).toBe('ready');
  });

  it('a delay changed in the options page applies to a hold still counting, from its start', () => {
    const held = run([{ type: 'hold', now: 0, delaySeconds: 20 }]);
    // shorter, and that much time has passed: over at once
    const shorter = holdReducer(held, { type: 'delay', now: 5_000, delaySeconds: 3 });
    expect(shorter.phase).toBe('ready');
    expect(canSend(shorter, 5_000)).toBe(true);
    // shorter, not yet passed: ends sooner
    const sooner = holdReducer(held, { type: 'delay', now: 2_000, delaySeconds: 10 });
    expect(remainingMs(sooner, 2_000)).toBe(8_000);
    // longer: waits longer
    const longer = holdReducer(held, { type: 'delay', now: 5_000, delaySeconds: 600 });
    expect(remainingMs(longer, 5_000)).toBe(595_000);
    expect(canSend(longer, 25_000)).toBe(false);
    // back to editing keeps counting under the new delay
    const away = holdReducer(held, { type: 'back' });
    expect(holdReducer(away, { type: 'delay', now: 5_000, delaySeconds: 6 }).delayMs).toBe(6_000);
    // a countdown already over stays over (the user may be pressing "Send anyway"); a bad value changes nothing
    const over = holdReducer(held, { type: 'tick', now: 20_000 });
    expect(holdReducer(over, { type: 'delay', now: 21_000, delaySeconds: 600 })).toBe(over);
    expect(holdReducer(held, { type: 'delay', now: 1_000, delaySeconds: Number.NaN })).toBe(held);
    expect(holdReducer(INITIAL_HOLD, { type: 'delay', now: 0, delaySeconds: 5 })).toBe(INITIAL_HOLD);
    // released for a while (the site turned off, then on again) and still within its time: counts under the new delay
    const again = run([{ type: 'calm', calm: true }, { type: 'calm', calm: false }], held);
    const moved = holdReducer(again, { type: 'delay', now: 5_000, delaySeconds: 600 });
    expect(remainingMs(moved, 5_000)).toBe(595_000);
    expect(canSend(holdReducer(again, { type: 'delay', now: 5_000, delaySeconds: 2 }), 5_000)).toBe(true);
  });

  it('ignores events that do not apply', () => {
    expect(holdReducer(INITIAL_HOLD, { type: 'back' })).toBe(INITIAL_HOLD);
    expect(holdReducer(INITIAL_HOLD, { type: 'send', now: 0 })).toBe(INITIAL_HOLD);
    expect(holdReducer(INITIAL_HOLD, { type: 'tick', now: 0 })).toBe(INITIAL_HOLD);
    expect(run([{ type: 'hold', now: 0, delaySeconds: 5 }, { type: 'reset' }])).toEqual(INITIAL_HOLD);
  });
});
