/**
 * A right hip from the front, so the outer side (the greater trochanter) is on the viewer's left
 * and the middle of the body on the right. The ball of the thigh bone sits in the cup of the
 * pelvis (acetabulum); cartilage lines both, with the thin joint space between them, and the
 * joint capsule wraps the ball and the neck of the thigh bone.
 */
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const other = uiText.diagrams.otherLabels;

/** The centre of the ball (femoral head), and the radii of the layers around it. */
const [CX, CY] = [170, 165];
const HEAD = 30;
const JOINT = 34;
const CUP = 41;
/**
 * The cup covers the ball from above its outer side (a normal centre-edge angle, about 30 degrees
 * from the vertical) round to below its inner side; degrees clockwise from the right, y down.
 */
const CUP_FROM = 232;
const CUP_TO = 425;

const at = (r: number, deg: number) => {
  const a = (deg * Math.PI) / 180;
  return `${Math.round((CX + r * Math.cos(a)) * 10) / 10} ${Math.round((CY + r * Math.sin(a)) * 10) / 10}`;
};
/** A curved band between two radii along the cup. */
const band = (inner: number, outer: number) =>
  `M${at(outer, CUP_FROM)}A${outer} ${outer} 0 1 1 ${at(outer, CUP_TO)}L${at(inner, CUP_TO)}A${inner} ${inner} 0 1 0 ${at(inner, CUP_FROM)}Z`;

/**
 * The joint capsule: one sleeve from the rim of the cup round the ball and along the neck to the
 * base of the neck, drawn behind the thigh bone so it shows above and below the neck. It closes
 * along the rim of the cup, under the cartilage.
 */
const CAPSULE = `M${at(CUP, CUP_FROM)}C126 140 106 156 98 174L128 234L148 242C166 242 184 228 ${at(CUP, CUP_TO)}A${CUP} ${CUP} 0 1 0 ${at(CUP, CUP_FROM)}Z`;
/** Where a hip injection aims: the front of the capsule where the ball meets the neck. */
const NEEDLE_TARGET = [167, 212] as const;

export const hip: Drawing = {
  height: 340,
  render: (highlight) => (
    <>
      {/* Half of the pelvis: the wing, the cup, the bones around the hole below it, and a wavy
          break where the pubic bone is cut off. */}
      <path
        d={`M${at(CUP, CUP_FROM)}C130 126 118 120 114 110C110 102 106 98 100 94C90 88 86 74 94 62C110 30 150 12 196 10C226 10 246 16 262 26C248 70 240 110 240 150C256 168 276 176 292 178C286 190 298 202 292 214C286 226 298 238 292 246C276 250 264 248 254 240C244 262 228 284 208 288C192 290 184 280 184 266C184 250 186 226 ${at(CUP, CUP_TO)}Z`}
        className="diagram-bone"
      />
      <ellipse cx={236} cy={218} rx={17} ry={20} className="diagram-space" />
      <Part name="hip-joint" highlight={highlight}>
        <path d={CAPSULE} className="diagram-organ" />
      </Part>
      {/* Thigh bone: the neck, at about 130 degrees to the shaft, the greater trochanter on the
          outer side and the lesser trochanter on the inner side. */}
      <path
        d="M142 164L110 190C106 176 100 160 90 158C78 158 74 178 80 198C86 218 96 234 96 254V340H136V264C136 256 140 250 148 248C156 246 156 236 148 233C140 230 150 210 165 193Z"
        className="diagram-bone"
      />
      <circle cx={CX} cy={CY} r={HEAD} className="diagram-bone" />
      <Part name="cartilage" highlight={highlight}>
        <path d={band(HEAD - 8, HEAD)} className="diagram-cartilage" />
        <path d={band(JOINT, CUP)} className="diagram-cartilage" />
      </Part>
      <PartLabel
        part="cartilage"
        highlight={highlight}
        x={96}
        y={134}
        anchor="end"
        to={[150, 134]}
      />
      <Label x={248} y={96} to={[214, 80]}>
        {other.pelvis}
      </Label>
      <Label x={90} y={300} anchor="end" to={[96, 295]}>
        {other.thighBone}
      </Label>
      <PartLabel part="hip-joint" highlight={highlight} x={150} y={302} to={NEEDLE_TARGET} />
      <Label x={4} y={334}>
        {other.outerSide}
      </Label>
      <Label x={296} y={334} anchor="end">
        {other.innerSide}
      </Label>
    </>
  ),
};
