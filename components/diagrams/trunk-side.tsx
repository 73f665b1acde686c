/**
 * The trunk seen from the side, facing right, cut down the middle to show the spine from the
 * mid-back (eighth thoracic bone) to the sacrum: the bones, the spinal canal with its
 * epidural space (white), the dural sac holding the spinal fluid (pale blue), which ends at
 * about the second sacral level, and the spinal cord, which ends at the first lumbar bone;
 * below it only nerve roots float in the fluid. Wavy edges show where the trunk is cut off,
 * and a small figure in the top corner, with a box, which part of the body this is.
 * The implanted-device views draw their devices over it.
 */
import { uiText } from '@/lib/ui-text';
import { Label } from './drawing';

export const TRUNK_HEIGHT = 392;

/** The tops of the spine bones, eighth thoracic (T8) to fifth lumbar (L5), 26 units apart. */
export const VERTEBRA_TOPS = [16, 42, 68, 94, 120, 146, 172, 198, 224, 250] as const;

/** The lamina and spinous process of the bone whose top is at y: a tab pointing back and down. */
const backOfBone = (y: number) =>
  `M134 ${y + 2}L120 ${y + 6}L116 ${y + 22}Q116 ${y + 26} 120 ${y + 25}L134 ${y + 16}Z`;

export function TrunkSide() {
  return (
    <>
      <path
        d="M100 14C98 90 98 190 102 246C104 272 88 296 88 326C88 352 94 372 98 384C134 394 150 374 180 384S230 394 248 384C270 340 286 300 286 262C286 212 280 150 272 100C268 70 265 40 264 14C236 6 214 20 186 12S128 6 100 14Z"
        className="diagram-skin"
      />
      {VERTEBRA_TOPS.map((y) => (
        <g key={y}>
          <path d={backOfBone(y)} className="diagram-bone" />
          <rect x={172} y={y} width={50} height={20} rx={3} className="diagram-bone" />
          <rect x={173} y={y + 20} width={48} height={6} className="diagram-disc" />
        </g>
      ))}
      <path
        d="M118 286C154 272 192 270 222 276C204 290 178 318 158 356L146 360C128 342 114 316 118 286Z"
        className="diagram-bone"
      />
      <path
        d="M134 16H172V276C166 296 158 320 151 342H147C142 320 136 298 134 276Z"
        className="diagram-space"
      />
      <path
        d="M141 16H169V280C169 296 159 306 155 306C151 306 141 296 141 280Z"
        className="diagram-cartilage"
      />
      <path
        d="M151 16H165V130C165 146 161 154 158 162C155 154 151 146 151 130Z"
        className="diagram-cord"
      />
      <path d="M156 164L154 290M160 164L162 290M158 166L158 298" className="diagram-soft-line" />
      <circle cx={285} cy={9} r={6} className="diagram-skin" />
      <path
        d="M281 17C277 26 277 40 279 52C279 62 281 76 281 92H289C289 76 289 62 291 52C293 40 293 28 289 17Z"
        className="diagram-skin"
      />
      <rect x={274} y={26} width={22} height={30} fill="none" />
      <Label x={4} y={382}>
        {uiText.diagrams.otherLabels.back}
      </Label>
      <Label x={296} y={382} anchor="end">
        {uiText.diagrams.otherLabels.front}
      </Label>
      <Label x={92} y={30} anchor="end" to={[154, 30]}>
        {uiText.diagrams.parts['spinal-cord'].label}
      </Label>
    </>
  );
}
