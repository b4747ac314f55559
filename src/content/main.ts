/**
 * Content script entry. Picks the adapter for this page, loads settings, starts the engine, and
 * tears everything down when the extension goes away (reload/update/uninstall) or when a newer copy
 * of this script takes over the page. Dead or replaced, we fail open: the site sends normally.
 */
import { adapterFor } from '../sites';
import { generic } from '../sites/generic';
import { extensionId, isContextAlive, loadSettings, onSettingsChanged } from '../background/ext';
import { draftReply } from '../core/draft';
import { Engine, type Tracked } from './engine';
import { readDraft, replaceOwnText, snapshot, restore } from './draft';
import type { BadgeActions } from '../ui/types';
import type { Settings } from '../core/settings';

const TAKEOVER = 'cool-off:takeover';

function originOf(href: string): string {
  try {
    return new URL(href).origin;
  } catch {
    return '';
  }
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

  const { settings } = await loadSettings();
  if (signal.aborted) return null;
  const adapter =
    adapterFor(location.href) ?? (settings.customSites.includes(originOf(location.href)) ? generic : null);
  if (!adapter) return null;

  /** Per reply box: the draft before we inserted a drafted reply, and the text we inserted. */
  const undo = new WeakMap<HTMLElement, { before: ReturnType<typeof snapshot>; inserted: string }>();
  const badgeActions = (t: Tracked, engine: Engine): BadgeActions => {
    const incoming = engine.incomingFor(t);
    const actions: BadgeActions = {};
    // Only where there is a customer message to answer (a thread reply, a review), not a blank new email.
    if (incoming) {
      actions.draftReply = () => {
        const s: Settings = engine.currentSettings;
        const reply = draftReply(incoming.text, {
          customerName: incoming.author,
          rating: incoming.rating,
          audience: engine.audienceOf(t),
          signatureName: s.signatureName || undefined,
          businessName: s.businessName || undefined,
        });
        const current = readDraft(t.body).own.trim();
        if (current && !window.confirm('Replace your draft with a calm reply? You can undo it from the badge.')) return;
        const before = snapshot(t.body);
        replaceOwnText(t.body, reply.text);
        undo.set(t.body, { before, inserted: readDraft(t.body).own });
        engine.refreshBadge(t);
      };
    }
    const step = undo.get(t.body);
    if (step) {
      actions.undoDraft = () => {
        // edits made to the drafted reply since would be lost: only with the user's say-so
        if (readDraft(t.body).own !== step.inserted && !window.confirm('Undo the drafted reply? Your edits to it will be lost and your earlier draft comes back.')) return;
        restore(t.body, step.before);
        undo.delete(t.body);
        engine.refreshBadge(t);
      };
    }
    return actions;
  };

  const engine = new Engine({
    adapter,
    settings,
    signal,
    isAlive: isContextAlive,
    onDead: () => controller.abort(),
    badgeActions,
  });
  onSettingsChanged(({ settings: next }) => engine.updateSettings(next), signal);
  return controller;
}

void start().catch(() => {
  /* never break the page: without us, the site works as it always did */
});
