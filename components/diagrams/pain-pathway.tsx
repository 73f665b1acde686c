/**
 * A pain signal's way from the foot to the brain: a person seen from the side, facing right.
 * The nerve runs up the back of the leg to a dorsal root ganglion beside the lower spine; its
 * root joins the lower end of the spinal cord (which stops at the waist, above the lower
 * lumbar roots), and the cord carries the signal up to the brain. Arrowheads show the way.
 */
import { arrowhead } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

/** The spine bones in front of the cord, neck to lower back: [x, y] of each top left corner. */
const VERTEBRAE = [
  [219, 88],
  [216, 98],
  [213, 108],
  [211, 118],
  [210, 128],
  [210, 138],
  [210, 148],
  [211, 158],
  [212, 168],
  [214, 178],
  [216, 188],
  [217, 198],
] as const;

/** The signal's arrowheads, tip and direction: up the leg, up the cord and into the brain. */
const ARROWS = [
  [215, 326, -0.15, -1],
  [206, 248, 0, -1],
  [202, 114, 0.35, -1],
  [215, 70, 0, -1],
] as const;

export const painPathway: Drawing = {
  height: 390,
  render: (highlight) => (
    <>
      <path
        d="M220 8C244 8 260 22 260 40L270 54L262 58C262 68 258 76 248 78L244 96C262 100 272 116 270 140C268 160 276 180 268 208C264 224 262 250 258 290C256 310 246 330 246 360L282 372C286 378 284 382 276 382L214 382C210 376 212 368 214 360C210 344 200 326 206 300C208 280 200 250 196 228C180 214 184 190 200 168C204 150 188 134 190 118C190 104 198 98 206 92C196 84 182 66 182 44C182 22 198 8 220 8Z"
        className="diagram-skin"
      />
      <path
        d="M218 108C214 140 218 180 224 214C226 228 244 228 244 214C244 180 248 140 246 114C240 100 224 100 218 108Z"
        className="diagram-skin"
      />
      {VERTEBRAE.map(([x, y]) => (
        <rect key={y} x={x} y={y} width={14} height={8} rx={2} className="diagram-bone" />
      ))}
      <Part name="spinal-cord" highlight={highlight}>
        <path
          d="M208 54C206 70 205 80 205 90C198 105 195 125 196 140C197 152 200 162 208 172C214 162 211 152 210 140C209 125 212 105 219 90C220 80 222 70 222 54Z"
          className="diagram-cord"
        />
      </Part>
      <Part name="brain" highlight={highlight}>
        <path
          d="M190 44C186 22 204 12 224 13C246 14 256 28 254 44C253 54 244 58 232 56C224 62 210 62 202 58C194 58 190 52 190 44Z"
          className="diagram-organ"
        />
      </Part>
      <path
        d="M204 26C212 32 210 40 220 42M234 20C230 30 242 34 238 46M198 44C208 44 212 52 224 50"
        className="diagram-soft-line"
      />
      <path d="M208 172C206 180 205 186 205 192" className="diagram-nerve" />
      <Part name="peripheral-nerve" highlight={highlight}>
        <path
          d="M204 208C208 222 204 236 206 256C208 276 214 290 214 306C214 330 220 350 228 366L272 374"
          className="diagram-nerve"
        />
      </Part>
      <Part name="dorsal-root-ganglion" highlight={highlight}>
        <ellipse cx={204} cy={200} rx={10} ry={8} className="diagram-nerve-fill" />
      </Part>
      <path d="M276 362L272 352M286 364L294 356M290 372L298 371" className="diagram-nerve" />
      {ARROWS.map(([x, y, dx, dy]) => (
        <polygon key={y} points={arrowhead(x, y, dx, dy)} />
      ))}
      <PartLabel part="brain" highlight={highlight} x={176} y={20} anchor="end" to={[198, 30]} />
      <PartLabel
        part="spinal-cord"
        highlight={highlight}
        x={180}
        y={128}
        anchor="end"
        to={[199, 124]}
      />
      <PartLabel
        part="dorsal-root-ganglion"
        highlight={highlight}
        x={182}
        y={176}
        anchor="end"
        to={[199, 195]}
      />
      <PartLabel
        part="peripheral-nerve"
        highlight={highlight}
        x={192}
        y={292}
        anchor="end"
        to={[211, 287]}
      />
      <Label x={198} y={344} anchor="end" to={[215, 333]}>
        {uiText.diagrams.otherLabels.painSignal}
      </Label>
    </>
  ),
};
