/**
 * Props contracts: every component renders from {data, actions}, so it tests without an extension
 * runtime (happy-dom in Vitest) and the content script / pages wire the actions.
 */
import type { Analysis, Level, Reason } from '../core/tone/types';
import type { FormErrors, Settings, SettingsForm } from '../core/settings';
import type { TabState } from '../core/tab-status';

export interface SuggestionView {
  id: string;
  /** Span in the draft this suggestion replaces. */
  start: number;
  end: number;
  before: string;
  after: string;
  guidelineTitle: string;
  why: string;
}

export interface GuidelineView {
  id: string;
  title: string;
  why: string;
}

export interface OverlayData {
  siteLabel: string;
  /** The draft as analysed: the user's reply, then what they typed inside the quoted message (from `quotedFrom`). */
  text: string;
  /**
   * Where, in `text`, what the user typed inside the quoted message starts; reasons from there on are
   * shown as being in the quote. Absent or `text.length` when they typed nothing there.
   */
  quotedFrom?: number;
  /**
   * What the user typed inside the quoted message reads as hostile, and is why the reply is held ('only': the
   * reply above the quote would pass; 'also': both). No calm rewrite or suggestion reaches text in the quote.
   */
  insideQuote?: 'only' | 'also';
  analysis: Analysis;
  /** Seconds left in the cool-off; 0 when the user may send. */
  remainingSeconds: number;
  totalSeconds: number;
  /** "Send anyway" is enabled only when true (the countdown has ended). */
  canSend: boolean;
  /**
   * The held press was on the send button's menu half ("More send options": schedule send): going on opens
   * that menu and sends nothing by itself, so the button says "Open send options", not "Send anyway".
   */
  opensMenu?: boolean;
  /** Is the draft, as it is now, still flagged? (After a rewrite it may be calm: then Send is plain.) */
  stillFlagged: boolean;
  /**
   * The settings changed while the overlay was open so that this send would not be held now: Cool-Off
   * paused, turned off on this site, or no cool-off delay. The countdown is over (canSend) and a line says why.
   */
  released?: 'paused' | 'off' | 'no-delay';
  /**
   * Sentences the calm rewrite had to keep although they read as hostile on their own (each holds a detail
   * such as an order number or a time): the hold stays until the user rewords them. Shown as plain text.
   */
  toReword?: string[];
  /** Sentences the calm rewrite took out because they still read as hostile (Undo brings them back). Plain text. */
  takenOut?: string[];
  suggestions: SuggestionView[];
  guidelines: GuidelineView[];
  rewriteAvailable: boolean;
  canUndo: boolean;
  /** An Undo of ours can be redone (Ctrl/Cmd+Shift+Z, Ctrl+Y), while the draft is as that Undo left it. */
  canRedo?: boolean;
  /**
   * The draft is empty now (the site or the browser emptied it while the overlay was open): the overlay says
   * so instead of "reads calm, send it", and Send stays off; Undo or going back to editing are the ways on.
   */
  empty?: boolean;
  /** Short status line announced politely (e.g. "Calm rewrite applied. Undo restores your original."). */
  status?: string;
}

export interface OverlayActions {
  backToEditing(): void;
  sendAnyway(): void;
  applySuggestion(id: string): void;
  useRewrite(): void;
  undo(): void;
  /** Redo the Undo last made, if the draft is still as it left it (otherwise nothing). */
  redo(): void;
}

export interface BadgeData {
  level: Level;
  /** Top reasons, hostile first; shown on hover/focus. */
  reasons: Reason[];
  flagged: boolean;
  /**
   * Sentences the calm rewrite had to keep although they read as hostile on their own (each holds a detail
   * such as an order number or a time), while the draft is still exactly what the rewrite left: the next
   * Send is held whatever `level` says, so the badge reads "Held" and lists them. Plain text.
   */
  toReword?: string[];
  /**
   * The draft reads as a language other than English and nothing holds it (not flagged, nothing to reword):
   * the scorer reads English only, so the badge says the tone was not checked instead of "Calm" or "Tense".
   */
  notEnglish?: boolean;
  /** Cool-Off is paused or off for this site: the badge says so instead of a level. */
  inactive?: 'paused' | 'off';
  /** False when a flagged draft would not be held (the cool-off delay is 0): the badge then only rates the tone. Default true. */
  holds?: boolean;
  /** The reply box holds more than it allows (after a drafted reply or a rewrite): said beside the badge. */
  overLimit?: { length: number; max: number } | null;
}

/** What a reply box answers: a public review or a private message, by its author or number. */
export interface ReplyTarget {
  kind: 'review' | 'message';
  author?: string;
  n?: number;
}

export interface BadgeActions {
  /** "Draft a calm reply" next to the reply box; absent when nothing to answer. */
  draftReply?(): void;
  /**
   * Whom "Draft a calm reply" answers, for its accessible name when a page has several such buttons
   * (a review site lists many reviews): the author when the page shows one, else the box's number
   * among the boxes that offer a drafted reply (given only when there are several).
   */
  draftReplyTo?: ReplyTarget;
  /** Present right after "Draft a calm reply" replaced a draft: puts the exact original back. */
  undoDraft?(): void;
  /**
   * What `undoDraft` takes back when it is not a drafted reply: a calm rewrite ('rewrite') or suggestions
   * ('edit') made in a box the site has since replaced with this one, which holds exactly what they left.
   */
  undoWhat?: 'rewrite' | 'edit';
  /**
   * The box holds exactly the reply "Draft a calm reply" put there: the status line says so once (focus has
   * moved into the box, and a screen reader heard nothing else of it).
   */
  drafted?: boolean;
}

export interface PopupData {
  /**
   * The site of this tab as Cool-Off knows it (for the on/off switch), or null when it is not a
   * supported site. A page of a supported site's host that holds no reply box (an ordinary Google
   * search) still has its site here; `tab` says whether Cool-Off runs on it.
   */
  siteLabel: string | null;
  siteEnabled: boolean;
  /** What Cool-Off is doing in this tab right now, all frames together, as the frames themselves say. */
  tab: TabState;
  /** Epoch ms; 0 = not paused. */
  pausedUntil: number;
  now: number;
  /** For unsupported http(s) sites: offer to turn Cool-Off on here (optional permission). */
  canEnableHere: boolean;
  host: string | null;
  /** Optional BCP 47 locale for the "paused until" time (default: the browser's). */
  locale?: string;
}

export interface PopupActions {
  setSiteEnabled(enabled: boolean): void;
  pauseOneHour(): void;
  resume(): void;
  openOptions(): void;
  enableHere?(): void;
}

export interface OptionsData {
  settings: Settings;
  /** Per-field messages from validateForm; nothing was saved while any is present. */
  errors: FormErrors;
  /** Set after a successful save ("Saved."). */
  savedAt: number | null;
  /** Notes from parseSettings about stored values replaced by defaults. */
  problems: string[];
  /**
   * Why the last save (or reset) did not reach storage, in plain words: shown by Save, announced, and
   * focused. Nothing was saved; the form keeps what the user typed.
   */
  saveError?: string;
  guidelines: GuidelineView[];
  siteLabels: Record<string, string>;
}

export interface OptionsActions {
  save(form: SettingsForm): void;
  resetDefaults(): void;
  /** Stop running on a site the user turned on from the popup. */
  removeCustomSite?(origin: string): void;
}

export type { Analysis, Settings, SettingsForm, TabState };
