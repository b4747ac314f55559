/**
 * One hold: the cool-off overlay for one held send. Drives the pure state machine in core/hold with
 * the clock, renders the Preact overlay in a shadow root, and applies suggestions / the calm
 * rewrite through the page's own editing path, each undoable to the exact original.
 */
import { h } from 'preact';
import { canSend, holdReducer, INITIAL_HOLD, remainingMs, type HoldState } from '../core/hold';
import { calmRewrite, suggestionsFor, applySuggestion, type Suggestion } from '../core/rewrite';
import { guidelinesForReason } from '../core/guidelines/data';
import type { Analysis } from '../core/tone/types';
import { isPaused } from '../core/settings';
import { topReasons } from '../core/explain';
import { Overlay } from '../ui/Overlay';
import { overlayCss } from '../ui/styles';
import { editAsRead, flaggedReasons } from '../ui/format';
import type { GuidelineView, OverlayData } from '../ui/types';
import { isTextField, lengthLimit, overLimit, overLimitText, ownHasFormatting, readDraft, replaceOwnText, restore, restoreCaret, saveCaret, snapshot, type Caret, type DraftSnapshot } from './draft';
import { mountShadow, type Mounted } from './mount';
import { leaveUndo } from './own-undo';
import { opensPopup } from './send-menu';
import type { Engine, SendAttempt, Tracked } from './engine';

export interface HoldSessionOptions {
  engine: Engine;
  tracked: Tracked;
  attempt: SendAttempt;
  delaySeconds: number;
  siteLabel: string;
  signal: AbortSignal;
  now: () => number;
  /** The session before this one for the same draft: time already cooled counts. */
  previous: HoldSession | null;
}

interface DraftView {
  analysis: Analysis;
  /** The text analysed: the user's own part, then what they typed inside the quote (from `quotedFrom`). */
  text: string;
  quotedFrom: number;
  /** `text.slice(0, ownEnd)` is the user's own part: suggestions apply there only. */
  ownEnd: number;
  /** Does the own part alone read as hostile (so the calm rewrite, which only replaces it, can help)? */
  ownFlagged: boolean;
  /** Is what the user typed inside the quote part of why it is held: all of it ('only'), or as well ('also')? */
  insideQuote: 'only' | 'also' | undefined;
  /** What the last calm rewrite took out and had to keep, while the draft is exactly what it left. */
  rewrite: { removed: string[]; unresolved: string[] } | null;
  suggestions: Suggestion[];
  guidelines: GuidelineView[];
}

/** Said when an edit had to replace a formatted draft with plain text. */
export const FORMATTING_LOST = 'Your formatting (links, lists, images) could not be kept: the draft is plain text now. Undo puts it back.';
/** The box holds parts the user cannot edit (a tracker's widget, a chip) in the way of the change: nothing was changed. */
export const CANNOT_EDIT = 'Could not change this draft in place: it holds parts Cool-Off cannot edit (such as a widget or an attachment chip). Your draft is as it was; reword it yourself.';

/** One of our edits: the draft before it (and its own text), the text we left, and what the edit was. */
interface UndoStep {
  before: DraftSnapshot;
  beforeOwn: string;
  after: string;
  what: 'rewrite' | 'edit';
}

/** The box as it is, to tell whether anything changed it (a text field's value, a rich-text box's HTML). */
function boxState(body: HTMLElement): string {
  return isTextField(body) ? body.value : body.innerHTML;
}

export class HoldSession {
  isOpen = true;
  state: HoldState;
  private readonly mounted: Mounted;
  private readonly caret: Caret;
  /**
   * Our edits, newest last: the draft before each (and its own text), the text we left (to tell whether
   * the user edited since), and whether it was the calm rewrite or a suggestion.
   */
  private readonly undoStack: UndoStep[];
  /**
   * Our edits the user undid, newest last, for Redo (Ctrl/Cmd+Shift+Z, Ctrl+Y): the step, the box exactly as
   * the edit had left it when it was undone, what the edit said and the rewrite's result then, and the box as
   * the Undo left it. Redo puts the edit back only while the box is still exactly that: once the user has
   * typed (or anything else changed the box), it does nothing. A new edit of ours ends them all.
   */
  private readonly redoStack: Array<{ step: UndoStep; after: DraftSnapshot; status: string | undefined; rewrite: HoldSession['rewrite']; undone: string }>;
  private status: string | undefined;
  /**
   * After a calm rewrite: the text it left, the sentences it took out and those it had to keep although
   * hostile (they hold a fact). While the draft is exactly that text, the overlay lists both, and if any
   * hostile sentence was kept the hold stays, whatever the score: our added calm sentences must not be
   * what lets the user's hostile one through.
   */
  private rewrite: { after: string; removed: string[]; unresolved: string[] } | null = null;
  private view: DraftView | null = null;
  /**
   * Set while the settings say this draft would not be held now (paused, off on this site, no delay): the
   * countdown ends and Send is available, the overlay says why. Nothing is sent and the overlay stays.
   */
  private released: OverlayData['released'];
  private readonly timer: number;
  private readonly stopOnAbort = () => this.close('aborted');

