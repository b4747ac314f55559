// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { trustpilot, TRUSTPILOT_REVIEW } from '../../src/sites/trustpilot';
import { composeRoot, findBodies, loadFixture, openTemplate, sendControlAt, sendControls, unmatched } from './helpers/compose-root';

const a = trustpilot;

describe('Trustpilot Business', () => {
  it('runs on the business app, not on the public site', () => {
    expect(adapterFor('https://businessapp.b2b.trustpilot.com/reviews')?.id).toBe('trustpilot');
    expect(adapterFor('https://businessapp.b2b.trustpilot.com/reviews/65f1c0a2b3d4e5f6a7b8c9d0')?.id).toBe('trustpilot');
    expect(adapterFor('https://www.trustpilot.com/review/example.com')).toBeNull();
  });

  describe('fixture', () => {
    beforeEach(() => loadFixture('trustpilot.html'));

    it('finds the open reply box only (not the hidden template field, not search)', () => {
      expect(findBodies(a).map((b) => b.getAttribute('name'))).toEqual(['replyText']);
      expect(document.querySelectorAll(a.body).length).toBe(2);
    });

    it('the form is the compose root; "Post reply" its only send', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(root.tagName).toBe('FORM');
      expect(sendControls(a, root).map((b) => b.textContent)).toEqual(['Post reply']);
      expect(unmatched(a.send, root)).toEqual([]);
      for (const b of document.querySelectorAll<HTMLElement>('[data-action=cancel], [aria-label="Report review"], [aria-label="Share review"]')) {
        expect(sendControlAt(a, b, root)).toBeNull();
      }
    });

    it('reads the review', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(a.incoming!(root, document)).toEqual({
        text: 'Ordered a jacket three weeks ago, the parcel never arrived and support keeps sending me the same copy-paste answer. I want my money back.',
        author: 'Oliver Grant',
        rating: 1,
      });
      const card = root.closest(TRUSTPILOT_REVIEW.card)!;
      for (const list of [TRUSTPILOT_REVIEW.text, TRUSTPILOT_REVIEW.author, TRUSTPILOT_REVIEW.rating]) expect(unmatched(list, card)).toEqual([]);
    });

    it('a reply box opened after load is found in its own card', () => {
      const card = document.querySelectorAll('[data-service-review-card-paper]')[1]!;
      openTemplate('reply-form', card);
      const bodies = findBodies(a);
      expect(bodies).toHaveLength(2);
      expect(a.incoming!(composeRoot(a, bodies[1]!)!, document)).toEqual({
        text: 'Nice quality, but the sizes run small.', author: 'Sofia Hansen', rating: 4,
      });
    });
  });
});
