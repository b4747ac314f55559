/**
 * The menu a compose's send-options button opens ("More send options": Gmail's and Outlook's "Schedule
 * send"). Choosing one of its items sends (or schedules) the draft as it is at that moment, so the item
 * is guarded like Send: a menu opened while the draft read calm, left open while the user typed it
 * angry, must not let its item through. Sites render such a menu right beside its button, or at the end
 * of the page (Closure's menus in Gmail, Fluent's layers in Outlook), so it is told apart by ARIA and by
 * place, not by class names.
 */

/** What an item of a menu is, by role. */
export const MENU_ITEM = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';

/** Does this control open a menu (an `aria-haspopup` other than "false")? */
export function opensPopup(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup');
  return popup !== null && popup !== 'false';
}

/** The ids an element names in an ARIA relation (aria-controls="a b"). */
function named(el: Element, attr: string): string[] {
  return (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
}

/** The nearest element holding both. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/**
 * The item of the menu `opener` opens that `target` is in, or null. An item belongs to that menu when
 * - the opener names the menu, or something around it, in aria-controls / aria-owns; or
 * - it sits by the opener: their nearest common ancestor holds neither the reply `body` nor another
 *   button that opens a menu (a menu rendered next to its button, in the send group, not another button's
 *   menu elsewhere in the compose or its toolbar); or
 * - the opener says its menu is open (aria-expanded="true") and the item is in no compose at all
 *   (`inCompose`): a menu the site renders at the end of the page.
 */
export function sendMenuItem(
  target: EventTarget | null,
  opener: HTMLElement,
  body: HTMLElement,
  inCompose: (el: Element) => boolean,
): HTMLElement | null {
  if (!(target instanceof Element) || !opener.isConnected || !opensPopup(opener)) return null;
  const item = target.closest<HTMLElement>(MENU_ITEM);
  if (!item || item === opener || item.contains(opener)) return null;
  const doc = opener.ownerDocument;
  for (const id of [...named(opener, 'aria-controls'), ...named(opener, 'aria-owns')]) {
    if (doc.getElementById(id)?.contains(item)) return item;
  }
  const common = commonAncestor(opener, item);
  if (common && !common.contains(body)) {
    const menu = item.closest('[role="menu"]') ?? item;
    const others = [...common.querySelectorAll('[aria-haspopup]')].some((el) => el !== opener && opensPopup(el) && !menu.contains(el));
    if (!others) return item;
  }
  if (opener.getAttribute('aria-expanded') === 'true' && !inCompose(item)) return item;
  return null;
}
