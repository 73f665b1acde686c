/**
 * The lower (lumbar) spine from the side, front of the body to the left, with the spinal canal
 * drawn as if cut open: three vertebral bodies with discs between them at the front, the canal
 * behind them with the dural sac (the nerves) inside, and behind the canal each vertebra's
 * arch: its joint processes, which meet the next vertebra's at a facet joint, and its spinous
 * process. A nerve root leaves the canal through the opening (foramen) between two vertebrae,
 * just above the disc, and runs down and forward towards the leg.
 */
import type { ReactNode } from 'react';
import type { DiagramPart } from '@/lib/diagrams';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

/** The top of each vertebral body; bodies are 60 high, with a 22-high disc below each. */
const BODY_TOPS = [56, 138, 220] as const;
const BODY_HEIGHT = 60;
const CANAL_TOP = 36;
const CANAL_BOTTOM = 300;

/** A vertebral body (front left), waisted at the front like the real bone. */
const bodyPath = (y: number) => `M47,${y}h64q3,0 3,3v54q0,3-3,3h-64q-3,0-3-3q5-27 0-54q0-3 3-3z`;

/** A disc below the body at `y` (top of disc), bulging a little at the front. */
const discPath = (y: number) => `M44,${y}h70v22h-70q-4-11 0-22z`;

/**
 * A vertebra's arch behind the canal: the upward joint process, the spinous process to the
 * back, and the downward joint process that meets the next vertebra's upward one.
 */
const archPath = (y: number) =>
  `M154,${y + 6}V${y - 8}q1-8 8-8q6 0 6 4l2 16l30 10l26 8q10 8 2 18l-30 0l-6 8` +
  `l-2 26q-2 8-9 4l1-20l-28-14z`;

/**
 * A nerve root leaving the dural sac above the disc at `y` (top of disc), through the foramen
 * and down and forward across the side of the vertebra below, towards the leg.
 */
const rootPath = (y: number) =>
  `M118,${y - 46}Q117,${y - 16} 110,${y - 4}Q84,${y + 32} 60,${y + 114}l8 2Q92,${y + 36} 116,${y}Q122,${y - 14} 121,${y - 30}z`;

export const lowerSpineSide: Drawing = {
  height: 345,
  render: (highlight) => {
    const labels = uiText.diagrams.otherLabels;
    const [firstBody, secondBody] = BODY_TOPS;
    const rootLevel = secondBody + BODY_HEIGHT;
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
        {BODY_TOPS.slice(0, 2).map((y) =>
          atFirst(
            y,
            'facet-joint',
            <ellipse cx={175} cy={y + 74} rx={7} ry={13} className="diagram-cartilage" />,
          ),
        )}
        <Part name="spinal-canal" highlight={highlight}>
          <path d={`M112,${CANAL_TOP}H154V${CANAL_BOTTOM}H112z`} className="diagram-space" />
          <path d={`M117,${CANAL_TOP}H140V${CANAL_BOTTOM}H117z`} className="diagram-cord" />
        </Part>
        <path
          d={`M123,${CANAL_TOP}V${CANAL_BOTTOM}M128.5,${CANAL_TOP}V${CANAL_BOTTOM}M134,${CANAL_TOP}V${CANAL_BOTTOM}`}
          className="diagram-soft-line"
        />
        <Part name="epidural-space" highlight={highlight}>
          <path
            d={`M112,${CANAL_TOP}H117V${CANAL_BOTTOM}H112zM140,${CANAL_TOP}H154V${CANAL_BOTTOM}H140z`}
            fill="none"
          />
        </Part>
        <Part name="nerve-root" highlight={highlight}>
          <path d={rootPath(rootLevel)} className="diagram-nerve-fill" />
          <ellipse cx={112} cy={rootLevel - 8} rx={8} ry={10} className="diagram-nerve-fill" />
        </Part>
        <PartLabel
          part="vertebral-body"
          highlight={highlight}
          x={100}
          y={24}
          anchor="end"
          to={[86, firstBody + 18]}
        />
        <PartLabel
          part="epidural-space"
          highlight={highlight}
          x={160}
          y={24}
          to={[147, firstBody]}
        />
        <PartLabel
          part="disc"
          highlight={highlight}
          x={38}
          y={135}
          anchor="end"
          to={[52, firstBody + 71]}
        />
        <PartLabel
          part="facet-joint"
          highlight={highlight}
          x={196}
          y={firstBody + 80}
          to={[176, firstBody + 74]}
        />
        <PartLabel part="spinal-canal" highlight={highlight} x={170} y={322} to={[130, 294]} />
        <PartLabel part="nerve-root" highlight={highlight} x={80} y={340} to={[64, 308]} />
        <Label x={2} y={secondBody + 80}>
          {labels.front}
        </Label>
        <Label x={296} y={secondBody + 80} anchor="end">
          {labels.back}
        </Label>
      </>
    );
  },
};
