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
  'M164 0H178L204 92L196 98Z',
  // Rhomboids, from the spine to the inner edge of the shoulder blade.
  'M154 48L196 100L208 206L154 152Z',
  // Supraspinatus, above the ridge of the shoulder blade.
  'M200 98C224 92 244 90 256 94L260 98C240 106 220 114 200 122Z',
  // Infraspinatus, below the ridge.
  'M200 134C226 122 246 110 258 110C248 150 230 182 211 206C204 180 200 160 200 134Z',
];

export const muscle: Drawing = {
  height: 300,
  render: (highlight) => (
    <>
      {/* Skin: the neck, the slope of the shoulders and the upper back. */}
      <path
        d="M126 0V30C120 54 80 66 44 78C22 86 12 110 12 150V300H288V150C288 110 278 86 256 78C220 66 180 54 174 30V0Z"
        className="diagram-skin"
      />
      {/* Shoulder blade, with its ridge (spine of the scapula) running up to the shoulder. */}
      <path
        d="M196 94C218 88 240 86 258 92C262 100 262 108 258 116C246 150 230 184 210 212C202 180 196 140 196 94Z"
        className="diagram-bone"
      />
      {DEEP_MUSCLES.map((d) => (
        <path key={d} d={d} className="diagram-muscle" fillOpacity={0.6} />
      ))}
      <path
        d="M196 122C220 110 246 96 270 82L274 90C250 104 224 118 198 132Z"
        className="diagram-bone"
      />
      {/* The shoulder muscles (deltoids) on both sides. */}
      <path
        d="M38 92C20 98 12 120 14 150C20 168 30 176 40 180C50 160 56 130 60 104Z"
        className="diagram-muscle"
      />
      <path
        d="M262 92C280 98 288 120 286 150C280 168 270 176 260 180C250 160 244 130 240 104Z"
        className="diagram-muscle"
      />
      {/* Trapezius on the viewer's left: from the neck and spine out to the shoulder. */}
      <path
        d="M150 0V280C132 240 116 180 106 134C88 122 64 106 38 92C52 80 96 66 120 50C130 40 134 24 134 0Z"
        className="diagram-muscle"
      />
      {/* The shoulder blade under it, as an outline. */}
      <path
        d="M104 94C82 88 60 86 42 92C38 100 38 108 42 116C54 150 70 184 90 212C98 180 104 140 104 94Z"
        className="diagram-soft-line"
      />
      {SPINE_TIPS.map((y) => (
        <ellipse key={y} cx={150} cy={y} rx={5} ry={6} className="diagram-bone" />
      ))}
      <Part name="trigger-point" highlight={highlight}>
        {/* A tight band along the muscle fibres, with the knot in it. */}
        <path
          d="M125.7 71.1A36 8 -28 0 1 62.3 104.9A36 8 -28 0 1 125.7 71.1Z"
          className="diagram-muscle"
        />
        <circle cx={94} cy={88} r={10} className="diagram-organ" />
      </Part>
      <PartLabel
        part="trigger-point"
        highlight={highlight}
        x={118}
        y={22}
        anchor="end"
        to={[96, 84]}
      />
      <Label x={186} y={22} to={[234, 104]}>
        {other.shoulderBlade}
      </Label>
      <Label x={122} y={252} anchor="end" to={[142, 247]}>
        {other.trapezius}
      </Label>
      <Label x={138} y={294} anchor="end" to={[148, 278]}>
        {other.spine}
      </Label>
    </>
  ),
};
