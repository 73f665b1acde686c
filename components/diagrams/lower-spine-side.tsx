/**
 * The lower (lumbar) spine from the side, front of the body to the left, with the spinal canal
 * drawn as if cut open: three vertebral bodies with discs between them at the front, the canal
 * behind them with the dural sac (the nerves) inside, and behind the canal each vertebra's
 * arch: its joint processes, which meet the next vertebra's at a facet joint, and its spinous
 * process. A pedicle joins each body to its arch, crossing the canal; between two pedicles,
 * behind the disc, is the opening (foramen) where a nerve root leaves the canal, just below
 * the pedicle of its own vertebra. Beyond the foramen the root runs down and forward beside
 * (not through) the bones below, so that part is drawn faded.
 */
import type { ReactNode } from 'react';
import type { DiagramPart } from '@/lib/diagrams';
import { tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

/** The top of each vertebral body; bodies are 60 high, with a 22-high disc below each. */
const BODY_TOPS = [56, 138, 220] as const;
const BODY_HEIGHT = 60;
const CANAL_TOP = 36;
const CANAL_BOTTOM = 300;
/** The canal's front (the backs of the bodies) and back (the fronts of the arches). */
const CANAL_FRONT = 114;
const CANAL_BACK = 162;
/** The dural sac inside the canal, leaving a strip of epidural space in front and behind. */
const SAC_FRONT = 120;
const SAC_BACK = 152;

/** A vertebral body (front left), waisted at the front like the real bone. */
const bodyPath = (y: number) => `M47,${y}h64q3,0 3,3v54q0,3-3,3h-64q-3,0-3-3q5-27 0-54q0-3 3-3z`;

/** A disc below the body at `y` (top of disc), bulging a little at the front. */
const discPath = (y: number) => `M44,${y}h70v22h-70q-4-11 0-22z`;

/** A pedicle: the waisted bar of bone that joins the body at `y` (its top) to its arch. */
const pediclePath = (y: number) =>
  `M${CANAL_FRONT},${y + 2}Q138,${y + 9} ${CANAL_BACK},${y + 2}V${y + 30}Q138,${y + 23} ${CANAL_FRONT},${y + 30}z`;

/**
 * A vertebra's arch behind the canal: the upward joint process, the spinous process to the
 * back, and the downward joint process that meets the next vertebra's upward one.
 */
const archPath = (y: number) =>
  `M${CANAL_BACK},${y + 6}V${y - 8}q1-8 8-8q6 0 6 4l2 16l30 10l26 8q10 8 2 18l-30 0l-6 8` +
  `l-2 26q-2 8-9 4l1-20l-28-14z`;

/**
 * The nerve root of the middle vertebra: from the sac behind its pedicle, out through the
 * foramen just below the pedicle, where its ganglion sits; then, beside the bones, down and
 * forward towards the leg.
 */
const ROOT_TOP = BODY_TOPS[1] + 30;
const ROOT_IN_FORAMEN = tubePath(
  [
    [138, ROOT_TOP - 16],
    [134, ROOT_TOP + 4],
    [124, ROOT_TOP + 16],
    [CANAL_FRONT, ROOT_TOP + 22],
  ],
  8,
);
const ROOT_BEYOND = tubePath(
  [
    [CANAL_FRONT + 2, ROOT_TOP + 21],
    [96, ROOT_TOP + 36],
    [80, ROOT_TOP + 76],
    [68, ROOT_TOP + 124],
  ],
  8,
);
const ROOT_GANGLION = [126, ROOT_TOP + 14] as const;

export const lowerSpineSide: Drawing = {
  height: 345,
  render: (highlight) => {
    const labels = uiText.diagrams.otherLabels;
    const [firstBody, secondBody] = BODY_TOPS;
    const atFirst = (y: number, part: DiagramPart, shape: ReactNode) =>
      y === firstBody ? (
        <Part key={y} name={part} highlight={highlight}>
          {shape}
        </Part>
      ) : (
        <g key={y}>{shape}</g>
      );
    return (
      <>
        {BODY_TOPS.map((y) => (
          <path key={y} d={archPath(y)} className="diagram-bone" />
        ))}
        {BODY_TOPS.map((y) =>
          atFirst(y, 'vertebral-body', <path d={bodyPath(y)} className="diagram-bone" />),
        )}
        {BODY_TOPS.map((y) =>
          atFirst(y, 'disc', <path d={discPath(y + BODY_HEIGHT)} className="diagram-disc" />),
        )}
        <Part name="spinal-canal" highlight={highlight}>
          <path
            d={`M${CANAL_FRONT},${CANAL_TOP}H${CANAL_BACK}V${CANAL_BOTTOM}H${CANAL_FRONT}z`}
            className="diagram-space"
          />
          <path
            d={`M${SAC_FRONT},${CANAL_TOP}H${SAC_BACK}V${CANAL_BOTTOM}H${SAC_FRONT}z`}
            className="diagram-cord"
          />
        </Part>
        <path
          d={`M128,${CANAL_TOP}V${CANAL_BOTTOM}M136,${CANAL_TOP}V${CANAL_BOTTOM}M144,${CANAL_TOP}V${CANAL_BOTTOM}`}
          className="diagram-soft-line"
        />
        <Part name="epidural-space" highlight={highlight}>
          <path
            d={`M${CANAL_FRONT},${CANAL_TOP}H${SAC_FRONT}V${CANAL_BOTTOM}H${CANAL_FRONT}zM${SAC_BACK},${CANAL_TOP}H${CANAL_BACK}V${CANAL_BOTTOM}H${SAC_BACK}z`}
            fill="none"
          />
        </Part>
        <Part
          name="nerve-root"
          highlight={highlight}
          callout={[ROOT_GANGLION[0], ROOT_GANGLION[1], 17]}
        >
          <path d={ROOT_BEYOND} className="diagram-nerve-fill" opacity={0.5} />
          <path d={ROOT_IN_FORAMEN} className="diagram-nerve-fill" />
          <ellipse
            cx={ROOT_GANGLION[0]}
            cy={ROOT_GANGLION[1]}
            rx={10}
            ry={8}
            className="diagram-nerve-fill"
          />
        </Part>
        {BODY_TOPS.map((y) => (
          <path key={y} d={pediclePath(y)} className="diagram-bone" />
        ))}
        {BODY_TOPS.slice(0, 2).map((y) =>
          atFirst(
            y,
            'facet-joint',
            <ellipse cx={183} cy={y + 74} rx={7} ry={13} className="diagram-cartilage" />,
          ),
        )}
        <PartLabel
          part="vertebral-body"
          highlight={highlight}
          x={100}
          y={24}
          anchor="end"
          to={[80, firstBody + 18]}
        />
        <PartLabel
          part="epidural-space"
          highlight={highlight}
          x={168}
          y={24}
          to={[157, CANAL_TOP + 10]}
        />
        <PartLabel
          part="disc"
          highlight={highlight}
          x={38}
          y={135}
          anchor="end"
          to={[58, firstBody + 71]}
        />
        <PartLabel
          part="facet-joint"
          highlight={highlight}
          x={200}
          y={firstBody + 80}
          to={[184, firstBody + 74]}
        />
        <PartLabel
          part="nerve-root"
          highlight={highlight}
          x={206}
          y={secondBody + 76}
          to={ROOT_GANGLION}
        />
        <PartLabel part="spinal-canal" highlight={highlight} x={170} y={322} to={[136, 294]} />
        <Label x={2} y={340}>
          {labels.front}
        </Label>
        <Label x={298} y={340} anchor="end">
          {labels.back}
        </Label>
      </>
    );
  },
};
