// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { playConsole, PLAY_REVIEW } from '../../src/sites/play-console';
import { composeRoot, findBodies, loadFixture, openTemplate, sendControlAt, sendControls, unmatched } from './helpers/compose-root';

const a = playConsole;
const URL_REVIEWS = 'https://play.google.com/console/u/0/developers/5166846112789481453/app/4973132795386481227/user-feedback/reviews';

describe('Google Play Console', () => {
  it('runs in the console, not on the store', () => {
    expect(adapterFor(URL_REVIEWS)?.id).toBe('play-console');
    expect(adapterFor('https://play.google.com/console/u/0/developers')?.id).toBe('play-console');
    expect(adapterFor('https://play.google.com/store/apps/details?id=com.example')).toBeNull();
  });

  describe('fixture', () => {
    beforeEach(() => loadFixture('play-console.html'));

    it('finds the reply textarea only (not the console search)', () => {
      const bodies = findBodies(a);
      expect(bodies).toHaveLength(1);
      expect(bodies[0]!.getAttribute('aria-label')).toBe('Reply to this review');
    });

    it('the reply section is the compose root; the raised "Send" its only send', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(root.getAttribute('debug-id')).toBe('reply-section');
      expect(sendControls(a, root).map((b) => b.textContent)).toEqual(['Send']);
      expect(unmatched(a.send, root)).toEqual([]);
      for (const b of document.querySelectorAll<HTMLElement>('[debug-id=cancel-button], [debug-id=translate-button], [debug-id=overflow-menu]')) {
        expect(sendControlAt(a, b, root)).toBeNull();
      }
    });

    it('reads the review', () => {
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(a.incoming!(root, document)).toEqual({
        text: 'App crashes every time I open a note with a photo. Lost two days of notes after the last update. Fix it!',
        author: 'Jamal Ortiz',
        rating: 1,
      });
      const card = root.closest(PLAY_REVIEW.card)!;
      for (const list of [PLAY_REVIEW.text, PLAY_REVIEW.author, PLAY_REVIEW.rating]) expect(unmatched(list, card)).toEqual([]);
    });

    it('a reply box opened after load is found', () => {
      openTemplate('reply-box', document.querySelectorAll('[debug-id=review]')[1]!);
      const bodies = findBodies(a);
      expect(bodies).toHaveLength(2);
      expect(a.incoming!(composeRoot(a, bodies[1]!)!, document)).toEqual({ text: 'Sync to my tablet is slow.', author: 'Hannah Lee', rating: 3 });
    });
  });
});
