/**
 * The live badge beside the reply box. Pattern: a button whose accessible description is a tooltip
 * (role="tooltip", aria-describedby) that opens on hover AND keyboard focus, stays open while the
 * pointer is over it, and closes on Esc (WCAG 1.4.13). Clicking the button pins it open (touch).
 * Level is shown by text and shape as well as colour. Level changes are announced politely.
 * While a calm rewrite that had to keep a hostile sentence is still in force, the next Send is held
 * whatever the scorer's level: the badge then reads "Held" (a pause sign) and names the sentences.
 * A draft in another language that nothing holds reads "Not checked: English only" in neutral colours:
 * the scorer reads English only, and "Calm" would claim a check that did not happen.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { isHostile, type Reason } from '../core/tone/types';
import { isPlaceholderName } from '../core/draft/names';
import type { BadgeActions, BadgeData, ReplyTarget } from './types';
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

/** The badge's text for a draft that does not read as English (see BadgeData.notEnglish). */
export const NOT_ENGLISH_LABEL = 'Not checked: English only';
export const NOT_ENGLISH_NOTE = 'Cool-Off reads English only';

/** The held badge's text: "Held: reword 1 sentence", "Held: reword 2 sentences". */
export function heldLabel(n: number): string {
  return `Held: reword ${n === 1 ? '1 sentence' : `${n} sentences`}`;
}

/**
 * The accessible name of "Draft a calm reply" (its visible text stays short): "Draft a calm reply to
 * Maria G.'s review", else "… to review 2" (the box's number on the page), else the visible text alone.
 * The visible text comes first, so speech users can say what they see.
 */
export function draftReplyName(to: ReplyTarget | null | undefined): string {
  const base = 'Draft a calm reply';
  if (!to || typeof to !== 'object') return base;
  const noun = to.kind === 'message' ? 'message' : 'review';
  const author = typeof to.author === 'string' && !isPlaceholderName(to.author) ? to.author.replace(/\s+/g, ' ').trim() : '';
  const n = typeof to.n === 'number' && Number.isInteger(to.n) && to.n > 0 ? to.n : 0;
  if (author) {
    const name = author.length > 60 ? `${author.slice(0, 59).trimEnd()}…` : author;
    // with a number too when another box answers someone of the same name
    return `${base} to ${name}${/s$/i.test(name) ? "'" : "'s"} ${noun}${n ? ` (${noun} ${n})` : ''}`;
  }
  if (n) return `${base} to ${noun} ${n}`;
  return base;
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
  // another language, and nothing holds it: say it was not checked (a flagged or held draft shows its hold)
  const unchecked = !inactive && !held && !data.flagged && data.notEnglish === true;
  const levelKey = inactive ? 'off' : held ? 'held' : unchecked ? 'unchecked' : level;
  // not checked looks like "off": neutral colours and a hollow dot, never the calm or angry ones
  const styleKey = unchecked ? 'off' : levelKey;
  const label =
    inactive === 'paused'
      ? 'Cool-Off paused'
      : inactive === 'off'
        ? 'Cool-Off off'
        : held
          ? heldLabel(toReword.length)
          : unchecked
            ? NOT_ENGLISH_LABEL
            : levelLabel(level);
  // A calm draft does not list the scorer's word associations as flagged (see flaggedReasons in format.ts).
  const reasons = inactive || unchecked
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
  else if (unchecked) tip = <p>{NOT_ENGLISH_NOTE}. This draft does not read as English, so its tone was not checked and it is not held.</p>;
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
    // a tense draft with no phrase to show (many small word weights add up) says so, not "Nothing flagged"
    tip = (
      <p>
        {data.flagged
          ? 'The overall tone reads hostile.'
          : level === 'tense'
            ? 'The overall tone reads a little tense; no single phrase stands out.'
            : 'Nothing flagged so far.'}
      </p>
    );
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
          class={`co-badge-btn co-level-${styleKey}`}
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
          <span class={`co-dot co-dot-${styleKey}`} aria-hidden="true" />
          {held || inactive || unchecked ? null : <span class="co-sr">Tone: </span>}
          {label}
          {held ? <span class="co-sr"> before sending</span> : !inactive && data.flagged && data.holds !== false ? <span class="co-sr"> (will be held before sending)</span> : null}
        </button>
        <div class="co-tooltip" role="tooltip" id={tipId} hidden={!open} ref={tipRef}>
          {tip}
        </div>
      </span>
      {actions.draftReply && !inactive ? (
        <button type="button" class="co-btn co-btn-small" aria-label={draftReplyName(actions.draftReplyTo)} onClick={() => actions.draftReply?.()}>
          Draft a calm reply
        </button>
      ) : null}
      {actions.undoDraft ? (
        <button type="button" class="co-btn co-btn-small" onClick={() => actions.undoDraft?.()}>
          {actions.undoWhat === 'rewrite' ? 'Undo calm rewrite' : actions.undoWhat === 'edit' ? 'Undo suggested change' : 'Undo drafted reply'}
        </button>
      ) : null}
      {over ? <span class="co-badge-note">{overText}</span> : null}
      <span class="co-sr" role="status">
        {inactive ? label : held ? `${label} before sending` : unchecked ? `Tone not checked: ${NOT_ENGLISH_NOTE}` : `Tone: ${label}`}
        {over ? `. ${overText}` : null}
        {actions.drafted === true && actions.undoDraft && !inactive ? '. A calm reply was drafted into the box: edit it as you like, or use Undo drafted reply.' : null}
      </span>
    </div>
  );
}
