/**
 * The cool-off overlay: a real modal dialog over the page (rendered in our shadow root). Focus moves
 * to "Back to editing" on mount and stays inside; Esc goes back to editing; "Send anyway" waits for
 * the countdown. Every string from data is rendered as text through JSX, never as HTML.
 */
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Reason } from '../core/tone/types';
import type { GuidelineView, OverlayActions, OverlayData, SuggestionView } from './types';
import { capList, countdownAnnouncement, editAsRead, excerpt, flaggedReasons, formatCountdown, kindLabel, levelLabel, spanContext } from './format';
import { activeElementFor, tabbables } from './focus';
import { isRedoKey, isUndoKey } from './keys';

/** Lists longer than this show the first ones and "and N more". */
export const LIST_CAP = 8;

function num(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** A section quoting the user's own sentences (plain text: Preact escapes it), the first few and "and N more". */
function SentenceList({ id, title, note, list }: { id: string; title: string; note: string; list: { shown: string[]; more: number } }) {
  return (
    <section class="co-section" aria-labelledby={id}>
      <h3 class="co-section-title" id={id}>
        {title}
      </h3>
      <p class="co-muted">{note}</p>
      <ul class="co-list">
        {list.shown.map((x, i) => (
          <li key={i} class="co-item">
            <q>{excerpt(x, 240)}</q>
          </li>
        ))}
      </ul>
      <More count={list.more} what="sentences" />
    </section>
  );
}

function More({ count, what }: { count: number; what: string }) {
  if (count <= 0) return null;
  return (
    <p class="co-more">
      and {count} more {what}
    </p>
  );
}

function ReasonItem({ reason, text, quotedFrom }: { reason: Reason; text: string; quotedFrom: number }) {
  // A reason inside the quote is shown with context from the quote only, and the reply's with the reply's.
  const inQuote = num(reason.start, -1) >= quotedFrom;
  const ctx = inQuote
    ? spanContext(text.slice(quotedFrom), reason.start - quotedFrom, reason.end - quotedFrom)
    : spanContext(text.slice(0, quotedFrom), reason.start, reason.end);
  // Stale offsets (the draft changed since the analysis): show the reason's own text only.
  const usable = ctx && ctx.span === excerpt(str(reason.text), 80) ? ctx : null;
  return (
    <li class="co-item">
      <div class="co-item-head">
        <span class="co-kind">{kindLabel(reason.kind)}</span>
        {inQuote ? <span class="co-muted"> · inside the quoted message</span> : null}
      </div>
      <p class="co-context">
        {usable ? usable.before : null}
        <mark class="co-mark">{usable ? usable.span : excerpt(str(reason.text), 80)}</mark>
        {usable ? usable.after : null}
      </p>
      {reason.why ? <p class="co-why">{str(reason.why)}</p> : null}
    </li>
  );
}

function SuggestionItem({ s, onApply }: { s: SuggestionView; onApply: (id: string) => void }) {
  const read = editAsRead(str(s.before), str(s.after));
  const before = excerpt(read.before, 60);
  const after = excerpt(read.after, 60);
  return (
    <li class="co-item co-suggestion">
      <div class="co-suggestion-body">
        {s.guidelineTitle ? <span class="co-kind">{str(s.guidelineTitle)}</span> : null}
        <p class="co-context">
          <span class="co-before">
            <span class="co-sr">Replace </span>
            {before}
          </span>
          {' → '}
          <span class="co-sr">with </span>
          <span class="co-after">{after || '(remove)'}</span>
        </p>
        {s.why ? <p class="co-why">{str(s.why)}</p> : null}
      </div>
      <button
        type="button"
        class="co-btn co-btn-small"
        aria-label={`Apply: replace “${excerpt(before, 40)}” with “${excerpt(after, 40) || 'nothing'}”`}
        onClick={() => onApply(s.id)}
      >
        Apply
      </button>
    </li>
  );
}

function GuidelineItem({ g }: { g: GuidelineView }) {
  return (
    <li class="co-item">
      <strong>{excerpt(str(g.title), 120)}</strong>
      {g.why ? <p class="co-why">{excerpt(str(g.why), 300)}</p> : null}
    </li>
  );
}

export function Overlay({ data, actions }: { data: OverlayData; actions: OverlayActions }) {
  const titleId = useId();
  const descId = useId();
  const flaggedId = useId();
  const suggestId = useId();
  const guideId = useId();
  const rewordId = useId();
  const takenId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const canUndoRef = useRef(false);
  canUndoRef.current = data.canUndo === true;
  const canRedoRef = useRef(false);
  canRedoRef.current = data.canRedo === true;

  const text = str(data.text);
  const quotedFrom = Math.min(text.length, Math.max(0, Math.trunc(num(data.quotedFrom, text.length))));
  const insideQuote = data.insideQuote === 'only' || data.insideQuote === 'also' ? data.insideQuote : undefined;
  const siteLabel = str(data.siteLabel) || 'this site';
  const analysis = data.analysis ?? { level: 'tense', reasons: [], score: 0, flagged: true };
  const remaining = Math.max(0, num(data.remainingSeconds));
  const total = Math.max(0, num(data.totalSeconds));
  const empty = data.empty === true;
  const stillFlagged = data.stillFlagged !== false && !empty;
  // an empty draft is not sent from here: Undo, or back to editing
  const canSend = !empty && (!stillFlagged || data.canSend === true);
  const released = data.released === 'paused' || data.released === 'off' || data.released === 'no-delay' ? data.released : undefined;
  const releasedLine =
    released === 'paused'
      ? 'Cool-Off is paused: you can send now.'
      : released === 'off'
        ? `Cool-Off is off on ${siteLabel}: you can send now.`
        : released === 'no-delay'
          ? 'No cool-off delay is set: you can send now.'
          : '';
  const counting = stillFlagged && !data.canSend && remaining > 0;
  const elapsedPct = total > 0 ? Math.min(100, Math.max(0, ((total - remaining) / total) * 100)) : 100;

  // While held, every hostile reason; once the draft reads calm, not the scorer's word associations.
  const hostile = stillFlagged ? flaggedReasons(analysis.reasons, 'angry') : flaggedReasons(analysis.reasons, analysis.level);
  const reasons = capList(hostile, LIST_CAP);
  const suggestions = capList(
    (Array.isArray(data.suggestions) ? data.suggestions : []).filter((s) => !!s && typeof s === 'object'),
    LIST_CAP,
  );
  const guidelines = capList(
    (Array.isArray(data.guidelines) ? data.guidelines : []).filter((g) => !!g && typeof g === 'object'),
    LIST_CAP,
  );

  const go = data.opensMenu === true ? 'Open send options' : empty || !stillFlagged ? 'Send' : 'Send anyway';
  const sendLabel = counting ? `${go} (${formatCountdown(remaining)})` : go;

  // Focus "Back to editing" when the dialog opens.
  useLayoutEffect(() => {
    backRef.current?.focus({ preventScroll: true });
  }, []);

  // The footer ("Back to editing", "Send anyway") sticks to the dialog's bottom edge, over the content
  // scrolling under it. What focus brings into view must land above it: the dialog's scroll padding is the
  // footer's height as it is now, which grows when its buttons wrap to more rows (a narrow window, larger
  // text spacing, WCAG 1.4.12). A fixed 96 px let a focused "Apply" sit behind a two-row footer. A footer
  // taller than half the dialog would leave too little room to read: it then stays at the end of the content.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const bar = barRef.current;
    const win = dialog?.ownerDocument.defaultView;
    if (!dialog || !bar || !win) return;
    const fit = () => {
      const h = bar.offsetHeight;
      const tall = h > dialog.clientHeight / 2;
      bar.toggleAttribute('data-co-static', tall);
      dialog.style.scrollPaddingBottom = tall ? '0px' : `${h + 8}px`;
    };
    fit();
    if (typeof win.ResizeObserver !== 'function') return;
    const ro = new win.ResizeObserver(fit);
    ro.observe(bar);
    ro.observe(dialog);
    return () => ro.disconnect();
  }, []);

  // After any update, focus must still be inside (a button that just disappeared, e.g. "Use calm
  // rewrite" after use, would otherwise drop focus onto the page behind the modal).
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !dialog.isConnected) return;
    const active = activeElementFor(dialog);
    if (!active || !dialog.contains(active)) backRef.current?.focus({ preventScroll: true });
  });

  // Focus that leaves the dialog (a page script, a click on the page) comes back to it. Deferred:
  // the content script briefly focuses the reply box to edit it (execCommand) while we are open.
  useEffect(() => {
    const dialog = dialogRef.current;
    const doc = dialog?.ownerDocument;
    const win = doc?.defaultView;
    if (!dialog || !doc || !win) return;
    let timer: number | undefined;
    const onFocusIn = () => {
      win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        if (!dialog.isConnected) return;
        const active = activeElementFor(dialog);
        if (!active || !dialog.contains(active)) backRef.current?.focus({ preventScroll: true });
      }, 0);
    };
    doc.addEventListener('focusin', onFocusIn);
    return () => {
      win.clearTimeout(timer);
      doc.removeEventListener('focusin', onFocusIn);
    };
  }, []);

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const dialog = dialogRef.current;
    // Keys typed in the dialog are ours: the site's own keyboard shortcuts must not see them.
    e.stopPropagation();
    if (!dialog) return;
    if (e.key === 'Escape' || e.key === 'Esc') {
      e.preventDefault();
      actionsRef.current.backToEditing();
      return;
    }
    // The browser's Undo and Redo act on the whole page's editing history, not on what has focus: from
    // here they undid half of the calm rewrite and left the reply box empty. They never reach the page;
    // Ctrl/Cmd+Z is our Undo when there is one (the exact draft back, announced), Ctrl/Cmd+Shift+Z and
    // Ctrl+Y our Redo of it, and nothing otherwise.
    if (isUndoKey(e) || isRedoKey(e)) {
      e.preventDefault();
      if (isUndoKey(e) && canUndoRef.current) actionsRef.current.undo();
      else if (isRedoKey(e) && canRedoRef.current) actionsRef.current.redo();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = tabbables(dialog);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      return;
    }
    const active = activeElementFor(dialog);
    const inside = !!active && dialog.contains(active) && active !== dialog;
    if (e.shiftKey) {
      if (!inside || active === first) {
        e.preventDefault();
        last.focus();
      }
    } else if (!inside || active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const stopKey = (e: Event) => e.stopPropagation();

  const onBackdropMouseDown = (e: JSX.TargetedMouseEvent<HTMLDivElement>) => {
    // Clicking the dimmed page does nothing (and does not take focus out of the dialog).
    if (e.target === e.currentTarget) e.preventDefault();
  };

  const level = levelLabel(analysis.level);
  const reads = level === 'Unknown' ? 'may read as hostile' : `reads as ${level.toLowerCase()}`;
  const plainList = (xs: unknown): string[] => (Array.isArray(xs) ? xs.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
  // all of them counted (the badge says "reword 20 sentences"), the first few quoted, then "and N more"
  const toReword = plainList(data.toReword);
  const rewordShown = capList(toReword, LIST_CAP);
  const takenOut = capList(plainList(data.takenOut), LIST_CAP);
  const description = empty
    ? `Your reply on ${siteLabel} is empty now, so there is nothing to send. ${data.canUndo ? 'Undo brings your draft back, or go' : 'Go'} back to editing to write it.`
    : toReword.length
    ? `Your reply on ${siteLabel} still has ${toReword.length === 1 ? 'a sentence that reads' : 'sentences that read'} as hostile. Cool-Off is holding it so you can reword ${toReword.length === 1 ? 'it' : 'them'}; nothing is sent until you choose.`
    : stillFlagged
      ? insideQuote === 'only'
        ? `Your answers inside the quoted message read as hostile. Cool-Off is holding your reply on ${siteLabel} so you can take another look; nothing is sent until you choose.`
        : insideQuote === 'also'
          ? `Your reply on ${siteLabel} ${reads}, and so do your answers inside the quoted message. Cool-Off is holding it so you can take another look; nothing is sent until you choose.`
          : released
            ? `Your reply on ${siteLabel} ${reads}. Nothing is sent until you choose.`
            : `Your reply on ${siteLabel} ${reads}. Cool-Off is holding it so you can take another look; nothing is sent until you choose.`
      : analysis.level === 'tense'
        ? `Your reply on ${siteLabel} reads as tense now, no longer angry. You can send it, or go back and keep editing.`
        : `Your reply on ${siteLabel} reads calm now. You can send it.`;

  return (
    <div dir="ltr" class="co-root co-backdrop" onMouseDown={onBackdropMouseDown}>
      <div
        class="co-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descId}
        tabIndex={-1}
        ref={dialogRef}
        onKeyDown={onKeyDown}
        onKeyUp={stopKey}
        onKeyPress={stopKey}
      >
        <h2 class="co-title" id={titleId}>
          Cool off before sending?
        </h2>
        <p class="co-desc" id={descId}>
          {description}
        </p>

        {releasedLine ? (
          <p class="co-released" data-co-released="">
            {releasedLine}
          </p>
        ) : stillFlagged && total > 0 ? (
          <div class="co-countdown">
            <span class="co-countdown-time">
              {formatCountdown(remaining)}
              <span class="co-sr"> left</span>
            </span>
            <div
              class="co-progress"
              role="progressbar"
              aria-label="Cool-off time passed"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(elapsedPct)}
              aria-valuetext={counting ? `${formatCountdown(remaining)} left` : 'Done'}
            >
              <div class="co-progress-fill" style={{ width: `${elapsedPct}%` }} />
            </div>
          </div>
        ) : null}
        {/* Announces the countdown at steps (a minute, 30 s, 10 s, done), not every second. */}
        <p class="co-sr" aria-live="polite" aria-atomic="true" data-co-announcer="">
          {releasedLine || (stillFlagged ? countdownAnnouncement(remaining, canSend) : '')}
        </p>

        {toReword.length ? (
          <SentenceList id={rewordId} title="Still to reword" list={rewordShown}
            note={`The calm rewrite kept ${toReword.length === 1 ? 'this sentence' : 'these sentences'} for the details in ${toReword.length === 1 ? 'it' : 'them'}, but ${toReword.length === 1 ? 'it still reads' : 'they still read'} as hostile.`} />
        ) : null}

        {takenOut.shown.length ? (
          <SentenceList id={takenId} title="Taken out by the rewrite" list={takenOut}
            note={`${takenOut.shown.length + takenOut.more === 1 ? 'It still read' : 'They still read'} as hostile after softening. Undo brings ${takenOut.shown.length + takenOut.more === 1 ? 'it' : 'them'} back.`} />
        ) : null}

        <section class="co-section" aria-labelledby={flaggedId}>
          <h3 class="co-section-title" id={flaggedId}>
            What was flagged
          </h3>
          {reasons.shown.length ? (
            <ul class="co-list">
              {reasons.shown.map((r, i) => (
                <ReasonItem key={`${i}-${r.start}-${r.kind}`} reason={r} text={text} quotedFrom={quotedFrom} />
              ))}
            </ul>
          ) : (
            <p class="co-muted">
              {empty ? 'The draft is empty.' : stillFlagged ? 'The overall tone, rather than any one phrase.' : 'Nothing in the draft reads as hostile now.'}
            </p>
          )}
          <More count={reasons.more} what="flagged phrases" />
          {stillFlagged && insideQuote ? (
            <p class="co-muted" data-co-inside-quote="">
              Cool-Off never changes the quoted message, so there is no calm rewrite or suggestion for what you typed inside it. Back to editing lets you reword it there.
            </p>
          ) : null}
        </section>

        {suggestions.shown.length ? (
          <section class="co-section" aria-labelledby={suggestId}>
            <h3 class="co-section-title" id={suggestId}>
              Suggestions
            </h3>
            <ul class="co-list">
              {suggestions.shown.map((s, i) => (
                <SuggestionItem key={s.id || i} s={s} onApply={(id) => actionsRef.current.applySuggestion(id)} />
              ))}
            </ul>
            <More count={suggestions.more} what="suggestions" />
          </section>
        ) : null}

        {/* A draft that reads calm and shows nothing flagged breaks no guideline. */}
        {guidelines.shown.length && (stillFlagged || reasons.shown.length) ? (
          <section class="co-section" aria-labelledby={guideId}>
            <h3 class="co-section-title" id={guideId}>
              Guidelines this reply breaks
            </h3>
            <ul class="co-list">
              {guidelines.shown.map((g, i) => (
                <GuidelineItem key={g.id || i} g={g} />
              ))}
            </ul>
            <More count={guidelines.more} what="guidelines" />
          </section>
        ) : null}

        <p class="co-status" role="status" aria-live="polite">
          {excerpt(str(data.status), 300)}
        </p>

        <div class="co-actions" ref={barRef}>
          {data.rewriteAvailable || data.canUndo ? (
            <div class="co-tools">
              {data.rewriteAvailable ? (
                <button type="button" class="co-btn" onClick={() => actionsRef.current.useRewrite()}>
                  Use calm rewrite
                </button>
              ) : null}
              {data.canUndo ? (
                <button type="button" class="co-btn" onClick={() => actionsRef.current.undo()}>
                  Undo
                </button>
              ) : null}
            </div>
          ) : null}

          <button type="button" class="co-btn co-btn-primary"
            ref={backRef}
            data-autofocus=""
            onClick={() => actionsRef.current.backToEditing()}>
            Back to editing
          </button>
          <button
            type="button"
            class="co-btn co-btn-danger"
            disabled={!canSend}
            aria-disabled={canSend ? 'false' : 'true'}
            data-co-send=""
            onClick={() => {
              if (canSend) actionsRef.current.sendAnyway();
            }}
          >
            {sendLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
