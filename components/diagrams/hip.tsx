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

export const hip: Drawing = {
  height: 340,
  render: (highlight) => (
    <>
      {/* Half of the pelvis: the wing, the cup, and the bones around the hole below it. */}
      <path
        d={`M${at(CUP, CUP_FROM)}C130 126 118 120 114 110C110 102 106 98 100 94C90 88 86 74 94 62C110 30 150 12 196 10C226 10 246 16 262 26C248 70 240 110 240 150C256 168 280 176 300 178V246C280 250 264 248 254 240C244 262 228 284 208 288C192 290 184 280 184 266C184 250 186 226 ${at(CUP, CUP_TO)}Z`}
        className="diagram-bone"
      />
      <ellipse cx={236} cy={218} rx={17} ry={20} className="diagram-space" />
      {/* The capsule, drawn behind the thigh bone so its edge shows around the neck. */}
      <Part name="hip-joint" highlight={highlight}>
        <path
          d="M142 126C120 134 100 150 94 172L96 214C110 232 128 246 148 246C166 234 180 220 191 205Z"
          className="diagram-space"
        />
        <path d={band(HEAD, JOINT)} className="diagram-space" />
      </Part>
      {/* Thigh bone: the neck, the greater trochanter on the outer side, the lesser on the inner. */}
      <path
        d="M150 146C134 154 120 160 108 168C104 158 96 152 88 156C78 164 76 190 84 208C92 224 98 240 98 262V340H132V272C132 262 138 256 146 254C154 252 154 242 146 238C140 232 150 206 172 192Z"
        className="diagram-bone"
      />
      <circle cx={CX} cy={CY} r={HEAD} className="diagram-bone" />
      <Part name="cartilage" highlight={highlight}>
        <path d={band(HEAD - 8, HEAD)} className="diagram-cartilage" />
        <path d={band(JOINT, CUP)} className="diagram-cartilage" />
      </Part>
      <Label x={4} y={24}>
        {other.outerSide}
      </Label>
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
      <Label x={94} y={300} anchor="end" to={[98, 295]}>
        {other.thighBone}
      </Label>
      <PartLabel part="hip-joint" highlight={highlight} x={150} y={302} to={[160, 244]} />
      <Label x={296} y={334} anchor="end">
        {other.innerSide}
      </Label>
    </>
  ),
};
