/**
 * The hold's state machine, pure and clock-driven (time comes in with each event), so it is exact
 * under throttled timers and tests need no fake timers.
 *
 *   idle --hold--> holding --(time passes)--> ready --send--> sent
 *                    |  \--back--> paused (keeps its start: time already cooled counts)
 *                    \--calm (draft edited to calm)--> ready
 *
 * The delay set in the options page while a hold counts down applies to it, from the hold's start
 * (`delay`): shorter ends it sooner (at once if that much time has passed), longer keeps it longer. A
 * hold whose countdown is over stays over: the user may be about to press "Send anyway".
 */
export type HoldPhase = 'idle' | 'holding' | 'ready' | 'away' | 'sent';

export interface HoldState {
  phase: HoldPhase;
  /** Epoch ms when this draft was first held; kept across "Back to editing". */
  startedAt: number;
  delayMs: number;
  /** The draft became calm: sending needs no wait. */
  calm: boolean;
}

export type HoldEvent =
  | { type: 'hold'; now: number; delaySeconds: number }
  | { type: 'tick'; now: number }
  | { type: 'back' }
  | { type: 'calm'; calm: boolean }
  | { type: 'delay'; now: number; delaySeconds: number }
  | { type: 'send'; now: number }
  | { type: 'reset' };

export const INITIAL_HOLD: HoldState = { phase: 'idle', startedAt: 0, delayMs: 0, calm: false };

export function remainingMs(state: HoldState, now: number): number {
  if (state.calm) return 0;
  return Math.max(0, state.startedAt + state.delayMs - now);
}

export function canSend(state: HoldState, now: number): boolean {
  return (state.phase === 'holding' || state.phase === 'ready') && remainingMs(state, now) === 0;
}

export function holdReducer(state: HoldState, event: HoldEvent): HoldState {
  switch (event.type) {
    case 'hold': {
      if (state.phase === 'holding' || state.phase === 'ready') return state; // a second press stays held
      const delayMs = Math.max(0, Math.round(event.delaySeconds * 1000));
      // Back after a hold: the time already spent cooling off counts.
      const startedAt = state.phase === 'away' ? state.startedAt : event.now;
      const next: HoldState = { phase: 'holding', startedAt, delayMs, calm: false };
      return remainingMs(next, event.now) === 0 ? { ...next, phase: 'ready' } : next;
    }
    case 'tick':
      if (state.phase === 'holding' && remainingMs(state, event.now) === 0) return { ...state, phase: 'ready' };
      return state;
    case 'calm':
      if (state.phase !== 'holding' && state.phase !== 'ready') return state;
      return { ...state, calm: event.calm, phase: event.calm ? 'ready' : state.phase };
    case 'delay': {
      // still counting by the clock (a draft that read calm for a while, or a pause, does not end the countdown)
      const live = state.phase === 'holding' || state.phase === 'ready' || state.phase === 'away';
      if (!live || state.startedAt + state.delayMs - event.now <= 0 || !Number.isFinite(event.delaySeconds)) return state;
      const delayMs = Math.max(0, Math.round(event.delaySeconds * 1000));
      if (delayMs === state.delayMs) return state;
      const next = { ...state, delayMs };
      return next.phase === 'holding' && remainingMs(next, event.now) === 0 ? { ...next, phase: 'ready' } : next;
    }
    case 'back':
      if (state.phase === 'holding' || state.phase === 'ready') return { ...state, phase: 'away' };
      return state;
    case 'send':
      // Exactly once: only from a state where sending is allowed now.
      return canSend(state, event.now) ? { ...state, phase: 'sent' } : state;
    case 'reset':
      return INITIAL_HOLD;
  }
}
