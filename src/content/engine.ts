/**
 * The engine: finds reply boxes the adapter describes, keeps a live tone badge beside each, and
 * guards every send path. Site-agnostic; every listener, observer and timer is tied to one
 * AbortSignal, so an orphaned or replaced content script detaches completely.
 *
 * Fail-open rule: if anything here throws, or the extension context is gone, the send goes through.
 */
import type { Analysis, AnalyzeOptions } from '../core/tone/types';
import type { Settings } from '../core/settings';
import { isPaused } from '../core/settings';
import type { Compose, IncomingMessage, SiteAdapter } from '../sites/types';
import { isTextField, overLimit, readDraft, restoreCaret, scoredText, type Caret, type DraftText } from './draft';
import { watchQuote, type QuoteWatch } from './quote';
import { mountShadow, placeAfterBody, type Mounted } from './mount';
import { HoldSession } from './hold-session';
import { MENU_ITEM, opensPopup, sendMenuItem } from './send-menu';
import { prepare } from '../core/tone/analyze';
import { analyzeAsShown } from '../core/visible';
import { LANGUAGE_PREFIX, readsAsEnglish, type LanguageVerdict } from '../core/tone/language';
import { runWhenIdle } from './idle';
import { prepareRewrite } from '../core/rewrite';
import { prepareDraft } from '../core/draft';
import { topReasons } from '../core/explain';
import { Badge } from '../ui/Badge';
import { badgeCss } from '../ui/styles';
import { h } from 'preact';

export interface EngineDeps {
  adapter: SiteAdapter;
  settings: Settings;
  signal: AbortSignal;
  isAlive: () => boolean;
  /** Called once when the extension context is found dead: the caller aborts everything. */
  onDead: () => void;
  /** Called after a reply box is tracked or let go (see `composes.size`). */
  onTrackedChange?: () => void;
  /** Actions offered on the badge (e.g. draft a calm reply); wired by main.ts. */
  badgeActions?: (t: Tracked, engine: Engine) => import('../ui/types').BadgeActions;
  now?: () => number;
}

/** How a send was attempted, so "Send anyway" can repeat exactly that. */
export type SendAttempt =
  | {
      kind: 'control';
      control: HTMLElement;
      /** An item of the send-options menu (schedule send): the button that opens that menu, to open it again if it closed. */
      opener?: HTMLElement;
    }
  | { kind: 'key'; target: HTMLElement; init: KeyboardEventInit }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

export interface Tracked extends Compose {
  badge: Mounted | null;
  analysis: Analysis | null;
  /** The text last scored: the user's own part, then what they typed inside the quote (see scoredText). */
  analysedText: string;
  /** Where, in `analysedText`, what the user typed inside the quoted history starts (its length if nothing). */
  quotedFrom: number;
  /** `analysedText.slice(0, ownEnd)` is the user's own part, the only part our edits may replace. */
  ownEnd: number;
  /** Rich-text boxes: what the user typed inside the quoted history (null for a text field). */
  quote: QuoteWatch | null;
  timer: number;
  session: HoldSession | null;
  /** The message this box answers, once found (see incomingFor). */
  incoming: IncomingMessage | null;
  /** The box has answered a message once (see recheckIncoming). */
  answersReview?: boolean;
  /** Opens the hold if a held press on Send is not followed by its click. */
  pendingOpen: number;
  /** Watches a rich-text body for changes the site makes without an input event (a saved draft put in). */
  watcher?: MutationObserver;
  /** Does the text last scored read as English (see languageOf)? Kept with the text it was asked for. */
  language?: { text: string; verdict: LanguageVerdict };
}

const GESTURE = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'pointercancel', 'click', 'auxclick'] as const;
const BADGE_DEBOUNCE_MS = 300;
/** How long focus waits for the box a site puts in place of one it took away under the hold dialog. */
const REFOCUS_MS = 2000;
/** Review cards are read again at most this often while a page keeps changing (see recheckIncoming). */
const RECHECK_MS = 500;

/** Input types a sender types into beside the body (subject, recipients). */
const FIELD_TYPES = new Set(['text', 'email']);
/** How far up from such a field its compose is looked for (Gmail: subject input → form → compose). */
const NEAR_DEPTH = 6;

