/**
 * The trunk seen from the side, facing right, cut down the middle to show the spine from the
 * mid-back (seventh thoracic bone) to the sacrum: the bones, the spinal canal with its
 * epidural space (white), the dural sac holding the spinal fluid (pale blue), and the spinal
 * cord, which ends at the first lumbar bone; below it only nerve roots float in the fluid.
 * The implanted-device views draw their devices over it.
 */
import { uiText } from '@/lib/ui-text';
import { Label } from './drawing';

export const TRUNK_HEIGHT = 390;

/** The tops of the spine bones, seventh thoracic (T7) to fifth lumbar (L5), 26 units apart. */
export const VERTEBRA_TOPS = [-4, 22, 48, 74, 100, 126, 152, 178, 204, 230, 256] as const;

/** The lamina and spinous process of the bone whose top is at y, at the back of the canal. */
const backOfBone = (y: number) =>
  `M126 ${y + 2}L126 ${y + 18}C118 ${y + 20} 112 ${y + 26} 108 ${y + 26}C104 ${y + 26} 104 ${y + 18} 108 ${y + 14}C114 ${y + 8} 118 ${y + 2} 126 ${y + 2}Z`;

export function TrunkSide() {
  return (
    <>
      <path
        d="M90 -5C88 80 88 200 92 262C94 290 78 310 78 340C78 370 84 385 88 395L252 395C260 360 274 320 276 270C278 220 272 150 264 100C260 60 256 30 256 -5Z"
        className="diagram-skin"
      />
      <rect x={126} y={-5} width={38} height={305} className="diagram-space" />
      <path d="M133 -5L161 -5L161 272C161 288 133 288 133 272Z" className="diagram-cartilage" />
      <path
        d="M143 -5L157 -5L157 140C157 156 153 166 150 174C147 166 143 156 143 140Z"
        className="diagram-cord"
      />
      <path d="M148 176L146 280M152 176L154 280M150 178L150 282" className="diagram-soft-line" />
      {VERTEBRA_TOPS.map((y) => (
        <g key={y}>
          <path d={backOfBone(y)} className="diagram-bone" />
          <rect x={164} y={y} width={34} height={20} rx={3} className="diagram-bone" />
          <rect x={165} y={y + 20} width={32} height={6} className="diagram-disc" />
        </g>
      ))}
      <path
        d="M126 290C144 286 164 282 198 284C194 320 178 352 144 372L132 366C124 340 122 312 126 290Z"
        className="diagram-bone"
      />
      <Label x={4} y={386}>
        {uiText.diagrams.otherLabels.back}
      </Label>
      <Label x={296} y={386} anchor="end">
        {uiText.diagrams.otherLabels.front}
      </Label>
      <Label x={84} y={14} anchor="end" to={[146, 10]}>
        {uiText.diagrams.parts['spinal-cord'].label}
      </Label>
    </>
  );
}
