import { describe, expect, it } from 'vitest';
import { arrowhead, labelLines, labelWidth, leaderStart, tubePath } from '@/lib/diagram-geometry';

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

describe('tubePath', () => {
  const corners = (path: string) =>
    path
      .replace(/^M|Z$/g, '')
      .split('L')
      .map((pair) => pair.split(' ').map(Number));

  it('outlines a straight line as a closed band of the given width', () => {
    expect(
      corners(
        tubePath(
          [
            [10, 0],
            [10, 100],
          ],
          4,
        ),
      ),
    ).toEqual([
      [8, 0],
      [8, 100],
      [12, 100],
      [12, 0],
    ]);
  });

  it('keeps the width even around a right-angle bend', () => {
    const path = tubePath(
      [
        [0, 0],
        [0, 50],
        [50, 50],
      ],
      4,
    );
    expect(corners(path)).toEqual([
      [-2, 0],
      [-2, 52],
      [50, 52],
      [50, 48],
      [2, 48],
      [2, 0],
    ]);
  });
});

describe('leaderStart', () => {
  const label = { x: 100, y: 50, anchor: 'start' as const, width: 80 };

  it('leaves the text beside it, at mid-height, when the point is beyond either end', () => {
    expect(leaderStart(label, [20, 90])).toEqual([97, 45]);
    expect(leaderStart(label, [250, 10])).toEqual([183, 45]);
    expect(leaderStart({ ...label, anchor: 'end' }, [120, 60])).toEqual([103, 45]);
  });

  it('leaves from below or above the words when the point lies under or over them', () => {
    expect(leaderStart(label, [130, 120])).toEqual([130, 54]);
    expect(leaderStart(label, [130, 5])).toEqual([130, 35]);
    expect(leaderStart({ ...label, anchor: 'middle' }, [90, 80])).toEqual([90, 54]);
  });

  it('allows for bold labels being wider', () => {
    expect(labelWidth('Facet joint', true)).toBeGreaterThan(labelWidth('Facet joint', false));
  });
});

describe('labelLines', () => {
  it('keeps a label on one line unless asked to wrap it', () => {
    expect(labelLines('Dorsal root ganglion', false)).toEqual(['Dorsal root ganglion']);
  });

  it('wraps a long label in two lines at its last space, to fit a narrow margin', () => {
    expect(labelLines('Dorsal root ganglion', true)).toEqual(['Dorsal root', 'ganglion']);
  });

  it('leaves a single word whole', () => {
    expect(labelLines('Brain', true)).toEqual(['Brain']);
  });
});
