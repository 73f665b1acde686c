import { describe, expect, it } from 'vitest';
import { arrowhead } from '@/lib/arrowhead';

const points = (value: string) => value.split(' ').map((pair) => pair.split(',').map(Number));

describe('arrowhead', () => {
  it('points up with its tip at the given point and its base below it', () => {
    expect(points(arrowhead(100, 50, 0, -1))).toEqual([
      [100, 50],
      [105, 60],
      [95, 60],
    ]);
  });

  it('points the same way whatever the length of the direction', () => {
    expect(arrowhead(20, 30, 3, 4)).toBe(arrowhead(20, 30, 0.6, 0.8));
  });

  it('rounds to one decimal, to keep the drawing small', () => {
    for (const coordinate of arrowhead(215, 326, -0.15, -1).split(/[ ,]/)) {
      expect(coordinate).toMatch(/^-?\d+(\.\d)?$/);
    }
  });
});
