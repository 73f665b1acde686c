/**
 * The body map's drawing: one outline of a standing person, shown from the front and from
 * the back, and the tappable zones of each body area on each view. Pure data and geometry,
 * so that tests can check the zones without a browser: each is big enough to touch on a
 * phone, and no two zones of a view overlap.
 */
import { BODY_AREAS, type BodyArea } from './content/schema';

export { bodyAreaPath } from './content/site-paths';

export const BODY_MAP_VIEWS = ['front', 'back'] as const;
export type BodyMapView = (typeof BODY_MAP_VIEWS)[number];

/** One view's drawing space: 150 units wide; the back view sits to the right of the front. */
export const VIEW_WIDTH = 150;
const VIEW_GAP = 20;
export const viewOffset = (view: BodyMapView) =>
  BODY_MAP_VIEWS.indexOf(view) * (VIEW_WIDTH + VIEW_GAP);
/** Both views and their labels below them. */
export const MAP_VIEWBOX = { width: 2 * VIEW_WIDTH + VIEW_GAP, height: 472 };
/** Where each view's label ("Front", "Back") sits, centred below the feet. */
export const VIEW_LABEL_Y = 464;

/**
 * The narrowest the map is drawn on a phone: a Pixel 7 screen (412 CSS px) less the page's
 * padding of 16 px each side. The page's CSS lets the map fill this width.
 */
export const PHONE_MAP_WIDTH_PX = 380;
/** The smallest comfortable touch target (WCAG 2.5.5, Apple and Android guidance). */
export const MIN_TARGET_PX = 44;

/** A rectangle in a view's drawing space: x and y of its top left corner, width, height. */
export type Zone = { x: number; y: number; width: number; height: number };

const zone = (x: number, y: number, width: number, height: number): Zone => ({
  x,
  y,
  width,
  height,
});

/*
 * The zones both views share. The arms hang slightly away from the body so that each arm's
 * zone (x 0-47 and 103-150) never meets the trunk's (x 47-103).
 */
const HEAD = zone(40, 0, 70, 54);
const NECK = zone(47, 54, 56, 40);
const ARMS = [zone(0, 70, 47, 230), zone(103, 70, 47, 230)];
const FEET = zone(30, 398, 90, 46);

/**
 * Where each body area can be touched on each view. The back view holds the back and the
 * buttocks; the front view holds the hip; the head, neck, arms, legs and feet are on both,
 * as people point to the back of the neck or the back of the leg as often as to the front.
 * "Whole body" has no zone: it is a choice of its own beside the figures.
 */
export const BODY_MAP_ZONES: Record<BodyMapView, Partial<Record<BodyArea, Zone[]>>> = {
  front: {
    head: [HEAD],
    neck: [NECK],
    'shoulder-arm': ARMS,
    'hip-buttock': [zone(47, 190, 56, 60)],
    'leg-knee': [zone(47, 250, 56, 148)],
    foot: [FEET],
  },
  back: {
    head: [HEAD],
    neck: [NECK],
    'shoulder-arm': ARMS,
    'upper-back': [zone(47, 94, 56, 72)],
    'lower-back': [zone(47, 166, 56, 44)],
    'hip-buttock': [zone(47, 210, 56, 50)],
    'leg-knee': [zone(47, 260, 56, 138)],
    foot: [FEET],
  },
};

/** The body areas drawn on the figures, head to foot; the rest are choices beside them. */
export const MAPPED_AREAS: readonly BodyArea[] = BODY_AREAS.filter((area) =>
  BODY_MAP_VIEWS.some((view) => BODY_MAP_ZONES[view][area]),
);
export const UNMAPPED_AREAS: readonly BodyArea[] = BODY_AREAS.filter(
  (area) => !MAPPED_AREAS.includes(area),
);

/** The smallest zone side, in drawing units, that is still MIN_TARGET_PX on a phone. */
export const minZoneUnits = () => (MIN_TARGET_PX * MAP_VIEWBOX.width) / PHONE_MAP_WIDTH_PX;

