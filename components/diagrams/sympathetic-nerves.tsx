/**
 * The spine from the front, from the lower neck (C6) to the lower back (L4), so the body's
 * right side is on the viewer's left. A sympathetic chain runs down each side of the spine, a
 * line of small ganglia (beads): in front of the neck bones, on the heads of the ribs in the
 * chest, and on the front and side of the lumbar bones, where lumbar sympathetic blocks reach
 * it at L2-L3. The stellate ganglion is the large one at C7-T1, in front of the neck of the
 * first rib. The aorta arches at T3-T4 and runs down the front of the spine, a little to the
 * body's left, to L4; the celiac plexus lies on its front at T12-L1.
 */
import { tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const MID = 140;
const HEIGHT = 400;
type Region = 'neck' | 'chest' | 'lumbar';

/** The vertebrae from C6 to L4, top to bottom: region, body height and width. */
const VERTEBRAE: readonly { region: Region; height: number; width: number }[] = [
  { region: 'neck', height: 12, width: 38 },
  { region: 'neck', height: 12, width: 40 },
  ...Array.from({ length: 12 }, (_, i) => ({
    region: 'chest' as const,
    height: 13 + Math.round(i / 3),
    width: 44 + Math.round(i * 1.2),
  })),
  ...[19, 20, 21, 21].map((height, i) => ({
    region: 'lumbar' as const,
    height,
    width: 64 + 2 * i,
  })),
];
const DISC = 3.5;
const TOP = 34;

/** Each vertebra's top, and its middle, where its ganglion sits. */
const LEVELS = VERTEBRAE.reduce<{ y: number; mid: number; region: Region; width: number }[]>(
  (levels, v) => {
    const last = levels.at(-1);
    const y = last ? last.y + VERTEBRAE[levels.length - 1]!.height + DISC : TOP;
    return [...levels, { y, mid: y + v.height / 2, region: v.region, width: v.width }];
  },
  [],
);
const BOTTOM = LEVELS.at(-1)!.y + VERTEBRAE.at(-1)!.height;

const bodyPath = (y: number, height: number, width: number) => {
  const left = MID - width / 2;
  const right = MID + width / 2;
  return `M${left},${y}H${right}Q${right - 3},${y + height / 2} ${right},${y + height}H${left}Q${left + 3},${y + height / 2} ${left},${y}z`;
};

/** A rib from its head on the side of a chest vertebra, curving out and down; T11-T12 short. */
const ribPath = (x: number, y: number, s: 1 | -1, short: boolean) =>
  short
    ? `M${x},${y - 3}q${s * 18},-3 ${s * 30},8l${s * -3},5q${s * -12},-10 ${s * -27},-7z`
    : `M${x},${y - 3}q${s * 32},-8 ${s * 54},14l${s * -4},5q${s * -20},-16 ${s * -50},-13z`;

/** How far from the middle the chain runs: on the rib heads in the chest, closer elsewhere. */
const chainOffset = (region: Region, width: number) =>
  region === 'neck' ? 28 : region === 'chest' ? width / 2 + 8 : width / 2 - 4;

/** The stellate ganglion's place: between C7 and T1, over the neck of the first rib. */
const STELLATE_Y = LEVELS[2]!.y - 1;
/** The celiac plexus's place: in front of the aorta between T12 and L1. */
const CELIAC_Y = LEVELS[14]!.y - 2;

const at = (i: number) => LEVELS[i]!.y;
/**
 * The aorta, as if the chest and belly were cleared away: the end of the arch at T3-T4, then
 * down the front of the spine a little to the body's left, nearer the middle in the belly.
 */
const AORTA =
  `M${MID - 26},${at(6) + 4}Q${MID - 26},${at(5) - 4} ${MID - 2},${at(5) - 6}` +
  `Q${MID + 22},${at(5) - 2} ${MID + 22},${at(7)}L${MID + 22},${at(13)}` +
  `Q${MID + 20},${at(14)} ${MID + 16},${at(15) + 20}L${MID + 16},${at(17)}H${MID - 4}` +
  `L${MID - 4},${at(15) + 20}Q${MID},${at(14)} ${MID + 2},${at(13)}` +
  `L${MID + 2},${at(7) + 6}Q${MID + 2},${at(6)} ${MID - 5},${at(6)}` +
  `Q${MID - 10},${at(6)} ${MID - 10},${at(6) + 8}z`;

export const sympatheticNerves: Drawing = {
  height: HEIGHT,
  render: (highlight) => {
    const labels = uiText.diagrams.otherLabels;
    const chain = (side: 1 | -1): [number, number][] => [
      [MID + side * 28, TOP - 4],
      ...LEVELS.map(({ mid, region, width }): [number, number] => [
        MID + side * chainOffset(region, width),
        mid,
      ]),
      [MID + side * (LEVELS.at(-1)!.width / 2 - 4), BOTTOM + 8],
    ];
    const ganglia = ([1, -1] as const).flatMap((side) =>
      chain(side).filter((_, i) => i > 0 && i !== 2 && i !== 3 && i <= LEVELS.length),
    );
    const lumbar = LEVELS.at(-1)!;
    return (
      <>
        {LEVELS.map(({ mid, width, region }, i) =>
          region === 'chest'
            ? ([1, -1] as const).map((s) => (
                <path
                  key={`${mid}${s}`}
                  d={ribPath(MID + (s * width) / 2, mid, s, i > 11)}
                  className="diagram-bone"
                />
              ))
            : null,
        )}
        {LEVELS.map(({ y, width }, i) => (
          <g key={y}>
            <path d={bodyPath(y, VERTEBRAE[i]!.height, width)} className="diagram-bone" />
            {i < LEVELS.length - 1 ? (
              <rect
                x={MID - width / 2}
                y={y + VERTEBRAE[i]!.height}
                width={width}
                height={DISC}
                className="diagram-disc"
              />
            ) : null}
          </g>
        ))}
        <path d={AORTA} className="diagram-organ" />
        <Part name="sympathetic-chain" highlight={highlight}>
          {([1, -1] as const).map((side) => (
            <path key={side} d={tubePath(chain(side), 6)} className="diagram-nerve-fill" />
          ))}
          {ganglia.map(([x, y]) => (
            <ellipse
              key={`${x},${y}`}
              cx={x}
              cy={y}
              rx={4.5}
              ry={5.5}
              className="diagram-nerve-fill"
            />
          ))}
        </Part>
        <ellipse cx={MID - 28} cy={STELLATE_Y} rx={9} ry={12} className="diagram-nerve-fill" />
        <Part name="stellate-ganglion" highlight={highlight} callout={[MID + 28, STELLATE_Y, 18]}>
          <ellipse cx={MID + 28} cy={STELLATE_Y} rx={9} ry={12} className="diagram-nerve-fill" />
        </Part>
        <Part name="celiac-plexus" highlight={highlight} callout={[MID + 10, CELIAC_Y, 24]}>
          <path
            d={`M${MID - 8},${CELIAC_Y}q4-10 18-10q14 0 18 10q-4 10-18 10q-14 0-18-10z`}
            className="diagram-nerve-fill"
          />
        </Part>
        <path
          d={`M${MID - 8},${CELIAC_Y}l-8-6M${MID - 8},${CELIAC_Y}l-8 6M${MID + 28},${CELIAC_Y}l8-6M${MID + 28},${CELIAC_Y}l8 6`}
          className="diagram-soft-line"
        />
        <PartLabel
          part="stellate-ganglion"
          highlight={highlight}
          x={150}
          y={18}
          to={[MID + 33, STELLATE_Y - 8]}
        />
        <PartLabel
          part="celiac-plexus"
          highlight={highlight}
          x={298}
          y={CELIAC_Y + 5}
          anchor="end"
          to={[MID + 28, CELIAC_Y]}
        />
        <Label x={210} y={at(16) + 5} to={[MID + 6, at(16)]}>
          {labels.aorta}
        </Label>
        <PartLabel
          part="sympathetic-chain"
          highlight={highlight}
          x={150}
          y={HEIGHT - 4}
          anchor="middle"
          to={[MID + lumbar.width / 2 - 4, BOTTOM + 2]}
        />
        <Label x={2} y={LEVELS[1]!.mid + 5}>
          {labels.neck}
        </Label>
        <Label x={2} y={LEVELS[8]!.mid + 5}>
          {labels.chest}
        </Label>
        <Label x={2} y={LEVELS[15]!.mid + 5}>
          {labels.belly}
        </Label>
        <Label x={2} y={HEIGHT - 4}>
          {labels.right}
        </Label>
        <Label x={298} y={HEIGHT - 4} anchor="end">
          {labels.left}
        </Label>
      </>
    );
  },
};
