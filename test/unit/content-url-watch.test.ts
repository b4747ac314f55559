// @vitest-environment happy-dom
/**
 * watchUrl: the content script notices a single-page app changing its address without a reload
 * (history.pushState / replaceState by the page, back/forward, hash changes), through the Navigation
 * API where there is one and, where not, through popstate/hashchange and the next DOM change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchUrl } from '../../src/content/url-watch';

const START = 'https://outlook.office.com/calendar/view/week';
const MAIL = 'https://outlook.office.com/mail/inbox/id/AAQk';

/** Lets the MutationObserver deliver its records. */
const settle = () => new Promise((r) => setTimeout(r, 0));

let controller: AbortController;
beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(START);
  document.body.innerHTML = '<div id="app"></div>';
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('watchUrl with the Navigation API', () => {
  it('calls back once per new address on currententrychange, with the address now shown', () => {
    const navigation = new EventTarget();
    const seen = vi.fn();
    watchUrl(seen, controller.signal, { navigation });
    history.pushState(null, '', '/mail/inbox/id/AAQk');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenLastCalledWith(MAIL);
    // the same address again (popstate after the same entry, a replaceState with the same URL): nothing
    window.dispatchEvent(new PopStateEvent('popstate'));
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toHaveBeenCalledTimes(1);
    history.replaceState(null, '', '/calendar/view/day');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toHaveBeenLastCalledWith('https://outlook.office.com/calendar/view/day');
  });

  it('does not watch the DOM when the Navigation API is there', async () => {
    const navigation = new EventTarget();
    const seen = vi.fn();
    watchUrl(seen, controller.signal, { navigation });
    history.pushState(null, '', '/mail/inbox');
    document.getElementById('app')!.append(document.createElement('p'));
    await settle();
    expect(seen).not.toHaveBeenCalled();
  });

  it('stops with its signal', () => {
    const navigation = new EventTarget();
    const seen = vi.fn();
    watchUrl(seen, controller.signal, { navigation });
    controller.abort();
    history.pushState(null, '', '/mail/inbox');
    navigation.dispatchEvent(new Event('currententrychange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('watchUrl without the Navigation API', () => {
  it('a pushState is noticed at the DOM change that follows it (the SPA rendering the new page)', async () => {
    const seen = vi.fn();
    watchUrl(seen, controller.signal, { navigation: null });
    history.pushState(null, '', '/mail/inbox/id/AAQk');
    await settle();
    expect(seen).not.toHaveBeenCalled(); // no event at all for a pushState
    document.getElementById('app')!.append(document.createElement('div'));
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenLastCalledWith(MAIL);
    // more rendering at the same address: nothing more
    document.getElementById('app')!.append(document.createElement('div'));
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('back/forward (popstate) and hash changes are noticed at once', () => {
    const seen = vi.fn();
    watchUrl(seen, controller.signal, { navigation: null });
    history.replaceState(null, '', '/mail/inbox');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toHaveBeenLastCalledWith('https://outlook.office.com/mail/inbox');
    history.replaceState(null, '', '/mail/inbox#sent');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(seen).toHaveBeenLastCalledWith('https://outlook.office.com/mail/inbox#sent');
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('stops watching the DOM with its signal', async () => {
    const seen = vi.fn();
    watchUrl(seen, controller.signal, { navigation: null });
    controller.abort();
    history.pushState(null, '', '/mail/inbox');
    document.getElementById('app')!.append(document.createElement('div'));
    await settle();
    expect(seen).not.toHaveBeenCalled();
  });
});
