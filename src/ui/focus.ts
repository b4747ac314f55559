/** Focus helpers that work inside shadow roots (document.activeElement there is only the host). */

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(',');

/** Tabbable descendants of `container`, in DOM order. */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.hasAttribute('disabled') && !el.closest('[hidden]') && el.tabIndex >= 0,
  );
}

/** The focused element as seen from `node`'s own root (document or shadow root). */
export function activeElementFor(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return ('activeElement' in root ? root.activeElement : null) ?? null;
}
