import { describe, expect, it } from 'vitest';
import { expectDraftsLinear, LINEAR_LIMIT_MS, LINEAR_TIMEOUT } from './helpers/linear';
import { cpuMs } from './helpers/cpu-time';
import { analyze } from '../../src/core/tone/analyze';
import { detectTopics, draftReply, findReference, findSenderName, isPositive } from '../../src/core/draft';
import { MERGED_STEPS, TOPICS } from '../../src/core/draft/templates';

const COMPLAINTS: { text: string; topics: string[] }[] = [
  { text: 'My order #48213 arrived two weeks late and the box was damaged. I want a refund.', topics: ['late-delivery', 'damaged-item', 'refund'] },
  { text: 'You sent me the wrong size and a charger was missing from the box.', topics: ['wrong-item', 'missing-item'] },
  { text: 'The waiter was so rude to us and we waited over an hour for our food.', topics: ['rude-staff', 'wait-time'] },
  { text: 'I was charged twice for invoice INV-2041. Fix it.', topics: ['billing'] },
  { text: 'I asked to cancel my subscription three times and nobody got back to me.', topics: ['cancellation', 'communication'] },
  { text: 'Poor quality, the jacket fell apart after one wash.', topics: ['quality'] },
  { text: 'The room was dirty and the sheets were stained.', topics: ['cleanliness'] },
  // "late" alone is not a delivery: a restaurant review gets the wait, not a shipment to trace
  { text: 'We booked a table for eight and were seated an hour late. Nobody apologised.', topics: ['wait-time'] },
  // a hotel, a trade job, an app: the same words as a parcel or a website, another problem to fix
  { text: 'The AC was broken the whole stay and there was no hot water.', topics: ['facilities'] },
  { text: 'The plumber left a mess and the tap is still leaking.', topics: ['facilities'] },
  { text: 'The app keeps crashing since the last update and I lost all my notes.', topics: ['app'] },
  // a meal, not goods: no replacement to ship
  { text: 'The pizza was cold and the fries were soggy. We waited an hour for it.', topics: ['food', 'wait-time'] },
];