const overlaps = (a: Zone, b: Zone) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Problems with the zones, one line each: too small to touch, or overlapping another. */
export function zoneProblems(
  zones: Record<BodyMapView, Partial<Record<BodyArea, Zone[]>>> = BODY_MAP_ZONES,
): string[] {
  const problems: string[] = [];
  const min = minZoneUnits();
  for (const view of BODY_MAP_VIEWS) {
    const placed = Object.entries(zones[view]).flatMap(([area, list]) =>
      (list ?? []).map((z) => ({ area, z })),
    );
    placed.forEach(({ area, z }, i) => {
      if (z.width < min || z.height < min)
        problems.push(
          `${view} ${area}: ${z.width}x${z.height} units is under ${MIN_TARGET_PX} px on a phone`,
        );
      if (z.x < 0 || z.y < 0 || z.x + z.width > VIEW_WIDTH || z.y + z.height > VIEW_LABEL_Y)
        problems.push(`${view} ${area}: reaches outside its view`);
      for (const other of placed.slice(i + 1))
        if (overlaps(z, other.z)) problems.push(`${view} ${area} overlaps ${other.area}`);
    });
  }
  return problems;
}

/*
 * The outline of a person standing, arms slightly away from the body, drawn as the left
 * half (head top to crotch, in cubic curves) and mirrored, so the figure is symmetrical.
 * Each entry is one curve: two control points and the end point.
 */
const HALF_OUTLINE: readonly (readonly number[])[] = [
  [62, 4, 55, 14, 55, 28], // skull
  [55, 40, 60, 50, 67, 55], // jaw
  [67, 60, 66, 64, 65, 68], // neck
  [56, 72, 40, 74, 33, 79], // top of the shoulder
  [26, 83, 24, 92, 24, 102], // shoulder cap
  [23, 130, 18, 155, 16, 180], // upper arm, outside
  [14, 205, 10, 230, 9, 250], // forearm, outside
  [7, 262, 5, 275, 9, 288], // hand, outside
  [12, 295, 20, 294, 22, 286], // fingertips
  [24, 275, 24, 262, 22, 252], // hand, inside
  [26, 230, 30, 205, 31, 182], // forearm, inside
  [33, 160, 40, 130, 47, 114], // upper arm, inside, to the armpit
  [48, 135, 54, 150, 53, 170], // side of the chest to the waist
  [52, 190, 46, 205, 47, 222], // hip
  [48, 260, 52, 290, 52, 318], // thigh, outside, to the knee
  [48, 340, 52, 376, 59, 396], // calf, outside, to the ankle
  [58, 408, 52, 418, 50, 426], // foot, outside, turned a little out
  [49, 433, 60, 435, 67, 433], // toes
  [73, 431, 72, 420, 70, 410], // foot, inside
  [70, 406, 70, 403, 70, 400], // inner ankle
  [73, 380, 72, 345, 70, 320], // calf, inside
  [72, 290, 74, 265, 75, 250], // thigh, inside, to the crotch
];
const START = [75, 4];

const mirrorX = (x: number) => VIEW_WIDTH - x;
const pairs = (numbers: readonly number[]) =>
  numbers.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1]!] as const] : []));

/** The figure's outline as one closed SVG path, in a view's drawing space. */
export function bodyOutlinePath(): string {
  const curves = HALF_OUTLINE.map((curve) => pairs(curve));
  const ends = [START, ...HALF_OUTLINE.map((curve) => curve.slice(4))];
  // The right half runs the same curves backwards: from each end back to the previous end,
  // with the two control points swapped, all mirrored.
  const rightHalf = curves
    .map((points, i) => {
      const [c1, c2] = points;
      const from = ends[i]!;
      return [c2![0], c2![1], c1![0], c1![1], from[0]!, from[1]!];
    })
    .reverse()
    .map(([ax, ay, bx, by, x, y]) => [mirrorX(ax!), ay!, mirrorX(bx!), by!, mirrorX(x!), y!]);
  const curve = (c: readonly number[]) => `C${c.join(' ')}`;
  return `M${START.join(' ')}${HALF_OUTLINE.map(curve).join('')}${rightHalf.map(curve).join('')}Z`;
}

/** Quiet anatomical landmarks, drawn over each view: collarbones and knees; spine, shoulder blades, buttocks. */
export const VIEW_DETAILS: Record<BodyMapView, string> = {
  front: 'M56 84Q66 88 73 86M94 84Q84 88 77 86M56 320Q61 325 66 320M84 320Q89 325 94 320',
  back:
    'M75 96V204M58 100C54 116 56 130 65 138M92 100C96 116 94 130 85 138' +
    'M75 212V248M51 250C58 258 70 258 74 251M99 250C92 258 80 258 76 251',
};
