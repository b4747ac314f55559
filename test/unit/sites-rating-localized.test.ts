// @vitest-environment happy-dom
/**
 * The customer's star rating ("Draft a calm reply" answers a 1-star review differently from a 4-star one) on
 * Tripadvisor, Yelp and App Store Connect in other UI languages. Each test loads the site's fixture and puts
 * a localized rating in place of the English one, in the same structure:
 * - Tripadvisor: the bubble rating `svg.UctUV` carries its label in an aria-label (older scrapers read
 *   `svg.UctUV[aria-label]`) or only in a <title> child (newer ones read `svg.UctUV title`). The French and
 *   Spanish labels are the ones public scrapers of tripadvisor.fr and tripadvisor.es record ("5 sur 5 bulles",
 *   "4,0 de 5 burbujas"); the German, Italian and Japanese ones are assumed to follow the same pattern.
 * - Yelp: `div[role=img][aria-label="N star rating"]` (scrapers take the label's leading number); the
 *   localized labels are assumed: the number, then the words for stars and rating.
 * - App Store Connect: assumed (see the fixture's header): an image labelled "N out of 5 stars"; localized
 *   labels as Apple's stores word a rating ("4 von 5 Sternen", "5つ星のうち4").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { tripadvisor } from '../../src/sites/tripadvisor';
import { yelp } from '../../src/sites/yelp';
import { appStoreConnect } from '../../src/sites/app-store-connect';
import { composeRoot, findBodies, loadFixture } from './helpers/compose-root';

const rootOf = (a: typeof yelp) => composeRoot(a, findBodies(a)[0]!)!;

describe('Tripadvisor: the bubble rating in other languages', () => {
  beforeEach(() => loadFixture('tripadvisor.html'));
  const svg = () => document.querySelector('[data-reviewid] svg.UctUV')!;
  const cases: Array<[string, number]> = [
    ['4,0 von 5 Punkten', 4],
    ['2,0 sur 5 bulles', 2],
    ['5 sur 5 bulles', 5],
    ['3,0 de 5 burbujas', 3],
    ['1,0 su 5 di punteggio', 1],
    ['5段階中2.0の評価', 2],
    ['5つ星のうち4', 4],
  ];

  it('reads a localized aria-label', () => {
    for (const [label, rating] of cases) {
      svg().setAttribute('aria-label', label);
      svg().querySelector('title')!.textContent = label;
      expect(tripadvisor.incoming!(rootOf(tripadvisor), document)?.rating, label).toBe(rating);
    }
  });

  it('reads the label from the svg <title> when there is no aria-label (in English too)', () => {
    for (const [label, rating] of [...cases, ['3.0 of 5 bubbles', 3] as [string, number]]) {
      svg().removeAttribute('aria-label');
      svg().setAttribute('aria-labelledby', ':lithium-r1:');
      const title = svg().querySelector('title')!;
      title.id = ':lithium-r1:';
      title.textContent = label;
      expect(tripadvisor.incoming!(rootOf(tripadvisor), document)?.rating, label).toBe(rating);
    }
  });

  it('takes no other icon of the card for the rating', () => {
    svg().remove();
    const card = document.querySelector('[data-reviewid]')!;
    card.insertAdjacentHTML('afterbegin', '<svg aria-hidden="true"><title>Helpful vote 3</title></svg><svg role="img" aria-label="2 photos"></svg>');
    expect(tripadvisor.incoming!(rootOf(tripadvisor), document)?.rating).toBeUndefined();
  });
});

describe('Yelp: the star rating in other languages', () => {
  beforeEach(() => loadFixture('yelp.html'));
  it('reads a localized label', () => {
    const img = document.querySelector('[data-review-id] [role="img"]')!;
    for (const [label, rating] of [
      ['2 Sterne Bewertung', 2],
      ['Note de 4 étoiles', 4],
      ['Valoración de 3 estrellas', 3],
      ['Valutazione di 5 stelle', 5],
      ['星評価 2', 2],
      ['1 star rating', 1],
    ] as Array<[string, number]>) {
      img.setAttribute('aria-label', label);
      expect(yelp.incoming!(rootOf(yelp), document)?.rating, label).toBe(rating);
    }
  });
  it('takes no other image of the card for the rating', () => {
    const img = document.querySelector('[data-review-id] [role="img"]')!;
    img.setAttribute('aria-label', 'Foto 2');
    expect(yelp.incoming!(rootOf(yelp), document)?.rating).toBeUndefined();
  });
});

describe('App Store Connect: the star rating in other languages', () => {
  beforeEach(() => loadFixture('app-store-connect.html'));
  it('reads a localized label, in the dialog and in the list', () => {
    for (const [label, rating] of [
      ['4 von 5 Sternen', 4],
      ['2 étoiles sur 5', 2],
      ['3 de 5 estrellas', 3],
      ['5 su 5', 5],
      ['5つ星のうち4', 4],
    ] as Array<[string, number]>) {
      for (const img of document.querySelectorAll('[data-review-id] [role="img"]')) img.setAttribute('aria-label', label);
      const root = rootOf(appStoreConnect);
      expect(appStoreConnect.incoming!(root, document)?.rating, label).toBe(rating);
      // the review whose "Reply" opened the dialog, when the dialog does not repeat it
      const copy = root.closest('[role=dialog]')!.querySelector('[data-review-id]')!;
      const parent = copy.parentElement!;
      copy.remove();
      expect(appStoreConnect.incoming!(root, document)?.rating, label).toBe(rating);
      parent.append(copy);
    }
  });
});
