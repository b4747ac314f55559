/**
 * Content script entry. Loads settings, runs the engine with the adapter for this page, and tears
 * everything down when the extension goes away (reload/update/uninstall) or when a newer copy of this
 * script takes over the page. Dead or replaced, we fail open: the site sends normally.
 *
 * The adapter is not decided once at load. The sites we run on are single-page apps that change their
 * address without a reload (Outlook's Calendar to Mail, Google's search to the owner's reviews), and
 * several adapters run on only some of the addresses the manifest lets this script into. So the
 * adapter is asked again whenever the address changes (see url-watch.ts) or the user's sites change:
 * a different answer stops the running engine through its own AbortController (badges, overlay,
 * listeners and observers go with it; no send is left held) and starts the new one, if any.
 */
import { pickAdapter, siteFor } from '../sites';
import { answerTabStatus, extensionId, isContextAlive, loadSettings, onSettingsChanged, reportUncheckedBox } from '../background/ext';
import { draftReply, isPlaceholderName } from '../core/draft';
import { Engine, type Tracked } from './engine';
import { isTextField, lengthLimit, readDraft, replaceOwnText, snapshot, restore } from './draft';
import { watchUrl } from './url-watch';
import { watchUnchecked, type UncheckedBoxes } from './unchecked';
import { claimUndo, forgetLeftUndoOn, watchUndoKey, type LeftUndo } from './own-undo';
import type { BadgeActions, ReplyTarget } from '../ui/types';
import type { Settings } from '../core/settings';
import type { FrameStatus } from '../core/tab-status';
import type { SiteAdapter } from '../sites/types';

const TAKEOVER = 'cool-off:takeover';
/** This copy of the script, in the popup's answers (a frame's later answers replace earlier ones). */
const COPY_ID = Math.random().toString(36).slice(2, 12);

function isTopFrame(): boolean {
  try {
    return window === window.top;
  } catch {
    return false;
  }
}

/** The engine running for the page as it is now, stopped on its own or with the whole script. */
interface Running {
  adapter: SiteAdapter;
  engine: Engine;
  controller: AbortController;
  /** Boxes typed into that the engine does not check; on a built-in site only (see unchecked.ts). */
  unchecked: UncheckedBoxes | null;
}

