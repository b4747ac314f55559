/**
 * The live badge beside the reply box. Pattern: a button whose accessible description is a tooltip
 * (role="tooltip", aria-describedby) that opens on hover AND keyboard focus, stays open while the
 * pointer is over it, and closes on Esc (WCAG 1.4.13). Clicking the button pins it open (touch).
 * Level is shown by text and shape as well as colour. Level changes are announced politely.
 * While a calm rewrite that had to keep a hostile sentence is still in force, the next Send is held
 * whatever the scorer's level: the badge then reads "Held" (a pause sign) and names the sentences.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { isHostile, type Reason } from '../core/tone/types';
import type { BadgeActions, BadgeData } from './types';
import { excerpt, kindLabel, levelLabel } from './format';
import { useInViewport } from './place';

export const BADGE_REASONS = 3;
/** How much of each sentence still to reword the tooltip quotes (the overlay quotes more). */
export const BADGE_SENTENCE_CHARS = 120;

/** What the badge lists: the reasons it was given (core/explain.ts chose them), hostile first (stable), at most three, ignoring malformed entries. */
export function badgeReasons(reasons: readonly Reason[] | null | undefined, n = BADGE_REASONS): Reason[] {
  const list = (Array.isArray(reasons) ? reasons : []).filter((r): r is Reason => !!r && typeof r === 'object');
  return [...list.filter((r) => isHostile(r.kind)), ...list.filter((r) => !isHostile(r.kind))].slice(0, n);
}

/** The sentences still to reword, as given: non-empty strings only (ignoring malformed entries). */
export function rewordList(xs: unknown): string[] {
  return Array.isArray(xs) ? xs.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

/** The held badge's text: "Held: reword 1 sentence", "Held: reword 2 sentences". */
export function heldLabel(n: number): string {
  return `Held: reword ${n === 1 ? '1 sentence' : `${n} sentences`}`;
}

export function Badge({ data, actions }: { data: BadgeData; actions: BadgeActions }) {
  const tipId = useId();
  const [hover, setHover] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = !dismissed && (hover || focused || pinned);
  const tipRef = useRef<HTMLDivElement>(null);
  useInViewport(tipRef, open);

  const inactive = data.inactive;
  const level = (['calm', 'tense', 'angry'] as const).includes(data.level) ? data.level : 'calm';
  const toReword = inactive ? [] : rewordList(data.toReword);
  const held = toReword.length > 0;
  const levelKey = inactive ? 'off' : held ? 'held' : level;
  const label =
    inactive === 'paused' ? 'Cool-Off paused' : inactive === 'off' ? 'Cool-Off off' : held ? heldLabel(toReword.length) : levelLabel(level);
  // A calm draft does not list the scorer's word associations as flagged (see flaggedReasons in format.ts).
  const reasons = inactive
    ? []
    : badgeReasons(level === 'calm' && Array.isArray(data.reasons) ? data.reasons.filter((r) => !r || r.kind !== 'negative-word') : data.reasons);

  const over = data.overLimit && Number.isFinite(data.overLimit.length) && Number.isFinite(data.overLimit.max) ? data.overLimit : null;
  const overText = over ? `Too long for this box: ${over.length} of ${over.max} characters` : '';

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if ((e.key === 'Escape' || e.key === 'Esc') && open) {
      e.preventDefault();
      e.stopPropagation();
      setDismissed(true);
      setPinned(false);
    }
  };

  let tip: JSX.Element;
  if (inactive === 'paused') tip = <p class="co-muted">Cool-Off is paused; replies are not checked.</p>;
  else if (inactive === 'off') tip = <p class="co-muted">Cool-Off is off for this site.</p>;
  else if (held) {
    const one = toReword.length === 1;
    const more = toReword.length - BADGE_REASONS;
    tip = (
      <>
        <p class="co-tooltip-note">
          The calm rewrite kept {one ? 'this sentence' : 'these sentences'} for the details in {one ? 'it' : 'them'}, but{' '}
          {one ? 'it still reads' : 'they still read'} as hostile. Send is held until you reword {one ? 'it' : 'them'}.
        </p>
        <ul class="co-tooltip-list">
          {toReword.slice(0, BADGE_REASONS).map((x, i) => (
            <li key={i}>
              <mark class="co-mark">{excerpt(x, BADGE_SENTENCE_CHARS)}</mark>
            </li>
          ))}
        </ul>
        {more > 0 ? <p class="co-tooltip-note co-muted">and {more} more</p> : null}
        <p class="co-tooltip-note co-muted">Tone of the whole draft: {levelLabel(level)}.</p>
      </>
    );
  } else if (!reasons.length) {
    tip = <p>{data.flagged ? 'The overall tone reads hostile.' : 'Nothing flagged so far.'}</p>;
  } else {
    tip = (
      <ul class="co-tooltip-list">
        {reasons.map((r, i) => (
          <li key={`${i}-${r.start}`}>
            <strong>{kindLabel(r.kind)}</strong>: <mark class="co-mark">{excerpt(String(r.text ?? ''), 50)}</mark>
            {r.why ? <span class="co-muted"> — {excerpt(String(r.why), 160)}</span> : null}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div dir="ltr" class={`co-root co-badge${open ? ' co-badge-open' : ''}`} onKeyDown={onKeyDown}>
      {/* Hover opens the tooltip over the badge and the tooltip itself, not over "Draft a calm reply" beside it. */}
      <span
        class="co-badge-tip"
        onMouseEnter={() => {
          setHover(true);
          setDismissed(false);
        }}
        onMouseLeave={() => setHover(false)}
      >
        <button
          type="button"
          class={`co-badge-btn co-level-${levelKey}`}
          aria-describedby={tipId}
          data-co-level={levelKey}
          onFocus={() => {
            setFocused(true);
            setDismissed(false);
          }}
          onBlur={() => {
            setFocused(false);
            setPinned(false);
          }}
          onClick={() => {
            setPinned((p) => !p);
            setDismissed(false);
          }}
        >
          <span class={`co-dot co-dot-${levelKey}`} aria-hidden="true" />
          {held || inactive ? null : <span class="co-sr">Tone: </span>}
          {label}
          {held ? <span class="co-sr"> before sending</span> : !inactive && data.flagged && data.holds !== false ? <span class="co-sr"> (will be held before sending)</span> : null}
        </button>
        <div class="co-tooltip" role="tooltip" id={tipId} hidden={!open} ref={tipRef}>
          {tip}
        </div>
      </span>
      {actions.draftReply && !inactive ? (
        <button type="button" class="co-btn co-btn-small" onClick={() => actions.draftReply?.()}>
          Draft a calm reply
        </button>
      ) : null}
      {actions.undoDraft ? (
        <button type="button" class="co-btn co-btn-small" onClick={() => actions.undoDraft?.()}>
          Undo drafted reply
        </button>
      ) : null}
      {over ? <span class="co-badge-note">{overText}</span> : null}
      <span class="co-sr" role="status">
        {inactive ? label : held ? `${label} before sending` : `Tone: ${label}`}
        {over ? `. ${overText}` : null}
      </span>
    </div>
  );
}
