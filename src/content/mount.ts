/**
 * Our UI lives in shadow roots on hosts we own, never inside the page's editable body: nothing of
 * ours can end up in what is sent, and the page's CSS cannot restyle us.
 */
import { render, type ComponentChild } from 'preact';

export interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  render(vnode: ComponentChild): void;
  remove(): void;
}

export function mountShadow(tag: string, css: string, place: (host: HTMLElement) => void): Mounted {
  const host = document.createElement(tag);
  host.setAttribute('data-cool-off', '');
  // Never part of the editable content, even if placed beside it.
  host.contentEditable = 'false';
  host.translate = false;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  const container = document.createElement('div');
  // Our words are English, whatever the page's language (screen readers pick the voice by it). Each
  // component's root sets dir="ltr" itself: this block keeps the page's direction, so on a right-to-left
  // page the badge still sits at the reply box's start (right), reading left to right inside.
  container.lang = 'en';
  root.append(container);
  place(host);
  return {
    host,
    root,
    render: (vnode) => render(vnode, container),
    remove: () => {
      render(null, container);
      host.remove();
    },
  };
}

/** Put the badge host right after the reply box, but outside any editable ancestor. */
export function placeAfterBody(body: HTMLElement): (host: HTMLElement) => void {
  return (host) => {
    let anchor: HTMLElement = body;
    while (anchor.parentElement && anchor.parentElement.isContentEditable) anchor = anchor.parentElement;
    anchor.after(host);
  };
}