export class Engine {
  readonly composes = new Map<HTMLElement, Tracked>();
  private settings: Settings;
  private releasing = false;
  /** The send control under a press that has not ended yet, and its compose (see onPointer). */
  private pressed: { t: Tracked; control: HTMLElement; opener?: HTMLElement } | null = null;
  /**
   * The draft (as scored) the user went on with through a send-options menu ("Open send options" after a
   * countdown): the menu's items, and its button, are not held again while the draft is exactly that.
   */
  private agreed: { t: Tracked; text: string } | null = null;
  private scanQueued = false;
  private preparing = false;
  /** See refocusReplacement. */
  private refocus: { root: HTMLElement; caret: Caret; until: number } | null = null;
  private preparingRewrite = false;
  private lastRecheck = -Infinity;
  private recheckTimer = 0;
  /** Fires when "Pause for 1 hour" runs out, so the badges stop saying "paused" while sends are held again. */
  private pauseTimer = 0;
  private readonly now: () => number;

  constructor(private readonly deps: EngineDeps) {
    this.settings = deps.settings;
    this.now = deps.now ?? Date.now;
    const { signal } = deps;
    const opts = { capture: true, signal } as const;
    // Window capture is the earliest point: we see the event before any page handler.
    for (const type of GESTURE) window.addEventListener(type, (e) => this.onPointer(e as MouseEvent), opts);
    window.addEventListener('keydown', (e) => this.onKey(e), opts);
    window.addEventListener('keyup', (e) => this.onKeyUp(e), opts);
    window.addEventListener('submit', (e) => this.onSubmit(e as SubmitEvent), opts);
    document.addEventListener('beforeinput', (e) => this.onBeforeInput(e), opts);
    document.addEventListener('input', (e) => this.onInput(e), opts);

    const observer = new MutationObserver(() => this.queueScan());
    observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      for (const t of this.composes.values()) this.untrack(t);
    });
    // An orphan (extension reloaded/updated) must notice even if nobody presses Send.
    const heartbeat = window.setInterval(() => this.checkAlive(), 2000);
    signal.addEventListener('abort', () => {
      clearInterval(heartbeat);
      clearTimeout(this.pauseTimer);
      clearTimeout(this.recheckTimer);
    });
    this.schedulePauseEnd();
    this.scan();
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.schedulePauseEnd();
    for (const t of this.composes.values()) {
      t.analysedText = '\u0000'; // force re-analysis under the new sensitivity / word lists
      this.refreshBadge(t);
    }
  }

  /**
   * When a pause ends, every badge shows the tone again at once: the guard goes back on by the clock
   * (see `active`), and a badge still reading "Cool-Off paused" while Send is held would be wrong.
   */
  private schedulePauseEnd(): void {
    clearTimeout(this.pauseTimer);
    const left = this.settings.pausedUntil - this.now();
    if (!(left > 0) || this.deps.signal.aborted) return;
    this.pauseTimer = window.setTimeout(
      () => {
        if (isPaused(this.settings, this.now())) this.schedulePauseEnd(); // woke early
        else for (const t of this.composes.values()) this.refreshBadge(t);
      },
      Math.min(left + 50, 0x7fffffff),
    );
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  /** Public review reply or private email; a site may have both (Yelp: comment or private message). */
  audienceOf(t: Compose): SiteAdapter['audience'] {
    try {
      return this.deps.adapter.audienceFor?.(t.root) ?? this.deps.adapter.audience;
    } catch {
      return this.deps.adapter.audience;
    }
  }

  /**
   * The message this reply answers, when the site shows it. Kept once found, so typing never re-reads
   * the page; `fresh` reads it again, for what is about to use it (drafting a reply, opening a hold):
   * a single-page app may show another review in the same card and keep the box.
   */
  incomingFor(t: Tracked, fresh = false): IncomingMessage | null {
    if (t.incoming && !fresh) return t.incoming;
    try {
      t.incoming = this.deps.adapter.incoming?.(t.root, document) ?? null;
    } catch {
      if (!fresh) t.incoming = null;
    }
    if (t.incoming) t.answersReview = true;
    return t.incoming;
  }

  /**
   * Review sites reuse a card for another review (a list re-sorted or paged in place): after the page
   * changes, a box that answers a review reads it again, and its badge follows ("Draft a calm reply
   * to …" names the review now on screen). Only public replies: a review card is small, and an email
   * thread's message (read with layout) is not swapped under an open compose.
   */
  private recheckIncoming(): void {
    // at most every RECHECK_MS while the page keeps changing, and once more after it settles
    const wait = this.lastRecheck + RECHECK_MS - this.now();
    if (wait > 0) {
      if (!this.recheckTimer && !this.deps.signal.aborted) {
        this.recheckTimer = window.setTimeout(() => {
          this.recheckTimer = 0;
          if (!this.deps.signal.aborted) this.recheckIncoming();
        }, wait);
      }
      return;
    }
    this.lastRecheck = this.now();
    for (const t of this.composes.values()) {
      // a box that answered a review once keeps being read (the card may be empty for a moment)
      if (!t.answersReview || this.audienceOf(t) !== 'public') continue;
      const was = t.incoming;
      const now = this.incomingFor(t, true);
      if (now?.text !== was?.text || now?.author !== was?.author || now?.rating !== was?.rating) this.refreshBadge(t);
    }
  }

  get active(): boolean {
    const site = this.deps.adapter.id;
    const enabled = site === 'generic' ? true : this.settings.sites[site] !== false;
    return enabled && !isPaused(this.settings, this.now());
  }

  /** Would a send be held at all here: on for this site, not paused, and a cool-off delay set? */
  private get guarding(): boolean {
    return this.active && this.settings.delaySeconds > 0;
  }

  /**
   * Sentences that hold the next Send whatever the score: those the last calm rewrite had to keep although
   * they read as hostile, while the draft is still exactly what it left (see HoldSession.toReword). The
   * guard and the badge both ask here, so the badge reads "Held" exactly when Send would be.
   */
  private heldToReword(t: Tracked): string[] {
    return this.guarding ? (t.session?.toReword() ?? []) : [];
  }

  analyzeOptions(t: Compose): AnalyzeOptions {
    const s = this.settings;
    return {
      sensitivity: this.audienceOf(t) === 'public' ? s.publicSensitivity : s.sensitivity,
      alwaysFlag: s.alwaysFlag,
      neverFlag: s.neverFlag,
    };
  }

  /** The draft as it is now: the user's own part, and what they typed inside the quoted history. */
  draftOf(t: Tracked): DraftText {
    return readDraft(t.body, t.quote);
  }

  /**
   * Analysis of the draft as it is now (own part and what the user typed inside the quote, one text);
   * cached by text so the badge, the guard and the overlay agree.
   */
  analysisOf(t: Tracked): Analysis {
    const { text, quotedFrom, ownEnd } = scoredText(this.draftOf(t));
    // the same text may split differently (a line moved into the quote): where is known afresh each time
    t.quotedFrom = quotedFrom;
    t.ownEnd = ownEnd;
    if (t.analysis && t.analysedText === text) return t.analysis;
    // read as the customer will see it: a soft hyphen or zero-width space inside "idiot" hides nothing from them
    t.analysis = analyzeAsShown(text, this.analyzeOptions(t));
    t.analysedText = text;
    // The user is writing: get the hold's rewrite and suggestions ready in idle time, so that a
    // Send press on this draft opens the overlay at once (cold, they took about 300 ms). Normally
    // already started with the scorer's set-up when the reply box appeared (track()).
    if (!this.preparingRewrite && text.trim() !== '') {
      this.preparingRewrite = true;
      runWhenIdle(prepareRewrite(), this.deps.signal);
    }
    return t.analysis;
  }

  /**
   * Does the draft read as English? The scorer reads English only, so a draft in another language that
   * it does not flag is shown as not checked rather than "Calm". Asked only for drafts the scorer does
   * not flag (a flagged one is held whatever its language), over the first LANGUAGE_PREFIX characters
   * of the text last scored, and kept until that text changes.
   */
  languageOf(t: Tracked): LanguageVerdict {
    const text = t.analysedText;
    if (t.language?.text === text) return t.language.verdict;
    const verdict = readsAsEnglish(text.length > LANGUAGE_PREFIX ? text.slice(0, LANGUAGE_PREFIX) : text);
    t.language = { text, verdict };
    return verdict;
  }

  /** A part of the draft scored on its own (the overlay asks which part makes it hostile). */
  analyzeAlone(t: Tracked, text: string): Analysis {
    return analyzeAsShown(text, this.analyzeOptions(t));
  }

  // ---- discovery ----------------------------------------------------------------------------

  private queueScan(): void {
    if (this.scanQueued || this.deps.signal.aborted) return;
    this.scanQueued = true;
    // Batch bursts of mutations (SPAs re-render a lot); discovery is not on the keystroke path.
    setTimeout(() => {
      this.scanQueued = false;
      if (!this.deps.signal.aborted) this.scan();
    }, 50);
  }

  scan(): void {
    const { adapter } = this.deps;
    for (const [body, t] of this.composes) {
      if (!body.isConnected || !t.root.isConnected) this.untrack(t);
    }
    this.recheckIncoming();
    let bodies: HTMLElement[];
    try {
      bodies = [...document.querySelectorAll<HTMLElement>(adapter.body)];
    } catch {
      return;
    }
    const kept = adapter.bodyFilter ? bodies.filter((b) => adapter.bodyFilter!(b)) : bodies;
    const added: Tracked[] = [];
    for (const body of kept) {
      if (this.composes.has(body)) continue;
      const root = this.rootOf(body, kept);
      if (root) this.track(body, root);
      const t = this.composes.get(body);
      if (t) added.push(t);
    }
    this.refocusReplacement(added);
  }

  /**
   * The hold dialog had focus when the site re-rendered the reply box under it: the dialog went with the old
   * box, and focus fell to the page's <body> (a keyboard user lost their place, and typing went nowhere).
   * Focus goes to the box the site put in its place (in the same compose, or the one new box), at the caret,
   * unless the user has put focus somewhere since.
   */
  private refocusReplacement(added: readonly Tracked[]): void {
    const r = this.refocus;
    if (!r) return;
    if (Date.now() > r.until) {
      this.refocus = null;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) {
      this.refocus = null;
      return;
    }
    const inRoot = added.filter((t) => r.root.isConnected && (r.root.contains(t.body) || t.root === r.root));
    const next = inRoot.length === 1 ? inRoot[0] : inRoot.length === 0 && added.length === 1 ? added[0] : undefined;
    if (!next) return;
    this.refocus = null;
    try {
      restoreCaret(next.body, r.caret);
    } catch {
      /* focus is a courtesy: never break the page */
    }
  }

  private sendSelectors(): string[] {
    return [...this.deps.adapter.send, ...(this.deps.adapter.alsoSend ?? [])];
  }

  /** Does this element hold a send control (by selector, or by label for adapters that need it)? */
  private holdsSendControl(el: HTMLElement): boolean {
    const selectors = this.sendSelectors().join(',');
    if (selectors && el.querySelector(selectors)) return true;
    const byText = this.deps.adapter.sendByText;
    if (!byText) return false;
    for (const c of el.querySelectorAll<HTMLElement>(byText.selector)) if (byText.test(c)) return true;
    return false;
  }

  /**
   * The nearest ancestor of the body that holds a send control. With `exclusiveRoot`, the walk gives
   * up at an ancestor holding another reply box: a page-wide container is never one box's compose.
   * Where the adapter guards form submission, a box in a form whose send control is not recognised
   * (an icon-only div, say) is still tracked with its form as the root: the submit guard holds it.
   */
  rootOf(body: HTMLElement, bodies: readonly HTMLElement[] = []): HTMLElement | null {
    const { adapter } = this.deps;
    let el: HTMLElement | null = body.parentElement;
    for (let depth = 0; el && depth < (adapter.maxDepth ?? 20); depth++, el = el.parentElement) {
      if (adapter.exclusiveRoot && bodies.some((b) => b !== body && el!.contains(b))) return null;
      if (this.holdsSendControl(el)) return el;
    }
    const form = adapter.formSubmit ? body.closest('form') : null;
    if (form && !bodies.some((b) => b !== body && form.contains(b))) return form;
    return null;
  }

  private track(body: HTMLElement, root: HTMLElement): void {
    const t: Tracked = {
      body, root, badge: null, analysis: null, analysedText: '\u0000', quotedFrom: 0, ownEnd: 0, quote: null, timer: 0, session: null, pendingOpen: 0, incoming: null,
    };
    // Rich-text boxes may hold quoted history: what the user types inside it is scored too (quote.ts).
    try {
      if (!isTextField(body)) t.quote = watchQuote(body);
    } catch {
      t.quote = null;
    }
    // A site may fill the box without an input event (Gmail puts a saved draft into an open compose):
    // the badge follows any change to the body, after the same pause as typing.
    if (!isTextField(body)) {
      try {
        t.watcher = new MutationObserver(() => this.scheduleRefresh(t));
        t.watcher.observe(body, { childList: true, subtree: true, characterData: true });
      } catch {
        t.watcher = undefined;
      }
    }
    this.composes.set(body, t);
    this.notifyTracked();
    try {
      t.badge = mountShadow('cool-off-badge', badgeCss, placeAfterBody(body));
    } catch {
      t.badge = null;
    }
    this.refreshBadge(t);
    // The scorer's one-time set-up, in idle time now that there is a reply box, rather than all at
    // once on the first pause in the user's typing (a long task of 100 ms and more). "Draft a calm
    // reply" is offered before the user types anything, so it is got ready here too, then the hold's
    // rewrite and suggestions, so that a Send soon after the first pause in typing does not wait for
    // them (1.1–1.8 s on a busy machine). Each step is small (prepareRewrite compiles one expression
    // at a time), so none of this lands on the typing as a long task. Once done (an engine started
    // again after the page changed its address), all three are a few cheap steps.
    if (!this.preparing) {
      this.preparing = true;
      this.preparingRewrite = true;
      runWhenIdle(
        (function* () {
          yield* prepare();
          yield* prepareDraft();
          yield* prepareRewrite();
        })(),
        this.deps.signal,
      );
    }
  }

  private notifyTracked(): void {
    try {
      this.deps.onTrackedChange?.();
    } catch {
      /* a listener's failure is not ours to break the page with */
    }
  }

  private untrack(t: Tracked): void {
    clearTimeout(t.timer);
    clearTimeout(t.pendingOpen);
    t.watcher?.disconnect();
    t.session?.close('gone');
    if (t.session?.focusLeft !== undefined) this.refocus = { root: t.root, caret: t.session.focusLeft, until: Date.now() + REFOCUS_MS };
    t.badge?.remove();
    if (this.agreed?.t === t) this.agreed = null;
    this.composes.delete(t.body);
    this.notifyTracked();
  }

  composeFor(target: EventTarget | null): Tracked | undefined {
    if (!(target instanceof Node)) return undefined;
    for (const t of this.composes.values()) if (t.root.contains(target)) return t;
    return undefined;
  }

  /**
   * The compose a field beside it belongs to, for keyboard sends: Gmail sends on Ctrl+Enter from the
   * Subject and recipient fields too, and its subject form is a sibling of the compose root (the body and
   * its toolbar). The field's nearest ancestor (a few levels up) that holds exactly one tracked compose.
   * Not a search box.
   */
  private composeNear(target: EventTarget | null): Tracked | undefined {
    if (!(target instanceof HTMLElement)) return undefined;
    const field = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && FIELD_TYPES.has(target.type)) || target.isContentEditable;
    if (!field || target.closest('[role="search"]')) return undefined;
    let el: HTMLElement | null = target.parentElement;
    for (let depth = 0; el && el !== document.body && depth < NEAR_DEPTH; depth++, el = el.parentElement) {
      let found: Tracked | undefined;
      for (const t of this.composes.values()) {
        if (!el.contains(t.root)) continue;
        if (found) return undefined; // two composes: not ours to guess
        found = t;
      }
      if (found) return found;
    }
    return undefined;
  }

  /** The compose's Send button (the adapter's `send` selectors, not its menus), if it has one. */
  private sendButtonOf(t: Tracked): HTMLElement | null {
    for (const sel of this.deps.adapter.send) {
      try {
        const el = t.root.querySelector<HTMLElement>(sel);
        if (el) return el;
      } catch {
        /* a bad selector finds nothing */
      }
    }
    return null;
  }

  private sendControlAt(target: EventTarget | null, t: Tracked): HTMLElement | null {
    if (!(target instanceof Element)) return null;
    for (const sel of this.sendSelectors()) {
      const hit = target.closest<HTMLElement>(sel);
      if (hit && t.root.contains(hit)) return hit;
    }
    const byText = this.deps.adapter.sendByText;
    if (byText) {
      const hit = target.closest<HTMLElement>(byText.selector);
      if (hit && t.root.contains(hit) && byText.test(hit)) return hit;
    }
    return null;
  }

  /**
   * The item of a compose's send-options menu (schedule send) under `target`, with its compose and the
   * button that opens the menu (see send-menu.ts). Null at once for anything that is not a menu item.
   */
  private sendMenuItemAt(target: EventTarget | null): { t: Tracked; item: HTMLElement; opener: HTMLElement } | null {
    if (!(target instanceof Element) || !target.closest(MENU_ITEM)) return null;
    const inCompose = (el: Element): boolean => [...this.composes.values()].some((c) => c.root.contains(el));
    for (const t of this.composes.values()) {
      for (const sel of this.sendSelectors()) {
        let openers: HTMLElement[];
        try {
          openers = [...t.root.querySelectorAll<HTMLElement>(sel)].filter(opensPopup);
        } catch {
          continue;
        }
        for (const opener of openers) {
          const item = sendMenuItem(target, opener, t.body, inCompose);
          if (item) return { t, item, opener };
        }
      }
    }
    return null;
  }

  /**
   * The control going on with this attempt presses. For an item of the send-options menu, the menu's button:
   * the menu closes as the overlay takes the focus or the press (Gmail's and Outlook's do), so going on opens
   * it again and the user picks the item, now let through (see `agreed`). Never the item itself, which would
   * send from a button that says "Open send options". The item only if its button is gone.
   */
  controlFor(attempt: SendAttempt): HTMLElement | null {
    if (attempt.kind !== 'control') return null;
    return attempt.opener?.isConnected ? attempt.opener : attempt.control;
  }

  // ---- the badge ------------------------------------------------------------------------------

  /** Before an edit changes the box: is the user typing inside the quoted history? (quote.ts) */
  private onBeforeInput(e: Event): void {
    const t = this.composeFor(e.target);
    if (!t?.quote || !(e instanceof InputEvent) || !t.body.contains(e.target as Node)) return;
    try {
      t.quote.beforeInput(e);
    } catch {
      /* never break the page's typing */
    }
  }

  private onInput(e: Event): void {
    const t = this.composeFor(e.target);
    if (!t || !t.body.contains(e.target as Node)) return;
    this.scheduleRefresh(t);
  }

  /** Keystroke path: schedule only. Scoring waits for a pause in typing. */
  private scheduleRefresh(t: Tracked): void {
    if (this.deps.signal.aborted || this.composes.get(t.body) !== t) return;
    clearTimeout(t.timer);
    t.timer = window.setTimeout(() => this.refreshBadge(t), BADGE_DEBOUNCE_MS);
  }

  /**
   * The draft changed (typing, after the debounce; our own edits, at once): the open hold, then the badge,
   * follow it. A refresh now makes a pending debounced one redundant.
   */
  refreshBadge(t: Tracked): void {
    clearTimeout(t.timer);
    if (this.deps.signal.aborted) return;
    try {
      t.session?.draftChanged();
    } catch {
      /* the overlay steps aside on its own failures (HoldSession.render) */
    }
    if (!t.badge) return;
    try {
      const inactive = !this.active ? (isPaused(this.settings, this.now()) ? 'paused' : 'off') : undefined;
      const a = inactive ? null : this.analysisOf(t);
      const toReword = inactive ? [] : this.heldToReword(t);
      // only a draft that nothing holds is shown as not checked: a hold is never hidden
      const notEnglish = a !== null && !a.flagged && toReword.length === 0 && this.languageOf(t) === 'other';
      t.badge.render(
        h(Badge, {
          data: {
            level: a?.level ?? 'calm',
            reasons: topReasons(a?.reasons ?? [], 3),
            flagged: a?.flagged ?? false,
            toReword,
            notEnglish,
            inactive,
            holds: this.guarding,
            overLimit: overLimit(t.body),
          },
          actions: this.deps.badgeActions?.(t, this) ?? {},
        }),
      );
    } catch {
      /* the badge is a nicety: never let it break the page */
    }
  }

  // ---- guarding sends -------------------------------------------------------------------------

  private checkAlive(): boolean {
    if (this.deps.isAlive()) return true;
    this.deps.onDead();
    return false;
  }

  /**
   * Decide whether this attempt must be held. Any failure means "let it through". `menu`: the attempt is on
   * the send-options menu or its button, which the user may already have gone on with for this very draft.
   */
  private shouldHold(t: Tracked, menu = false): boolean {
    if (this.releasing) return false;
    if (!this.checkAlive()) return false;
    if (t.session?.isOpen) return true; // a second press while held is held too
    if (!this.guarding) return false;
    try {
      if (menu && this.agreed?.t === t && this.agreed.text === scoredText(this.draftOf(t)).text) return false;
      // a rewrite that had to keep a hostile sentence holds until the user rewords it (the badge says so too)
      return this.analysisOf(t).flagged || this.heldToReword(t).length > 0;
    } catch {
      return false;
    }
  }

  private block(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  private startHold(t: Tracked, attempt: SendAttempt): void {
    if (this.deps.signal.aborted) return;
    if (t.session?.isOpen) {
      t.session.focus();
      return;
    }
    t.session = new HoldSession({
      engine: this,
      tracked: t,
      attempt,
      delaySeconds: this.settings.delaySeconds,
      siteLabel: this.deps.adapter.label,
      signal: this.deps.signal,
      now: this.now,
      previous: t.session,
    });
  }

  private onPointer(e: MouseEvent): void {
    if (this.releasing) return;
    // A press on Send opens the hold when it ends on Send (with the click that follows), not when it starts:
    // released somewhere else (dragged off, however long the press) or cancelled (a touch that became a scroll
    // or a long press) it is no send, the browser fires no click, and the site would not have sent either.
    const pressed = this.pressed;
    if (pressed && (e.type === 'pointerup' || e.type === 'pointercancel')) {
      this.pressed = null;
      // (a Send the site re-rendered under the pointer is gone from the page: still a release on Send)
      const onSend = e.type === 'pointerup' && (e.composedPath().includes(pressed.control) || !pressed.control.isConnected);
      // (and never for a compose that is gone meanwhile: a hold over a closed reply would answer nothing)
      if (onSend && this.composes.get(pressed.t.body) === pressed.t) {
        // the click comes at once and opens the hold; if none comes (the button was re-rendered), open it anyway
        const { t, control, opener } = pressed;
        clearTimeout(t.pendingOpen);
        t.pendingOpen = window.setTimeout(() => this.startHold(t, { kind: 'control', control, opener }), 300);
      }
    }
    if (e.type === 'pointercancel') return;
    const hit = this.sendAt(e.target);
    if (!hit) return;
    const { t, control, opener } = hit;
    if (!this.shouldHold(t, opener !== undefined || opensPopup(control))) return;
    // Every event of the gesture is held (some sites send on mousedown or mouseup, not click).
    this.block(e);
    if (e.type === 'click') {
      clearTimeout(t.pendingOpen);
      this.startHold(t, { kind: 'control', control, opener });
    } else if (e.type === 'pointerdown' || e.type === 'mousedown') {
      clearTimeout(t.pendingOpen);
      this.pressed = { t, control, opener };
    }
  }

  /**
   * The send control under `target` and its compose: a Send button (or its menu's button), or an item of
   * the send-options menu, with that menu's button (`opener`).
   */
  private sendAt(target: EventTarget | null): { t: Tracked; control: HTMLElement; opener?: HTMLElement } | undefined {
    const t = this.composeFor(target);
    const control = t ? this.sendControlAt(target, t) : null;
    if (t && control) return { t, control };
    const m = this.sendMenuItemAt(target);
    return m ? { t: m.t, control: m.item, opener: m.opener } : undefined;
  }

  private onKey(e: KeyboardEvent): void {
    if (this.releasing) return;
    const { keys } = this.deps.adapter;
    const isEnter = e.key === 'Enter';
    const modEnter = isEnter && (e.ctrlKey || e.metaKey);
    // A key that finishes an input method's composition (Enter picks the candidate) is no send; but
    // Ctrl/Cmd+Enter arrives as Enter with isComposing set when pressed mid-composition, and a site
    // that sends on it would send the draft unchecked.
    if (e.isComposing && !modEnter) return;
    // Alt+S as a command, not a character: Option+S on a Mac types "ß" (e.key), AltGr+S arrives with ctrlKey.
    const altS = keys.altS === true && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyS' && (e.key === 's' || e.key === 'S');
    // A field beside the body (Gmail's Subject) is looked up only for a key that sends from anywhere in
    // the compose, not for every key typed in any field of the page.
    const activates = isEnter || e.key === ' ' || e.key === 'Spacebar';
    // (an item of the send-options menu is a send control too; the menu may sit outside the compose)
    const menu = activates ? this.sendMenuItemAt(e.target) : null;
    const t = this.composeFor(e.target) ?? menu?.t ?? ((keys.ctrlEnter && modEnter) || altS ? this.composeNear(e.target) : undefined);
    if (!t) return;
    const opener = menu?.t === t && !this.sendControlAt(e.target, t) ? menu.opener : undefined;
    const control = opener ? menu!.item : this.sendControlAt(e.target, t);
    const activatesControl = control && activates;
    const plainEnterInBody =
      keys.enterInBody && isEnter && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && t.body.contains(e.target as Node);
    if (!(activatesControl || (keys.ctrlEnter && modEnter) || plainEnterInBody || altS)) return;
    if (!this.shouldHold(t, !!activatesControl && (opener !== undefined || opensPopup(control)))) return;
    this.block(e);
    const init: KeyboardEventInit = {
      key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey,
      shiftKey: e.shiftKey, altKey: e.altKey, bubbles: true, cancelable: true, composed: true,
    } as KeyboardEventInit;
    // Alt+S is released through the compose's own Send button: with Outlook's other keyboard-shortcut sets
    // the key does nothing, and "Send anyway" must still send.
    const via = control ?? (altS ? this.sendButtonOf(t) : null);
    this.startHold(t, via ? { kind: 'control', control: via, opener } : { kind: 'key', target: e.target as HTMLElement, init });
  }

  private onKeyUp(e: KeyboardEvent): void {
    // Buttons that activate on keyup (Space) must not fire while held.
    if (this.releasing) return;
    if (e.key !== ' ' && e.key !== 'Enter') return;
    const hit = this.sendAt(e.target);
    if (hit?.t.session?.isOpen) this.block(e);
  }

  private onSubmit(e: SubmitEvent): void {
    if (this.releasing) return;
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    const t = [...this.composes.values()].find((c) => form.contains(c.body));
    if (!t || !this.shouldHold(t)) return;
    this.block(e);
    this.startHold(t, { kind: 'submit', form, submitter: (e.submitter as HTMLElement | null) ?? null });
  }

  /** Perform the site's own send, exactly as the user attempted it, without guarding it again. */
  release(attempt: SendAttempt): boolean {
    this.releasing = true;
    try {
      switch (attempt.kind) {
        case 'control': {
          // an item of a menu that has closed meanwhile: its button opens the menu again
          const c = this.controlFor(attempt);
          if (!c?.isConnected) return false;
          if (attempt.opener || opensPopup(c)) {
            // going on through the send-options menu: its items then send this draft without a second hold
            const t = this.composeFor(attempt.opener ?? c);
            this.agreed = t ? { t, text: scoredText(this.draftOf(t)).text } : null;
          }
          const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
          c.dispatchEvent(new MouseEvent('mousedown', init));
          c.dispatchEvent(new MouseEvent('mouseup', init));
          c.dispatchEvent(new MouseEvent('click', init));
          return true;
        }
        case 'key': {
          if (!attempt.target.isConnected) return false;
          attempt.target.dispatchEvent(new KeyboardEvent('keydown', attempt.init));
          attempt.target.dispatchEvent(new KeyboardEvent('keyup', attempt.init));
          return true;
        }
        case 'submit': {
          if (!attempt.form.isConnected) return false;
          const s = attempt.submitter;
          attempt.form.requestSubmit(s && attempt.form.contains(s) ? (s as HTMLButtonElement) : undefined);
          return true;
        }
      }
    } finally {
      this.releasing = false;
    }
  }
}
