/**
 * The upper back and shoulders from behind. On the viewer's left, the surface muscle, the
 * trapezius, with a trigger point in its upper part: a tight band along the muscle fibres with a
 * knot in it. On the viewer's right, the trapezius is taken away to show the shoulder blade and
 * the muscles beside and on it (levator scapulae, rhomboids, supraspinatus, infraspinatus).
 */
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const other = uiText.diagrams.otherLabels;

/** The tips of the spine bones down the middle of the back. */
const SPINE_TIPS = [14, 36, 58, 80, 102, 124, 146, 168, 190, 212, 234, 256, 278];

/** The muscles beside and on the shoulder blade, drawn over it so its outline shows through. */
const DEEP_MUSCLES = [
  // Levator scapulae, from the neck down to the top corner of the shoulder blade.
  'M162 14H176L204 92L196 98Z',
  // Rhomboids, from the spine to the inner edge of the shoulder blade.
  'M154 48L196 100L208 206L154 152Z',
  // Supraspinatus, above the ridge of the shoulder blade.
  'M200 98C224 92 244 90 256 94L260 98C240 106 220 114 200 122Z',
  // Infraspinatus, below the ridge.
  'M200 134C226 122 246 110 258 110C248 150 230 184 211 206C204 180 200 160 200 134Z',
];

/** The knot of the trigger point, in the upper part of the trapezius. */
const KNOT = [90, 80] as const;
/** The drawing is moved down this far to make room for the back of the head above the neck. */
const HEAD_ROOM = 56;

export const muscle: Drawing = {
  height: 300 + HEAD_ROOM,
  render: (highlight) => (
    <g transform={`translate(0 ${HEAD_ROOM})`}>
      {/* Skin: the neck, the slope of the shoulders and the upper back, and the back of the head. */}
      <path
        d="M126 0V30C120 54 80 66 44 78C22 86 12 110 12 150V300H288V150C288 110 278 86 256 78C220 66 180 54 174 30V0Z"
        className="diagram-skin"
      />
      {[121, 179].map((x) => (
        <ellipse key={x} cx={x} cy={-14} rx={5} ry={10} className="diagram-skin" />
      ))}
      <ellipse cx={150} cy={-18} rx={30} ry={34} className="diagram-skin" />
      {/* Shoulder blade, then the muscles on it, then its ridge (the spine of the scapula)
          running out to the point of the shoulder (acromion) under the deltoid. */}
      <path
        d="M196 94C218 88 240 86 258 92C262 100 262 108 258 116C246 150 230 184 210 212C202 180 196 140 196 94Z"
        className="diagram-bone"
      />
      {DEEP_MUSCLES.map((d) => (
        <path key={d} d={d} className="diagram-muscle" fillOpacity={0.6} />
      ))}
      <path
        d="M198 124C222 114 242 102 256 90C262 86 268 90 264 98C246 110 224 122 200 134Z"
        className="diagram-bone"
      />
      {/* Trapezius on the viewer's left: one kite from the base of the skull down the spine to
          the middle of the back and out to the point of the shoulder, over the shoulder blade. */}
      <path
        d="M150 12V282C104 226 50 150 42 84C80 68 120 54 126 30C128 22 132 16 140 13Z"
        className="diagram-muscle"
      />
      {/* The shoulder muscles (deltoids) on both sides. */}
      <path
        d="M38 88C20 96 12 120 14 150C20 168 30 176 40 180C50 160 56 130 60 100Z"
        className="diagram-muscle"
      />
      <path
        d="M262 88C280 96 288 120 286 150C280 168 270 176 260 180C250 160 244 130 240 100Z"
        className="diagram-muscle"
      />
      {SPINE_TIPS.map((y) => (
        <ellipse key={y} cx={150} cy={y} rx={5} ry={6} className="diagram-bone" />
      ))}
      <Part name="trigger-point" highlight={highlight} callout={[KNOT[0], KNOT[1], 20]}>
        {/* A tight band along the muscle fibres, with the knot in it. */}
        <path
          d="M121.7 63.1A36 8 -28 0 1 58.3 96.9A36 8 -28 0 1 121.7 63.1Z"
          className="diagram-muscle"
        />
        <circle cx={KNOT[0]} cy={KNOT[1]} r={10} className="diagram-organ" />
      </Part>
      <PartLabel
        part="trigger-point"
        highlight={highlight}
        x={4}
        y={-40}
        to={[KNOT[0], KNOT[1] - 10]}
      />
      <Label x={298} y={-40} anchor="end">
        {other.seenFromBehind}
      </Label>
      <Label x={298} y={8} anchor="end" to={[234, 104]}>
        {other.shoulderBlade}
      </Label>
      <Label x={122} y={252} anchor="end" to={[142, 247]}>
        {other.trapezius}
      </Label>
      <Label x={138} y={294} anchor="end" to={[148, 278]}>
        {other.spine}
      </Label>
    </g>
  ),
};
