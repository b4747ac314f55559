// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ratingInLabel, ratingOf } from '../../src/sites/util';

const labelled = (label: string): Element => {
  const el = document.createElement('span');
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  return el;
};

describe('ratingOf: the rating a star label states, not its scale', () => {
  it('reads the rating in every word order (scale first in Japanese, Chinese and Korean)', () => {
    const cases: Array<[string, number]> = [
      ['1 star', 1],
      ['1 Stern', 1],
      ['1 étoile', 1],
      ['星 1 つ', 1],
      ['1 out of 5', 1],
      ['Rated 1 out of 5 stars', 1],
      ['Rated 4 von 5', 4],
      ['5 out of 5', 5],
      ['1,0 von 5 Punkten', 1],
      ['Note : 1,0 sur 5', 1],
      ['1.0 of 5 bubbles', 1],
      ['1 de 5', 1],
      ['4,5 von 5', 4],
      ['5つ星のうち1', 1],
      ['5 つ星中 1 つ星の評価', 1],
      ['5点満点中1点', 1],
      ['5점 만점에 1점', 1],
      ['5 星中的 1 星', 1],
      ['5つ星のうち4', 4],
      ['5점 만점에 5점', 5],
      ['Rated 1 stars out of five stars', 1],
    ];
    for (const [label, rating] of cases) {
      expect(ratingOf(labelled(label)), label).toBe(rating);
      expect(ratingInLabel(label), label).toBe(rating);

    }
  });

  it('gives no rating rather than a wrong one', () => {
    for (const label of ['', 'stars', '0 of 5', '7 stars', '8 out of 10']) expect(ratingOf(labelled(label)), label).toBeUndefined();
  });

  it('still reads a number attribute and a count of filled stars', () => {
    const el = document.createElement('div');
    el.setAttribute('data-service-review-rating', '2');
    expect(ratingOf(el)).toBe(2);
    const stars = document.createElement('div');
    stars.innerHTML = '<i class="on"></i><i class="on"></i><i class="on"></i><i></i><i></i>';
    expect(ratingOf(stars, 'i.on')).toBe(3);
  });
});

describe('ratingInLabel: a second number that is no scale', () => {
  // Review: "the smaller of two numbers when one is 5" read "5 stars · 2 photos" as 2 stars.
  it('reads the rating, not a count or a date beside it', () => {
    expect(ratingInLabel('5 stars · 2 photos')).toBe(5);
    expect(ratingInLabel('Rated 5, 1 week ago')).toBe(5);
    expect(ratingInLabel('3 stars, 2 days ago')).toBe(3);
    expect(ratingInLabel('4 Sterne · 5 Fotos')).toBe(4);
  });
  it('still reads a rating and its scale in either order', () => {
    expect(ratingInLabel('Rated 1 out of 5 stars')).toBe(1);
    expect(ratingInLabel('1,0 von 5 Punkten')).toBe(1);
    expect(ratingInLabel('2/5')).toBe(2);
    expect(ratingInLabel('5つ星のうち1')).toBe(1);
    expect(ratingInLabel('5점 만점에 1점')).toBe(1);
    expect(ratingInLabel('5 星中的 1 星')).toBe(1);
    expect(ratingInLabel('5 out of 5')).toBe(5);
  });
});
