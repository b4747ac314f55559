// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor, siteFor } from '../../src/sites';
import { googleBusiness, GOOGLE_REVIEW } from '../../src/sites/google-business';
import { composeRoot, findBodies, loadFixture, openTemplate, sendControlAt, sendControls, unmatched } from './helpers/compose-root';

const a = googleBusiness;

describe('Google Business Profile: URLs', () => {
  it('runs on the dashboard, the merchant reviews page, Maps and the reviews dialog in Search', () => {
    for (const url of [
      'https://business.google.com/reviews',
      'https://business.google.com/n/1234567890/reviews',
      'https://www.google.com/local/business/1234567890/customers/reviews',
      'https://www.google.com/maps/place/Trattoria+Demo/@45.46,9.18,17z',
      'https://www.google.com/maps',
      'https://www.google.com/search?q=trattoria+demo#lrd=0x4786c6:0x9e1b,1,,,,',
      'https://www.google.com/search?q=my+business',
    ]) expect(adapterFor(url)?.id, url).toBe('google-business');
  });
  it('stays off ordinary searches and Maps resources', () => {
    for (const url of [
      'https://www.google.com/search?q=cats',
      'https://www.google.com/search?q=business+news',
      'https://www.google.com/',
      'https://www.google.com/maps/embed?pb=xyz',
      'https://www.google.com/maps/api/js?key=x',
      'https://www.google.com/mapsfoo',
      'https://maps.google.com.evil.example/maps',
    ]) expect(adapterFor(url), url).toBeNull();
  });
});

describe("Google Business Profile: Google's country sites", () => {
  it('the owner\'s reviews frame, Maps and the reviews dialog in Search run on www.google.de, .co.uk, .co.jp, .com.br…', () => {
    for (const host of ['www.google.de', 'www.google.co.uk', 'www.google.co.jp', 'www.google.com.br', 'www.google.fi']) {
      for (const path of [
        '/local/business/4519860453221307925/customers/reviews/reply?knm=0&hl=de&reviewId=Ci9D',
        '/maps/place/Trattoria+Demo/@45.46,9.18,17z',
        '/search?q=trattoria+demo&hl=de#lrd=0x4786c6:0x9e1b,1,,,,',
      ]) expect(adapterFor(`https://${host}${path}`)?.id, host + path).toBe('google-business');
      expect(adapterFor(`https://${host}/search?q=katzen`), host).toBeNull();
    }
  });
  it('the reviews frame is guarded whatever the search was and in whatever language', () => {
    // A German owner searching "mein unternehmen": the results page is not claimed, its frame is.
    expect(adapterFor('https://www.google.de/search?q=mein+unternehmen&hl=de')).toBeNull();
    expect(siteFor('https://www.google.de/search?q=mein+unternehmen&hl=de')?.id).toBe('google-business');
    expect(adapterFor('https://www.google.de/local/business/1/customers/reviews?hl=de')?.id).toBe('google-business');
  });
  it('not other Google sites, other paths, or look-alike hosts', () => {
    for (const url of [
      'https://www.google.de/',
      'https://www.google.de/imghp',
      'https://www.google.xx/local/business/1/customers/reviews',
      'https://www.google.de.evil.example/local/business/1/customers/reviews',
      'https://google.de/local/business/1/customers/reviews',
    ]) expect(adapterFor(url), url).toBeNull();
  });
});

describe('Google Business Profile: the popup\'s site', () => {
  it('a search for the business by name belongs to Google Business Profile (its reviews frame is guarded), not "turn on for www.google.com"', () => {
    const url = 'https://www.google.com/search?q=trattoria+demo';
    expect(adapterFor(url)).toBeNull();
    expect(siteFor(url)?.id).toBe('google-business');
    expect(siteFor('https://business.google.com/reviews')?.id).toBe('google-business');
    expect(siteFor('https://www.google.com/')).toBeNull();
    expect(siteFor('https://example.com/search?q=my+business')).toBeNull();
    expect(siteFor('not a url')).toBeNull();
  });
});

