/** "Draft a calm reply" set up in idle time (prepareDraft): a fresh module instance, nothing run before. */
import { describe, expect, it } from 'vitest';
import { TOPICS, draftReply, prepareDraft } from '../../src/core/draft';

const MESSAGES = [
  'The movers scratched our floor and broke a lamp.',
  'The tour guide was fantastic but the bus broke down and we missed the last stop.',
  'Order #48213 arrived two weeks late and the lamp was cracked.',
];

describe('prepareDraft()', () => {
  it('runs in a few steps and changes no draft', () => {
    const before = MESSAGES.map((m) => draftReply(m, { audience: 'public', customerName: 'Sam' }));
    let steps = 0;
    for (const _ of prepareDraft()) steps++;
    // one step per topic expression, then the sample's topics, then the first sample draft
    expect(steps).toBe(TOPICS.reduce((n, t) => n + t.patterns.length, 0) + 2);
    expect(MESSAGES.map((m) => draftReply(m, { audience: 'public', customerName: 'Sam' }))).toEqual(before);
  });
});
