// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { generic, looksLikeSend } from '../../src/sites/generic';
import { composeRoot, findBodies, loadFixture, sendControlAt, sendControls, unmatched } from './helpers/compose-root';

const a = generic;

describe('generic adapter', () => {
  it('is never picked by URL (it is matched at runtime from customSites)', () => {
    expect(a.matches).toEqual([]);
    expect(adapterFor('https://support.example.com/tickets/5123')).toBeNull();
  });

  describe('fixture', () => {
    beforeEach(() => loadFixture('generic.html'));

    it('keeps visible text boxes and editor hosts only', () => {
      const bodies = findBodies(a);
      expect(bodies.map((b) => b.id || b.getAttribute('aria-label'))).toEqual(['reply-text', 'Comment', 'notes']);
    });

    it('a form textarea: root is the form, "Send reply" its send; Cancel and Search are not', () => {
      const root = composeRoot(a, document.getElementById('reply-text')!)!;
      expect(root.tagName).toBe('FORM');
      expect(sendControls(a, root).map((b) => b.textContent)).toEqual(['Send reply']);
      expect(sendControlAt(a, document.getElementById('cancel')!, root)).toBeNull();
      const search = document.querySelector<HTMLElement>('#search button')!;
      expect(looksLikeSend(search)).toBe(false);
      expect(sendControlAt(a, search, root)).toBeNull();
    });

    it('an editor with a "Post" button beside it (no form): found by label', () => {
      const editor = document.querySelector<HTMLElement>('#comment-box .editor')!;
      const root = composeRoot(a, editor)!;
      expect(root.id).toBe('comment-box');
      expect(sendControls(a, root).map((b) => b.textContent)).toEqual(['Post']);
      // The page-level "Publish article" is far away: not this box's send.
      expect(root.contains(document.getElementById('publish-article'))).toBe(false);
    });

    it('a box whose only button is "Save note" has no compose root', () => {
      expect(composeRoot(a, document.getElementById('notes')!)).toBeNull();
    });

    it('each send selector matches its control kind', () => {
      const form = document.getElementById('reply-form')!;
      expect(unmatched([a.send[0]!], form)).toEqual([]);
      form.querySelector('button[type=submit]')!.removeAttribute('type');
      expect(unmatched([a.send[2]!], form)).toEqual([]);
      form.insertAdjacentHTML('beforeend', '<input type="submit" value="Go">');
      expect(unmatched([a.send[1]!], form)).toEqual([]);
    });
  });

  it('recognises send labels in several languages and ignores look-alikes', () => {
    const mk = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild as HTMLElement;
    };
    for (const html of ['<button>Send</button>', '<button>Reply all</button>', '<button aria-label="Publish reply">↑</button>', '<button>Envoyer</button>',
      '<button>Antworten</button>', '<div role="button">Post comment</div>', '<input type="button" value="Submit">', '<button title="Responder">→</button>']) {
      expect(looksLikeSend(mk(html)), html).toBe(true);
    }
    for (const html of ['<button>Cancel</button>', '<button>Save note</button>', '<button>Send later? No: cancel</button>', '<button></button>',
      '<button>Preview</button>', '<button>Sending options and more settings for this very long label</button>']) {
      expect(looksLikeSend(mk(html)), html).toBe(false);
    }
  });

  it('no keyboard path is missed: Ctrl/Cmd+Enter guarded, form submits guarded', () => {
    expect(a.keys.ctrlEnter).toBe(true);
    expect(a.formSubmit).toBe(true);
  });
});