describe('Google Business Profile: fixture', () => {
  beforeEach(() => loadFixture('google-business.html'));

  it('finds exactly the open reply box, not the search box nor the auto-size shadow', () => {
    const bodies = findBodies(a);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.getAttribute('jsname')).toBe('YPqjbf');
    // The decoys do match the raw selector or are textareas on the page.
    expect(document.querySelectorAll('textarea').length).toBe(3);
    expect(document.querySelectorAll(a.body).length).toBe(2);
  });

  it('takes the reply editor as compose root, with the filled Reply button as its only send', () => {
    const body = findBodies(a)[0]!;
    const root = composeRoot(a, body)!;
    expect(root.classList.contains('zP4Zpb')).toBe(true);
    const sends = sendControls(a, root);
    expect(sends).toHaveLength(1);
    expect(sends[0]!.textContent).toBe('Reply');
    // Cancel, Report, Share are not sends.
    for (const b of document.querySelectorAll<HTMLElement>('[data-action=cancel], [aria-label="Report review"], [aria-label="Share review"]')) {
      expect(sendControlAt(a, b, root)).toBeNull();
    }
    // Each send selector of the Maps card on its own finds the button.
    expect(unmatched(a.send.filter((sel) => sel.startsWith('[data-review-id]')), root)).toEqual([]);
  });

  it('picks up a reply box opened after load ("Reply" on another review)', () => {
    const card = document.querySelectorAll('[data-review-id]')[1]!;
    openTemplate('reply-editor', card);
    const bodies = findBodies(a);
    expect(bodies).toHaveLength(2);
    const root = composeRoot(a, bodies[1]!)!;
    expect(card.contains(root)).toBe(true);
    expect(a.incoming!(root, document)).toEqual({
      text: 'The pasta was fine but our booking was lost and we stood at the door for twenty minutes.',
      author: 'Priya Natarajan',
      rating: 2,
    });
  });

  it('reads the review being answered: text, author, rating', () => {
    const root = composeRoot(a, findBodies(a)[0]!)!;
    expect(a.incoming!(root, document)).toEqual({
      text: 'Waited 45 minutes for a cold pizza, and the waiter was rude when I asked about it. Never again.',
      author: 'Marco Rossi',
      rating: 1,
    });
    const card = root.closest(GOOGLE_REVIEW.card)!;
    for (const list of [GOOGLE_REVIEW.text, GOOGLE_REVIEW.author, GOOGLE_REVIEW.rating]) {
      expect(list.some((sel) => unmatched([sel], card).length === 0)).toBe(true);
    }
  });

  it('falls back to the text container when the text span class changes', () => {
    const root = composeRoot(a, findBodies(a)[0]!)!;
    root.closest('[data-review-id]')!.querySelector('.wiI7pd')!.className = 'renamed';
    expect(a.incoming!(root, document)?.text).toMatch(/^Waited 45 minutes/);
  });

  it('is a public audience with no keyboard send', () => {
    expect(a.audience).toBe('public');
    expect(a.keys).toEqual({ ctrlEnter: false, enterInBody: false });
  });
});

/** The owner's reviews frame (Search and Maps load it from www.google.com/local/business/…). */
describe('Google Business Profile: the reviews frame', () => {
  // The fixture builds each review screen from its template, as Google's frame renders one review at a time.
  beforeEach(() => {
    loadFixture('google-merchant-reviews.html');
    const screen = document.getElementById('screen')!;
    openTemplate('review', screen);
    const review = screen.querySelector('.noyJyc')!;
    review.querySelector('[jsname="xs1xe"]')!.textContent = 'Lucía Fernández';
    review.querySelector('.DYizzd')!.setAttribute('aria-label', '1 de 5');
    review.querySelector('.gyKkFe')!.textContent = 'We were seated an hour late.';
  });

  it('runs in the frame: its URL is claimed by the adapter', () => {
    const url = 'https://www.google.com/local/business/4519860453221307925/customers/reviews/reply?knm=0&ih=lu&origin=https%3A%2F%2Fwww.google.com&hl=es&reviewId=Ci9D';
    expect(adapterFor(url)?.id).toBe('google-business');
  });

  it('finds the reply field only: not the auto-size copy, not the review search field', () => {
    const bodies = findBodies(a);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.getAttribute('jsname')).toBe('YPqjbf');
    expect(document.querySelectorAll('textarea').length).toBe(2);
  });

  it('takes the reply box as compose root, with "Responder" as its only send', () => {
    const root = composeRoot(a, findBodies(a)[0]!)!;
    expect(root.classList.contains('FkJOzc')).toBe(true);
    const sends = sendControls(a, root);
    expect(sends).toHaveLength(1);
    expect(sends[0]!.textContent).toBe('Responder');
    // A click on the label inside the button still hits the button.
    expect(sendControlAt(a, root.querySelector('[jsname="hrGhad"] .VfPpkd-vQzf8d')!, root)).toBe(sends[0]);
    for (const b of document.querySelectorAll<HTMLElement>('[data-action=cancel], [data-action=next], [aria-label="Denunciar reseña"]')) {
      expect(sendControlAt(a, b, document.body)).toBeNull();
    }
    expect(unmatched(a.send.filter((sel) => sel.startsWith('.FkJOzc')), root)).toEqual([]);
  });

  it('reads the review before the reply box: text, author, a localized rating', () => {
    const root = composeRoot(a, findBodies(a)[0]!)!;
    expect(a.incoming!(root, document)).toEqual({ text: 'We were seated an hour late.', author: 'Lucía Fernández', rating: 1 });
  });
});
