// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { tripadvisor, TRIPADVISOR_REVIEW, TRIPADVISOR_DOMAINS } from '../../src/sites/tripadvisor';
import { composeRoot, findBodies, loadFixture, openTemplate, sendControlAt, sendControls, unmatched } from './helpers/compose-root';

const a = tripadvisor;

describe('Tripadvisor Management Center', () => {
  it('runs on Management Center paths of the main country sites', () => {
    for (const url of [
      'https://www.tripadvisor.com/ManagementCenter',
      'https://www.tripadvisor.com/ManagementCenter-d123456',
      'https://www.tripadvisor.co.uk/ManagementCenter?businessId=123',
      'https://www.tripadvisor.de/OwnerResponse-g187323-d123',
      'https://www.tripadvisor.fr/Owners',
      'https://www.tripadvisor.com/ManagementResponse?reviewId=938475610',
      'https://www.tripadvisor.co.nz/ManagementCenter',
      'https://www.tripadvisor.com.sg/ManagementCenter',
      'https://www.tripadvisor.co.za/Owners',
      'https://www.tripadvisor.com.ar/ManagementCenter',
      'https://www.tripadvisor.co.kr/ManagementCenter',
      'https://www.tripadvisor.com.tw/ManagementCenter',
      'https://www.tripadvisor.com.hk/ManagementCenter',
      'https://www.tripadvisor.ru/ManagementCenter',
    ]) expect(adapterFor(url)?.id, url).toBe('tripadvisor');
    for (const d of TRIPADVISOR_DOMAINS) expect(adapterFor(`https://www.${d}/ManagementCenter`)?.id, d).toBe('tripadvisor');
  });
  it('stays off the travel pages', () => {
    for (const url of [
      'https://www.tripadvisor.com/Hotel_Review-g60763-d93450-Reviews-Harbour_View.html',
      'https://www.tripadvisor.co.uk/',
      'https://www.tripadvisor.com/Search?q=hotel',
      'https://www.tripadvisor.example.com/ManagementCenter',
    ]) expect(adapterFor(url), url).toBeNull();
  });

  describe('fixture', () => {
    beforeEach(() => loadFixture('tripadvisor.html'));

    it('finds the response textarea only (not name/role inputs, search, hidden field)', () => {
      expect(findBodies(a).map((b) => b.getAttribute('name'))).toEqual(['response']);
    });

    it('the form is the compose root; "Submit response" its only send', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(root.tagName).toBe('FORM');
      expect(sendControls(a, root).map((b) => b.textContent)).toEqual(['Submit response']);
      for (const b of document.querySelectorAll<HTMLElement>('[data-action=cancel], [aria-label="Report this review"]')) {
        expect(sendControlAt(a, b, root)).toBeNull();
      }
    });

    it('reads the review (current markup)', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(a.incoming!(root, document)).toEqual({
        text: 'The room smelled of smoke, the bathroom was dirty and construction noise started at 7am every day. Front desk just shrugged.',
        author: 'SallyTravels88',
        rating: 1,
      });
      const card = root.closest(TRIPADVISOR_REVIEW.card)!;
      expect(unmatched([TRIPADVISOR_REVIEW.text[0]!, ...TRIPADVISOR_REVIEW.author, TRIPADVISOR_REVIEW.rating[0]!], card)).toEqual([]);
    });

    it('older markup: a response form opened later, <input type=submit>, bubble class rating', () => {
      const card = document.querySelectorAll('[data-reviewid]')[1]!;
      openTemplate('response-form', card);
      const bodies = findBodies(a);
      expect(bodies).toHaveLength(2);
      const root = composeRoot(a, bodies[1]!)!;
      const sends = sendControls(a, root);
      expect(sends.map((b) => (b as HTMLInputElement).value)).toEqual(['Submit response']);
      expect(unmatched([a.send[1]!], root)).toEqual([]);
      expect(sendControlAt(a, root.querySelector('[data-action=cancel]')!, root)).toBeNull();
      expect(a.incoming!(root, document)).toEqual({ text: 'The breakfast was overpriced and the eggs were cold.', author: 'GeorgeP', rating: 2 });
      expect(unmatched([TRIPADVISOR_REVIEW.text[1]!, TRIPADVISOR_REVIEW.rating[1]!], card)).toEqual([]);
    });
  });
});