  constructor(private readonly o: HoldSessionOptions) {
    const before = o.previous && o.previous.state.phase === 'away' ? o.previous.state : INITIAL_HOLD;
    this.state = holdReducer(before, { type: 'hold', now: o.now(), delaySeconds: o.delaySeconds });
    // Undo steps from an earlier hold carry over only while the draft is as our last edit left it:
    // if the user has edited since, undoing would throw their new words away.
    const carried = o.previous?.undoStack ?? [];
    const last = carried[carried.length - 1];
    const own = readDraft(o.tracked.body).own;
    this.undoStack = last && last.after === own ? carried : [];
    // (Redo checks the box itself: it is offered only while the box is exactly as the Undo left it)
    this.redoStack = o.previous?.redoStack ?? [];
    // so does what the last rewrite took out and left to reword (Esc, then Send again, unedited)
    this.rewrite = o.previous?.rewrite?.after === own ? o.previous.rewrite : null;
    this.caret = saveCaret(o.tracked.body);
    this.mounted = mountShadow('cool-off-overlay', overlayCss, (host) => document.documentElement.append(host));
    this.timer = window.setInterval(() => this.tick(), 250);
    o.signal.addEventListener('abort', this.stopOnAbort, { once: true });
    this.render();
  }

  private tick(): void {
    const next = holdReducer(this.state, { type: 'tick', now: this.o.now() });
    this.state = next;
    this.render();
  }

