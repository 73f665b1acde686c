/**
 * The lower (lumbar) spine and the pelvis from behind. Three lumbar vertebrae (L3 to L5), each
 * seen as its arch: the spinous process in the middle, the transverse processes to the sides,
 * and the joint processes that meet the next vertebra's in a facet joint on each side. A
 * medial branch nerve curves over the base of a transverse process, where it meets the joint
 * process, to the facet joint below. Under the spine, the sacrum sits between the two iliac
 * bones, joined to each at a sacroiliac joint; the iliac crests are at the level of L4-L5.
 */
import { tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const MID = 150;
/** The drawing sits below the "Seen from behind" line. */
const SHIFT = 18;
const HEIGHT = 413;
/** The middle of each vertebra's arch, L3 to L5. */
const VERTEBRA_CENTRES = [66, 118, 170] as const;

/**
 * The right half of a vertebra's arch from behind, as offsets from its centre, from the top of
 * the midline round to the bottom: the upward joint process, the transverse process, and the
 * downward joint process.
 */
const ARCH_HALF = [
  [10, -18],
  [14, -28],
  [24, -30],
  [28, -20],
  [28, -8],
  [52, -8],
  [56, -3],
  [52, 2],
  [30, 2],
  [28, 10],
  [22, 18],
  [22, 30],
  [16, 34],
  [10, 30],
  [8, 18],
] as const;

const archPath = (y: number) => {
  const right = ARCH_HALF.map(([dx, dy]) => `${MID + dx},${y + dy}`);
  const left = [...ARCH_HALF].reverse().map(([dx, dy]) => `${MID - dx},${y + dy}`);
  return `M${MID},${y - 18}L${right.join('L')}L${MID},${y + 18}L${left.join('L')}z`;
};

/** `x` on the right side, or mirrored to the left side when `side` is -1. */
const sideX = (side: 1 | -1, x: number) => MID + side * (x - MID);

/** An iliac bone: the wing with its crest, down to the hip, and its edge at the SI joint. */
const iliumPath = (s: 1 | -1) =>
  `M${sideX(s, 208)},198C${sideX(s, 212)},162 ${sideX(s, 236)},138 ${sideX(s, 262)},138` +
  `C${sideX(s, 286)},138 ${sideX(s, 299)},156 ${sideX(s, 297)},180` +
  `C${sideX(s, 295)},206 ${sideX(s, 280)},226 ${sideX(s, 274)},246` +
  `C${sideX(s, 270)},258 ${sideX(s, 280)},270 ${sideX(s, 280)},286` +
  `C${sideX(s, 280)},306 ${sideX(s, 268)},322 ${sideX(s, 256)},332` +
  `C${sideX(s, 250)},346 ${sideX(s, 246)},358 ${sideX(s, 232)},360` +
  `C${sideX(s, 218)},362 ${sideX(s, 210)},350 ${sideX(s, 210)},336` +
  `C${sideX(s, 210)},322 ${sideX(s, 216)},312 ${sideX(s, 214)},302` +
  `Q${sideX(s, 212)},290 ${sideX(s, 204)},284z`;

/** The opening in the lower pelvis (obturator foramen), below the hip socket. */
const obturatorPath = (s: 1 | -1) =>
  `M${sideX(s, 236)},306c${s * 10},0 ${s * 16},10 ${s * 14},22c${s * -2},10 ${s * -12},12 ${s * -17},4c${s * -5},-8 ${s * -5},-26 ${s * 3},-26z`;

/** The sacroiliac joint: the narrow band between the sacrum's edge and the iliac bone. */
const siJointPath = (s: 1 | -1) =>
  `M${sideX(s, 194)},202L${sideX(s, 208)},198L${sideX(s, 204)},284L${sideX(s, 190)},278z`;

/**
 * A medial branch nerve: from where it leaves the spine above the transverse process, over
 * the base of the process, down to the facet joint below.
 */
const medialBranchPath = (s: 1 | -1) =>
  tubePath(
    (
      [
        [190, 95],
        [184, 103],
        [180, 112],
        [177, 123],
        [174, 134],
      ] as const
    ).map(([x, y]) => [sideX(s, x), y] as const),
    6,
  );
/** Where the needle's tip goes for a medial branch block: the junction of the two processes. */
const NERVE_TARGET = [180, 112] as const;
/** A facet joint's half-width and half-height. */
const FACET = [9, 13] as const;

/** The sacrum's foramina: the openings for the sacral nerves, four on each side. */
const SACRAL_FORAMINA = [
  [22, 226],
  [20, 250],
  [17, 272],
  [14, 292],
] as const;

export const spineAndPelvisBack: Drawing = {
  height: HEIGHT,
  render: (highlight) => {
    const labels = uiText.diagrams.otherLabels;
    const facets = VERTEBRA_CENTRES.flatMap((y) =>
      ([1, -1] as const).map((s) => ({ x: sideX(s, 170), y: y + 28, s })),
    );
    const [highlightedFacetX, highlightedFacetY] = [sideX(1, 170), VERTEBRA_CENTRES[1] + 28];
    return (
      <>
        <Label x={MID} y={14} anchor="middle">
          {labels.seenFromBehind}
        </Label>
        <g transform={`translate(0 ${SHIFT})`}>
          {([1, -1] as const).map((s) => (
            <g key={s}>
              <path d={iliumPath(s)} className="diagram-bone" />
              <path d={obturatorPath(s)} className="diagram-space" />
            </g>
          ))}
          <path
            d="M106,202Q150,192 194,202L190,278Q176,318 156,346L144,346Q124,318 110,278z"
            className="diagram-bone"
          />
          <path d="M144,346h12l-2 14q-4 4-8 0z" className="diagram-bone" />
          {SACRAL_FORAMINA.map(([dx, y]) => (
            <g key={y}>
              <ellipse cx={MID - dx} cy={y} rx={4} ry={5} className="diagram-space" />
              <ellipse cx={MID + dx} cy={y} rx={4} ry={5} className="diagram-space" />
            </g>
          ))}
          <path d="M150,210V334" className="diagram-soft-line" />
          <Part name="sacroiliac-joint" highlight={highlight}>
            <path d={siJointPath(1)} className="diagram-cartilage" />
          </Part>
          <path d={siJointPath(-1)} className="diagram-cartilage" />
          <Part name="lower-spine" highlight={highlight}>
            {VERTEBRA_CENTRES.map((y) => (
              <g key={y}>
                <rect x={118} y={y - 24} width={64} height={42} rx={5} className="diagram-bone" />
                <rect x={120} y={y + 18} width={60} height={10} className="diagram-disc" />
                <path d={archPath(y)} className="diagram-bone" />
                <path d={`M${MID - 7},${y - 10}q7-8 14 0v26q-7 8-14 0z`} className="diagram-bone" />
              </g>
            ))}
          </Part>
          {facets.map(({ x, y, s }) =>
            x === highlightedFacetX && y === highlightedFacetY ? (
              <Part key={`${s}${y}`} name="facet-joint" highlight={highlight} callout={[x, y, 19]}>
                <ellipse cx={x} cy={y} rx={FACET[0]} ry={FACET[1]} className="diagram-cartilage" />
              </Part>
            ) : (
              <ellipse
                key={`${s}${y}`}
                cx={x}
                cy={y}
                rx={FACET[0]}
                ry={FACET[1]}
                className="diagram-cartilage"
              />
            ),
          )}
          <path d={medialBranchPath(-1)} className="diagram-nerve-fill" />
          <circle
            cx={sideX(-1, NERVE_TARGET[0])}
            cy={NERVE_TARGET[1]}
            r={6}
            className="diagram-nerve-fill"
          />
          <Part name="medial-branch-nerve" highlight={highlight} callout={[181, 117, 28]}>
            <path d={medialBranchPath(1)} className="diagram-nerve-fill" />
            <circle
              cx={NERVE_TARGET[0]}
              cy={NERVE_TARGET[1]}
              r={6}
              className="diagram-nerve-fill"
            />
          </Part>
          <PartLabel
            part="lower-spine"
            highlight={highlight}
            x={112}
            y={22}
            anchor="end"
            to={[122, 50]}
          />
          <PartLabel
            part="medial-branch-nerve"
            highlight={highlight}
            x={298}
            y={22}
            anchor="end"
            to={[190, 95]}
          />
          <PartLabel part="facet-joint" highlight={highlight} x={199} y={128} to={[179, 142]} />
          <PartLabel
            part="sacroiliac-joint"
            highlight={highlight}
            x={176}
            y={388}
            to={[198, 272]}
          />
          <Label x={60} y={110} anchor="end" to={[58, 164]}>
            {labels.pelvis}
          </Label>
          <Label x={132} y={388} anchor="end" to={[150, 300]}>
            {labels.sacrum}
          </Label>
        </g>
        <Label x={2} y={HEIGHT - 4}>
          {labels.left}
        </Label>
        <Label x={298} y={HEIGHT - 4} anchor="end">
          {labels.right}
        </Label>
      </>
    );
  },
};
