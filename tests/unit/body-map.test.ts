import { describe, expect, it } from 'vitest';
import {
  BODY_MAP_ZONES,
  bodyOutlinePath,
  MAP_VIEWBOX,
  MAPPED_AREAS,
  MIN_TARGET_PX,
  PHONE_MAP_WIDTH_PX,
  UNMAPPED_AREAS,
  zoneProblems,
} from '@/lib/body-map';
import { BODY_AREAS } from '@/lib/content/schema';
import { bodyAreaPath, FIXED_PATHS } from '@/lib/content/site-paths';

describe('body map', () => {
  it('draws every body area on a figure, except the whole body, which is a choice of its own', () => {
    expect(UNMAPPED_AREAS).toEqual(['whole-body']);
    expect([...MAPPED_AREAS, ...UNMAPPED_AREAS].sort()).toEqual([...BODY_AREAS].sort());
  });

  it('puts the back and buttocks on the back view, and the hip on the front', () => {
    for (const area of ['upper-back', 'lower-back', 'hip-buttock'] as const)
      expect(BODY_MAP_ZONES.back[area]).toBeDefined();
    expect(BODY_MAP_ZONES.front['upper-back']).toBeUndefined();
    expect(BODY_MAP_ZONES.front['lower-back']).toBeUndefined();
    expect(BODY_MAP_ZONES.front['hip-buttock']).toBeDefined();
  });

  it('gives every zone at least 44 by 44 px on a phone, with no two zones of a view overlapping', () => {
    expect(zoneProblems()).toEqual([]);
    const unitsPerPx = MAP_VIEWBOX.width / PHONE_MAP_WIDTH_PX;
    const neck = BODY_MAP_ZONES.front.neck![0]!;
    expect(neck.height / unitsPerPx).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  });

  it('names zones that are too small or overlap', () => {
    const zones = {
      front: {
        head: [{ x: 0, y: 0, width: 20, height: 60 }],
        neck: [{ x: 10, y: 40, width: 60, height: 60 }],
      },
      back: {},
    };
    expect(zoneProblems(zones)).toEqual([
      'front head: 20x60 units is under 44 px on a phone',
      'front head overlaps neck',
    ]);
  });

  it('draws a closed, symmetrical outline of curves', () => {
    const outline = bodyOutlinePath();
    expect(outline).toMatch(/^M75 4C/);
    expect(outline).toMatch(/C[\d .]+75 4Z$/);
    expect(outline).not.toMatch(/[LHVhvl]/);
  });

  it('gives every area a page of its own among the fixed pages', () => {
    for (const area of BODY_AREAS) expect(FIXED_PATHS).toContain(bodyAreaPath(area));
    expect(bodyAreaPath('lower-back')).toBe('/where-does-it-hurt/lower-back');
  });
});