describe('draftReply', () => {
  for (const c of COMPLAINTS) {
    it(`addresses the problems in: ${c.text.slice(0, 50)}`, () => {
      const r = draftReply(c.text, { customerName: 'Jane Doe', signatureName: 'Sam', businessName: 'Acme' });
      for (const t of c.topics) expect(r.topics).toContain(t);
      expect(r.text.startsWith('Hi Jane,') || r.text.startsWith('Hello Jane,') || r.text.startsWith('Dear Jane,')).toBe(true);
      expect(r.text).toMatch(/thank you/i);
      expect(r.text).toMatch(/sorry|apolog/i);
      expect(r.text).toMatch(/today|tomorrow|within|by the end|this week|business day|same day/i);
      expect(r.text).toMatch(/\n\n(?:Best|Kind|Warm) regards,\nSam\nAcme$/);
      expect(analyze(r.text).flagged).toBe(false);
    });
  }

  it('reads "late" as a delivery only next to a delivery word', () => {
    for (const t of ['We were seated an hour late.', 'The food came forty minutes late.', 'My appointment started 40 minutes late.']) {
      const ids = detectTopics(t).map((x) => x.id);
      expect(ids, t).toContain('wait-time');
      expect(ids, t).not.toContain('late-delivery');
    }
    for (const t of ['My package is late.', 'Delivery was delayed by a week.', 'The courier turned up three days late.', 'Late delivery again!']) {
      expect(detectTopics(t).map((x) => x.id), t).toContain('late-delivery');
    }
    expect(draftReply('We were seated an hour late.', { customerName: 'Lucía' }).text).not.toMatch(/shipment|deliver|order/i);
  });

  it('a broken room or fitting is not a damaged parcel, and a crashing app is not the website', () => {
    for (const t of ['The shower was broken and the towels were dirty.', 'The AC was not working in our room.', 'The lift was out of order all week.']) {
      const ids = detectTopics(t).map((x) => x.id);
      expect(ids, t).toContain('facilities');
      expect(ids, t).not.toContain('damaged-item');
      expect(draftReply(t, { customerName: 'Sam' }).text, t).not.toMatch(/replacement|refund|arrive|shipment/i);
    }
    // goods still are goods
    expect(detectTopics('The mug arrived broken.').map((x) => x.id)).toEqual(['damaged-item']);
    const app = draftReply('Useless app, it crashes every time I open it.', { customerName: 'Kim', audience: 'public' });
    expect(app.topics).toEqual(['app']);
    expect(app.text).not.toMatch(/website|place the order/i);
    expect(app.text).toMatch(/device model and app version/);
    expect(app.text).not.toMatch(/frustrating[^]*frustrating/);
    expect(detectTopics('The website is down again.').map((x) => x.id)).toEqual(['website']);
    expect(detectTopics('The website is broken.').map((x) => x.id)).toEqual(['website']);
    expect(detectTopics('Login broken, it keeps saying wrong password.').map((x) => x.id)).toEqual(['account']);
    // money that has not come back is a refund to chase, not a parcel
    expect(detectTopics('The refund still has not come through after three weeks.').map((x) => x.id)).toEqual(['refund']);
    expect(detectTopics('My parcel still has not arrived.').map((x) => x.id)).toEqual(['late-delivery']);
    expect(detectTopics('My package is stuck in customs for three weeks.').map((x) => x.id)).toContain('late-delivery');
    // (one shown as delivered and not there, or lost in the post, is a lost parcel: stop 16)
    for (const t of ['It says delivered but nothing arrived.', 'The parcel got lost in the post.']) {
      expect(detectTopics(t).map((x) => x.id), t).toContain('lost-parcel');
    }
  });

  it('a cold or badly cooked meal goes to the kitchen, not to a replacement or refund; goods keep theirs', () => {
    const meals = [
      'The pizza was cold and the fries were soggy.',
      'My soup arrived lukewarm and the bread was stale.',
      'The chicken was undercooked, pink in the middle.',
      'Coffee tasted burnt and the croissant was dry.',
      'The pasta was so salty we could not eat it.',
      'Terrible food, everything tasted like it had been reheated.',
      'Bland food and overcooked steak.',
    ];
    for (const t of meals) {
      expect(detectTopics(t).map((x) => x.id), t).toEqual(['food']);
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.text, t).not.toMatch(/replace|refund|ship|return label|order details/i);
        expect(d.text, t).toMatch(/kitchen|chef/i);
      }
    }
    // not food: the goods' quality topic still offers a replacement
    expect(detectTopics('Poor quality, the jacket fell apart after one wash.').map((x) => x.id)).toEqual(['quality']);
    expect(draftReply('Poor quality, the jacket fell apart after one wash.', { customerName: 'Sam' }).text).toMatch(/replace/);
    // a late meal is a wait, not bad cooking
    expect(detectTopics('The food came forty minutes late.').map((x) => x.id)).toEqual(['wait-time']);
  });

  it('a tradesperson who came late kept the customer waiting; a booking we cancelled is not a cancellation to process', () => {
    for (const t of ['The electrician turned up three hours late and left dust everywhere.', 'Tour guide was late and the bus broke down.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toContain('wait-time');
      expect(d.text, t).not.toMatch(/shipment|delivery|order number/i);
    }
    for (const t of ['The courier turned up three days late.', 'The delivery team arrived two days late.']) {
      expect(detectTopics(t).map((x) => x.id), t).toContain('late-delivery');
    }
    for (const t of ['The gym cancelled my class twice with no notice.', 'My appointment was cancelled at the last minute.', 'They cancelled our table an hour before.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['we-cancelled']);
      expect(d.text, t).toMatch(/rebook/);
      expect(d.text, t).not.toMatch(/confirm the cancellation|cancellation[^.]*is completed|no further charges/i);
    }
    // "we" in a customer's message is the customers: their own cancellation, not ours
    expect(detectTopics('We cancelled our reservation two days ahead and were still charged.').map((x) => x.id)).not.toContain('we-cancelled');
    // the customer's own cancellation is still processed
    for (const t of ['I asked to cancel my subscription three times and nobody got back to me.', 'Please cancel my account.']) {
      expect(detectTopics(t).map((x) => x.id), t).toContain('cancellation');
      expect(detectTopics(t).map((x) => x.id), t).not.toContain('we-cancelled');
    }
  });

  it('a tutor, trainer or photographer who cancelled on the customer is our cancellation to rebook, and a month invoiced for it is billing', () => {
    const d = draftReply("My daughter's maths tutor cancelled three sessions in a row with an hour's notice and we still got invoiced for the full month.", { customerName: 'Sam' });
    expect(d.topics).toEqual(['we-cancelled', 'billing']);
    expect(d.text).toMatch(/rebook/);
    expect(d.text).not.toMatch(/confirm the cancellation|no further charges/);
    for (const t of ['My personal trainer cancelled on me again.', 'Our photographer called off the shoot the day before.', 'The class was cancelled with an hour\'s notice.']) {
      expect(detectTopics(t).map((x) => x.id), t).toEqual(['we-cancelled']);
    }
    // the customer's own cancellation is still theirs to have processed
    for (const t of ['I cancelled my sessions with the tutor because I moved.', 'I asked my coach to cancel the session.']) {
      expect(detectTopics(t).map((x) => x.id), t).toEqual(['cancellation']);
    }
  });

  it('noise, belongings we lost, and rudeness described rather than named are each answered as such', () => {
    for (const t of ['The room next to the lift was so noisy we could not sleep.', 'Music was too loud to talk.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['noise']);
      expect(d.text, t).toMatch(/noise/i);
      expect(d.text, t).not.toMatch(/replace|refund|ship/i);
    }
    for (const t of ['They lost my dry cleaning and will not reimburse me.', 'The airline lost my luggage.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toContain('lost-item');
      expect(d.text, t).toMatch(/search for it/);
    }
    for (const t of ['The server rolled her eyes when we asked for water.', 'The therapist was on her phone the whole time.']) {
      expect(detectTopics(t).map((x) => x.id), t).toContain('rude-staff');
    }
    // not these: a parcel lost in the post is a lost parcel, not belongings; "loud and clear" and lost patience are no complaint about noise or belongings
    expect(detectTopics('The parcel got lost in the post.').map((x) => x.id)).toEqual(['lost-parcel']);
    expect(detectTopics('Loud and clear, thanks!')).toEqual([]);
    expect(detectTopics('The car makes a weird noise since you repaired it.').map((x) => x.id)).not.toContain('noise');
    expect(detectTopics('I lost my patience with your support.')).toEqual([]);
  });

  it('a visit nobody came to is rebooked, not traced like a parcel; damage our people did in a home is repaired, not replaced', () => {
    for (const t of ['Booked a plumber, he never showed up and never called.', 'The cleaner did not turn up.', 'Nobody came to fit the blinds.', 'They stood us up twice.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['no-show']);
      expect(d.text, t).toMatch(/rebook|new appointment/);
      expect(d.text, t).not.toMatch(/shipment|tracking|delivery/i);
    }
    // an order that never came is still a delivery
    for (const t of ['My package never showed up.', 'The parcel never turned up.', 'I ordered a lamp and it never came.']) {
      expect(detectTopics(t).map((x) => x.id), t).toEqual(['late-delivery']);
    }
    for (const t of ['The movers scratched our floor and broke a lamp.', 'The painters left stains on my carpet and chipped the door frame.', 'There are scuffs on our walls after the delivery.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toContain('property-damage');
      expect(d.topics, t).not.toContain('damaged-item');
      expect(d.text, t).toMatch(/repair/);
      expect(d.text, t).not.toMatch(/replacement|reached you damaged/i);
    }
    // goods that arrived broken are still goods to replace
    for (const t of ['The lamp arrived broken.', 'The driver damaged my parcel.', 'Everything in the box was soaked from the rain.']) {
      expect(detectTopics(t).map((x) => x.id), t).toContain('damaged-item');
      expect(detectTopics(t).map((x) => x.id), t).not.toContain('property-damage');
    }
  });

  it("damage our people did to a customer's car or belongings is repaired or covered, not a replacement shipped, and a car is not their home", () => {
    for (const t of ['I paid for an express car wash and they scratched the bonnet with the brushes.', 'The valet scratched my car.', 'My car came back from the garage with a dent in the door.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['vehicle-damage']);
      expect(d.text, t).toMatch(/your car/);
      expect(d.text, t).toMatch(/repair it or cover the cost/);
      expect(d.text, t).not.toMatch(/replacement|reached you|your home|after our visit/i);
    }
    for (const t of ['The mover dropped our TV and now the screen is cracked.', 'One of the cleaners broke a vase on the mantelpiece.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['property-damage']);
      expect(d.text, t).not.toMatch(/replacement|reached you damaged/i);
    }
    // not these: a hired car's flat tyre is no damage we did to theirs; a parcel the driver damaged and a phone the customer dropped are goods
    expect(detectTopics('The rental car had a flat tyre.').map((x) => x.id)).not.toContain('vehicle-damage');
    expect(detectTopics('The painters scratched the door frame.').map((x) => x.id)).toEqual(['property-damage']);
    expect(detectTopics('The driver damaged my parcel.').map((x) => x.id)).toEqual(['damaged-item']);
    expect(detectTopics('I dropped my phone and the screen cracked.').map((x) => x.id)).toEqual(['damaged-item']);
  });

  it('a repair that did not last is looked at again, not treated as a broken fitting or a parcel', () => {
    for (const t of [
      'The mechanic said it was fixed but the check engine light came on the next day.',
      'They repaired the boiler and a week later it broke down again.',
      'The tap is still leaking after the plumber fixed it.',
      'The car makes a weird noise since you repaired it.',
    ]) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['repair-failed']);
      expect(d.text, t).toMatch(/look at it again/);
      expect(d.text, t).not.toMatch(/replacement|shipment|noise/i);
    }
    // a repair that went well is no complaint; a broken fitting with no repair is still a fitting
    expect(detectTopics('After they fixed it, it works great.')).toEqual([]);
    expect(detectTopics('The plumber left a mess and the tap is still leaking.').map((x) => x.id)).toEqual(['facilities']);
  });

  it('a delayed flight is a wait, and a promised call that never came is not hearing back from us (nobody telling them is not-informed)', () => {
    const d = draftReply('Our flight was delayed five hours and nobody told us anything at the gate.', { customerName: 'Sam' });
    expect(d.topics).toEqual(['wait-time', 'not-informed']);
    expect(d.text).not.toMatch(/shipment|tracking/i);
    expect(detectTopics('Was promised a callback within 24 hours, still nothing after a week.').map((x) => x.id)).toEqual(['communication']);
    expect(detectTopics('The support agent kept me in the dark for a month.').map((x) => x.id)).toEqual(['not-informed']);
    // not these: a delivery's "still nothing" is the delivery's; "no, thanks" is no complaint
    expect(detectTopics('Still nothing has arrived.').map((x) => x.id)).toEqual(['late-delivery']);
    expect(detectTopics('No, thanks, all good.')).toEqual([]);
  });

  it('nobody telling them is answered as not being kept informed, not as if they had chased us', () => {
    for (const t of [
      'Our flight was delayed five hours and nobody told us anything at the gate.',
      'Nobody told us the class had moved to another room.',
      'They raised the membership fee without telling anyone.',
    ]) {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.topics, t).toContain('not-informed');
        expect(d.topics, t).not.toContain('communication');
        expect(d.text, t).toMatch(/kept you informed|tell you what was going on/);
        expect(d.text, t).not.toMatch(/chase us|after reaching out|single point of contact/);
        expect(analyze(d.text, { sensitivity: 'strict' }).flagged, d.text).toBe(false);
      }
    }
    // the flight's wait is still a wait, said once
    expect(draftReply('Our flight was delayed five hours and nobody told us anything at the gate.', { customerName: 'Sam' }).text).toMatch(/wait/);
    // they did chase us: still communication, and an e-mail ignored or a phone no longer answered is that too
    for (const t of ['I emailed you three times and nobody got back to me.', 'Our landlord has ignored three emails about the damp.', 'The agency stopped answering the phone.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toContain('communication');
      expect(d.topics, t).not.toContain('not-informed');
    }
  });

  it('a dentist running behind with nobody saying a word, a school that never told us, and a clean not done are each answered as such', () => {
    const dentist = draftReply('Dentist was running 50 minutes behind and nobody said a word. When I finally went in, it was rushed.', { customerName: 'Sam' });
    expect(dentist.topics).toEqual(['wait-time', 'not-informed']);
    expect(dentist.text.match(/what we are changing/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(detectTopics('The school never told us the trip had been moved to Friday and my son missed it.').map((x) => x.id)).toEqual(['not-informed']);
    const clean = draftReply('Cleaners were meant to do a deep clean before we moved in. The oven was still greasy and the windows had not been touched.', { customerName: 'Sam' });
    expect(clean.topics).toEqual(['cleanliness']);
    expect(clean.text).toMatch(/clean/);
    // not these: nothing rude said is no silence, and a customer who was late is no wait of ours
    expect(detectTopics('Nobody said anything rude, the staff were great.').map((x) => x.id)).not.toContain('not-informed');
    expect(detectTopics('We were late for our appointment and they still saw us. Lovely team!')).toEqual([]);
  });

  it('praise followed by a complaint is answered as a complaint, not thanked for a good experience', () => {
    for (const t of ['The tour guide was fantastic but the bus broke down and we missed the last stop.', 'Lovely staff, however the room was filthy.', 'Great location. Unfortunately the pool was closed all week.']) {
      const d = draftReply(t, { customerName: 'Sam', audience: 'public' });
      expect(d.text, t).toMatch(/sorry|apolog/i);
      expect(d.text, t).not.toMatch(/delighted|glad you enjoyed|good experience/i);
    }
    // praise with a mild aside stays praise; so does plain praise
    for (const t of ['Great food, but parking nearby can be tricky.', 'Absolutely loved the pasta and the staff were so friendly! Will be back.']) {
      const d = draftReply(t, { customerName: 'Sam', audience: 'public' });
      expect(d.text, t).not.toMatch(/sorry|apolog/i);
    }
  });

  it('praise that says nothing went wrong ("nothing was broken", "no complaints", "never late") is thanked, not apologised for', () => {
    for (const t of [
      'The hotel was great, nothing was broken and the room was spotless.',
      'The movers were great, nothing was damaged.',
      'Delivery was never late and the food was always hot. Love this place!',
      'No problems at all, the dentist was lovely.',
      'Not a single issue in two years with this bank. Great service.',
      'Fast, friendly, no complaints!',
    ]) {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.topics, t).toEqual([]);
        expect(d.text, t).not.toMatch(/sorry|apolog|let you down/i);
        expect(d.text, t).toMatch(/thank you/i);
      }
    }
    // a complaint word that is not negated is still a complaint, next to a negated one or alone
    for (const t of ['The box was not damaged but the mug inside was broken.', 'The food was great, nothing was missing, but the delivery was late.', 'My order was not late, it was a week late!', 'No one was friendly.', 'The staff were great but the room was not clean.']) {
      expect(draftReply(t, { customerName: 'Sam' }).text, t).toMatch(/sorry|apolog/i);
    }
    expect(detectTopics('The box was not damaged but the mug inside was broken.').map((x) => x.id)).toEqual(['damaged-item']);
  });

  it('praise of the quality or the taste is thanked, not answered with a replacement; poor quality still is', () => {
    for (const t of ['Great quality, fast shipping!', 'The quality is amazing, will buy again.', 'Amazing wedding cake, everyone said it was the best they had ever tasted!']) {
      const d = draftReply(t, { customerName: 'Sam', audience: 'public' });
      expect(d.topics, t).toEqual([]);
      expect(d.text, t).not.toMatch(/sorry|replace|refund/i);
    }
    for (const t of ['Poor quality, the jacket fell apart after one wash.', 'The quality has gone downhill.', 'It feels cheap and flimsy.', 'It tasted like cardboard.']) {
      expect(detectTopics(t).map((x) => x.id), t).toEqual(['quality']);
    }
  });

  it("words the customer quotes are not their verdict, and a platform that kept freezing after praise is a complaint", () => {
    const cake = draftReply("I ordered a birthday cake with 'Happy 30th Emma' and it said 'Happy 13th Emma'.", { customerName: 'Sam' });
    expect(cake.topics).toEqual(['custom-order']);
    expect(cake.text).toMatch(/sorry/);
    expect(cake.text).not.toMatch(/wonderful review|enjoyed the food/);
    const tutor = draftReply('The tutor was great with my daughter, but the online platform kept freezing during lessons.', { customerName: 'Sam' });
    expect(tutor.text).toMatch(/sorry|apolog/i);
    expect(tutor.text).not.toMatch(/wonderful review|good experience/);
    // praise with an apostrophe or a quoted word in it is still praise
    for (const t of ["It's the 'best' pizza in town, they say. Loved it!", "We'll be back, the staff's kindness was great!"]) {
      expect(draftReply(t, { customerName: 'Sam' }).text, t).not.toMatch(/sorry|apolog/i);
    }
  });

  it('thanks written after a death get condolences, not "we hope to see you again soon"', () => {
    for (const t of [
      'The funeral directors were so kind and patient with us after Mum passed away. Thank you for everything.',
      'We had to have our cat put to sleep last week and the vet nurses were wonderful. Thank you.',
      'The vet team were amazing with our old dog in his last days. So kind and patient. Thank you all.',
    ]) {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.text, t).toMatch(/sorry for your loss|condolences/);
        expect(d.text, t).not.toMatch(/see you again|welcoming you back|delighted|makes our day|good experience/i);
        expect(analyze(d.text, { sensitivity: 'strict' }).flagged, d.text).toBe(false);
      }
    }
    // a dog lost in the park and found again, or a dog that loves its vet, is ordinary praise
    for (const t of ['Lovely staff, they were brilliant when we lost our dog in the park and helped us find him.', 'Great vet, our dog loves coming here!']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.text, t).not.toMatch(/loss|condolences/);
      expect(d.text, t).toMatch(/see you again|welcoming you back/);
    }
  });

  it('a broken thing we fixed is what the customer thanks us for, not damage to replace', () => {
    for (const t of ['The dentist fixed my cracked tooth so gently, I barely felt a thing.', 'They repaired my broken screen in an hour, brilliant.']) {
      const d = draftReply(t, { customerName: 'Sam', audience: 'public' });
      expect(d.topics, t).toEqual([]);
      expect(d.text, t).not.toMatch(/sorry|replace|refund|reached you/i);
    }
    // goods that came cracked, or a repair that did not last, are still complaints
    expect(detectTopics('The phone arrived cracked.').map((x) => x.id)).toEqual(['damaged-item']);
    expect(detectTopics('They repaired the boiler and a week later it broke down again.').map((x) => x.id)).toEqual(['repair-failed']);
  });

  it('food left out of an order goes to the kitchen, not to a warehouse; money taken after a cancelled trial is billing too', () => {
    for (const t of ['The caterers forgot the vegetarian meals for our guests.', 'They forgot my fries again.', 'The burger came without the sauce.']) {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.topics, t).toEqual(['food-missing']);
        expect(d.text, t).not.toMatch(/warehouse|ship|tracking|opening the box|3 business days/i);
      }
      expect(draftReply(t, { customerName: 'Sam' }).text, t).toMatch(/kitchen/);
    }
    // goods left out of a box still go out from the warehouse
    expect(detectTopics('A charger was missing from the box.').map((x) => x.id)).toEqual(['missing-item']);
    // (a charge after they cancelled is a charge to check against the cancellation, not a cancellation to process)
    const trial = draftReply('I cancelled my free trial before it ended and you still took £89 from my card.', { customerName: 'Sam' });
    expect(trial.topics).toEqual(['charged-after-cancel']);
    expect(trial.text).toMatch(/check the charge/);
    expect(trial.text).not.toMatch(/confirm the cancellation|cancellation[^.]*is completed/);
  });

  it('a haircut, colour or nails that came out wrong is put right at the salon, not replaced like goods', () => {
    for (const t of ['My haircut was completely uneven and she did not listen to what I asked for.', 'The colour came out orange instead of blonde.', 'My nails were patchy after two days.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['treatment-result']);
      expect(d.text, t).toMatch(/put it right/);
      expect(d.text, t).not.toMatch(/replace|ship|refund/i);
    }
    // goods stay goods; a hair in the soup is no haircut
    expect(detectTopics('The shirt colour is nothing like the photo.').map((x) => x.id)).not.toContain('treatment-result');
    expect(detectTopics('The item is not what I ordered.').map((x) => x.id)).toEqual(['wrong-item']);
    expect(detectTopics('There was a hair in my soup.').map((x) => x.id)).not.toContain('treatment-result');
  });

  it('a pet or a person hurt gets concern, a question after them, a call and what happened looked into; nothing in public admits fault', () => {
    const pets = [
      'Took our poodle to the groomer and they left cuts on his ears.',
      'My dog came back with nicks all over his legs.',
      'The vet kept my cat for a dental clean and she came home with a shaved patch that is now infected.',
    ];
    const people = [
      'I slipped on the wet floor in the lobby and hurt my back.',
      'The stylist burned my scalp at the salon.',
      'The pharmacy gave me the wrong dosage of my blood pressure medication.',
    ];
    for (const [msgs, id, who] of [[pets, 'pet-injury', /your pet|they are doing|they doing/], [people, 'injury', /you are|you doing/]] as const) {
      for (const t of msgs) {
        const priv = draftReply(t, { customerName: 'Sam' });
        expect(priv.topics, t).toEqual([id]);
        expect(priv.text, t).toMatch(/sorry to hear/);
        expect(priv.text, t).toMatch(who);
        expect(priv.text, t).toMatch(/How are (?:they|you) doing now\?|let us know how (?:they|you) are/);
        expect(priv.text, t).toMatch(/look into what happened and talk it through with you/);
        expect(priv.text, t).toMatch(/call you today/);
        expect(priv.text, t).not.toMatch(/I hear your concerns|kitchen|replacement|let you down/);
        const pub = draftReply(t, { customerName: 'Sam', audience: 'public' });
        expect(pub.text, t).toMatch(/talk this through with you/);
        // a public reply says nothing that admits fault or promises money
        expect(pub.text, t).not.toMatch(/our fault|our mistake|responsib|liab|negligen|let you down|we hurt|we injured|\bcovering|\bcosts?\b|compensat/i);
        expect(analyze(pub.text, { sensitivity: 'strict' }).flagged, pub.text).toBe(false);
      }
    }
    // not harm: a dog's short haircut is a grooming result, burnt toast and falling asleep are no injury, hurt feelings are no wound
    expect(detectTopics("They cut my dog's hair far too short.").map((x) => x.id)).not.toContain('pet-injury');
    expect(detectTopics('My dog loved the groomer, he came back so fluffy and happy.')).toEqual([]);
    for (const t of ['I burned my toast in your toaster.', 'I fell asleep during the film.', 'I fell in love with this place.', 'I was hurt by the way she spoke to me.']) {
      expect(detectTopics(t).map((x) => x.id), t).not.toContain('injury');
    }
    // "gave me the wrong" is a kitchen mix-up only with food
    expect(detectTopics('The pharmacy gave me the wrong dosage.').map((x) => x.id)).toEqual(['injury']);
    expect(detectTopics('The cashier gave me the wrong order.').map((x) => x.id)).toEqual(['wrong-dish']);
  });

  it('a pet that came home ill is our concern too, but a vet thanked for treating an ill pet, or staff thanked for helping someone hurt, is praise', () => {
    for (const t of ['Our dog came back from boarding with kennel cough and had to go on antibiotics.', 'My dog was sick after staying at your kennels.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['pet-injury']);
      expect(d.text, t).toMatch(/look into what happened and talk it through with you/);
      expect(d.text, t).not.toMatch(/was hurt/);
    }
    for (const t of ['Our cat had an infection and the vet was fantastic.', 'Our dog was limping and the vet sorted it quickly, brilliant!', 'The vet found an infection in his ear and treated it, great service.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual([]);
      expect(d.text, t).not.toMatch(/sorry|covering/i);
    }
    for (const t of [
      'I slipped on ice in the car park and the staff helped me up and were so kind.',
      'My son fell off his bike outside and your staff were amazing, they brought ice and called us.',
      'Our cat was very poorly after her surgery but the nurses took great care of her and she is home now. Thank you!',
    ]) {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.text, t).toMatch(/We hope (?:everyone|your pet) is feeling better now/);
        expect(d.text, t).not.toMatch(/covering|sorry|delighted|good experience/i);
        expect(analyze(d.text, { sensitivity: 'strict' }).flagged, d.text).toBe(false);
      }
    }
    // hurt with nothing to thank us for, or thanks turned by a "but", is still the careful reply
    for (const t of ['I slipped on the wet floor in the lobby and hurt my back.', 'Lovely staff but I slipped on the wet floor and hurt my back.']) {
      expect(draftReply(t, { customerName: 'Sam' }).text, t).toMatch(/look into what happened and talk it through with you/);
    }
  });

  it('someone made ill by what we served gets the wellbeing reply (with the kitchen as well when the dish is named); being sick of waiting is no illness', () => {
    for (const t of ['Two of us got food poisoning after the set menu.', 'We were sick after eating the prawns.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['injury']);
      expect(d.text, t).toMatch(/How are you doing now\?|let us know how you are/);
    }
    expect(detectTopics('The chicken was undercooked and I got food poisoning.').map((x) => x.id)).toEqual(['food', 'injury']);
    expect(detectTopics('I am sick of waiting for a reply.').map((x) => x.id)).not.toContain('injury');
  });

  it('something made to order that came out wrong is remade or refunded, not shipped back as the wrong stock item', () => {
    for (const t of [
      'The cake had the wrong name on it.',
      "They spelled my name wrong on the cake for my daughter's birthday.",
      'Wrong colour on the custom shirt, I asked for navy and got black.',
      'The florist used white roses instead of the blush pink we agreed on.',
    ]) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['custom-order']);
      expect(d.text, t).toMatch(/made to order|made specially/);
      expect(d.text, t).toMatch(/make it again[^.]*refund/);
      expect(d.text, t).not.toMatch(/I hear your concerns|ship|return label|different item/i);
      const pub = draftReply(t, { customerName: 'Sam', audience: 'public' }).text;
      expect(pub, t).toMatch(/remake at no charge or a full refund/);
    }
    // a stock item in the wrong colour or size is still goods to exchange; a name misspelled in an e-mail is no order made wrong
    expect(detectTopics('The shirt came in the wrong colour.').map((x) => x.id)).toEqual(['wrong-item']);
    expect(detectTopics('You sent me the wrong size.').map((x) => x.id)).toEqual(['wrong-item']);
    expect(detectTopics('They spelled my name wrong in every email.')).toEqual([]);
    expect(detectTopics('We got a twin room instead of the double we booked.').map((x) => x.id)).not.toContain('custom-order');
  });

  it('a torn seat or worn furnishings on our premises are repaired, not replaced like goods; a broken shower is a fitting whichever word comes first', () => {
    for (const t of ['The seat on the bus was torn.', 'The cinema seats are falling apart.', 'The carpet in our room was threadbare and the curtains were ripped.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['worn-fittings']);
      expect(d.text, t).toMatch(/repair or renew/);
      expect(d.text, t).not.toMatch(/replace|refund|reached you|arrive|shipment/i);
    }
    for (const t of ['We had a broken shower for three nights.', 'Half the treadmills are out of order.', 'The heating never works.', 'The dance floor lights never came on.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['facilities']);
      expect(d.text, t).not.toMatch(/replace|reached you|arrive|shipment|tracking/i);
    }
    // a dirty bathroom and a stained carpet stay cleanliness, and a smelly changing room is one too
    expect(detectTopics('The bathroom was dirty and the carpet was stained.').map((x) => x.id)).toEqual(['cleanliness']);
    expect(detectTopics('The changing rooms smell.').map((x) => x.id)).toEqual(['cleanliness']);
    expect(detectTopics('The kitchen smells amazing.')).toEqual([]);
    // goods that reached the customer broken are still goods, whatever the thing is
    for (const t of ['The kettle arrived broken.', 'The chair I ordered arrived with a torn seat.', 'The TV arrived with a cracked screen.']) {
      expect(detectTopics(t).map((x) => x.id), t).toEqual(['damaged-item']);
    }
    // not worn fittings: damage our people did in a home, or nothing wrong at all
    expect(detectTopics('The painters left stains on my carpet and chipped the door frame.').map((x) => x.id)).not.toContain('worn-fittings');
    expect(detectTopics('The seats were comfortable and the bus was clean.')).toEqual([]);
    // lights that "never came on" and a waiter who "never came to take our order" are no parcel; an order that never came is
    expect(detectTopics('The waiter never came to take our order.').map((x) => x.id)).not.toContain('late-delivery');
    expect(detectTopics('I ordered a lamp and it never came.').map((x) => x.id)).toEqual(['late-delivery']);
  });

  it('a public reply says each thing once (the invite does not repeat the topic\'s offer) and reads calm at strict', () => {
    const reviews = [
      'Poor quality, the jacket fell apart after one wash.', 'The pizza was cold.', 'The AC was not working in our room.',
      'The waiter was so rude to us.', 'My order arrived two weeks late.', 'The room was dirty.', 'Terrible experience.',
      'The gym cancelled my class twice with no notice.', 'The electrician turned up three hours late.',
      'The room was so noisy we could not sleep.', 'The airline lost my luggage.', 'The colour came out orange instead of blonde.',
      'Booked a plumber, he never showed up.', 'The movers scratched our floor.', 'They repaired the boiler and it broke down again.', 'Our flight was delayed five hours and nobody told us anything.',
      'The groomer left cuts on his ears.', 'I slipped on the wet floor in the lobby.', 'The cake had the wrong name on it.',
      'The seat on the bus was torn.', 'The dance floor lights never came on.', 'The valet scratched my car.',
      'The caterers forgot the vegetarian meals for our guests.', 'Nobody told us the class had moved to another room.',
    ];
    for (const t of reviews) {
      for (let i = 0; i < 6; i++) {
        const text = draftReply(`${t}${' '.repeat(i)}`, { customerName: `Sam${i}`, audience: 'public' }).text;
        expect(text.match(/make (?:this|it) right|make it up to you/gi)?.length ?? 0, text).toBeLessThanOrEqual(1);
        const sentences = text.split(/(?<=[.!?])\s+/).map((x) => x.trim()).filter((x) => x.length > 20);
        expect(new Set(sentences).size, text).toBe(sentences.length);
        // and a public reply is never one Cool-Off itself would hold (public reviews are held at strict)
        expect(analyze(text, { sensitivity: 'strict' }).flagged, text).toBe(false);
      }
    }
  });

  it('a reply says a phrase once: two topics do not both hold us to our standards, and praise is passed on to the team and looks forward to a next visit once', () => {
    const once = [/hold ourselves to/gi, /frustrat/gi, /I understand why you/gi, /pass\w* (?:it|your \w+) on|shared your note/gi, /see(?:ing)? you again|welcoming you back/gi];
    const msgs = [
      'Our landlord has ignored three emails about the mould in the bedroom. The boiler has been broken for two weeks and we have no heating.',
      'The room was dirty and the shower was broken.',
      'The order is two weeks late and we waited an hour on hold.',
      'Absolutely loved the pasta and the staff were so friendly! Will be back.',
      'Dr. Patel and the hygienist were so gentle with my son. Thank you for making it easy!',
      'The hotel room was lovely and the staff were so helpful. Thank you!',
      'Great coffee, lovely staff!',
      'Not a single issue in two years with this bank. Great service.',
    ];
    for (const t of msgs) {
      for (const audience of ['private', 'public'] as const) {
        for (const rating of [undefined, 5]) {
          const text = draftReply(t, { customerName: 'Sam', audience, rating }).text;
          for (const re of once) expect(text.match(re)?.length ?? 0, `${re} in ${text}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('the wrong dish at a table is a kitchen mix-up, not an item to ship back; a technician\'s wrong part is no parcel either', () => {
    for (const t of ['The waiter brought the wrong dish and it took ages to fix.', 'They served us the wrong pizza.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toContain('wrong-dish');
      expect(d.topics, t).not.toContain('wrong-item');
      expect(d.text, t).not.toMatch(/ship|return label|prepaid/i);
    }
    expect(detectTopics('You sent me the wrong size.').map((x) => x.id)).toEqual(['wrong-item']);
    expect(detectTopics('The technician was late and then said he had the wrong part.').map((x) => x.id)).not.toContain('wrong-item');
  });

  it('mentions the specific problems in words', () => {
    const r = draftReply('The parcel is late and the mug inside was broken.', { customerName: 'Ali' });
    expect(r.text).toMatch(/deliver|arrive/i);
    expect(r.text).toMatch(/damaged|broken/i);
    expect(r.text).toMatch(/replacement|refund/i);
    expect(r.text).toContain('Ali');
  });

  it('quotes the order reference back in a private reply, not in a public one', () => {
    const text = 'Order #55120 never arrived.';
    expect(draftReply(text).text).toContain('#55120');
    expect(draftReply(text, { audience: 'public' }).text).not.toContain('#55120');
  });

  it('invites a public reviewer to continue privately', () => {
    const r = draftReply('Terrible service, the staff were rude and the food was cold.', {
      audience: 'public',
      rating: 1,
      customerName: 'Mark T.',
      businessName: "Luigi's",
    });
    expect(r.text).toMatch(/private message|contact us directly|email or phone/i);
    expect(r.text).toContain('Mark');
    expect(r.text).toContain("Luigi's");
    expect(analyze(r.text).flagged).toBe(false);
  });

  it('thanks a positive review without apologising', () => {
    const r = draftReply('Absolutely loved the pasta and the staff were so friendly! Will be back.', {
      audience: 'public',
      rating: 5,
      customerName: 'Priya',
    });
    expect(r.topics).toEqual([]);
    expect(r.text).toMatch(/thank you/i);
    expect(r.text).not.toMatch(/sorry|apolog/i);
    expect(r.text).toContain('Priya');
    expect(analyze(r.text).flagged).toBe(false);
  });

  it('a low rating is never treated as praise', () => {
    const r = draftReply('It was fine I guess.', { rating: 2 });
    expect(r.text).toMatch(/sorry|apolog/i);
  });

  it('varies with the message and is deterministic', () => {
    const a = draftReply('My package is late.');
    const b = draftReply('The item arrived broken.');
    expect(a.text).not.toBe(b.text);
    expect(draftReply('My package is late.')).toEqual(a);
  });

  it('greets without a name and signs off with the business when no name is set', () => {
    const r = draftReply('Where is my refund?', { businessName: 'Acme' });
    expect(r.text).toMatch(/^(Hello|Hi there),/);
    expect(r.text).toMatch(/The Acme team$/);
  });

  it('finds the sender name and references', () => {
    expect(findSenderName('The box was empty.\n\nThanks,\nJane Doe')).toBe('Jane Doe');
    expect(draftReply('The box was empty.\n\nThanks,\nJane Doe').text).toMatch(/^(Hi|Hello|Dear) Jane,/);
    expect(findReference('ticket 5521 is still open')).toBe('ticket 5521');
    expect(findReference('no numbers here')).toBeNull();
  });

  it('handles empty input', () => {
    const r = draftReply('');
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.topics).toEqual([]);
  });

  it('detects topics in message order', () => {
    expect(detectTopics('I want a refund because it arrived damaged').map((t) => t.id)).toEqual(['refund', 'damaged-item']);
  });

  it('calm for many kinds of incoming messages', () => {
    const msgs = [
      'THIS IS THE WORST SERVICE EVER!!! WHERE IS MY ORDER?',
      'You people are idiots. I was overcharged $40 and nobody answers the phone.',
      'The app keeps crashing at checkout and I cannot log in.',
      'Too expensive for what you get.',
      'Great coffee, lovely staff!',
      'meh',
    ];
    for (const m of [...msgs, ...COMPLAINTS.map((c) => c.text)]) {
      expect(analyze(draftReply(m, { audience: 'public' }).text).flagged, m).toBe(false);
      // review sites hold at 'strict' by default
      expect(analyze(draftReply(m, { audience: 'public' }).text, { sensitivity: 'strict' }).flagged, m).toBe(false);
      expect(analyze(draftReply(m).text, { sensitivity: 'strict' }).flagged, m).toBe(false);
    }
  });
});

describe('draftReply: misreads from the last round and from forty new customer messages', () => {
  const ids = (t: string): string[] => detectTopics(t).map((x) => x.id);

  it('rudeness said not to have happened ("nobody said anything rude", "they were never rude") is no complaint about staff', () => {
    for (const t of [
      'Nobody said anything rude, but the room was freezing.',
      'The staff were great, nobody said anything rude, and the check-in was quick. Thank you!',
      'No one was rude or pushy at any point.',
      "They were never rude, just very busy, and the food was lovely.",
      'The staff had a great attitude.',
    ]) {
      expect(ids(t), t).not.toContain('rude-staff');
    }
    const praise = draftReply('The staff were great, nobody said anything rude, and the check-in was quick. Thank you!', { customerName: 'Sam' });
    expect(praise.text).not.toMatch(/sorry|apolog|courtesy|team member/i);
    // rudeness that is not denied is still rudeness
    for (const t of ['The waiter was so rude to us.', "I've never met such rude staff.", 'Not only rude but slow as well.', 'The receptionist had an attitude from the moment we walked in.']) {
      expect(ids(t), t).toContain('rude-staff');
    }
  });

  it('a question the customer answers "no" to ("Was the train late? No, it was on time") is no complaint; a question about what we did about it still is', () => {
    const train = draftReply('Was the train late? No, it was on time, but the seats were filthy.', { customerName: 'Sam' });
    expect(train.topics).toEqual(['cleanliness']);
    expect(train.text).not.toMatch(/wait/i);
    const bill = draftReply('Was the food cold? No. Was the service slow? Not really. The problem was the bill: they added a 15% service charge nobody mentioned.', { customerName: 'Sam' });
    expect(bill.topics).toEqual(['billing']);
    expect(bill.text).not.toMatch(/kitchen|chef|wait/i);
    expect(ids('Were the staff rude? Not at all. The room was spotless.')).toEqual([]);
    // answered yes, or the "no" is the complaint: still heard
    expect(ids('Was the train late? Yes, two hours late.')).toContain('wait-time');
    expect(ids('Was the parcel late? No, it was three weeks late!')).toContain('late-delivery');
    expect(ids('Did anyone apologise for the late delivery? No.')).toContain('late-delivery');
  });

  it('the price reply fits a membership, a subscription or a service, not only an order', () => {
    for (const t of [
      'I pay £45 a month for this gym membership and it is way too expensive for what you get.',
      'The subscription price went up again and it is not worth it.',
      'You put my contract up by 14% this year.',
      'The meal was nice enough but £38 for a steak that small is a rip-off.',
    ]) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toContain('price');
      expect(d.text, t).not.toMatch(/\border\b/i);
    }
    // a rip-off is the price, not food that was "off"
    expect(ids('The meal was nice enough but £38 for a steak that small is a rip-off.')).toEqual(['price']);
    // a bill that doubled stays billing
    expect(ids('Three agents gave me three different answers about why my bill doubled.')).toEqual(['billing']);
  });

  it('mould and damp are a health and upkeep problem to inspect and fix at the source, not a cleaning complaint; mouldy food is the kitchen\'s', () => {
    for (const t of [
      'There was mould all over the bathroom ceiling in our rental flat.',
      "Black mold in the hotel room's shower and around the window.",
      "The gym's changing rooms have had black mould on the ceiling for months. Members have complained and nothing has changed.",
      'Our rental smelled of damp and there was mould behind the wardrobe. My daughter has asthma.',
    ]) {
      const priv = draftReply(t, { customerName: 'Sam' });
      expect(priv.topics, t).toEqual(['mould']);
      expect(priv.text, t).toMatch(/health/);
      expect(priv.text, t).toMatch(/inspect/);
      expect(priv.text, t).not.toMatch(/cleaning routine|cleaning schedule|cleanliness/i);
      const pub = draftReply(t, { customerName: 'Sam', audience: 'public' });
      expect(pub.text, t).toMatch(/inspect/);
      // public: no fault admitted, no money promised
      expect(pub.text, t).not.toMatch(/our fault|our mistake|responsib|liab|negligen|let you down|\bcovering|\bcosts?\b|compensat|refund|no charge/i);
      expect(analyze(pub.text, { sensitivity: 'strict' }).flagged, pub.text).toBe(false);
    }
    expect(ids('The bread was mouldy.')).toEqual(['food']);
    expect(ids('There was mould on my bread roll.')).toEqual(['food']);
    expect(ids('The room was lovely, no damp and no mould anywhere.')).toEqual([]);
    // dirt is still a clean to tighten up
    expect(ids('The room was dirty and the sheets were stained.')).toEqual(['cleanliness']);
  });

  // each got the generic reply, or a wrong topic, before
  const cases: [string, string[]][] = [
    ['Called you on Monday about the leak under the kitchen sink. The plumber came Wednesday, charged £140 for an hour, and the pipe is dripping again this morning.', ['repair-failed', 'billing']],
    ['Booked a cut and colour for my wedding. The stylist was lovely but the toner left my hair grey-purple and I had to go elsewhere to fix it.', ['treatment-result']],
    ['I returned the boots on 3 March and I still have not received my money.', ['refund']],
    ['We booked a table for 7pm. When we arrived they had no record of the booking and we were told to wait at the bar for 45 minutes.', ['booking-mixup', 'wait-time']],
    ['Great food, lovely staff, but the booking system double-booked our table and we had to stand around for twenty minutes.', ['booking-mixup', 'wait-time']],
    ['Room 412 is directly above the nightclub. Bass thumping until 3am both nights.', ['noise']],
    ['The hotel was fine but the walls are paper thin and we could hear every word from next door.', ['noise']],
    ['Flew back from Lisbon on Sunday. My suitcase did not come off the carousel.', ['lost-item']],
    ['You put my contract up by 14% without telling me. The signal at home is still rubbish and drops out every evening.', ['price', 'not-informed', 'connection']],
    ['The sofa was supposed to arrive between 8 and 12. The driver turned up at 5pm, could not get it up the stairs and took it away again.', ['late-delivery']],
    ['Bought a used car from you three weeks ago. The warning light came on the day after and the salesman now won\'t return my calls.', ['communication']],
    ['My son came home from nursery with a bite mark on his arm and nobody mentioned it at pick-up.', ['injury', 'not-informed']],
    ['Oh great, another \'delivery attempted\' note when I was home all day. Brilliant service as always.', ['late-delivery']],
    ['Hi, I ordered a dining table (order 77120) and one of the legs has a big crack in it.', ['damaged-item']],
    ["Our daughter's key worker left without any notice and nobody told parents.", ['not-informed']],
    ['The concert screen was switched off halfway through. No refund offered, just a voucher.', ['refund-refused']],
    ['Your online course platform logged me out mid-exam and my answers were lost.', ['website']],
    ['No issues with the delivery. But the installer left water all over the kitchen floor and it has warped the laminate.', ['property-damage']],
    ['The removal men were brilliant, careful and fast. Only niggle is they forgot to reassemble the bed.', ['unfinished-job']],
  ];
  for (const [t, want] of cases) {
    it(`answers on what it says (${want.join(', ')}): ${t}`, () => {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(want);
      expect(d.text, t).not.toMatch(/I hear your concerns|did not meet your expectations/);
      expect(d.text, t).toMatch(/sorry|apolog/i);
    });
  }

  it('a locksmith\'s customer locked out of their home is no account to unlock', () => {
    expect(ids('Locked out at 11pm. The locksmith quoted £80 on the phone and then charged £240.')).toEqual(['billing']);
    expect(ids('I am locked out of my account.')).toEqual(['account']);
  });

  it('sarcastic praise ("Oh great ... Brilliant service as always") is no thanks for a good experience', () => {
    for (const t of ['Oh great, the engineer is a no-show again. Brilliant service as always.', 'Thanks for nothing.', 'Oh brilliant, another week without hot water.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.text, t).toMatch(/sorry|apolog/i);
      expect(d.text, t).not.toMatch(/wonderful review|kind words|delighted/i);
    }
    for (const t of ['Great service as always, thank you!', 'Oh, and the cake was amazing too!', 'Oh wonderful, you found my ring! Thank you so much!']) {
      expect(draftReply(t, { customerName: 'Sam' }).text, t).not.toMatch(/sorry|apolog/i);
    }
  });

  it('the website reply offers no order by e-mail to someone who was taking a course', () => {
    const d = draftReply('Your online course platform logged me out mid-exam and my answers were lost.', { customerName: 'Sam' });
    expect(d.topics).toEqual(['website']);
    expect(d.text).not.toMatch(/place the order/);
  });

  it('new expressions stay linear on 100,000 characters of text built to make them backtrack', () => {
    const units = [
      'the plumber came and the pipe is ', 'wait at the bar and wait ', 'no record of my ', 'nobody nobody said anything ', 'was it late? ',
      'bass thumping until ', 'my son came home from nursery with ', 'signal signal is ', 'forgot to ', 'mould mould on the ', 'left my hair ',
      'has a big big big ', 'the driver the driver took ', 'not received my ', 'no refund ', 'put my contract up ', 'delivery attempted ',
    ];
    // the scorer's one-time set-up (a few hundred ms cold, more on a busy machine) is not what is timed
    draftReply('The parcel arrived late.', { audience: 'public' });
    for (const u of units) {
      let long = '';
      while (long.length < 100_000) long += u;
      for (const text of [long, long.replace(/ /g, '  ')]) {
        expect(cpuMs(() => draftReply(text, { audience: 'public' })).ms, u).toBeLessThan(LINEAR_LIMIT_MS);
      }
    }
  }, LINEAR_TIMEOUT);
});

describe('draftReply: someone else hurt', () => {
  it('asks after everyone, not "How are you doing now?", when the writer\'s child or partner was the one hurt', () => {
    for (const t of ['My son came home from nursery with a bite mark on his arm.', 'My husband slipped on the wet floor by the pool.']) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual(['injury']);
      expect(d.text, t).toMatch(/How is everyone doing now\?|hope everyone is recovering/);
      expect(d.text, t).not.toMatch(/How are you doing now|how you are now|your wellbeing matters/);
      expect(d.text, t).toMatch(/look into what happened and talk it through with you/);
    }
    // the writer hurt: asked after themselves
    expect(draftReply('I slipped on the wet floor in the lobby and hurt my back.', { customerName: 'Sam' }).text).toMatch(/How are you doing now\?|how you are now/);
  });
});

describe('draftReply: praise that names what did not go wrong', () => {
  it('is thanked: "nobody was slow", "Were we disappointed? Not at all!", "fixed the leak, no drips since"', () => {
    for (const t of [
      'Nobody was rude, nobody was slow, everything was perfect!',
      'Were we disappointed? Not at all! Amazing stay.',
      'The plumber came quickly and fixed the leak, no drips since. Brilliant!',
    ]) {
      const d = draftReply(t, { customerName: 'Sam' });
      expect(d.topics, t).toEqual([]);
      expect(d.text, t).not.toMatch(/sorry|apolog|concerns|expectations/i);
      expect(d.text, t).toMatch(/thank you/i);
    }
    // and a question answered no about something good is still the complaint it describes
    expect(detectTopics('Was the room clean? No. There were hairs in the bath and the bin was full.').map((x) => x.id)).toEqual(['cleanliness']);
  });
});

describe('draftReply: sixth round (praise in a complaint, price praise, one promise of a kind, charges after cancelling, thirty new messages)', () => {
  const ids = (t: string): string[] => detectTopics(t).map((x) => x.id);
  const steps = (text: string): string => text.split('\n\n')[2] ?? '';

  it('a mixed review thanks them briefly for the praise, naming what they praised, then answers the complaint', () => {
    const d = draftReply('Lovely staff and great coffee, but the wait for food was 40 minutes.', { audience: 'public', rating: 3 });
    expect(d.topics).toEqual(['wait-time']);
    expect(d.text).toMatch(/kind words about the staff and the coffee\./);
    expect(d.text).toMatch(/sorry/);
    expect(d.text).not.toMatch(/I hear your concerns|delighted|good experience/);
    for (const [t, about] of [
      ['Great location, friendly staff. Shame the room was filthy and the shower was broken.', 'the location and the staff'],
      ['Teachers are very friendly and the lessons is good, but the school change my class time three times without asking.', 'the teachers and the lessons'],
      ['Nice desks and the coffee is good, but the wifi drops every afternoon.', 'the desks and the coffee'],
      ['The kids loved the pool, but the lifeguard shouted at my son.', 'the pool'],
      ['Great coffee and cakes as always, but the new card machine charged me twice.', 'the coffee and the cakes'],
    ] as const) {
      for (const audience of ['private', 'public'] as const) {
        const r = draftReply(t, { customerName: 'Sam', audience });
        expect(r.text, t).toContain(`kind words about ${about}.`);
        expect(r.text, t).toMatch(/sorry|apolog/);
        expect(analyze(r.text, { sensitivity: 'strict' }).flagged, r.text).toBe(false);
      }
    }
    // praise of nothing it can name is thanked without naming anything
    expect(draftReply('Lovely little place. Wait for a table was 50 minutes though.', { audience: 'public', rating: 3 }).text).toMatch(/for the kind words\./);
  });

  it('praise said sarcastically, wished for, in the past, or a greeting is not thanked', () => {
    for (const t of [
      'Great job losing my parcel. Again.',
      'Nice work sending me the wrong size again.',
      'Great job charging me £40 for 3 hours in your car park when the machine said £12.',
      'Oh wonderful, another ferry cancelled with no warning. Thanks a lot.',
      'Brilliant. Another week and my parcel still hasn\'t arrived.',
      'The engineer is a no-show again. Brilliant service as always.',
      'Would have been a lovely evening if the waiter hadn\'t been so rude.',
      'The food used to be great but the service was slow.',
      'Good morning. I was charged twice for my ticket.',
      'I love how nobody answers the phone at your office.',
      'Agent was nice enough but we had three viewings where nobody turned up to let us in.',
    ]) {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.text, t).not.toMatch(/kind words|wonderful review|delighted/);
        expect(d.text, t).toMatch(/sorry|apolog/i);
      }
    }
    // a lost parcel is a parcel to find or replace (stop 16), not the generic reply
    expect(ids('Great job losing my parcel. Again.')).toEqual(['lost-parcel']);
  });

  it('praise of the price is no price complaint ("worth every penny", "still the best value"); a price complaint still is', () => {
    for (const t of ['The price went up a little but still the best value in town.', 'Is it pricey? A little, but worth every penny.', 'Not cheap, but worth every penny. Lovely staff.']) {
      expect(ids(t), t).toEqual([]);
      for (const rating of [undefined, 5]) {
        const d = draftReply(t, { customerName: 'Sam', audience: 'public', rating });
        expect(d.text, t).not.toMatch(/sorry|apolog|price did not feel|good value to you|pricing/i);
        expect(d.text, t).toMatch(/thank you/i);
      }
    }
    for (const t of ['Too expensive for what you get.', 'Pricey and not worth it.', 'Way too pricey, not worth the money.', 'The prices went up again and it is not worth it any more.']) {
      expect(ids(t), t).toContain('price');
    }
  });

  it('two topics whose next steps make the same kind of promise share one step: a booking mix-up and a wait are looked into once', () => {
    const d = draftReply('We booked a table for 8pm but they had no record of it and we waited 45 minutes for another table.', { customerName: 'Sam' });
    expect(d.topics).toEqual(['booking-mixup', 'wait-time']);
    const s = steps(d.text);
    expect(s).toMatch(/looking into how your booking went astray and why you had to wait so long/);
    expect(s.match(/look(?:ing)? into|find out|checking/g)?.length).toBe(1);
    expect(s).toMatch(/confirmed in writing/);
    // a refund asked for and a charge to check are one money step, too
    const money = draftReply('I was charged twice for my lesson and I want a refund.', { customerName: 'Sam' });
    expect(money.topics).toEqual(['billing', 'refund']);
    expect(steps(money.text)).toMatch(/^Today I will go through the charges and your refund, /);
    expect(steps(money.text)).not.toMatch(/process the refund|status of your refund|review the charges|line by line/);
  });

  // every pair of topics whose steps are of one kind, said together, gets that kind's one step, and neither's own
  it('never promises the same kind of thing twice, for every pair of topics of one kind', () => {
    let pairs = 0;
    for (const [kind, merged] of Object.entries(MERGED_STEPS)) {
      const ofKind = TOPICS.filter((t) => t.step?.kind === kind);
      for (const a of ofKind) {
        for (const b of ofKind) {
          if (a === b) continue;
          const msg = `${a.examples.hits[0] ?? ''} ${b.examples.hits[0] ?? ''}`;
          const d = draftReply(msg, { customerName: 'Sam' });
          if (!(d.topics.includes(a.id) && d.topics.includes(b.id))) continue;
          if ([a, b].some((t) => t.withRefund) && d.topics.some((x) => x === 'refund' || x === 'refund-refused')) continue;
          pairs++;
          const s = steps(d.text);
          const key = merged.split('{')[0] ?? merged;
          expect(s.split(key).length - 1, `${kind}: ${msg}\n${s}`).toBe(1);
          for (const own of [...a.nextSteps, ...b.nextSteps]) expect(s, `${kind}: ${msg}`).not.toContain(own.replace('{ref}', ''));
        }
      }
    }
    expect(pairs).toBeGreaterThan(40);
  });

  it('a charge after the customer cancelled is a charge to check against the cancellation, not a cancellation to confirm', () => {
    for (const t of [
      'I cancelled my ride ten minutes before pickup and you still charged me £18.',
      'I cancelled my booking two days ahead and you still took the full amount from my card.',
      "Hi, I cancelled my hot desk membership with a month's notice as the contract says, but you still took £180 on the 1st. Please refund.",
      'Cancelled my subscription in January and you charged my card again in February AND March.',
    ]) {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.topics, t).toEqual(['charged-after-cancel']);
        expect(d.text, t).toMatch(/check the charge/);
        expect(d.text, t).not.toMatch(/confirm the cancellation|cancellation[^.]*is completed|no further charges|status of your refund/);
      }
    }
    // the customer's own cancellation to process, and one we made, stay theirs
    expect(ids('Please cancel my account.')).toEqual(['cancellation']);
    expect(ids('The gym cancelled my class and still charged me.')).toEqual(['we-cancelled', 'billing']);
    // a parking charge notice to "please cancel" is no subscription either
    const pcn = draftReply('Your car park sent me a £100 fine letter but I paid for parking by app, I have the receipt. Please cancel this.', { customerName: 'Sam' });
    expect(pcn.topics).toEqual(['disputed-fine']);
    expect(pcn.text).toMatch(/check our records against your payment/);
  });

  it('varifocals that do not work, a service that overran, a smaller menu and furniture left flat-packed each get their own reply', () => {
    const cases: [string, string, RegExp, 'private' | 'public'][] = [
      ["The varifocal glasses you made me don't work, I can't read with them at all.", 'made-to-fit', /check the prescription and the fit again at no charge/, 'private'],
      ['My car went in for a service that was supposed to take two hours. It took all day and I missed work.', 'overran', /why it took so much longer than we said/, 'private'],
      ['The menu is much smaller than it used to be. Half our favourite dishes are gone.', 'menu', /head chef/, 'public'],
      ['The wardrobe was supposed to come assembled but it arrived flat-packed in six boxes.', 'assembly', /assemble it this week at no charge/, 'private'],
    ];
    for (const [t, id, want, audience] of cases) {
      const d = draftReply(t, { customerName: 'Sam', audience });
      expect(d.topics, t).toEqual([id]);
      expect(d.text, t).toMatch(want);
      expect(d.text, t).not.toMatch(/I hear your concerns|did not meet your expectations|replacement|get used to/);
    }
  });

  // thirty new messages (a dog walker, a wedding venue, a printer, a bike shop, a cinema, a car park, a pharmacy, a
  // language school, cloud storage, a fitness app, a florist, a window cleaner, an estate agent, a recruiter, a charity
  // shop, a ferry, a ski hire, a co-working space): each got the generic reply, a wrong topic or a doubled promise before
  const cases: [string, string[], RegExp?][] = [
    ['Hi,\nWe paid a £2,000 deposit for our wedding at your venue in June. Last week your coordinator emailed to say the barn is "unavailable" on our date and offered us a Thursday instead. We want our deposit back.', ['we-changed', 'refund'], /why your booking was changed/],
    ['Ordered 500 business cards for a trade show. They came printed with my old phone number even though I sent the corrected proof. Now useless.', ['custom-order'], /make it again|remake/],
    ['Hello, I collected my flyers today and the colours are much darker than the PDF I sent, the blue looks almost black. Can you reprint? Order 55821.', ['custom-order'], /make it again/],
    ['Took my bike in for a gear service. Got it back and the chain slips worse than before. £65 for nothing.', ['repair-failed'], /look at it again/],
    ['Great job charging me £40 for 3 hours in your car park when the machine said £12. Barrier wouldn\'t open so I had to pay again at the booth.', ['billing', 'facilities']],
    ["Hi, my mum's prescription delivery did not arrive on Friday as promised and she was without her heart tablets over the weekend. This is the second time. Nobody at the pharmacy answered the phone.", ['medicine-late', 'communication'], /hope everyone is all right/],
    ['Teachers are very friendly and the lessons is good, but the school change my class time three times without asking and now I cannot come because of my work. I ask for refund but they say only credit.', ['we-changed', 'refund-refused'], /review your refund request/],
    ['Hello, I am writing because my German course level B1 was cancelled one week before starting and nobody explain why. I already booked my holidays around it.', ['we-cancelled', 'not-informed'], /rebook/],
    ['Your sync client deleted 3 years of photos from my laptop after the update. Support has had my ticket 40021 open for 9 days with no reply.', ['data-loss', 'communication'], /files can be recovered/],
    ['Love the workouts and the trainers in the videos, but the app logs me out every other day and I lose my progress.', ['app'], /kind words about the workouts and the trainers/],
    ["I ordered a bouquet for my grandmother's 90th. What arrived was half the size of the picture and the roses were already wilting on the day.", ['quality']],
    ["Window cleaner came, took the money and left streaks on every single window. Didn't even do the back ones we paid for.", ['poor-work', 'unfinished-job'], /redo what was not done properly and finish the work/],
    ['Hello, we moved out of the flat on 30 April and still have not received our deposit back. The agent now says there is a £450 deduction for "cleaning" but the flat was professionally cleaned.', ['refund-refused'], /clear answer/],
    ['I applied through your agency for the warehouse job and the consultant promised to call me after the interview. That was three weeks ago. I have emailed twice.', ['communication']],
    ['Lovely volunteers but the shop is so cluttered you can\'t move, and the changing room curtain is ripped.', ['worn-fittings'], /kind words about the volunteers/],
    ['Nice desks and the coffee is good, but the wifi drops every afternoon and the meeting room I booked was given to someone else twice.', ['facilities', 'booking-mixup']],
    ['Is the gym expensive? Yes a bit. But the classes are brilliant and the staff are always friendly. Only the showers are often cold.', ['facilities'], /kind words about the classes and the staff/],
    ['Ferry delayed 3 hours, no announcements, café closed and toilets out of order. Kids were starving. Never again.', ['wait-time', 'not-informed', 'facilities']],
  ];
  for (const [t, want, re] of cases) {
    it(`answers on what it says (${want.join(', ')}): ${t.slice(0, 70)}`, () => {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.topics, t).toEqual(want);
        expect(d.text, t).not.toMatch(/I hear your concerns|did not meet your expectations/);
        expect(d.text, t).toMatch(/sorry|apolog/i);
        if (re && audience === 'private') expect(d.text, t).toMatch(re);
        expect(analyze(d.text, { sensitivity: 'strict' }).flagged, d.text).toBe(false);
      }
    });
  }

  it('praise with a small niggle is thanked and the niggle heard, without an apology', () => {
    for (const t of [
      'Beautiful venue, the gardens were stunning and the coordinator Jess was amazing. Only niggle was the bar ran out of prosecco by 9pm.',
      'Good skis, fair price and quick fitting. The shop was a bit chaotic in the morning but the staff sorted us out.',
    ]) {
      const d = draftReply(t, { customerName: 'Sam', audience: 'public', rating: 4 });
      expect(d.topics, t).toEqual([]);
      expect(d.text, t).toMatch(/taken note of the point you raised/);
      expect(d.text, t).not.toMatch(/sorry|apolog|quality lived up/i);
    }
    // a venue's beauty is no product's quality, and plain praise has no niggle to note
    expect(draftReply('Great bike shop. Fixed my puncture in ten minutes. Not the cheapest but worth it.', { audience: 'public', rating: 5 }).text).not.toMatch(/taken note|sorry/);
  });

  it('medicine that did not come is asked after, and a public reply about it admits no fault and offers no money', () => {
    const t = "My mum's prescription delivery did not arrive on Friday and she was without her heart tablets over the weekend.";
    const pub = draftReply(t, { customerName: 'Sam', audience: 'public' });
    expect(pub.topics).toEqual(['medicine-late']);
    expect(pub.text).toMatch(/hope everyone is all right/);
    expect(pub.text).not.toMatch(/our fault|our mistake|responsib|liab|negligen|let you down|\bcovering|\bcosts?\b|compensat|refund|no charge/i);
    expect(draftReply(t, { customerName: 'Sam' }).text).not.toMatch(/tracking|courier|delivery date/);
  });

  it('someone who wants their money back is not offered a new date instead', () => {
    const d = draftReply('Your coordinator emailed to say the barn is unavailable on our date and offered us a Thursday instead. We want our deposit back.', { customerName: 'Sam' });
    expect(d.topics).toEqual(['we-changed', 'refund']);
    expect(d.text).not.toMatch(/find a time|rebook/);
    // without a refund asked for, they are offered a new time
    expect(draftReply('They moved my appointment to the afternoon without telling me.', { customerName: 'Sam' }).text).toMatch(/rebook you|find a time that works for you/);
  });

  it('new expressions stay linear on 100,000 characters of text built to make them backtrack', () => {
    const units = [
      'I cancelled my ', 'Cancelled my ', 'charged me ', 'supposed to take ', 'the menu is ', 'glasses ', 'prescription ', 'deleted my ',
      'wait for ', 'a 40 minute wait ', 'lovely staff, ', 'great job ', 'still the best ', 'pricey ', 'worth it ', 'booked no record of ',
      'took my bike in for a service ', 'got it back ', 'promised to call me ', 'nobody at the ', '£450 ', 'offered us a ', 'flat-packed in ',
      'supposed to be assembled ', 'left streaks ', "didn't do the ", 'the workshop on the ', 'arrived half the size of the ', 'great coffee and ',
      'great coffee as always ', 'good ', 'nice desks ', 'photos are ', 'my mum was without her ', 'parking fine ', 'hope it was worth it ',
    ];
    expectDraftsLinear(units, { audience: 'public' });
  }, LINEAR_TIMEOUT);
});

describe('a complaint about a made-to-order item with no quote marks (stop 15)', () => {
  it('"it said Happy Birthday Jon instead of Joan. Nobody apologised." is the custom-order complaint, never thanked as praise', () => {
    const msg = 'Ordered a birthday cake, picked it up and it said Happy Birthday Jon instead of Joan. Nobody apologised.';
    const r = draftReply(msg, { audience: 'public' });
    expect(r.topics).toContain('custom-order');
    expect(r.text).not.toMatch(/glad you enjoyed|kind words/i);
    expect(isPositive(msg, undefined, [])).toBe(false);
  });
  it('"nobody rushed us" is still praise; "no apology" and "instead of" count against praise', () => {
    expect(isPositive('Had a great meal, the waiter was lovely, nobody rushed us.', undefined, [])).toBe(true);
    expect(isPositive('Lovely room, but no apology for the mix-up.', undefined, [])).toBe(false);
    expect(isPositive('Great location. We got a garden view instead of the sea view we paid for.', undefined, [])).toBe(false);
  });
});

describe('repeated problems, lost parcels, overdue work and being ignored (stop 16)', () => {
  const both = (t: string): { priv: ReturnType<typeof draftReply>; pub: ReturnType<typeof draftReply> } => ({
    priv: draftReply(t, { customerName: 'Sam' }),
    pub: draftReply(t, { customerName: 'Sam', audience: 'public' }),
  });

  it('a parcel marked delivered that never came is a lost parcel (proof of delivery, resend or refund), not a late one', () => {
    const { priv, pub } = both('Parcel marked delivered but never arrived. Third time this year. Useless.');
    expect(priv.topics).toEqual(['lost-parcel']);
    expect(priv.text).toMatch(/proof of delivery/);
    expect(priv.text).toMatch(/resend|refund/);
    expect(pub.text).toMatch(/proof of delivery/);
    for (const d of [priv, pub]) expect(d.text).not.toMatch(/promised delivery date|new delivery date|confirmed delivery date|taken much longer/);
    for (const t of [
      'Tracking says delivered to a safe place at 2:14pm but there is nothing here. I checked with the neighbours.',
      'Hello, my order show as delivered since Monday but I not receive anything. Please help me.',
      'Package was delivered to the wrong address and the neighbour opened it.',
      'Your courier left my package with a neighbour at number 42 - I live at 24. I still haven\'t got it.',
      'The photo on the proof of delivery shows a door that is not mine. Where is my parcel??',
    ]) {
      expect(detectTopics(t).map((x) => x.id), t).toEqual(['lost-parcel']);
    }
    // a parcel only late is still late
    expect(detectTopics('My parcel still has not arrived.').map((x) => x.id)).toEqual(['late-delivery']);
  });

  it('a problem the customer says is repeated is never "this time": it is acknowledged as more than once, and the step looks at the pattern', () => {
    for (const t of [
      'Parcel marked delivered but never arrived. Third time this year. Useless.',
      'I have been charged twice AGAIN. This is the second month in a row.',
      'Once again the pizza arrived cold. This keeps happening every Friday.',
      'Not the first time your driver has left my parcel out in the rain. Box soaked again.',
      'As usual the lift is out of order. It has been like this for months.',
    ]) {
      const { priv, pub } = both(t);
      for (const d of [priv, pub]) {
        expect(d.text, t).not.toMatch(/this time/i);
        expect(d.text, t).toMatch(/not the first time|more than once/);
        expect(analyze(d.text, { sensitivity: 'strict' }).flagged, d.text).toBe(false);
      }
      expect(priv.text, t).toMatch(/why (?:it|this) keeps happening/);
    }
    // once is once: no "more than once" for a first problem, praise of past visits, or "never again"
    for (const t of [
      'We order from you every week and love it, but this time the pizza was cold.',
      'The pizza was cold. Never again.',
      'Great coffee as always, but the wait was 40 minutes.',
      'I was charged twice for the same order.',
      'Every time we come here the staff are lovely, but tonight the soup was cold.',
      'The driver could not get the sofa up the stairs and took it away again.',
      'Called again today and still no answer about my refund.',
    ]) {
      for (const d of Object.values(both(t))) expect(d.text, t).not.toMatch(/not the first time|more than once|keeps happening/);
    }
  });

  it('a repeated problem about someone\'s health is told back as their account, and a cause already sought gets no second look-into', () => {
    const hurt = 'Second time my son came home from nursery with a bruise on his arm and nobody told us.';
    for (const d of Object.values(both(hurt))) {
      expect(d.text).toMatch(/I understand from your message that this is not the first time/);
      expect(d.text).not.toMatch(/put up with|this time/);
    }
    const mould = both('Our bathroom has black mould again, third winter in a row.').priv.text;
    expect(mould).toMatch(/not the first time/);
    expect(mould).not.toMatch(/keeps happening/);
    // a repair that did not last is that topic, which speaks of the fault coming back itself
    const boiler = both('The boiler broke down again a week after your engineer repaired it.').priv;
    expect(boiler.topics).toEqual(['repair-failed']);
    expect(boiler.text).not.toMatch(/this time|more than once|keeps happening/);
  });

  it('an overdue deliverable from a service (wedding photos) gets a date or a status, never an order number to trace, and the unanswered e-mails are heard once', () => {
    const t = "Our wedding photos still haven't arrived 4 months later and you don't answer emails.";
    const { priv, pub } = both(t);
    expect(priv.topics).toEqual(['overdue-work', 'communication']);
    for (const d of [priv, pub]) {
      expect(d.text).not.toMatch(/order number|trace|shipment|tracking|courier|delivery date/i);
      expect(d.text).toMatch(/hearing back|chas(?:e|ing) us/);
      expect(d.text).toMatch(/date/);
    }
    // one promise of an update with a time, not two
    expect(priv.text.match(/by tomorrow|by the end of (?:the day )?tomorrow|every business day/g)?.length).toBe(1);
  });

  // thirty-two messages of our own: repeated problems, lost parcels, overdue work from a service, being ignored,
  // and two or three of them at once; e-mails and reviews, some in a learner's English
  const cases: [string, string[], RegExp?][] = [
    ['Third time my order came in the wrong size. Every time I have to send it back and wait again. Sort it out.', ['wrong-item'], /correct item/],
    ['Once again the pizza arrived cold. This keeps happening every Friday.', ['food'], /why this keeps happening and how your food/],
    ['Not the first time your driver has left my parcel out in the rain. Box soaked again.', ['damaged-item'], /replacement/],
    ['As usual the lift is out of order. It has been like this for months.', ['facilities']],
    ['I have been charged twice AGAIN. This is the second month in a row.', ['billing']],
    ['Tracking says delivered to a safe place at 2:14pm but there is nothing here. I checked with the neighbours.', ['lost-parcel'], /proof of delivery/],
    ["Your courier left my package with a neighbour at number 42 - I live at 24. I still haven't got it.", ['lost-parcel'], /proof of delivery/],
    ['The photo on the proof of delivery shows a door that is not mine. Where is my parcel??', ['lost-parcel'], /proof of delivery/],
    ['Hello, my order show as delivered since Monday but I not receive anything. Please help me.', ['lost-parcel'], /proof of delivery/],
    ['Package was delivered to the wrong address and the neighbour opened it.', ['lost-parcel'], /proof of delivery/],
    ["We paid a 50% deposit for our website in March. It's now August, nothing is live and our developer keeps saying next week.", ['overdue-work'], /firm date/],
    ["The designer promised the logo concepts by the 10th. It's the 24th and still nothing.", ['overdue-work'], /firm date/],
    ["My accountant still hasn't filed my tax return and the deadline is Friday. I sent everything in January.", ['overdue-work'], /firm date/],
    ['Asked for a quote for the extension six weeks ago. The builder came round, measured up, and we never got the quote.', ['overdue-work'], /firm date/],
    ['I am waiting the translation of my documents since 3 weeks, you promised 5 working days. I need it for my visa appointment.', ['overdue-work'], /firm date/],
    ["Dropped off two pairs of trousers for hemming, told they would be ready Thursday. It's been two weeks and they're still not done.", ['overdue-work'], /firm date/],
    ['Our photographer took the family photos in June. Still no edits, and she has stopped replying on Instagram.', ['overdue-work', 'communication'], /single point of contact/],
    ['The survey report for our house purchase was due last Monday. Our solicitor is chasing and we have nothing.', ['overdue-work'], /firm date/],
    ["I've called four times and left voicemails. No one ever calls back.", ['communication']],
    ['Your live chat said an agent would be with me shortly. I waited 50 minutes and then the chat closed.', ['wait-time']],
    ['I sent three emails about my warranty claim and only got automatic replies.', ['communication']],
    ['Nobody reply my messages since two weeks. Very bad service.', ['communication']],
    ['Order took three weeks, arrived with a cracked screen, and now nobody answers the phone.', ['late-delivery', 'damaged-item', 'communication'], /single point of contact/],
    ["Kitchen fitters left the job half done, haven't been back in a month, won't return my calls, and the new worktop is scratched.", ['property-damage', 'unfinished-job', 'communication'], /damage/],
    ['The wedding video is 5 months late, the photos we did get were blurry, and every time I chase you make another promise.', ['overdue-work', 'communication']],
    ["Second time you've lost my parcel. Refund me and stop ignoring my emails.", ['lost-parcel', 'refund', 'communication'], /look at your refund request/],
    ['The tailor shortened my dress far too much, it was ready a week late, and the lady at the counter was rude when I complained.', ['treatment-result', 'overran', 'rude-staff'], /put it right/],
    ['Very bad experience. Package say delivered, is not in my mailbox, and on your hotline nobody answer. Third time this happens.', ['lost-parcel', 'communication'], /proof of delivery/],
    ['1 star. Designer ghosted us after taking the deposit. Logo never delivered. Avoid.', ['communication', 'overdue-work'], /firm date/],
    ['Again no hot water in the morning and reception just shrugs. I reported it three days in a row.', ['facilities', 'rude-staff']],
    ['My translated certificate came back with my name spelled wrong, AGAIN. This is the second time I pay for corrections.', ['custom-order'], /make it again/],
    ["The web developer missed the launch date, the contact form still doesn't work, and he bills us for every email.", ['overdue-work', 'website', 'billing']],
  ];
  const REPEATS = /\b(?:again|third time|second time|every time|keeps happening|not the first time|as usual|in a row)\b/i;
  const SERVICE = /photo|edits|video|logo|designer|developer|website|accountant|quote|translation|trousers|report|survey/i;
  for (const [t, want, re] of cases) {
    it(`reads right (${want.join(', ')}): ${t.slice(0, 70)}`, () => {
      for (const audience of ['private', 'public'] as const) {
        const d = draftReply(t, { customerName: 'Sam', audience });
        expect(d.topics, t).toEqual(want);
        expect(d.text, t).not.toMatch(/I hear your concerns|did not meet your expectations/);
        if (REPEATS.test(t)) {
          expect(d.text, t).not.toMatch(/this time/i);
          expect(d.text, t).toMatch(/not the first time|more than once/);
        }
        if (SERVICE.test(t) && !/parcel|package/i.test(t)) expect(d.text, t).not.toMatch(/order number|trace|shipment|tracking|courier/i);
        if (re && audience === 'private') expect(d.text, t).toMatch(re);
        expect(analyze(d.text, { sensitivity: 'strict' }).flagged, d.text).toBe(false);
      }
    });
  }

  it('the new cues stay linear on 100,000 characters built to make them backtrack', () => {
    const units = [
      'again ', 'never tried called again ', 'as usual ', 'third time ', 'shows as delivered ', 'delivered to the wrong ', 'left with a neighbour ',
      'proof of delivery photo ', 'the photos still ', 'waiting for the ', 'promised the logo ', 'my accountant still ', 'keeps saying ',
      'dropped off trousers for hemming ', 'was ready a week ', 'shortened too ', 'came back with my name ', 'fitters our new worktop ',
      'contact form still ', "you don't answer ", 'nobody answer ', 'every time I chase ', 'arrived cold pizza delivered ', 'aaaaaaaaaaaaaaaaaaaaaaaa',
    ];
    expectDraftsLinear(units, { audience: 'private' });
  }, LINEAR_TIMEOUT);
});