  focus(): void {
    const root = this.mounted.root;
    // Without scrolling: "Back to editing" sits in the dialog's sticky footer, and focusing it scrolled the
    // dialog's content down, so after "Use calm rewrite" or Undo the summary at the top went out of view.
    (root.querySelector<HTMLElement>('[data-autofocus]') ?? root.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
  }

  /**
   * The draft or the settings changed (typing, a rewrite, a pause or a site turned off in the popup; the
   * engine's refreshBadge calls this for each): if it is calm now, or the settings no longer hold a
   * send, it need not wait. Settings that hold again (resumed) bring back what is left of the countdown.
   */
  draftChanged(): void {
    if (!this.isOpen) return;
    this.view = this.computeView();
    this.released = this.releasedBy();
    // a delay changed in the options page applies to this hold too (0 releases it through `released`)
    const delaySeconds = this.o.engine.currentSettings.delaySeconds;
    if (delaySeconds > 0) this.state = holdReducer(this.state, { type: 'delay', now: this.o.now(), delaySeconds });
    this.state = holdReducer(this.state, { type: 'calm', calm: !this.stillHeld(this.view) || this.released !== undefined });
    this.render();
  }

  /** Why the settings, as they are now, would not hold this send: the same rules as the engine's guard. */
  private releasedBy(): OverlayData['released'] {
    const s = this.o.engine.currentSettings;
    if (isPaused(s, this.o.now())) return 'paused';
    if (!this.o.engine.active) return 'off';
    if (!(s.delaySeconds > 0)) return 'no-delay';
    return undefined;
  }

  /**
   * The hostile sentences a calm rewrite had to keep (each holds a detail), while the draft is still exactly
   * what it left; empty otherwise. Any of them and the next Send is held as well, even after this overlay
   * was closed (Esc, then Send): the rewrite's calm framing may be all that makes the scorer rate it calm.
   * The engine asks this one question for both the guard and the badge.
   */
  toReword(): string[] {
    return this.rewriteInForce()?.unresolved ?? [];
  }

  /** The last calm rewrite's result, while the draft is still exactly the text it left (any edit ends it). */
  private rewriteInForce(): { removed: string[]; unresolved: string[] } | null {
    return this.rewrite !== null && this.rewrite.after === readDraft(this.o.tracked.body).own ? this.rewrite : null;
  }

  /** Held: the scorer flags the draft, or it is still what a rewrite left with a hostile sentence in it. */
  private stillHeld(view: DraftView): boolean {
    return view.analysis.flagged || (view.rewrite?.unresolved.length ?? 0) > 0;
  }

  private context() {
    const s = this.o.engine.currentSettings;
    const audience = this.o.engine.audienceOf(this.o.tracked);
    return {
      audience,
      sensitivity: this.o.engine.analyzeOptions(this.o.tracked).sensitivity,
      signatureName: s.signatureName || undefined,
      businessName: s.businessName || undefined,
      disabledGuidelines: s.disabledGuidelines,
      customerName: this.o.engine.incomingFor(this.o.tracked, true)?.author,
      // the framing it adds is left out where the box would not take it (Google Play: 350 characters)
      maxLength: lengthLimit(this.o.tracked.body),
    };
  }

  /** Suggestions for the draft as analysed; suggestionsFor already skips disabled guidelines and overlaps. */
  private suggestions(text: string, analysis: Analysis): Suggestion[] {
    return suggestionsFor(text, analysis, { disabledGuidelines: this.o.engine.currentSettings.disabledGuidelines });
  }

  /**
   * What the overlay shows about the draft. Computed when the draft or settings change
   * (draftChanged), not on every countdown tick: the tick only moves the clock.
   */
  private computeView(): DraftView {
    const t = this.o.tracked;
    const analysis = this.o.engine.analysisOf(t);
    const text = t.analysedText;
    const { quotedFrom, ownEnd } = t;
    const own = text.slice(0, ownEnd);
    // What the user typed inside the quote is scored with their reply, but our edits never reach it (the
    // rewrite would put text above the quote; the quote is never changed by us): which part holds it?
    const hasAdded = quotedFrom < text.length;
    const ownFlagged = !hasAdded ? analysis.flagged : analysis.flagged && this.o.engine.analyzeAlone(t, own).flagged;
    const insideQuote = !hasAdded || !analysis.flagged
      ? undefined
      : !ownFlagged
        ? 'only'
        : this.o.engine.analyzeAlone(t, text.slice(quotedFrom)).flagged
          ? 'also'
          : undefined;
    const disabled = new Set(this.o.engine.currentSettings.disabledGuidelines);
    const guidelines = new Map<string, GuidelineView>();
    // the guidelines behind what the overlay lists as flagged (a calm draft's word associations are not)
    for (const r of flaggedReasons(analysis.reasons, analysis.level)) {
      for (const g of guidelinesForReason(r.kind)) {
        if (!disabled.has(g.id) && !guidelines.has(g.id)) guidelines.set(g.id, { id: g.id, title: g.title, why: g.why });
      }
    }
    // suggestions only for phrases in the user's own part: text inside the quote is never edited by us
    const suggestions = this.suggestions(text, analysis).filter((s) => s.end <= ownEnd);
    return {
      analysis, text, quotedFrom, ownEnd, ownFlagged, insideQuote,
      rewrite: this.rewriteInForce(), suggestions, guidelines: [...guidelines.values()],
    };
  }

  private render(): void {
    if (!this.isOpen) return;
    try {
      const now = this.o.now();
      this.view ??= this.computeView();
      const { analysis, text, suggestions, guidelines, rewrite, quotedFrom, ownEnd, ownFlagged, insideQuote } = this.view;
      const data: OverlayData = {
        siteLabel: this.o.siteLabel,
        text,
        quotedFrom,
        insideQuote,
        // The strongest distinct phrases, not every word the scorer weighed.
        analysis: { ...analysis, reasons: topReasons(analysis.reasons, 6) },
        remainingSeconds: Math.ceil(remainingMs(this.state, now) / 1000),
        totalSeconds: Math.round(this.state.delayMs / 1000),
        canSend: canSend(this.state, now),
        opensMenu: this.opensMenu() || undefined,
        stillFlagged: this.stillHeld(this.view),
        released: this.released,
        toReword: rewrite?.unresolved,
        takenOut: rewrite?.removed,
        suggestions: suggestions.map((s) => ({
          id: s.id, start: s.start, end: s.end, before: s.before, after: s.after, guidelineTitle: s.guidelineTitle, why: s.why,
        })),
        guidelines,
        // not again on what the rewrite itself left: it would only answer "Nothing to rewrite."
        // and only when the user's own part is what reads as hostile: the rewrite replaces that part alone
        rewriteAvailable: ownFlagged && text.slice(0, ownEnd).trim().length > 0 && !rewrite,
        canUndo: this.undoStack.length > 0,
        canRedo: this.redoStack.length > 0 || undefined,
        // nothing left to send (emptied by the site or the browser): never offered as "reads calm, send it"
        empty: text.trim() === '',
        status: this.status,
      };
      this.mounted.render(
        h(Overlay, {
          data,
          actions: {
            backToEditing: () => this.back(),
            sendAnyway: () => this.send(),
            applySuggestion: (id: string) => this.applySuggestion(id),
            useRewrite: () => this.useRewrite(),
            undo: () => this.undo(),
            redo: () => void this.redo(),
          },
        }),
      );
    } catch {
      // If we cannot show the hold properly, do not trap the user: step aside.
      this.close('error');
    }
  }

  private edit(next: string, status: string, rewrite?: { removed: string[]; unresolved: string[] }): void {
    const body = this.o.tracked.body;
    const before = snapshot(body);
    const beforeOwn = readDraft(body).own;
    const formatted = ownHasFormatting(body);
    const outcome = replaceOwnText(body, next);
    if (outcome === 'failed') {
      // the box was left exactly as it was: nothing to undo, and the rewrite is not in force
      this.status = CANNOT_EDIT;
      this.edited();
      this.focus();
      return;
    }
    // replaced whole (most of it reworded, or the edits could not be placed): its links, lists and images are gone
    if (outcome === 'whole' && formatted) status = `${status} ${FORMATTING_LOST}`;
    const after = readDraft(body).own;
    this.undoStack.push({ before, beforeOwn, after, what: rewrite ? 'rewrite' : 'edit' });
    this.redoStack.length = 0; // a new edit: what was undone before it is not redone over it
    this.rewrite = rewrite ? { after, removed: rewrite.removed, unresolved: rewrite.unresolved } : null;
    // the rewrite adds sentences: it can go past what the box takes (Google Play: 350 characters)
    const over = overLimit(body);
    this.status = over ? `${status} ${overLimitText(over)}` : status;
    this.edited();
    this.focus();
  }

  /**
   * After our own edit (a suggestion, the rewrite, Undo): the overlay and the badge follow the draft at
   * once, not when the typing debounce fires, so the badge never shows the old verdict for the new text.
   * The engine's refreshBadge tells this session first (draftChanged).
   */
  private edited(): void {
    if (this.o.tracked.session === this) this.o.engine.refreshBadge(this.o.tracked);
    else this.draftChanged();
  }

  private applySuggestion(id: string): void {
    this.view = this.computeView(); // the suggestion must match the draft as it is now
    const s = this.view.suggestions.find((x) => x.id === id);
    if (!s) return;
    // offsets below ownEnd index into the own part (suggestions in the quote were never offered)
    if (s.end > this.view.ownEnd) return;
    this.edit(applySuggestion(this.view.text.slice(0, this.view.ownEnd), s), `Replaced “${editAsRead(s.before, s.after).before}”. Undo puts your words back.`);
  }

  private useRewrite(): void {
    const text = readDraft(this.o.tracked.body).own;
    const out = calmRewrite(text, this.context());
    if (out.text === text) {
      this.status = 'Nothing to rewrite.';
      this.render();
      return;
    }
    this.edit(out.text, rewriteStatus(out.removed, out.unresolved), out);
  }

  private undo(): void {
    const step = this.undoStack.pop();
    if (!step) return;
    const body = this.o.tracked.body;
    // the box as the edit left it, and what the overlay said of it, for Redo
    const after = snapshot(body);
    const said = { status: this.status, rewrite: this.rewrite };
    restore(body, step.before);
    this.redoStack.push({ step, after, ...said, undone: boxState(body) });
    this.status = this.undoStack.length ? 'Undone.' : 'Your original draft is back.';
    this.edited();
    if (this.isOpen) this.focus();
  }

  /**
   * Redo (Ctrl/Cmd+Shift+Z, Ctrl+Y, in the overlay or in the box): the edit last undone comes back, the box
   * exactly as that edit had left it, while the box is still exactly as the Undo left it. False, and nothing
   * done, otherwise (nothing undone, or the user has typed since: their words are never overwritten). Should
   * the box not come back to the very text the edit had left, it is put back as the Undo left it.
   */
  redo(): boolean {
    const r = this.redoStack[this.redoStack.length - 1];
    const body = this.o.tracked.body;
    if (!r || !body.isConnected || boxState(body) !== r.undone) return false;
    const undone = snapshot(body);
    restore(body, r.after);
    if (readDraft(body).own !== r.step.after) {
      restore(body, undone);
      return false;
    }
    this.redoStack.pop();
    this.undoStack.push(r.step);
    this.rewrite = r.rewrite;
    this.status = r.status;
    this.edited();
    if (this.isOpen) this.focus();
    return true;
  }

  /**
   * Ctrl/Cmd+Z in the reply box (the overlay open or closed): while the draft is exactly what our last edit
   * left, that edit is undone as our Undo does it (the exact draft before it, in one step), not as the
   * browser's two steps (which first leave the box empty). False, and nothing done, once the user edited.
   */
  undoKey(): boolean {
    const last = this.undoStack[this.undoStack.length - 1];
    if (!last || last.after !== readDraft(this.o.tracked.body).own) return false;
    this.undo();
    return true;
  }

  back(): void {
    this.state = holdReducer(this.state, { type: 'back' });
    this.close('back');
    restoreCaret(this.o.tracked.body, this.caret);
  }

  /**
   * Going on opens the send-options menu and sends nothing: the held press was on the send button's menu half,
   * or on an item of that menu (schedule send) that has closed since (the menu's button opens it again).
   */
  private opensMenu(): boolean {
    const c = this.o.engine.controlFor(this.o.attempt);
    return c !== null && opensPopup(c);
  }

  private send(): void {
    // An empty draft is never sent from here (the overlay's Send is off while it is): back to editing first.
    const d = this.o.engine.draftOf(this.o.tracked);
    if (d.own.trim() === '' && d.added.trim() === '') {
      this.draftChanged();
      return;
    }
    const next = holdReducer(this.state, { type: 'send', now: this.o.now() });
    if (next.phase !== 'sent' || this.state.phase === 'sent') return; // not yet, or already sent: exactly once
    this.state = next;
    this.close('sent');
    if (this.o.tracked.session === this) this.o.tracked.session = null;
    // The menu opens where the user left off, as a real press would leave it: focus on its button (the site may
    // move it into the menu), not on the page's <body> where the closed dialog left it.
    const control = this.o.engine.controlFor(this.o.attempt);
    if (control && this.opensMenu()) {
      try {
        control.focus({ preventScroll: true });
      } catch {
        /* a courtesy: never stop the release */
      }
    }
    if (!this.o.engine.release(this.o.attempt)) {
      // The site removed its Send control meanwhile: the draft is untouched; the user sends again.
      restoreCaret(this.o.tracked.body, this.caret);
    }
  }

  /**
   * Set when the dialog, holding focus, went because the site took the reply box away (re-rendered it: a new
   * element in its place): where the caret was, for the box that replaces it (Engine.scan).
   */
  focusLeft: Caret | undefined;

  close(reason: 'back' | 'sent' | 'gone' | 'aborted' | 'error'): void {
    if (reason === 'gone') this.leaveUndo();
    if (!this.isOpen) return;
    this.isOpen = false;
    clearInterval(this.timer);
    this.o.signal.removeEventListener('abort', this.stopOnAbort);
    // Focus is in the dialog (its host, from the page's side) while it is open.
    const hadFocus = document.activeElement === this.mounted.host;
    this.mounted.remove();
    // Taken down under the user (the extension reloaded or turned off, the page moved on, a failure):
    // focus goes back to the reply box, where the caret was, not to the page's <body>. "Back to
    // editing" and "Send anyway" place it themselves.
    if (hadFocus && (reason === 'gone' || reason === 'aborted' || reason === 'error') && this.o.tracked.body.isConnected) {
      try {
        restoreCaret(this.o.tracked.body, this.caret);
      } catch {
        /* focus is a courtesy here: never break the page */
      }
    } else if (hadFocus && reason === 'gone') this.focusLeft = this.caret;
  }

  /**
   * The site took the box away (re-mounted it: a new element in its place) while it held exactly what our
   * edits left: the way back to the draft before them is kept, for the new box to offer (see own-undo.ts).
   */
  private leaveUndo(): void {
    const first = this.undoStack[0];
    const last = this.undoStack[this.undoStack.length - 1];
    if (!first || !last || this.state.phase === 'sent') return;
    try {
      if (readDraft(this.o.tracked.body).own !== last.after) return;
    } catch {
      return;
    }
    leaveUndo({
      before: first.before,
      beforeOwn: first.beforeOwn,
      after: last.after,
      what: this.undoStack.some((x) => x.what === 'rewrite') ? 'rewrite' : 'edit',
    });
    this.undoStack.length = 0;
  }
}

/** What the calm rewrite did, in one status line (the overlay lists the sentences themselves). */
function rewriteStatus(removed: readonly string[], unresolved: readonly string[]): string {
  const parts = ['Calm rewrite applied.'];
  if (removed.length === 1) parts.push('It took out one sentence that still read as hostile.');
  else if (removed.length > 1) parts.push(`It took out ${removed.length} sentences that still read as hostile.`);
  if (unresolved.length === 1) parts.push('One sentence is left for you to reword.');
  else if (unresolved.length > 1) parts.push(`${unresolved.length} sentences are left for you to reword.`);
  parts.push('Undo restores your original.');
  return parts.join(' ');
}
