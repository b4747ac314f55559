import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh container in document.body for each test of the calling file: `mount(vnode)` renders into
 * it inside act(); after each test the tree is unmounted and the container removed.
 */
export function mountPoint(): { container: HTMLElement; mount: (vnode: ComponentChild) => void } {
  const mp = {
    container: document.createElement('div'),
    mount(vnode: ComponentChild): void {
      act(() => {
        render(vnode, mp.container);
      });
    },
  };
  beforeEach(() => {
    mp.container = document.createElement('div');
    document.body.append(mp.container);
  });
  afterEach(() => {
    act(() => render(null, mp.container));
    mp.container.remove();
  });
  return mp;
}
