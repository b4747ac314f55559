/** The browser's Undo and Redo keys, as the overlay and the content script both read them. */

/** Ctrl/Cmd+Z without Shift (Shift makes it Redo): the browser's Undo. */
export function isUndoKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && keyIs(e, 'z');
}

/** Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y: the browser's Redo. */
export function isRedoKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && ((e.shiftKey && keyIs(e, 'z')) || (!e.shiftKey && keyIs(e, 'y')));
}

/** The letter the key types, or (a layout without Latin letters) the key in that place on a US keyboard. */
function keyIs(e: Pick<KeyboardEvent, 'key' | 'code'>, letter: 'z' | 'y'): boolean {
  const key = typeof e.key === 'string' ? e.key.toLowerCase() : '';
  return key === letter || (!/^[a-z]$/.test(key) && e.code === `Key${letter.toUpperCase()}`);
}
