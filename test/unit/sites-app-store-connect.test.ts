// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { appStoreConnect, ASC_REVIEW } from '../../src/sites/app-store-connect';
import { composeRoot, findBodies, loadFixture, sendControlAt, sendControls, unmatched } from './helpers/compose-root';

const a = appStoreConnect;

describe('App Store Connect', () => {
  it('runs on App Store Connect', () => {
    expect(adapterFor('https://appstoreconnect.apple.com/apps/1234567890/distribution/activity/ios/ratingsResponses')?.id).toBe('app-store-connect');
    expect(adapterFor('https://apps.apple.com/us/app/demo/id1234567890')).toBeNull();
  });

  describe('fixture', () => {
    beforeEach(() => loadFixture('app-store-connect.html'));

    it('finds the dialog response field only', () => {
      expect(findBodies(a).map((b) => b.getAttribute('name'))).toEqual(['responseBody']);
      expect(document.querySelectorAll(a.body).length).toBe(2);
    });

    it('the dialog form is the compose root; "Submit" its only send', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(root.tagName).toBe('FORM');
      expect(sendControls(a, root).map((b) => b.textContent)).toEqual(['Submit']);
      expect(unmatched(a.send, root)).toEqual([]);
      expect(sendControlAt(a, root.querySelector('[data-action=cancel]')!, root)).toBeNull();
    });

    it('reads the review the dialog repeats', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      const expected = {
        text: 'After the update all my folders are gone and the sync button does nothing. Support never replied to my email.',
        author: 'frustrated_user_42',
        rating: 1,
      };
      expect(a.incoming!(root, document)).toEqual(expected);
      const copy = root.closest('[role=dialog]')!.querySelector(ASC_REVIEW.card)!;
      for (const list of [ASC_REVIEW.text, ASC_REVIEW.author, ASC_REVIEW.rating]) expect(unmatched(list, copy)).toEqual([]);
      // Without the copy in the dialog: the review whose "Reply" is expanded.
      copy.remove();
      expect(a.incoming!(root, document)).toEqual(expected);
    });
  });
});
