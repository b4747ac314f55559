import { describe, expect, it } from 'vitest';
import { adapterFor, pickAdapter } from '../../src/sites';
import { generic } from '../../src/sites/generic';
import { outlook } from '../../src/sites/outlook';
import { googleBusiness } from '../../src/sites/google-business';

describe('pickAdapter: which adapter runs at an address (asked again when an SPA changes it)', () => {
  it('is the built-in adapter where its URL test passes, else none, on hosts the manifest lets us into', () => {
    expect(pickAdapter('https://outlook.office.com/calendar/view/week', [])).toBeNull();
    expect(pickAdapter('https://outlook.office.com/mail/inbox/id/AAQk', [])).toBe(outlook);
    expect(pickAdapter('https://www.google.com/search?q=pizza', [])).toBeNull();
    expect(pickAdapter('https://www.google.com/search?q=pizza#lrd=0x1:0x2,1,,,,', [])).toBe(googleBusiness);
    expect(pickAdapter('https://www.tripadvisor.com/Hotel_Review-g1-d2.html', [])).toBeNull();
    expect(pickAdapter('https://www.tripadvisor.com/ManagementCenter', [])?.id).toBe('tripadvisor');
  });

  it('is the same adapter object at every address of one site, so a route change within it keeps the engine', () => {
    const a = pickAdapter('https://outlook.office.com/mail/inbox', []);
    expect(a).not.toBeNull();
    expect(pickAdapter('https://outlook.office.com/mail/sentitems/id/x', [])).toBe(a);
    expect(pickAdapter('https://mail.google.com/mail/u/0/#inbox', [])).toBe(pickAdapter('https://mail.google.com/mail/u/0/#sent/abc', []));
  });

  it('is the generic adapter on an origin the user turned on, and only there', () => {
    const sites = ['https://support.example.com'];
    expect(pickAdapter('https://support.example.com/tickets/5123', sites)).toBe(generic);
    expect(pickAdapter('https://support.example.com:8443/tickets/5123', sites)).toBeNull();
    expect(pickAdapter('https://other.example.org/tickets/5123', sites)).toBeNull();
    expect(pickAdapter('https://support.example.com/tickets/5123', [])).toBeNull();
    // a built-in site wins over a custom entry for the same origin
    expect(pickAdapter('https://outlook.office.com/mail/', ['https://outlook.office.com'])).toBe(outlook);
    expect(pickAdapter('not a url', sites)).toBeNull();
  });

  it('agrees with adapterFor on built-in sites', () => {
    for (const url of ['https://mail.google.com/mail/u/0/', 'https://biz.yelp.com/r2r/x', 'https://www.google.com/maps/place/x', 'https://example.com/']) {
      expect(pickAdapter(url, [])).toBe(adapterFor(url));
    }
  });
});
