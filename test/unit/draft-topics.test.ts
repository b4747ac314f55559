/** The drafted replies' topic table: every entry is well formed and its own examples hold. */
import { describe, expect, it } from 'vitest';
import { TOPICS, detectTopics, draftReply } from '../../src/core/draft';
import { cpuMs } from './helpers/cpu-time';
import { analyze } from '../../src/core/tone/analyze';

describe('topic table', () => {
  it('entries are well formed', () => {
    const ids = new Set<string>();
    for (const t of TOPICS) {
      expect(ids.has(t.id), t.id).toBe(false);
      ids.add(t.id);
      expect(t.label.length, t.id).toBeGreaterThan(3);
      expect(t.patterns.length, t.id).toBeGreaterThan(0);
      for (const p of t.patterns) expect(() => new RegExp(p, 'i'), t.id).not.toThrow();
      if (t.requires !== undefined) expect(() => new RegExp(t.requires ?? '', 'i'), t.id).not.toThrow();
      if (t.acknowledgeOthers) {
        expect(() => new RegExp(t.acknowledgeOthers?.cue ?? '', 'i'), t.id).not.toThrow();
        expect(t.acknowledgeOthers.acknowledge.length, t.id).toBeGreaterThan(0);
      }
      expect(t.acknowledge.length, t.id).toBeGreaterThan(0);
      expect(t.nextSteps.length, t.id).toBeGreaterThan(0);
      expect(t.examples.hits.length, t.id).toBeGreaterThan(0);
      expect(t.examples.misses.length, t.id).toBeGreaterThan(0);
    }
    for (const t of TOPICS) for (const o of t.overrides ?? []) expect(ids.has(o), `${t.id} overrides ${o}`).toBe(true);
  });

  // public replies are held at strict, so every sentence a topic can put in a reply must read calm there
  it('every topic sentence, and the replies to every example, read calm at strict', () => {
    for (const t of TOPICS) {
      for (const sentence of [
        ...t.acknowledge,
        ...(t.acknowledgeOthers?.acknowledge ?? []),
        ...t.nextSteps,
        ...(t.publicNextSteps ?? []),
        ...(t.variant ? [...t.variant.acknowledge, ...t.variant.nextSteps, ...t.variant.publicNextSteps] : []),
        ...(t.withRefund ?? []),
      ]) {
        expect(analyze(sentence.replace(/\{ref\}/g, ''), { sensitivity: 'strict' }).flagged, `${t.id}: ${sentence}`).toBe(false);
      }
      for (const hit of t.examples.hits) {
        for (const audience of ['private', 'public'] as const) {
          const text = draftReply(hit, { customerName: 'Sam', audience }).text;
          expect(analyze(text, { sensitivity: 'strict' }).flagged, text).toBe(false);
        }
      }
    }
  });

  // a pattern that looks around the whole message at every position takes seconds on a long e-mail thread
  // (a 20,000-character message took 17 s with such a look-around); a linear scan takes milliseconds
  it('detects topics in a 100,000-character message, with and without full stops, well within a second', () => {
    const para = 'The room was fine and the staff at the desk were polite, although the wifi was slow in the evenings and the dog bed by the door was torn. We had a question about the invoice that came by email. ';
    let long = '';
    while (long.length < 100_000) long += para;
    for (const text of [long, long.replace(/\./g, ',')]) {
      expect(cpuMs(() => detectTopics(text)).ms, `${text.length} characters`).toBeLessThan(1000);
    }
  });

  for (const t of TOPICS) {
    for (const hit of t.examples.hits) {
      it(`${t.id} is found in: ${hit}`, () => {
        // (a topic for app reviews only is looked for there)
        expect(detectTopics(hit, t.sites === 'app' ? { kind: 'app' } : {}).map((x) => x.id)).toContain(t.id);
      });
    }
    for (const miss of t.examples.misses) {
      it(`${t.id} is not found in: ${miss}`, () => {
        expect(detectTopics(miss, t.sites === 'app' ? { kind: 'app' } : {}).map((x) => x.id)).not.toContain(t.id);
      });
    }
  }
});
