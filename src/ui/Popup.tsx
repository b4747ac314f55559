/**
 * The toolbar popup: what Cool-Off is doing in this tab (checking N reply boxes, on but no box yet,
 * typing in a box it does not check, not running here), a per-site switch, pause/resume, and the options link.
 */
import { useId } from 'preact/hooks';
import type { PopupActions, PopupData } from './types';
import { formatClockTime } from './format';

export function Popup({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const switchId = useId();
  const stateId = useId();
  const paused = Number.isFinite(data.pausedUntil) && data.pausedUntil > data.now;
  const until = paused ? formatClockTime(data.pausedUntil, data.locale) : '';
  const site = data.siteLabel;

  // Settings first (paused, off), then what Cool-Off is doing in this tab right now.
  let state: string;
  let pill: 'calm' | 'tense' | 'off';
  let pillText: string;
  if (site) {
    const tab = data.tab;
    if (paused) {
      // The pause is everywhere, not on this site only (the row below says so too, beside Resume).
      state = `Not checking replies on ${site} until ${until}: Cool-Off is paused everywhere.`;
      pill = 'tense';
      pillText = 'Paused';
    } else if (!data.siteEnabled) {
      state = `Off on ${site}.`;
      pill = 'off';
      pillText = 'Off';
    } else if (tab.kind === 'guarding') {
      state = `Checking ${tab.boxes} reply ${tab.boxes === 1 ? 'box' : 'boxes'} on ${site}.`;
      pill = 'calm';
      pillText = 'On';
    } else if (tab.kind === 'unchecked') {
      // A built-in site's reply box Cool-Off no longer finds: a reply sent from it is not held, and
      // nothing on the page says so. Nothing the user can switch here brings it back: say what is true.
      state =
        `Not checking the box you're typing in. ${site} may have changed how its reply boxes look; ` +
        'replies sent from there get no cool-off. Until Cool-Off is updated for this, read your reply again before you send it.';
      pill = 'tense';
      pillText = 'Not checking';
    } else if (tab.kind === 'ready') {
      state = `On for ${site} — no reply box on this page yet.`;
      pill = 'calm';
      pillText = 'On';
    } else if (tab.reload) {
      state = `Not running in this tab yet. Reload the page to start checking ${site}.`;
      pill = 'tense';
      pillText = 'Reload';
    } else {
      state = 'Cool-Off does not run on this page.';
      pill = 'off';
      pillText = 'Not here';
    }
  } else {
    state = data.host ? `Cool-Off does not run on ${data.host}.` : 'Cool-Off does not run on this page.';
    pill = 'off';
    pillText = 'Not here';
  }

  return (
    <main class="co-root co-page co-popup">
      <h1 class="co-h1">Cool-Off</h1>
      <p id={stateId} role="status">
        {/* The pill is for the eye; the sentence after it says the same for a screen reader ("Off Off on Gmail" otherwise). */}
        <span class={`co-pill co-level-${pill}`} aria-hidden="true">{pillText}</span> {state}
      </p>

      {site ? (
        <div class="co-row">
          <label class="co-switch" for={switchId}>
            <input
              id={switchId}
              type="checkbox"
              role="switch"
              checked={data.siteEnabled}
              aria-checked={data.siteEnabled ? 'true' : 'false'}
              onChange={(e) => actions.setSiteEnabled(e.currentTarget.checked)}
            />
            <span>Check replies on {site}</span>
          </label>
        </div>
      ) : null}

      {!site && data.canEnableHere && data.host && actions.enableHere ? (
        <div class="co-row">
          <button type="button" class="co-btn co-btn-primary" onClick={() => actions.enableHere?.()}>
            Turn on for {data.host}
          </button>
        </div>
      ) : null}

      <div class="co-row">
        {paused ? (
          <>
            <span class="co-muted">Paused everywhere until {until}</span>
            <button type="button" class="co-btn" onClick={() => actions.resume()}>
              Resume
            </button>
          </>
        ) : (
          <button type="button" class="co-btn" onClick={() => actions.pauseOneHour()}>
            Pause for 1 hour
          </button>
        )}
      </div>

      <div class="co-row">
        <button type="button" class="co-link" onClick={() => actions.openOptions()}>
          Options
        </button>
      </div>
    </main>
  );
}
