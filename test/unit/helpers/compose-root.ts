/**
 * Test helpers mirroring the engine's discovery rule (src/content/engine.ts): reply bodies are
 * `adapter.body` matches kept by `bodyFilter`; a body's compose root is its nearest ancestor (within
 * `maxDepth`, default 20) that contains a control matching `send` or `alsoSend` (or `sendByText`);
 * with `exclusiveRoot`, the walk gives up at an ancestor that holds another kept body; with
 * `formSubmit`, a body in a form with no recognised send is rooted on its form (alone in it).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SiteAdapter } from '../../../src/sites/types';

export const SITE_FIXTURES = resolve(import.meta.dirname, '../../fixtures/sites');

/** Load a fixture into the current (happy-dom) document, scripts removed: we test the static DOM. */
/**
 * Loads a fixture's markup without its scripts. With `search` (e.g. '?hl=de'), the page's URL gets
 * that query and the fixture's localization script (<script data-l10n>) runs, as it would in the page.
 */
export function loadFixture(name: string, search = ''): string {
  const html = readFileSync(join(SITE_FIXTURES, name), 'utf8');
  const parsed = new DOMParser().parseFromString(html.replace(/<script[\s\S]*?<\/script>/gi, ''), 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  window.history.replaceState(null, '', search || location.pathname);
  const l10n = /<script data-l10n>([\s\S]*?)<\/script>/.exec(html);
  if (search && l10n) new Function(l10n[1]!)();
  return html;
}

/** Instantiate a fixture's <template> (what its script does when the SPA opens a reply box). */
export function openTemplate(id: string, into: Element): HTMLElement {
  const tpl = document.getElementById(id) as HTMLTemplateElement | null;
  if (!tpl) throw new Error(`no template #${id}`);
  const frag = tpl.content.cloneNode(true) as DocumentFragment;
  const first = frag.firstElementChild as HTMLElement;
  into.append(frag);
  return first;
}

/**
 * `scope.querySelectorAll(sel)` with browser semantics: in Chromium the selector is matched against
 * the whole document and only the results inside `scope` are kept, so `'[data-review-id] button'`
 * matches inside a scope below the card. happy-dom matches ancestors only within the scope; emulate.
 */
export function within<T extends Element = HTMLElement>(scope: ParentNode, sel: string): T[] {
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  return [...doc.querySelectorAll<T & Element>(sel)].filter((el) => scope !== el && (scope as Node).contains(el)) as T[];
}

function sendSelector(adapter: SiteAdapter): string {
  return [...adapter.send, ...(adapter.alsoSend ?? [])].join(',');
}

export function findBodies(adapter: SiteAdapter, doc: Document = document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(adapter.body)].filter((el) => adapter.bodyFilter?.(el) ?? true);
}

export function composeRoot(adapter: SiteAdapter, body: HTMLElement): HTMLElement | null {
  const selectors = sendSelector(adapter);
  let el = body.parentElement;
  for (let depth = 0; el && depth < (adapter.maxDepth ?? 20); depth++, el = el.parentElement) {
    if (adapter.exclusiveRoot && findBodies(adapter).some((other) => other !== body && el!.contains(other))) return null;
    if (within(el, selectors).length || sendByText(adapter, el).length) return el;
  }
  // Where form submission is guarded, a box in a form with no recognised send is rooted on the form.
  const form = adapter.formSubmit ? body.closest('form') : null;
  if (form && !findBodies(adapter).some((other) => other !== body && form.contains(other))) return form;
  return null;
}

/** Controls recognised by `sendByText` (optional contract field) inside a scope. */
export function sendByText(adapter: SiteAdapter, scope: ParentNode): HTMLElement[] {
  const s = adapter.sendByText;
  if (!s) return [];
  return within<HTMLElement>(scope, s.selector).filter((el) => s.test(el));
}

/** The send controls (send + alsoSend + sendByText) inside a compose root. */
export function sendControls(adapter: SiteAdapter, root: HTMLElement): HTMLElement[] {
  const css = within<HTMLElement>(root, sendSelector(adapter));
  return [...new Set([...css, ...sendByText(adapter, root)])];
}

/** The send control a click on `target` would hit, as the engine resolves it (closest match). */
export function sendControlAt(adapter: SiteAdapter, target: Element, root: HTMLElement): HTMLElement | null {
  for (const sel of [...adapter.send, ...(adapter.alsoSend ?? [])]) {
    const hit = target.closest<HTMLElement>(sel);
    if (hit && root.contains(hit)) return hit;
  }
  const s = adapter.sendByText;
  if (s) {
    const hit = target.closest<HTMLElement>(s.selector);
    if (hit && root.contains(hit) && s.test(hit)) return hit;
  }
  return null;
}

/** Every selector of a list matches at least one element in scope (each selector is exercised). */
export function unmatched(selectors: readonly string[], scope: ParentNode): string[] {
  return selectors.filter((sel) => within(scope, sel).length === 0);
}
