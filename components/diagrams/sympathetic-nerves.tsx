/**
 * The spine from the front, from the lower neck (C6) to the lower back (L2), so the body's
 * right side is on the viewer's left. A sympathetic chain runs down each side of the spine, a
 * line of small ganglia (beads): in front of the neck bones, on the heads of the ribs in the
 * chest, and on the front and side of the lumbar bones. The stellate ganglion is the large one
 * at C7-T1, in front of the neck of the first rib. The aorta runs down the front of the spine,
 * a little to the body's left, and the celiac plexus lies on its front at T12-L1.
 */
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const MID = 115;
type Region = 'neck' | 'chest' | 'lumbar';

/** The vertebrae from C6 to L2, top to bottom: region, body height and width. */
const VERTEBRAE: readonly { region: Region; height: number; width: number }[] = [
  { region: 'neck', height: 12, width: 32 },
  { region: 'neck', height: 12, width: 34 },
  ...Array.from({ length: 12 }, (_, i) => ({
    region: 'chest' as const,
    height: 13 + Math.round(i / 3),
    width: 36 + Math.round(i * 1.1),
  })),
  { region: 'lumbar', height: 19, width: 54 },
  { region: 'lumbar', height: 20, width: 56 },
];
const DISC = 4;
const TOP = 36;

/** Each vertebra's top, and its middle, where its ganglion sits. */
const LEVELS = VERTEBRAE.reduce<{ y: number; mid: number; region: Region; width: number }[]>(
  (levels, v) => {
    const last = levels.at(-1);
    const y = last ? last.y + VERTEBRAE[levels.length - 1]!.height + DISC : TOP;
    return [...levels, { y, mid: y + v.height / 2, region: v.region, width: v.width }];
  },
  [],
);

const bodyPath = (y: number, height: number, width: number) => {
  const left = MID - width / 2;
  const right = MID + width / 2;
  return `M${left},${y}H${right}Q${right - 3},${y + height / 2} ${right},${y + height}H${left}Q${left + 3},${y + height / 2} ${left},${y}z`;
};

/** How far from the middle the chain runs: on the rib heads in the chest, closer elsewhere. */
const chainOffset = (region: Region, width: number) =>
  region === 'neck' ? 24 : region === 'chest' ? width / 2 + 8 : width / 2 - 3;

/** The stellate ganglion's place: between C7 and T1, over the neck of the first rib. */
const STELLATE_Y = LEVELS[2]!.y - 1;
/** The celiac plexus's place: in front of the aorta between T12 and L1. */
const CELIAC_Y = LEVELS[14]!.y - 2;

const at = (i: number) => LEVELS[i]!.y;
/**
 * The aorta, as if the chest and belly were cleared away: the end of the arch, then down the
 * front of the spine a little to the body's left, nearer the middle in the belly.
 */
const AORTA =
  `M${MID - 22},${at(4) + 4}Q${MID - 22},${at(3) - 2} ${MID - 2},${at(3) - 4}` +
  `Q${MID + 18},${at(3)} ${MID + 18},${at(5)}L${MID + 18},${at(13)}` +
  `Q${MID + 16},${at(14)} ${MID + 13},${at(15) + 26}H${MID - 3}Q${MID - 1},${at(14)} ${MID + 2},${at(13)}` +
  `L${MID + 2},${at(5) + 6}Q${MID + 2},${at(4) + 2} ${MID - 4},${at(4) + 2}` +
  `Q${MID - 8},${at(4) + 2} ${MID - 8},${at(4) + 8}z`;

export const sympatheticNerves: Drawing = {
  height: 372,
  render: (highlight) => {
    const labels = uiText.diagrams.otherLabels;
    const chain = (side: 1 | -1) =>
      LEVELS.map(({ mid, region, width }) => [MID + side * chainOffset(region, width), mid]);
    const ganglia = ([1, -1] as const).flatMap((side) =>
      chain(side).filter((_, i) => i !== 1 && i !== 2),
    );
    return (
      <>
        {LEVELS.filter((l) => l.region === 'chest').map(({ mid, width }) =>
          ([1, -1] as const).map((s) => {
            const x = MID + (s * width) / 2;
            return (
              <path
                key={`${mid}${s}`}
                d={`M${x},${mid - 4}q${s * 18},-3 ${s * 34},6l${s * -2},6q${s * -16},-7 ${s * -32},-4z`}
                className="diagram-bone"
              />
            );
          }),
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
            <path
              key={side}
              d={`M${MID + side * 24},${TOP - 8}L${chain(side).join('L')}V${LEVELS.at(-1)!.y + 30}`}
              className="diagram-nerve"
            />
          ))}
          {ganglia.map(([x, y]) => (
            <ellipse
              key={`${x},${y}`}
              cx={x}
              cy={y}
              rx={3.5}
              ry={4.5}
              className="diagram-nerve-fill"
            />
          ))}
        </Part>
        <ellipse cx={MID - 26} cy={STELLATE_Y} rx={8} ry={11} className="diagram-nerve-fill" />
        <Part name="stellate-ganglion" highlight={highlight}>
          <ellipse cx={MID + 26} cy={STELLATE_Y} rx={8} ry={11} className="diagram-nerve-fill" />
        </Part>
        <Part name="celiac-plexus" highlight={highlight}>
          <path
            d={`M${MID - 8},${CELIAC_Y}q4-9 16-9q12 0 16 9q-4 9-16 9q-12 0-16-9z`}
            className="diagram-nerve-fill"
          />
        </Part>
        <path
          d={`M${MID - 8},${CELIAC_Y}l-8-6M${MID - 8},${CELIAC_Y}l-8 6M${MID + 24},${CELIAC_Y}l8-6M${MID + 24},${CELIAC_Y}l8 6`}
          className="diagram-soft-line"
        />
        <PartLabel
          part="stellate-ganglion"
          highlight={highlight}
          x={152}
          y={20}
          to={[MID + 31, STELLATE_Y - 7]}
        />
        <Label x={182} y={LEVELS[8]!.mid + 5} to={[MID + 18, LEVELS[8]!.mid]}>
          {labels.aorta}
        </Label>
        <PartLabel
          part="celiac-plexus"
          highlight={highlight}
          x={182}
          y={CELIAC_Y + 5}
          to={[MID + 20, CELIAC_Y]}
        />
        <PartLabel
          part="sympathetic-chain"
          highlight={highlight}
          x={170}
          y={366}
          anchor="end"
          to={[MID + 25, LEVELS.at(-1)!.mid + 4]}
        />
        <Label x={2} y={LEVELS[1]!.mid + 5}>
          {labels.neck}
        </Label>
        <Label x={2} y={LEVELS[8]!.mid + 5}>
          {labels.chest}
        </Label>
        <Label x={2} y={LEVELS[14]!.mid + 5}>
          {labels.belly}
        </Label>
      </>
    );
  },
};