export async function start(): Promise<AbortController | null> {
  // A newer copy of Cool-Off (after an update or reload) tells older ones to step aside. The message
  // carries the extension id, which the older copy remembers from its own start (an orphan can no
  // longer read it), so another extension's or the page's stray event does not switch us off.
  const id = extensionId();
  document.dispatchEvent(new CustomEvent(TAKEOVER, { detail: id }));
  const controller = new AbortController();
  const { signal } = controller;
  document.addEventListener(
    TAKEOVER,
    (e) => {
      if ((e as CustomEvent).detail === id) controller.abort();
    },
    { signal },
  );
  forgetLeftUndoOn(signal); // changes left by boxes the site replaced (own-undo.ts) end with the script

  let running: Running | null = null;

  // The toolbar popup asks each frame what Cool-Off is doing there (see core/tab-status.ts); while it
  // is open, a change (a box found or gone, the engine started or stopped) is told to it at once.
  // Answering starts before the settings are read, so a popup that has just injected this script
  // (a site turned on from it) finds it right away.
  let leaving = false;
  const frameStatus = (): FrameStatus => ({
    id: COPY_ID,
    top: isTopFrame(),
    origin: location.origin,
    site: running ? running.adapter.id : (siteFor(location.href)?.id ?? null),
    running: running !== null && !leaving,
    boxes: leaving ? 0 : (running?.engine.composes.size ?? 0),
    unchecked: leaving ? 0 : (running?.unchecked?.count() ?? 0),
  });
  const tellPopup = answerTabStatus(frameStatus, signal);
  // A frame going away (Google's reviews dialog closed, a new page loading) says so to an open popup:
  // nothing else would tell it that this frame's boxes are gone. Back from the cache, it is here again.
  window.addEventListener(
    'pagehide',
    () => {
      leaving = true;
      tellPopup();
      tellWorker();
    },
    { signal },
  );
  window.addEventListener(
    'pageshow',
    () => {
      if (!leaving) return;
      leaving = false;
      tellPopup();
    },
    { signal },
  );
  let tellQueued = false;
  /** Whether this frame last told the service worker of a box typed into and not checked (the toolbar's "!"). */
  let warned = false;
  const tellWorker = (): void => {
    const st = frameStatus();
    const warn = st.unchecked > 0 && st.boxes === 0;
    if (warn === warned) return;
    warned = warn;
    reportUncheckedBox(warn);
  };
  /** One answer per burst of changes (several boxes found in one scan, an engine swap). */
  const statusChanged = (): void => {
    if (tellQueued) return;
    tellQueued = true;
    queueMicrotask(() => {
      tellQueued = false;
      if (signal.aborted) return;
      tellPopup();
      tellWorker();
    });
  };

  let { settings } = await loadSettings();
  if (signal.aborted) return null;

  /**
   * Per reply box: the draft before we inserted a drafted reply (and its own text), and the text we
   * inserted; or (`what`) a calm rewrite or suggestion left behind by a box the site replaced with this one.
   */
  const undo = new WeakMap<HTMLElement, { before: ReturnType<typeof snapshot>; beforeOwn: string; inserted: string; what?: LeftUndo['what'] }>();
  /** Undo our change to the box as it is, the draft before it back exactly; then the badge follows. */
  const undoNow = (t: Tracked, engine: Engine, step: { before: ReturnType<typeof snapshot> }): void => {
    restore(t.body, step.before);
    undo.delete(t.body);
    engine.refreshBadge(t);
  };
  /** Ctrl/Cmd+Z in a box still holding exactly what we put in: our Undo, in one step (see own-undo.ts). */
  /** A text field or rich-text box of the page (not ours): its own Undo applies there. */
  const editableField = (target: EventTarget | null): boolean =>
    target instanceof HTMLElement && (isTextField(target) || target.isContentEditable);
  const undoByKey = (t: Tracked, engine: Engine): boolean => {
    if (t.session?.undoKey()) return true;
    const step = undo.get(t.body);
    if (!step || readDraft(t.body).own !== step.inserted) return false;
    undoNow(t, engine, step);
    return true;
  };
  /**
   * Whom a box's "Draft a calm reply" answers, for its accessible name: the author, else the box's
   * number, in page order, among the boxes that offer a drafted reply (a review site lists many; a box
   * opened later gets its number when it appears, so one alone is numbered too).
   */
  const replyTarget = (t: Tracked, engine: Engine, author: string | undefined): ReplyTarget => {
    const kind = engine.audienceOf(t) === 'public' ? 'review' : 'message';
    const offering = [...engine.composes.values()].filter((x) => engine.incomingFor(x));
    offering.sort((a, b) => (a.body.compareDocumentPosition(b.body) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const n = offering.indexOf(t) + 1;
    // a placeholder ("A Google user", "Anonymous") names nobody: the box's number instead
    const name = typeof author === 'string' && !isPlaceholderName(author) ? author.replace(/\s+/g, ' ').trim() : '';
    if (!name) return { kind, n };
    // two reviews by one name: the number tells their buttons apart
    const key = (a: string | undefined): string => (a ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    const shared = offering.some((x) => x !== t && key(engine.incomingFor(x)?.author) === name.toLowerCase());
    return shared ? { kind, author: name, n } : { kind, author: name };
  };
  const badgeActions = (t: Tracked, engine: Engine, replyKind: SiteAdapter['replyKind']): BadgeActions => {
    // a review card can be reused for another review: read it again whenever the badge is drawn
    const incoming = engine.incomingFor(t, engine.audienceOf(t) === 'public');
    const actions: BadgeActions = {};
    // Only where there is a customer message to answer (a thread reply, a review), not a blank new email.
    if (incoming) {
      actions.draftReplyTo = replyTarget(t, engine, incoming.author);
      actions.draftReply = () => {
        const s: Settings = engine.currentSettings;
        // the review on screen now: the card may show another one since the badge was drawn
        const incoming = engine.incomingFor(t, true);
        if (!incoming) return;
        const reply = draftReply(incoming.text, {
          customerName: incoming.author,
          rating: incoming.rating,
          audience: engine.audienceOf(t),
          ...(replyKind ? { kind: replyKind } : {}),
          signatureName: s.signatureName || undefined,
          businessName: s.businessName || undefined,
          // cut to fit the box (Google Play: 350 characters)
          maxLength: lengthLimit(t.body),
        });
        const current = readDraft(t.body).own.trim();
        if (current && !window.confirm('Replace your draft with a calm reply? You can undo it from the badge.')) return;
        const before = snapshot(t.body);
        const beforeOwn = readDraft(t.body).own;
        // a box holding parts the user cannot edit (a tracker's widget) in the way is left exactly as it was
        if (replaceOwnText(t.body, reply.text) === 'failed') {
          window.alert('Cool-Off could not put the drafted reply into this box: it holds parts Cool-Off cannot edit (such as a widget or an attachment chip). Your draft is as it was.');
          return;
        }
        undo.set(t.body, { before, beforeOwn, inserted: readDraft(t.body).own });
        engine.refreshBadge(t);
      };
    }
    // a box the site put in place of one we had changed, holding exactly what we left: the way back goes with it
    const left = undo.has(t.body) ? null : claimUndo(() => readDraft(t.body).own, isTextField(t.body) ? 'field' : 'rich');
    if (left) undo.set(t.body, { before: left.before, beforeOwn: left.beforeOwn, inserted: left.after, what: left.what });
    const step = undo.get(t.body);
    const own = step ? readDraft(t.body).own : '';
    // Not offered while the box holds the earlier draft again (the browser's own Undo brought it back), nor,
    // for a change carried over from a replaced box, once it holds anything but exactly what we left.
    if (step && own !== step.beforeOwn && (!step.what || own === step.inserted)) {
      if (step.what) actions.undoWhat = step.what;
      else if (own === step.inserted) actions.drafted = true;
      actions.undoDraft = () => {
        const now = readDraft(t.body).own;
        if (step.what && now !== step.inserted) return;
        // edits made to the drafted reply since would be lost: only with the user's say-so
        if (now !== step.inserted && !window.confirm('Undo the drafted reply? Your edits to it will be lost and your earlier draft comes back.')) return;
        undoNow(t, engine, step);
      };
    }
    return actions;
  };

  const run = (adapter: SiteAdapter): Running | null => {
    const child = new AbortController();
    // The script's end ends this engine too; the listener itself goes when the engine stops.
    signal.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
    try {
      const engine = new Engine({
        adapter,
        settings,
        signal: child.signal,
        isAlive: isContextAlive,
        onDead: () => controller.abort(),
        onTrackedChange: statusChanged,
        badgeActions: (t, e) => badgeActions(t, e, adapter.replyKind),
      });
      // On a site the user added, every box on the page may be a reply box or none: only a built-in
      // site's adapter is expected to find them all, so only there a box it misses is worth a warning.
      const unchecked =
        adapter.id === 'generic'
          ? null
          : watchUnchecked({ signal: child.signal, isTracked: (el) => engine.composeFor(el) !== undefined, onChange: statusChanged });
      /** The box a key is for: the one it was typed in, else (focus on no text field) the first that takes it. */
      const byKey = (target: EventTarget | null, take: (t: Tracked) => boolean): boolean => {
        const t = engine.composeFor(target);
        if (t && target instanceof Node && t.body.contains(target)) return take(t);
        // Focus on no text field (the page clicked, a button, our badge): the browser's Undo still reverses
        // the frame's last edit, the second half of our change, and left the box empty (QA). A box that
        // holds exactly what we put in gets our Undo instead; another field keeps its own Undo.
        if (editableField(target)) return false;
        for (const x of engine.composes.values()) if (take(x)) return true;
        return false;
      };
      watchUndoKey(
        child.signal,
        (target) => byKey(target, (t) => undoByKey(t, engine)),
        // Redo after our Undo of the calm rewrite or a suggestion, while the box is exactly as that Undo left it
        (target) => byKey(target, (t) => t.session?.redo() === true),
      );
      return { adapter, engine, controller: child, unchecked };
    } catch {
      child.abort(); // whatever it had set up goes; the page works as if we were not here
      return null;
    }
  };

  /** Run the adapter for the address the page shows now; on the same site, keep what runs. */
  const evaluate = (): void => {
    if (signal.aborted) return;
    if (!isContextAlive()) {
      // An orphan (extension reloaded or removed) starts nothing: it lets go of the page.
      controller.abort();
      return;
    }
    const adapter = pickAdapter(location.href, settings.customSites);
    if (adapter === (running?.adapter ?? null)) return;
    const old = running;
    running = null;
    old?.controller.abort();
    if (adapter) running = run(adapter);
    statusChanged();
  };

  watchUrl(evaluate, signal);
  onSettingsChanged(({ settings: next }) => {
    settings = next;
    running?.engine.updateSettings(next);
    evaluate(); // an origin taken off the user's sites (in the options) lets go of this page too
  }, signal);
  evaluate();
  return controller;
}

void start().catch(() => {
  /* never break the page: without us, the site works as it always did */
});
