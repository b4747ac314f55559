// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { yelp, YELP_REVIEW } from '../../src/sites/yelp';
import { composeRoot, findBodies, loadFixture, openTemplate, sendControlAt, sendControls, unmatched } from './helpers/compose-root';

const a = yelp;

describe('Yelp for Business', () => {
  it('runs on biz.yelp.com only', () => {
    expect(adapterFor('https://biz.yelp.com/r2r/sunny-side-cafe')?.id).toBe('yelp');
    expect(adapterFor('https://biz.yelp.com/inbox')?.id).toBe('yelp');
    expect(adapterFor('https://www.yelp.com/biz/sunny-side-cafe')).toBeNull();
    expect(adapterFor('http://biz.yelp.com/r2r/x')).toBeNull();
  });

  describe('fixture', () => {
    beforeEach(() => loadFixture('yelp.html'));

    it('finds the open public comment box, not search, reCAPTCHA or the business-details textarea', () => {
      const bodies = findBodies(a);
      expect(bodies.map((b) => b.getAttribute('name'))).toEqual(['comment_text']);
      expect(document.querySelectorAll('textarea').length).toBe(3);
    });

    it('takes the form as compose root, its submit button as the only send', () => {
      const body = findBodies(a)[0]!;
      const root = composeRoot(a, body)!;
      expect(root.tagName).toBe('FORM');
      expect(sendControls(a, root).map((b) => b.textContent)).toEqual(['Post public comment']);
      expect(unmatched(a.send, root)).toEqual([]);
      for (const b of document.querySelectorAll<HTMLElement>('[data-action=cancel], [aria-label="Report review"], [data-action=private]')) {
        expect(sendControlAt(a, b, root)).toBeNull();
      }
      expect(a.formSubmit).toBe(true);
      expect(a.audienceFor!(root)).toBe('public');
    });

    it('reads the review: text, author, rating', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(a.incoming!(root, document)).toEqual({
        text: 'Our eggs came out cold and the server rolled her eyes when we asked for them to be reheated. We waited 40 minutes for the check.',
        author: 'Karen S.',
        rating: 1,
      });
      const card = root.closest(YELP_REVIEW.card)!;
      for (const list of [YELP_REVIEW.text, YELP_REVIEW.author, YELP_REVIEW.rating]) expect(unmatched(list, card)).toEqual([]);
    });

    it('a private message opened later is found, sends with "Send message", and is a private audience', () => {
      const card = document.querySelectorAll('[data-review-id]')[1]!;
      openTemplate('private-form', card);
      const bodies = findBodies(a);
      expect(bodies).toHaveLength(2);
      const root = composeRoot(a, bodies[1]!)!;
      expect(sendControls(a, root).map((b) => b.textContent)).toEqual(['Send message']);
      expect(a.audienceFor!(root)).toBe('private');
      expect(a.incoming!(root, document)).toMatchObject({ author: 'Luis M.', rating: 3, text: expect.stringMatching(/music was so loud/) });
    });
  });
});
