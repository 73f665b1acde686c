/**
 * A pain signal's way from the foot to the brain: a person seen from the side, facing right.
 * The nerve runs from the toes along the sole and up the back of the leg, inside it, to a
 * dorsal root ganglion beside the lowest spine bones; its root joins the lower end of the
 * spinal cord (which stops at the waist), and the cord, inside the spine between the bones
 * in front and the arches behind, carries the signal up to the brain. Arrowheads show the
 * way. The arm is see-through, so that the spine shows behind it.
 */
import { arrowhead, tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

/** Each spine bone, neck to lower back: its top, and the x of its back (the canal's front). */
const VERTEBRAE = [
  [90, 186],
  [102, 180],
  [114, 173],
  [126, 168],
  [138, 165],
  [150, 164],
  [162, 164],
  [174, 165],
  [186, 167],
  [198, 169],
  [210, 170],
  [222, 169],
] as const;

/**
 * The spinal cord's centre line and half-width, top to bottom: about the canal's width,
 * a little thicker at the neck and lower back, where the nerves of the arms and legs join.
 */
const CORD = [
  [56, 184, 5],
  [70, 185, 5],
  [90, 179, 6],
  [102, 174, 5.5],
  [114, 167, 4.5],
  [126, 162, 4],
  [138, 159, 4],
  [150, 158, 4],
  [162, 158, 4.5],
  [174, 159, 5.5],
  [186, 161, 5],
  [196, 163, 3.5],
  [206, 164, 0.5],
] as const;
const CORD_PATH = `M${[
  ...CORD.map(([y, x, half]) => `${x - half} ${y}`),
  ...CORD.toReversed().map(([y, x, half]) => `${x + half} ${y}`),
].join('L')}Z`;

/** From the ganglion, out through the buttock, down the back of the leg and along the sole. */
const NERVE = tubePath(
  [
    [160, 228],
    [154, 242],
    [146, 258],
    [143, 276],
    [150, 298],
    [160, 318],
    [166, 336],
    [170, 354],
    [175, 370],
    [182, 383],
    [200, 387],
    [236, 388],
  ],
  6,
);

/** The signal's arrowheads, tip and direction: up the leg, up the cord and into the brain. */
const ARROWS = [
  [161, 320, -0.3, -1],
  [147, 262, 0.4, -1],
  [158, 140, 0.1, -1],
  [185, 64, 0, -1],
] as const;

export const painPathway: Drawing = {
  height: 400,
  render: (highlight) => (
    <>
      <path
        d="M190 10C214 10 228 26 228 44L236 56L228 60C228 70 222 78 214 80L214 96C232 102 242 120 242 150C242 180 236 200 236 220C236 240 230 256 226 266C218 290 204 306 202 322C198 340 194 356 194 368C210 372 240 378 252 382C258 386 258 392 252 394L166 394C160 390 164 378 166 370C160 356 158 342 156 330C150 314 140 300 134 282C126 264 126 244 138 226C142 216 140 200 138 190C134 170 132 150 136 134C140 118 150 104 158 94C154 86 154 70 154 52C154 26 168 10 190 10Z"
        className="diagram-skin"
      />
      {VERTEBRAE.map(([y, x]) => (
        <g key={y}>
          <path
            d={`M${x - 12} ${y}L${x - 24} ${y + 4}L${x - 22} ${y + 12}L${x - 12} ${y + 9}Z`}
            className="diagram-bone"
          />
          <rect x={x} y={y} width={22} height={10} rx={2} className="diagram-bone" />
        </g>
      ))}
      <path
        d="M150 234C162 232 178 232 190 234C186 250 172 266 156 276L148 272C144 258 144 246 150 234Z"
        className="diagram-bone"
      />
      <Part name="spinal-cord" highlight={highlight}>
        <path d={CORD_PATH} className="diagram-cord" />
      </Part>
      <Part name="brain" highlight={highlight}>
        <path
          d="M162 40C160 22 176 14 192 14C210 14 222 24 222 40C222 50 214 56 204 56C196 62 178 62 170 58C164 56 162 48 162 40Z"
          className="diagram-organ"
        />
      </Part>
      <path
        d="M176 24C184 30 182 38 192 40M206 18C202 28 214 32 210 44M170 42C180 42 184 50 196 48"
        className="diagram-soft-line"
      />
      <path d="M164 206C164 212 163 214 162 216" className="diagram-nerve" />
      <Part name="peripheral-nerve" highlight={highlight}>
        <path d={NERVE} className="diagram-nerve-fill" />
      </Part>
      <Part name="dorsal-root-ganglion" highlight={highlight} callout={[162, 222, 13]}>
        <ellipse cx={162} cy={222} rx={6} ry={7} className="diagram-nerve-fill" />
      </Part>
      <path
        d="M188 118C182 150 186 196 194 228C196 240 214 240 214 228C214 196 218 150 214 120C208 106 192 106 188 118Z"
        className="diagram-skin"
        opacity={0.6}
      />
      <polygon
        points="257,384 249.5,386.3 253.2,393.2 246.3,389.5 244,397 241.7,389.5 234.8,393.2 238.5,386.3 231,384 238.5,381.7 234.8,374.8 241.7,378.5 244,371 246.3,378.5 253.2,374.8 249.5,381.7"
        className="diagram-nerve-fill"
      />
      {ARROWS.map(([x, y, dx, dy]) => (
        <polygon key={y} points={arrowhead(x, y, dx, dy)} />
      ))}
      <PartLabel part="brain" highlight={highlight} x={148} y={24} anchor="end" to={[166, 30]} />
      <PartLabel
        part="spinal-cord"
        highlight={highlight}
        x={128}
        y={160}
        anchor="end"
        to={[156, 156]}
      />
      <PartLabel
        part="dorsal-root-ganglion"
        highlight={highlight}
        x={132}
        y={204}
        anchor="end"
        wrap
        to={[156, 220]}
      />
      <PartLabel
        part="peripheral-nerve"
        highlight={highlight}
        x={130}
        y={306}
        anchor="end"
        to={[150, 300]}
      />
      <Label x={298} y={318} anchor="end" wrap to={[244, 371]}>
        {uiText.diagrams.otherLabels.painStartsHere}
      </Label>
    </>
  ),
};
